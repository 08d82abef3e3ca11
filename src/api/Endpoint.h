#pragma once

#include "order/PurchaseOrder.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

// Where API calls go (CONTRACTS.md): --endpoint, then CVM_PURCHASER_ENDPOINT,
// then Tencent Cloud. http:// only for loopback hosts. An endpoint speaks one
// API generation, which every caller names (there is no default API); its
// default URL follows it.
class Endpoint final
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    static constexpr const char *kDefaultUrl = "https://cvm.api.qcloud.com/v2/index.php";
    static constexpr const char *kDefaultImageUrl = "https://image.api.qcloud.com/v2/index.php";

    // Tencent Cloud's endpoint of the API (as forApi()).
    explicit Endpoint(PurchaseOrder::Api api);

    // Resolves flag > environment > default. Returns false and sets *error
    // (naming the source and the rule) for an unusable URL. A flag given with an empty value is an error,
    // never the default; an empty CVM_PURCHASER_ENDPOINT counts as unset.
    // The endpoint speaks api; a URL equal to that API's default URL is the default endpoint.
    static bool resolve(const std::optional<QString> &flagValue, Endpoint *endpoint, QString *error,
                        PurchaseOrder::Api api);
    static bool fromUrl(const QString &url, Endpoint *endpoint, QString *error, PurchaseOrder::Api api);
    // The default endpoint of an API.
    static Endpoint forApi(PurchaseOrder::Api api);
    // CVM_PURCHASER_API ("2.0" or "3.0"), for runs without an order to say which
    // API to speak. Returns false and sets *error for any other value.
    static bool apiFromEnvironment(PurchaseOrder::Api *api, QString *error);
    static bool isLoopbackHost(const QString &host);

    QUrl url() const { return m_url; }
    bool isDefault() const { return m_isDefault; }
    PurchaseOrder::Api api() const { return m_api; }
    // The same place in another API: the default endpoint becomes that API's
    // default; a given URL stays as it is.
    Endpoint withApi(PurchaseOrder::Api api) const;
    // With the default endpoint DescribeImages goes to its own host; a custom
    // endpoint serves every action.
    QUrl urlForAction(const QString &action) const;

private:
    QUrl m_url;
    bool m_isDefault = true;
    PurchaseOrder::Api m_api;
};
