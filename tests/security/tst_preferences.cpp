// Preferences: the language and the proxy are saved and read back, bad input
// is named, a sandbox run changes nothing, and requests (from the application
// and from cvm-purchaser-cli) really go through the proxy that is set.
#include "AppLanguage.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "cli/CliTestSupport.h"
#include "preferences/PreferencesDialog.h"
#include "purchase/PurchaseJournal.h"
#include "sandbox/SandboxServer.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "security/PrivateKeyring.h"
#include "security/SecurityTestSupport.h"
#include "settings/AppSettings.h"
#include "settings/NetworkSettings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace SecurityTest;

namespace {
QString settingsFile()
{
    return openAppSettings()->fileName();
}

QByteArray settingsBytes()
{
    QFile file(settingsFile());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1StringView(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

void fillManual(PreferencesDialog &dialog, const QString &type, const QString &host, const QString &port,
                const QString &user, const QString &password)
{
    child<QRadioButton>(&dialog, "proxyManual")->click();
    auto *typeBox = child<QComboBox>(&dialog, "proxyType");
    typeBox->setCurrentIndex(typeBox->findText(type));
    for (const auto &[name, text] : {std::pair{"proxyHost", host}, std::pair{"proxyPort", port},
                                     std::pair{"proxyUser", user}, std::pair{"proxyPassword", password}}) {
        auto *edit = child<QLineEdit>(&dialog, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
}

// Presses OK and waits until the dialog has saved (it closes once the keychain has answered).
bool pressOk(PreferencesDialog &dialog)
{
    QSignalSpy saved(&dialog, &PreferencesDialog::saved);
    child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
    return saved.wait(10000);
}

// A call to Tencent Cloud's own endpoint: with an HTTP proxy it can only go out as CONNECT through it (Qt
// never proxies loopback addresses, so a loopback target would prove nothing).
ApiResult callCloud()
{
    QNetworkAccessManager network;
    ApiClient client(&network, Endpoint(PurchaseOrder::Api::V2),
                     Credentials{u"AKIDtest"_s, u"not-a-real-key"_s, {}});
    ApiCall *call = client.send(u"gz"_s, client.protocol().describeZones());
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<ApiResult>();
}
} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QFile::remove(settingsFile());
        NetworkSettings::applyToApplication(NetworkSettings::Proxy{});
    }
    void cleanupTestCase() { QFile::remove(settingsFile()); }

    void defaultsAreSystemLanguageAndSystemProxy()
    {
        MemorySecretStore secrets;
        PreferencesDialog dialog(&secrets, false);
        QCOMPARE(child<QComboBox>(&dialog, "language")->currentIndex(), 0);
        QVERIFY(child<QRadioButton>(&dialog, "proxySystem")->isChecked());
        QVERIFY(!child<QLineEdit>(&dialog, "proxyHost")->isEnabled());
    }

    void savesAndReloadsEverySetting()
    {
        MemorySecretStore secrets;
        {
            PreferencesDialog dialog(&secrets, false);
            dialog.show();
            child<QComboBox>(&dialog, "language")->setCurrentIndex(2); // 简体中文
            fillManual(dialog, u"SOCKS5"_s, u"proxy.example.com"_s, u"1080"_s, u"alice"_s,
                       u"proxy-pass-81"_s);
            if (const QString dir = qEnvironmentVariable("CVM_SCREENSHOTS"); !dir.isEmpty())
                dialog.grab().save(QDir(dir).filePath(u"preferences.png"_s));
            QVERIFY(pressOk(dialog));
            QVERIFY(!dialog.isVisible());
        }
        // The language setting is the one the programs read at start-up.
        QCOMPARE(AppLanguage::storedSetting(), u"zh_CN"_s);
        QCOMPARE(AppLanguage::chosenLocale(AppLanguage::storedSetting()).language(), QLocale::Chinese);
        const NetworkSettings::Proxy stored = NetworkSettings::load();
        QCOMPARE(stored.mode, NetworkSettings::Mode::Manual);
        QCOMPARE(stored.type, NetworkSettings::Type::Socks5);
        QCOMPARE(stored.host, u"proxy.example.com"_s);
        QCOMPARE(stored.port, 1080);
        QCOMPARE(stored.user, u"alice"_s);
        // The password went to the secret store, never to the settings file.
        QVERIFY(!settingsBytes().contains("proxy-pass-81"));
        auto read = KeychainTestRead(secrets);
        QCOMPARE(read, u"proxy-pass-81"_s);
        // Applied at once: new connections use the SOCKS5 proxy with the password.
        const QNetworkProxy applied = QNetworkProxy::applicationProxy();
        QCOMPARE(applied.type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(applied.hostName(), u"proxy.example.com"_s);
        QCOMPARE(applied.port(), quint16(1080));
        QCOMPARE(applied.password(), u"proxy-pass-81"_s);

        {
            PreferencesDialog dialog(&secrets, false);
            QCOMPARE(child<QComboBox>(&dialog, "language")->currentIndex(), 2);
            QVERIFY(child<QRadioButton>(&dialog, "proxyManual")->isChecked());
            QCOMPARE(child<QComboBox>(&dialog, "proxyType")->currentText(), u"SOCKS5"_s);
            QCOMPARE(child<QLineEdit>(&dialog, "proxyHost")->text(), u"proxy.example.com"_s);
            QCOMPARE(child<QLineEdit>(&dialog, "proxyPort")->text(), u"1080"_s);
            QCOMPARE(child<QLineEdit>(&dialog, "proxyUser")->text(), u"alice"_s);
            // Never shown again.
            QVERIFY(child<QLineEdit>(&dialog, "proxyPassword")->text().isEmpty());

            dialog.show();
            child<QComboBox>(&dialog, "language")->setCurrentIndex(1);
            child<QRadioButton>(&dialog, "proxyNone")->click();
            QVERIFY(pressOk(dialog));
        }
        QCOMPARE(AppLanguage::storedSetting(), u"en"_s);
        QCOMPARE(NetworkSettings::load().mode, NetworkSettings::Mode::None);
        QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
        QVERIFY(!QNetworkProxyFactory::usesSystemConfiguration());

        {
            PreferencesDialog dialog(&secrets, false);
            QVERIFY(child<QRadioButton>(&dialog, "proxyNone")->isChecked());
            QCOMPARE(child<QComboBox>(&dialog, "language")->currentIndex(), 1);
            dialog.show();
            child<QComboBox>(&dialog, "language")->setCurrentIndex(0);
            child<QRadioButton>(&dialog, "proxySystem")->click();
            child<QLineEdit>(&dialog, "proxyUser")->clear();
            QVERIFY(pressOk(dialog));
        }
        // "System" removes the language setting: the system's language again.
        QVERIFY(AppLanguage::storedSetting().isEmpty());
        QCOMPARE(NetworkSettings::load().mode, NetworkSettings::Mode::System);
        QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
        // Without a user name the stored password has no use and is removed.
        QCOMPARE(secrets.size(), 0);
    }

    void badInputIsNamedAndNothingIsSaved_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no host") << QString() << u"8080"_s << QString() << u"Proxy host: give"_s;
        QTest::newRow("url as host") << u"http://proxy/x"_s << u"8080"_s << QString()
                                     << u"Proxy host: \"http://proxy/x\" is not a host name"_s;
        QTest::newRow("no port") << u"proxy.example.com"_s << QString() << QString()
                                 << u"Proxy port: give a whole number from 1 to 65535."_s;
        QTest::newRow("port too big") << u"proxy.example.com"_s << u"70000"_s << QString()
                                      << u"Proxy port: give a whole number from 1 to 65535."_s;
        QTest::newRow("colon in user") << u"proxy.example.com"_s << u"3128"_s << u"a:b"_s
                                       << u"Proxy user name: it may not contain \":\""_s;
    }
    void badInputIsNamedAndNothingIsSaved()
    {
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, user);
        QFETCH(QString, expected);
        MemorySecretStore secrets;
        PreferencesDialog dialog(&secrets, false);
        dialog.show();
        fillManual(dialog, u"HTTP"_s, host, port, user, QString());
        child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(child<QLabel>(&dialog, "problems")->text().contains(expected),
                 qPrintable(child<QLabel>(&dialog, "problems")->text()));
        QVERIFY(!QFile::exists(settingsFile()));
    }

    void sandboxRunShowsButChangesNothing()
    {
        {
            auto settings = openAppSettings();
            settings->setValue(QLatin1StringView(PreferencesDialog::kLanguageKey), u"zh_CN"_s);
            NetworkSettings::save(*settings, {NetworkSettings::Mode::Manual,
                                              NetworkSettings::Type::Http,
                                              u"proxy.example.com"_s,
                                              3128,
                                              {}});
        }
        const QByteArray before = settingsBytes();
        MemorySecretStore secrets;
        PreferencesDialog dialog(&secrets, true);
        dialog.show();
        if (const QString dir = qEnvironmentVariable("CVM_SCREENSHOTS"); !dir.isEmpty())
            dialog.grab().save(QDir(dir).filePath(u"preferences-sandbox.png"_s));
        QVERIFY(dialog.isReadOnly());
        QVERIFY(child<QLabel>(&dialog, "readOnlyNote")->text().contains(u"sandbox"_s));
        QCOMPARE(child<QComboBox>(&dialog, "language")->currentIndex(), 2);
        QCOMPARE(child<QLineEdit>(&dialog, "proxyHost")->text(), u"proxy.example.com"_s);
        for (const char *name : {"language", "proxyHost", "proxyPort", "proxySystem", "proxyManual"})
            QVERIFY2(!child<QWidget>(&dialog, name)->isEnabled(), name);
        auto *buttons = child<QDialogButtonBox>(&dialog, "buttons");
        QVERIFY(!buttons->button(QDialogButtonBox::Ok));
        buttons->button(QDialogButtonBox::Close)->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(settingsBytes(), before);
    }

    // File > Preferences… with the platform's standard shortcut; in a sandbox window the dialog is read-only.
    void mainWindowOpensPreferences()
    {
        SandboxServer sandbox(SandboxServer::Options{});
        QVERIFY(sandbox.listen() != 0);
        WizardContext::Setup setup;
        QString error;
        QVERIFY(Endpoint::fromUrl(sandbox.endpointUrl().toString(), &setup.endpoint, &error,
                                  PurchaseOrder::Api::V2));
        setup.sandboxAccount = {QString::fromLatin1(SandboxServer::kDemoSecretId),
                                QString::fromLatin1(SandboxServer::kDemoSecretKey),
                                {}};
        QTemporaryDir data;
        PurchaseJournal journal(data.filePath(u"history.sqlite"_s));
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        MainWindow window(&network, setup, &journal, &secrets);
        window.show();
        auto *action = window.findChild<QAction *>(u"preferencesAction"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
        QVERIFY(action->text().remove(u'&').contains(u"Preferences"_s));
        bool sawReadOnly = false;
        QTimer::singleShot(0, this, [&sawReadOnly] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            sawReadOnly = dialog->isReadOnly();
            dialog->reject();
        });
        action->trigger(); // returns when the dialog is closed
        QVERIFY(sawReadOnly);
        QVERIFY(!QFile::exists(settingsFile()));
    }

    void requestGoesThroughTheManualProxyWithItsPassword()
    {
        RecordingProxy proxy(kProxyReply);
        QVERIFY(proxy.listen());
        const QByteArray login = "Basic " + QByteArray("alice:proxy-pass-81").toBase64();
        proxy.requireAuthorization(login);
        MemorySecretStore secrets;
        {
            PreferencesDialog dialog(&secrets, false);
            dialog.show();
            fillManual(dialog, u"HTTP"_s, u"127.0.0.1"_s, QString::number(proxy.port()), u"alice"_s,
                       u"proxy-pass-81"_s);
            QVERIFY(pressOk(dialog));
        }
        const ApiResult result = callCloud();
        QVERIFY2(!proxy.requests().isEmpty(), "the request never reached the proxy");
        QCOMPARE(proxy.requests().last().requestLine, "CONNECT cvm.api.qcloud.com:443 HTTP/1.1");
        // The password from the secret store logged in to the proxy.
        QCOMPARE(proxy.requests().last().header("Proxy-Authorization"), login);
        // The proxy refused the tunnel: the call failed without reaching the cloud.
        QCOMPARE(result.status, ApiResult::Status::NetworkError);
        QVERIFY2(!result.describe().isEmpty(), qPrintable(result.describe()));
    }

    // cvm-purchaser-cli reads the same settings: a manual proxy, and by default the system's (https_proxy),
    // which it did not honour before.
    void cliHonoursTheProxySetting_data()
    {
        QTest::addColumn<bool>("manual");
        QTest::newRow("manual proxy in preferences") << true;
        QTest::newRow("system proxy from https_proxy") << false;
    }
    void cliHonoursTheProxySetting()
    {
        QFETCH(bool, manual);
        RecordingProxy proxy(kProxyReply);
        QVERIFY(proxy.listen());
        QTemporaryDir home;
        QVERIFY(home.isValid());
        CliTest::Cli cli(home.path());
        cli.useDemoCredentials();
        if (manual) {
            QSettings settings(home.filePath(u"config/cvm-purchaser/cvm-purchaser.conf"_s),
                               QSettings::IniFormat);
            NetworkSettings::save(settings, {NetworkSettings::Mode::Manual,
                                             NetworkSettings::Type::Http,
                                             u"127.0.0.1"_s,
                                             proxy.port(),
                                             {}});
        } else {
            for (const char *name : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
                                     "ALL_PROXY", "no_proxy", "NO_PROXY"})
                cli.unsetEnv(QString::fromLatin1(name));
            cli.setEnv(u"https_proxy"_s, u"http://127.0.0.1:%1/"_s.arg(proxy.port()));
        }
        // The default endpoint, Tencent Cloud's: through the proxy, or not at all.
        const CliTest::Result r = cli.run({u"status"_s, u"--region"_s, u"gz"_s, u"ins-00000001"_s});
        QVERIFY2(!proxy.requests().isEmpty(), qPrintable(r.describe()));
        QCOMPARE(proxy.requests().first().requestLine, "CONNECT cvm.api.qcloud.com:443 HTTP/1.1");
        QCOMPARE(r.exitCode, 6); // the proxy refused the tunnel: a network failure
    }

    // A proxy that wants a login: cvm-purchaser-cli reads the proxy password from the keychain before its
    // command runs. A keyring of the test's own; this process uses its bus from here on.
    void cliLogsInToTheProxyWithThePasswordFromTheKeychain()
    {
        QTemporaryDir home;
        SecurityTest::PrivateKeyring keyring;
        QString problem;
        QVERIFY2(keyring.start(home.path(), &problem), qPrintable(problem));
        qputenv("DBUS_SESSION_BUS_ADDRESS", keyring.address().toLocal8Bit());
        KeychainSecretStore keychain;
        bool stored = false;
        keychain.write(QLatin1StringView(NetworkSettings::kPasswordKey), u"proxy-pass-81"_s,
                       [&stored](SecretStore::Error error, const QString &) {
                           stored = error == SecretStore::Error::None;
                       });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 20000);

        RecordingProxy proxy(kProxyReply);
        QVERIFY(proxy.listen());
        const QByteArray login = "Basic " + QByteArray("alice:proxy-pass-81").toBase64();
        proxy.requireAuthorization(login);
        CliTest::Cli cli(home.path());
        cli.useDemoCredentials();
        cli.setEnv(u"DBUS_SESSION_BUS_ADDRESS"_s, keyring.address());
        {
            QSettings settings(home.filePath(u"config/cvm-purchaser/cvm-purchaser.conf"_s),
                               QSettings::IniFormat);
            NetworkSettings::save(settings, {NetworkSettings::Mode::Manual, NetworkSettings::Type::Http,
                                             u"127.0.0.1"_s, proxy.port(), u"alice"_s});
        }
        const CliTest::Result r = cli.run({u"status"_s, u"--region"_s, u"gz"_s, u"ins-00000001"_s});
        QVERIFY2(!proxy.requests().isEmpty(), qPrintable(r.describe()));
        QCOMPARE(proxy.requests().last().requestLine, "CONNECT cvm.api.qcloud.com:443 HTTP/1.1");
        QCOMPARE(proxy.requests().last().header("Proxy-Authorization"), login);
        QVERIFY(!r.err.contains(u"proxy-pass-81"_s) && !r.out.contains(u"proxy-pass-81"_s));
        QCOMPARE(r.exitCode, 6);
    }

private:
    static QString KeychainTestRead(MemorySecretStore &secrets)
    {
        QString out;
        bool done = false;
        secrets.read(QLatin1StringView(NetworkSettings::kPasswordKey),
                     [&](SecretStore::Error, const QString &secret, const QString &) {
                         out = secret;
                         done = true;
                     });
        static_cast<void>(QTest::qWaitFor([&] { return done; }, 5000));
        return out;
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
