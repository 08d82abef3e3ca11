#pragma once

#include "ApiParams.h"
#include "ApiProtocol.h"
#include "ApiResult.h"
#include "Credentials.h"
#include "Endpoint.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

// One API request in flight. Emits finished() exactly once, then deletes itself. Made by the network
// backend (NetworkBackend.h), which owns how the bytes travel.
class ApiCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    QString action() const { return m_action; }
    virtual void abort() = 0; // ends the call with a NetworkError result

Q_SIGNALS:
    void finished(const ApiResult &result);

protected:
    ApiCall(const QString &action, QObject *parent) : QObject(parent), m_action(action) {}
    // Once: reports result, then deletes the call.
    void finish(const ApiResult &result);

private:
    QString m_action;
    bool m_done = false;
};

// Signs and POSTs requests, in the protocol of its endpoint's API, through the QNetworkAccessManager its
// owner passes in (null: the network backend's own); every reply becomes an ApiResult.
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
