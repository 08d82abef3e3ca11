#pragma once

#include "NetworkBackend.h"
#include "api/ApiClient.h"

#include <QPointer>
#include <QSslError>

class QNetworkReply;
class QTimer;

// NetworkBackend on QtNetwork and QtKeychain: what the CLI and the tests link, and what the desktop
// program's network module (cvm-purchaser-network.so) holds.
class QtNetworkBackend final : public NetworkBackend
{
public:
    ApiCall *post(QNetworkAccessManager *network, const Request &request, QObject *parent) override;
    void applyProxy(const NetworkSettings::Proxy &proxy, const QString &password) override;
    SecretStore *createKeychainStore(QObject *parent) override;

    // Installs it as the backend in use (the CLI's and the tests' start).
    static void install();

private:
    QPointer<QNetworkAccessManager> m_network; // for callers that pass none; the application owns it
};

// One request on a QNetworkReply: timeout, size limit, TLS errors explained, the reply parsed.
class NetworkApiCall final : public ApiCall
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkApiCall)

public:
    NetworkApiCall(const QString &action, QNetworkReply *reply, int timeoutMs, qint64 maxReplyBytes,
                   std::function<qint64()> clock, const ApiProtocol *protocol, QObject *parent);
    ~NetworkApiCall() override;
    void abort() override;

private:
    void finish(const ApiResult &result);
    void onReplyFinished();

    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer;
    qint64 m_maxReplyBytes;
    std::function<qint64()> m_clock;
    const ApiProtocol *m_protocol;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    // What TLS verification found wrong with the endpoint's certificate; never ignored.
    QList<QSslError> m_sslErrors;
};
