#pragma once

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QSettings>
#include <QString>

#include <functional>
#include <memory>

class SecretStore;

// How the programs reach the network: the proxy chosen in Preferences. Both
// cvm-purchaser and cvm-purchaser-cli apply it application-wide at start-up
// (every QNetworkAccessManager that has no proxy of its own follows it). The
// settings live in the product's settings file, group "network"; a proxy
// password lives only in the OS keychain, under kPasswordKey.
class NetworkSettings final
{
    Q_DECLARE_TR_FUNCTIONS(NetworkSettings)

public:
    enum class Mode { System, None, Manual };
    enum class Type { Http, Socks5 };

    struct Proxy
    {
        Mode mode = Mode::System; // the default: whatever the environment or the desktop says
        Type type = Type::Http;
        QString host;
        int port = 0;
        QString user; // optional; with one, the password comes from the keychain

        bool operator==(const Proxy &o) const
        {
            return mode == o.mode && type == o.type && host == o.host && port == o.port && user == o.user;
        }
    };

    struct Problem
    {
        QString field; // "host", "port", "user"
        QString message;
    };

    // The settings keys (group "network" of the product's settings file).
    static constexpr const char *kModeKey = "network/proxyMode"; // "system", "none", "manual"
    static constexpr const char *kTypeKey = "network/proxyType"; // "http", "socks5"
    static constexpr const char *kHostKey = "network/proxyHost";
    static constexpr const char *kPortKey = "network/proxyPort";
    static constexpr const char *kUserKey = "network/proxyUser";
    // Where the proxy password is kept in the SecretStore.
    static constexpr const char *kPasswordKey = "proxy/password";

    static Proxy load(const QSettings &settings);
    static Proxy load(); // from the product's settings
    // Writes every key; the caller checks problems() first.
    static void save(QSettings &settings, const Proxy &proxy);

    // What is wrong with a manual proxy, one entry per field, naming the field and the rule.
    static QList<Problem> problems(const Proxy &proxy);

    // The QNetworkProxy for a manual proxy (NoProxy for "none", DefaultProxy for "system").
    static QNetworkProxy networkProxy(const Proxy &proxy, const QString &password = {});

    // Makes every later connection of this process use the proxy: system
    // configuration (QNetworkProxyFactory::setUseSystemConfiguration), none,
    // or the manual one with its password.
    static void applyToApplication(const Proxy &proxy, const QString &password = {});

    // A manual proxy with a user name: its password is in the keychain.
    static bool needsPassword(const Proxy &proxy);

    // load(), then (for a manual proxy with a user name) the password from
    // secrets, then applyToApplication(). done runs once, later, with an empty
    // string or a sentence saying why the password could not be read (the
    // proxy is applied without it then).
    static void applyFromSettings(SecretStore *secrets, std::function<void(const QString &problem)> done);
};
