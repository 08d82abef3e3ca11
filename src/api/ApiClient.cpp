#include "api/ApiClient.h"

#include "NetworkBackend.h"
#include "protocol/v2/RequestBuilder.h"
#include "protocol/v2/Signer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutex>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {
// Protocols without a nonce (API 3.0) refuse the very same signed request seen twice as a replay: the
// timestamp of a request identical to one this process sent in the same second (from any client: the
// Credentials dialog's test and the Account page's, two windows) moves on a second.
qint64 distinctTimestamp(const QByteArray &request, qint64 timestamp)
{
    static QMutex mutex;
    static QHash<QByteArray, qint64> lastTimestamps;
    const QMutexLocker locker(&mutex);
    const auto last = lastTimestamps.constFind(request);
    if (last != lastTimestamps.cend() && *last >= timestamp)
        timestamp = *last + 1;
    // Only the last few seconds matter; forget the rest so the table stays small.
    lastTimestamps.removeIf([&](const auto &it) { return it.value() < timestamp - 5; });
    lastTimestamps.insert(request, timestamp);
    return timestamp;
}
} // namespace

void ApiCall::finish(const ApiResult &result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}

ApiClient::ApiClient(QNetworkAccessManager *network, const Endpoint &endpoint, const Credentials &credentials,
                     QObject *parent)
    : QObject(parent), m_network(network), m_endpoint(endpoint), m_credentials(credentials),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); }),
      m_nonce([] { return QRandomGenerator::global()->bounded(1u, 0x7fffffffu); })
{
}

ApiCall *ApiClient::call(const QString &action, const QString &region, const ApiParams &actionParams)
{
    return send(region, {action, actionParams, {}});
}

ApiCall *ApiClient::send(const QString &region, const ApiRequest &apiRequest)
{
    const ApiProtocol &protocol = this->protocol();
    const QUrl url = protocol.urlForAction(m_endpoint.url(), m_endpoint.isDefault(), apiRequest.action);
    qint64 timestamp = m_clock();
    if (protocol.needsDistinctTimestamps())
        timestamp = distinctTimestamp(m_credentials.secretId.toUtf8() + '\n' + apiRequest.action.toUtf8() + '\n' +
                                          region.toUtf8() + '\n' +
                                          QJsonDocument(apiRequest.body).toJson(QJsonDocument::Compact),
                                      timestamp);
    const EncodedRequest encoded =
        protocol.encode(apiRequest, region, m_credentials, url, timestamp, m_nonce());

    return NetworkBackend::instance().post(
        m_network, {apiRequest.action, encoded, m_timeoutMs, kMaxReplyBytes, m_clock, &protocol}, this);
}
