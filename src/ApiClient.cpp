#include "ApiClient.h"

#include "NetworkBackend.h"
#include "RequestBuilder.h"
#include "Signer.h"

#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

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

ApiCall *ApiClient::send(const QString &region, const ApiRequest &apiRequest)
{
    const ApiProtocol &protocol = this->protocol();
    const QUrl url = protocol.urlForAction(m_endpoint.url(), m_endpoint.isDefault(), apiRequest.action);
    const EncodedRequest encoded =
        protocol.encode(apiRequest, region, m_credentials, url, m_clock(), m_nonce());

    return NetworkBackend::instance().post(
        m_network, {apiRequest.action, encoded, m_timeoutMs, kMaxReplyBytes, m_clock, &protocol}, this);
}
