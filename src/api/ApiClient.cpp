#include "api/ApiClient.h"


#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

ApiCall::ApiCall(const QString &action, QNetworkReply *reply, int timeoutMs, qint64 maxReplyBytes,
                 std::function<qint64()> clock, const ApiProtocol *protocol, QObject *parent)
    : QObject(parent), m_action(action), m_reply(reply), m_timer(new QTimer(this)),
      m_maxReplyBytes(maxReplyBytes), m_clock(std::move(clock)), m_protocol(protocol)
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    m_timer->start(timeoutMs);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_maxReplyBytes && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    // Recorded to explain the failure, never ignored: Qt then closes the connection before sending anything.
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors.append(errors); });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

ApiCall::~ApiCall()
{
    // Deleted before its reply finished (its client went away): end the request, free the reply.
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::abort()
{
    if (m_reply)
        m_reply->abort();
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    ApiResult result;
    if (m_tooLarge) {
        result.status = ApiResult::Status::BadReply;
        result.message = ApiResult::tr("the reply is larger than %1 MiB").arg(m_maxReplyBytes / (1024 * 1024));
    } else if (m_timedOut) {
        result.status = ApiResult::Status::Timeout;
    } else if (!m_sslErrors.isEmpty() && reply->error() != QNetworkReply::NoError) {
        result.status = ApiResult::Status::NetworkError;
        result.certificateError = true;
        result.neverSent = true;
        QStringList reasons;
        for (const QSslError &error : std::as_const(m_sslErrors))
            if (!reasons.contains(error.errorString()))
                reasons.append(error.errorString());
        result.message = ApiResult::tr("the TLS certificate of %1 could not be verified (%2), so the connection "
                                       "was closed before the request was sent. Check the endpoint address; a "
                                       "proxy or network that intercepts HTTPS, or a missing CA certificate on "
                                       "this computer, also cause this.")
                             .arg(reply->url().host(), reasons.join(u"; "_s));
    } else if (reply->error() != QNetworkReply::NoError && httpStatus == 0) {
        // No HTTP answer at all.
        result.status = ApiResult::Status::NetworkError;
        result.message = reply->errorString();
        // Failures that happen before the first byte of the request is written: it never left.
        switch (reply->error()) {
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyConnectionRefusedError:
            result.neverSent = true;
            break;
        default:
            break;
        }
    } else {
        result = m_protocol->parseReply(httpStatus, reply->readAll());
        // A wrong clock makes the cloud refuse signatures: the server's Date tells by how much.
        result.noteServerDate(reply->rawHeader("Date"), m_clock());
    }
    finish(result);
}

void ApiCall::finish(ApiResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
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
    const QUrl url = protocol.urlForRequest(m_endpoint.url(), m_endpoint.isDefault(), apiRequest);
    const EncodedRequest encoded =
        protocol.encode(apiRequest, region, m_credentials, url, m_clock(), m_nonce());

    QNetworkRequest request(encoded.url);
    for (const auto &[name, value] : encoded.headers)
        request.setRawHeader(name, value);
    // A purchase is never silently re-sent elsewhere: redirects are answers, not hops.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, encoded.body);
    return new ApiCall(apiRequest.action, reply, m_timeoutMs, kMaxReplyBytes, m_clock, &protocol, this);
}
