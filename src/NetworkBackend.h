#pragma once

#include "protocol/ApiProtocol.h"
#include "settings/NetworkSettings.h"

#include <QString>

#include <functional>
#include <memory>

class ApiCall;
class QNetworkAccessManager;
class QObject;
class SecretStore;

// What needs QtNetwork or the OS keychain, behind one interface: sending a signed request, the
// application's proxy, the keychain store. The implementation (src/net, QtNetworkBackend) is linked into
// the CLI and the tests, which install it at start; the desktop program loads it from a module once its
// first window is up, so that starting loads neither QtNetwork (with Kerberos, GSSAPI, libproxy) nor
// QtKeychain (issue 9). Everything else in src/ and ui/ uses only this interface.
class NetworkBackend
{
public:
    struct Request
    {
        QString action;
        EncodedRequest encoded;
        int timeoutMs;
        qint64 maxReplyBytes;
        std::function<qint64()> clock; // the client's, to compare with the reply's Date header
        const ApiProtocol *protocol;   // parses the reply
    };

    virtual ~NetworkBackend() = default;
    // POSTs request through network (null: the backend's own); the call reports its result later.
    virtual ApiCall *post(QNetworkAccessManager *network, const Request &request, QObject *parent) = 0;
    // The proxy every connection of the application uses (NetworkSettings::applyToApplication).
    virtual void applyProxy(const NetworkSettings::Proxy &proxy, const QString &password) = 0;
    // The OS keychain (QtKeychain), owned by parent.
    virtual SecretStore *createKeychainStore(QObject *parent) = 0;

    // The backend in use. With none installed, the loader is asked for one (once); if that fails too, a
    // backend whose calls end with a NetworkError naming the reason.
    static NetworkBackend &instance();
    // Why instance() is the backend that sends nothing, or empty.
    static QString problem();
    static void install(std::unique_ptr<NetworkBackend> backend);
    // How instance() gets one when none is installed: returns it, or null with *error saying why.
    using Loader = std::function<std::unique_ptr<NetworkBackend>(QString *error)>;
    static void setLoader(Loader loader);
};
