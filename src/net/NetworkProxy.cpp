// NetworkSettings' one QtNetwork function, in the network backend's library.
#include "NetworkSettings.h"

#include <QNetworkProxy>

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
