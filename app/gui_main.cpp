#include "AppLanguage.h"
#include "AppSettings.h"
#include "BackendSecretStore.h"
#include "CredentialStore.h"
#include "DeferredIconStyle.h"
#include "Endpoint.h"
#include "InProcessSandbox.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "Modules.h"
#include "NetworkBackend.h"
#include "NetworkPlugin.h"
#include "NetworkSettings.h"
#include "PurchaseJournal.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
// For tst_sandbox_module (CVM_PURCHASER_EXIT_WHEN_SHOWN=network): how loading the network module went,
// and the Account page's "Test connection" through it; then leave.
void reportNetwork(MainWindow *window)
{
    const QString problem = NetworkBackend::problem();
    QTextStream(stdout) << "network: " << (problem.isEmpty() ? u"loaded"_s : problem) << Qt::endl;
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
        Endpoint::fromUrl(started.endpoint.toString(), &setup.endpoint, &error, PurchaseOrder::Api::V2);
        setup.sandboxAccount = {started.secretId, started.secretKey, {}};
        setup.sandboxUrlV3 = started.endpointV3;
    } else {
        QString error;
        // Where calls go, read as an API 2.0 endpoint: the Account page's API is spoken there
        // (Endpoint::withApi), so the default becomes the 3.0 default and a given URL stays as it is.
        if (!Endpoint::resolve(parser.value(endpointOption), &setup.endpoint, &error,
                               PurchaseOrder::Api::V2)) {
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
    BackendSecretStore keychain;
    MemorySecretStore memory;
    SecretStore *secrets = sandbox ? static_cast<SecretStore *>(&memory) : &keychain;
    std::unique_ptr<CredentialStore> credentials(sandbox ? CredentialStore::createSessionOnly()
                                                         : new CredentialStore(&keychain));
    setup.credentialStore = credentials.get();
    // Window geometry, the last template and the last region and zone.
    const std::unique_ptr<QSettings> settings = sandbox ? nullptr : openAppSettings();
    setup.settings = settings.get();
    // QtNetwork and the keychain come from the network module (NetworkPlugin.h), loaded once the window is
    // up, or earlier by the first request or secret asked for. Its first act: the proxy. The built-in
    // sandbox is in this process, on loopback, where no proxy can reach it; otherwise the proxy of
    // Preferences (by default the system's: environment or desktop settings), for every connection.
    NetworkSettings::Proxy proxy;
    proxy.mode = NetworkSettings::Mode::None;
    if (!sandbox)
        proxy = NetworkSettings::load();
    NetworkBackend::setLoader([proxy](QString *error) -> std::unique_ptr<NetworkBackend> {
        auto *plugin = qobject_cast<NetworkPlugin *>(
            loadModule(QStringLiteral(CVM_NETWORK_MODULE), QStringLiteral(CVM_MODULE_DIR), error));
        if (!plugin)
            return nullptr;
        std::unique_ptr<NetworkBackend> backend = plugin->createBackend();
        backend->applyProxy(proxy, QString());
        return backend;
    });
    const auto startNetwork = [proxy, &keychain] {
        NetworkBackend::instance();
        // A proxy password comes from the keychain a moment later; until then the proxy is used without it.
        if (NetworkSettings::needsPassword(proxy))
            NetworkSettings::applyFromSettings(&keychain, [](const QString &problem) {
                if (!problem.isEmpty())
                    QTextStream(stderr) << "cvm-purchaser: " << problem << '\n';
            });
    };
    // The installed theme icon where there is one, else the bundled SVG (a build that was never installed).
    const auto setWindowIcon = [] {
        QApplication::setWindowIcon(
            QIcon::fromTheme(u"cvm-purchaser"_s, QIcon(u":/icons/cvm-purchaser.svg"_s)));
    };
    MainWindow window(nullptr, setup, &journal, secrets); // the network backend's own QNetworkAccessManager
    if (parser.isSet(templateOption)) {
        setWindowIcon(); // a refused template is told in a dialog of its own, before the window opens
        if (!window.openTemplate(parser.value(templateOption)))
            return 1;
    }
    window.show();
    // For the start-up benchmark (tests/bench): the window is up and the first event loop pass has run; say so
    // and leave. With "network", for tst_sandbox_module: once the network module is loaded, say how that went.
    const QString exitWhenShown = qEnvironmentVariable("CVM_PURCHASER_EXIT_WHEN_SHOWN");
    if (exitWhenShown == "1"_L1 || exitWhenShown == "network"_L1)
        QTimer::singleShot(0, &app, [exitWhenShown] {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            if (exitWhenShown == "1"_L1)
                QCoreApplication::quit();
        });
    // Without a template, the icon once the window is up: looking it up and loading the SVG engine need not
    // delay it. The network module too.
    if (!parser.isSet(templateOption))
        QTimer::singleShot(0, &app, setWindowIcon);
    QTimer::singleShot(0, &app, [startNetwork, exitWhenShown, &window] {
        startNetwork();
        if (exitWhenShown == "network"_L1)
            reportNetwork(&window);
    });
    return app.exec();
}
