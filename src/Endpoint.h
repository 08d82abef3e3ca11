#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where API calls go (CONTRACTS.md): --endpoint, then CVM_PURCHASER_ENDPOINT,
// then Tencent Cloud. http:// only for loopback hosts.
class Endpoint final
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    static constexpr const char *kDefaultUrl = "https://cvm.api.qcloud.com/v2/index.php";
    static constexpr const char *kDefaultImageUrl = "https://image.api.qcloud.com/v2/index.php";

    Endpoint(); // the default, Tencent Cloud

    // Resolves flag > environment > default. Returns false and sets *error
    // (naming the source and the rule) for an unusable URL.
    static bool resolve(const QString &flagValue, Endpoint *endpoint, QString *error);
    static bool fromUrl(const QString &url, Endpoint *endpoint, QString *error);
    static bool isLoopbackHost(const QString &host);

    QUrl url() const { return m_url; }
    bool isDefault() const { return m_isDefault; }
    // With the default endpoint DescribeImages goes to its own host; a custom
    // endpoint serves every action.
    QUrl urlForAction(const QString &action) const;

private:
    QUrl m_url;
    bool m_isDefault = true;
};
