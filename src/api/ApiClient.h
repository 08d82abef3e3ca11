#pragma once

#include "api/ApiResult.h"
#include "api/Endpoint.h"
#include "protocol/ApiParams.h"
#include "protocol/ApiProtocol.h"
#include "secrets/Credentials.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslError>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// One API request in flight. Emits finished() exactly once, then deletes itself.
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ~ApiCall() override;
    QString action() const { return m_action; }
    void abort(); // ends the call with a NetworkError result

Q_SIGNALS:
    void finished(const ApiResult &result);

private:
    friend class ApiClient;
    ApiCall(const QString &action, QNetworkReply *reply, int timeoutMs, qint64 maxReplyBytes,
            std::function<qint64()> clock, const ApiProtocol *protocol, QObject *parent);
    void finish(ApiResult result);
    void onReplyFinished();

    QString m_action;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer;
    qint64 m_maxReplyBytes;
    std::function<qint64()> m_clock; // the client's, to compare with the reply's Date header
    const ApiProtocol *m_protocol;
    bool m_done = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    // What TLS verification found wrong with the endpoint's certificate; never ignored.
    QList<QSslError> m_sslErrors;
};

// Signs and POSTs requests, in the protocol of its endpoint's API, through the QNetworkAccessManager its
// owner passes in; every reply becomes an ApiResult.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    static constexpr int kDefaultTimeoutMs = 30'000;
    static constexpr qint64 kMaxReplyBytes = 16 * 1024 * 1024;

    ApiClient(QNetworkAccessManager *network, const Endpoint &endpoint, const Credentials &credentials,
              QObject *parent = nullptr);

    // Sends a request the endpoint's protocol built (protocol().describeZones(), …), signed with the
    // clock's time and a fresh nonce where the API has one. The caller connects to the returned call's
    // finished() signal.
    ApiCall *send(const QString &region, const ApiRequest &request);
    // The protocol of the endpoint's API: request building, signing, reply parsing.
    const ApiProtocol &protocol() const { return ApiProtocol::forApi(m_endpoint.api()); }

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    void setEndpoint(const Endpoint &endpoint) { m_endpoint = endpoint; }
    const Credentials &credentials() const { return m_credentials; }
    const Endpoint &endpoint() const { return m_endpoint; }
    // For tests: the clock (seconds since the epoch) and nonce source used for new requests.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    void setNonceSource(std::function<quint32()> nonce) { m_nonce = std::move(nonce); }

private:
    QNetworkAccessManager *m_network;
    Endpoint m_endpoint;
    Credentials m_credentials;
    int m_timeoutMs = kDefaultTimeoutMs;
    std::function<qint64()> m_clock;
    std::function<quint32()> m_nonce;
};
