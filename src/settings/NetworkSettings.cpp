#include "settings/NetworkSettings.h"

#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"

#include <QNetworkProxyFactory>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxPort = 65535;

QString modeName(NetworkSettings::Mode mode)
{
    switch (mode) {
    case NetworkSettings::Mode::System:
        break;
    case NetworkSettings::Mode::None:
        return u"none"_s;
    case NetworkSettings::Mode::Manual:
        return u"manual"_s;
    }
    return u"system"_s;
}
} // namespace

NetworkSettings::Proxy NetworkSettings::load(const QSettings &settings)
{
    Proxy proxy;
    const QString mode = settings.value(QLatin1StringView(kModeKey)).toString().trimmed().toLower();
    // Anything unknown (a hand-edited file) keeps the safe default, the system's configuration.
    proxy.mode = mode == "none"_L1 ? Mode::None : mode == "manual"_L1 ? Mode::Manual : Mode::System;
    proxy.type = settings.value(QLatin1StringView(kTypeKey)).toString().trimmed().toLower() == "socks5"_L1
                     ? Type::Socks5
                     : Type::Http;
    proxy.host = settings.value(QLatin1StringView(kHostKey)).toString().trimmed();
    proxy.port = settings.value(QLatin1StringView(kPortKey)).toInt();
    proxy.user = settings.value(QLatin1StringView(kUserKey)).toString();
    return proxy;
}

NetworkSettings::Proxy NetworkSettings::load()
{
    return load(*openAppSettings());
}

void NetworkSettings::save(QSettings &settings, const Proxy &proxy)
{
    settings.setValue(QLatin1StringView(kModeKey), modeName(proxy.mode));
    settings.setValue(QLatin1StringView(kTypeKey), proxy.type == Type::Socks5 ? u"socks5"_s : u"http"_s);
    settings.setValue(QLatin1StringView(kHostKey), proxy.host.trimmed());
    settings.setValue(QLatin1StringView(kPortKey), proxy.port);
    settings.setValue(QLatin1StringView(kUserKey), proxy.user);
}

QList<NetworkSettings::Problem> NetworkSettings::problems(const Proxy &proxy)
{
    QList<Problem> out;
    if (proxy.mode != Mode::Manual)
        return out;
    const QString host = proxy.host.trimmed();
    if (host.isEmpty()) {
        out.append(
            {u"host"_s, tr("Proxy host: give the proxy's host name or IP address, e.g. proxy.example.com.")});
    } else if (host.contains(u' ') || host.contains(u'/') || host.contains(u'@') ||
               QUrl::fromUserInput(u"http://"_s + host).host().isEmpty()) {
        out.append({u"host"_s, tr("Proxy host: \"%1\" is not a host name or IP address; give the name alone, "
                                  "without a scheme, path, user or port.")
                                   .arg(host)});
    }
    if (proxy.port < 1 || proxy.port > kMaxPort)
        out.append({u"port"_s, tr("Proxy port: give a whole number from 1 to 65535.")});
    if (proxy.user.contains(u':') || proxy.user != proxy.user.trimmed())
        out.append(
            {u"user"_s, tr("Proxy user name: it may not contain \":\" or begin or end with a space.")});
    return out;
}

QNetworkProxy NetworkSettings::networkProxy(const Proxy &proxy, const QString &password)
{
    switch (proxy.mode) {
    case Mode::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::Manual:
        break;
    }
    QNetworkProxy out(proxy.type == Type::Socks5 ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                      proxy.host.trimmed(), quint16(proxy.port));
    if (!proxy.user.isEmpty()) {
        out.setUser(proxy.user);
        out.setPassword(password);
    }
    return out;
}

void NetworkSettings::applyToApplication(const Proxy &proxy, const QString &password)
{
    if (proxy.mode == Mode::System || !problems(proxy).isEmpty()) {
        // The environment (http_proxy, https_proxy, no_proxy) or the desktop's settings. A manual proxy
        // that cannot be used (a hand-edited file) falls back to them rather than to a broken address.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return;
    }
    // Setting an application proxy replaces the system configuration.
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QNetworkProxy::setApplicationProxy(networkProxy(proxy, password));
}

bool NetworkSettings::needsPassword(const Proxy &proxy)
{
    return proxy.mode == Mode::Manual && !proxy.user.isEmpty() && problems(proxy).isEmpty();
}

void NetworkSettings::applyFromSettings(SecretStore *secrets,
                                        std::function<void(const QString &problem)> done)
{
    const Proxy proxy = load();
    if (!needsPassword(proxy) || !secrets) {
        applyToApplication(proxy);
        QTimer::singleShot(0, QCoreApplication::instance(), [done = std::move(done)] { done(QString()); });
        return;
    }
    secrets->read(QLatin1StringView(kPasswordKey),
                  [proxy, done = std::move(done)](SecretStore::Error error, const QString &password,
                                                  const QString &message) {
                      applyToApplication(proxy, password);
                      if (error == SecretStore::Error::None || error == SecretStore::Error::NotFound)
                          done(QString());
                      else
                          done(tr("The proxy password could not be read from the system keychain, so the "
                                  "proxy is used without it: %1")
                                   .arg(message));
                  });
}
