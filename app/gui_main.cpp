#include "AppLanguage.h"
#include "AppSettings.h"
#include "CredentialStore.h"
#include "DeferredIconStyle.h"
#include "Endpoint.h"
#include "InProcessSandbox.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "NetworkSettings.h"
#include "PurchaseJournal.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
// For tst_sandbox_module (CVM_PURCHASER_EXIT_WHEN_SHOWN=network): the Account page's "Test connection";
// then leave.
void reportNetwork(MainWindow *window)
{
    auto *test = window->findChild<QAbstractButton *>(u"testConnection"_s);
    auto *result = window->findChild<QLabel *>(u"testResult"_s);
    if (!test || !result) {
        QCoreApplication::exit(1);
        return;
    }
    test->click();
    auto *poll = new QTimer(window);
    QObject::connect(poll, &QTimer::timeout, window, [result, poll, began = QDateTime::currentMSecsSinceEpoch()] {
        const bool answered = result->text().startsWith(u"✔"_s) || result->text().startsWith(u"✘"_s);
        if (!answered && QDateTime::currentMSecsSinceEpoch() - began < 20000)
            return;
        poll->stop();
        QTextStream(stdout) << "test connection: " << result->text() << Qt::endl;
        QCoreApplication::quit();
    });
    poll->start(20);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"cvm-purchaser"_s);
    QApplication::setApplicationVersion(QStringLiteral(CVM_PURCHASER_VERSION));
    // The desktop entry's name: Wayland compositors and docks match the window to its entry and icon by it.
    QGuiApplication::setDesktopFileName(u"cvm-purchaser"_s);
    // The style chosen by the platform, -style or QT_STYLE_OVERRIDE, with two icons read when first needed.
    QApplication::setStyle(new DeferredIconStyle(QApplication::style()->name()));
    // Before anything is translated: the language follows the system locale or the "language" setting.
    AppLanguage::installFromSettings(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Buy pay-as-you-go Tencent Cloud CVM instances."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        u"sandbox"_s, QApplication::translate("main", "Use the built-in simulated cloud: nothing is bought."));
    const QCommandLineOption endpointOption(u"endpoint"_s, QApplication::translate("main", "API endpoint URL."),
                                            u"URL"_s);
    const QCommandLineOption templateOption(
        u"template"_s, QApplication::translate("main", "Open the wizard filled from an order template."), u"FILE"_s);
    const QCommandLineOption profileOption(
        u"profile"_s, QApplication::translate("main", "Keychain credential profile to use (default: \"default\")."),
        u"NAME"_s);
    parser.addOptions({sandboxOption, endpointOption, profileOption, templateOption});
    parser.process(app);

    WizardContext::Setup setup;
    setup.profile = parser.value(profileOption);
    std::unique_ptr<QObject> sandbox;
    if (parser.isSet(sandboxOption)) {
        QString error;
        SandboxPlugin::Started started = startInProcessSandbox(&error);
        if (!started.server) {
            QTextStream(stderr) << "cvm-purchaser: " << error << '\n';
            return 1;
        }
        sandbox = std::move(started.server);
        Endpoint::fromUrl(started.endpoint.toString(), &setup.endpoint, &error);
        setup.sandboxAccount = {started.secretId, started.secretKey, {}};
        setup.sandboxUrlV3 = started.endpointV3;
    } else {
        QString error;
        if (!Endpoint::resolve(parser.value(endpointOption), &setup.endpoint, &error)) {
            QTextStream(stderr) << "cvm-purchaser: " << error << '\n';
            return 2;
        }
    }

    // A sandbox run keeps its journal for that run only: its cloud vanishes when the application closes.
    std::optional<QTemporaryDir> sandboxData;
    if (sandbox)
        sandboxData.emplace();
    PurchaseJournal journal(sandbox ? sandboxData->filePath(u"journal.jsonl"_s) : PurchaseJournal::defaultPath());
    // Keys and held instance passwords live in the OS keychain; a sandbox run touches neither the keychain nor
    // the settings: its profiles and secrets live in memory and go with it.
    KeychainSecretStore keychain;
    MemorySecretStore memory;
    SecretStore *secrets = sandbox ? static_cast<SecretStore *>(&memory) : &keychain;
    std::unique_ptr<CredentialStore> credentials(sandbox ? CredentialStore::createSessionOnly()
                                                         : new CredentialStore(&keychain));
    setup.credentialStore = credentials.get();
    // Window geometry, the last template and the last region and zone.
    const std::unique_ptr<QSettings> settings = sandbox ? nullptr : openAppSettings();
    setup.settings = settings.get();
    QNetworkAccessManager network;
    if (sandbox) {
        // The sandbox listens on loopback: no proxy can reach it.
        network.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    } else {
        // The proxy of Preferences (by default the system's: environment or desktop settings), for every
        // connection. A proxy password comes from the keychain a moment later; until then the proxy is
        // used without it.
        const NetworkSettings::Proxy proxy = NetworkSettings::load();
        NetworkSettings::applyToApplication(proxy);
        if (NetworkSettings::needsPassword(proxy))
            NetworkSettings::applyFromSettings(&keychain, [](const QString &problem) {
                if (!problem.isEmpty())
                    QTextStream(stderr) << "cvm-purchaser: " << problem << '\n';
            });
    }
    // The installed theme icon where there is one, else the bundled SVG (a build that was never installed).
    const auto setWindowIcon = [] {
        QApplication::setWindowIcon(
            QIcon::fromTheme(u"cvm-purchaser"_s, QIcon(u":/icons/cvm-purchaser.svg"_s)));
    };
    MainWindow window(&network, setup, &journal, secrets);
    if (parser.isSet(templateOption)) {
        setWindowIcon(); // a refused template is told in a dialog of its own, before the window opens
        if (!window.openTemplate(parser.value(templateOption)))
            return 1;
    }
    window.show();
    // For the start-up benchmark (tests/bench): the window is up and the first event loop pass has run; say so
    // and leave. With "network", for tst_sandbox_module: then the Account page's Test connection.
    const QString exitWhenShown = qEnvironmentVariable("CVM_PURCHASER_EXIT_WHEN_SHOWN");
    if (exitWhenShown == "1"_L1 || exitWhenShown == "network"_L1)
        QTimer::singleShot(0, &app, [exitWhenShown] {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            if (exitWhenShown == "1"_L1)
                QCoreApplication::quit();
        });
    // Without a template, the icon once the window is up: looking it up and loading the SVG engine need not
    // delay it.
    if (!parser.isSet(templateOption))
        QTimer::singleShot(0, &app, setWindowIcon);
    if (exitWhenShown == "network"_L1)
        QTimer::singleShot(0, &window, [&window] { reportNetwork(&window); });
    return app.exec();
}
