#include "net/QtNetworkBackend.h"

#include "net/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// The QNetworkProxy for a manual proxy (NoProxy for "none", DefaultProxy for "system").
QNetworkProxy networkProxy(const NetworkSettings::Proxy &proxy, const QString &password)
{
    switch (proxy.mode) {
    case NetworkSettings::Mode::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case NetworkSettings::Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case NetworkSettings::Mode::Manual:
        break;
    }
    QNetworkProxy out(proxy.type == NetworkSettings::Type::Socks5 ? QNetworkProxy::Socks5Proxy
                                                                  : QNetworkProxy::HttpProxy,
                      proxy.host.trimmed(), quint16(proxy.port));
    if (!proxy.user.isEmpty()) {
        out.setUser(proxy.user);
        out.setPassword(password);
    }
    return out;
}
} // namespace

ApiCall *QtNetworkBackend::post(QNetworkAccessManager *network, const Request &request, QObject *parent)
{
    if (!network) {
        if (!m_network)
            m_network = new QNetworkAccessManager(QCoreApplication::instance());
        network = m_network;
    }
    QNetworkRequest out(request.encoded.url);
    for (const auto &[name, value] : request.encoded.headers)
        out.setRawHeader(name, value);
    // A purchase is never silently re-sent elsewhere: redirects are answers, not hops.
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network->post(out, request.encoded.body);
    return new NetworkApiCall(request.action, reply, request.timeoutMs, request.maxReplyBytes, request.clock,
                              request.protocol, parent);
}

void QtNetworkBackend::applyProxy(const NetworkSettings::Proxy &proxy, const QString &password)
{
    if (proxy.mode == NetworkSettings::Mode::System || !NetworkSettings::problems(proxy).isEmpty()) {
        // The environment (http_proxy, https_proxy, no_proxy) or the desktop's settings. A manual proxy
        // that cannot be used (a hand-edited file) falls back to them rather than to a broken address.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return;
    }
    // Setting an application proxy replaces the system configuration.
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QNetworkProxy::setApplicationProxy(networkProxy(proxy, password));
}

SecretStore *QtNetworkBackend::createKeychainStore(QObject *parent)
{
    return new KeychainSecretStore(parent);
}

void QtNetworkBackend::install()
{
    NetworkBackend::install(std::make_unique<QtNetworkBackend>());
}

NetworkApiCall::NetworkApiCall(const QString &action, QNetworkReply *reply, int timeoutMs,
                               qint64 maxReplyBytes, std::function<qint64()> clock,
                               const ApiProtocol *protocol, QObject *parent)
    : ApiCall(action, parent), m_reply(reply), m_timer(new QTimer(this)), m_maxReplyBytes(maxReplyBytes),
      m_clock(std::move(clock)), m_protocol(protocol)
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
    connect(reply, &QNetworkReply::finished, this, &NetworkApiCall::onReplyFinished);
}

NetworkApiCall::~NetworkApiCall()
{
    // Deleted before its reply finished (its client went away): end the request, free the reply.
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void NetworkApiCall::abort()
{
    if (m_reply)
        m_reply->abort();
}

void NetworkApiCall::onReplyFinished()
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
        result.message =
            ApiResult::tr("the reply is larger than %1 MiB").arg(m_maxReplyBytes / (1024 * 1024));
    } else if (m_timedOut) {
        result.status = ApiResult::Status::Timeout;
    } else if (!m_sslErrors.isEmpty() && reply->error() != QNetworkReply::NoError) {
        result.status = ApiResult::Status::NetworkError;
        result.certificateError = true;
        QStringList reasons;
        for (const QSslError &error : std::as_const(m_sslErrors))
            if (!reasons.contains(error.errorString()))
                reasons.append(error.errorString());
        result.message =
            ApiResult::tr("the TLS certificate of %1 could not be verified (%2), so the connection "
                          "was closed before the request was sent. Check the endpoint address; a "
                          "proxy or network that intercepts HTTPS, or a missing CA certificate on "
                          "this computer, also cause this.")
                .arg(reply->url().host(), reasons.join(u"; "_s));
    } else if (reply->error() != QNetworkReply::NoError && httpStatus == 0) {
        // No HTTP answer at all.
        result.status = ApiResult::Status::NetworkError;
        result.message = reply->errorString();
    } else {
        result = m_protocol->parseReply(httpStatus, reply->readAll());
        // A wrong clock makes the cloud refuse signatures: the server's Date tells by how much.
        result.noteServerDate(reply->rawHeader("Date"), m_clock());
    }
    finish(result);
}

void NetworkApiCall::finish(const ApiResult &result)
{
    m_timer->stop();
    ApiCall::finish(result);
}
