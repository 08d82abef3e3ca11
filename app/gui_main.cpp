#include "AppLanguage.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "api/Endpoint.h"
#include "protocol/ApiProtocol.h"
#include "purchase/PurchaseJournal.h"
#include "secrets/CredentialStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "settings/AppSettings.h"
#include "settings/NetworkSettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
// For tst_gui_sandbox (CVM_PURCHASER_EXIT_WHEN_SHOWN=test-connection): the Account page's "Test connection",
// its answer on standard output; then leave.
void reportTestConnection(MainWindow *window)
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

// What the window works with. Made once the endpoint is known; the window goes first.
struct Session
{
    std::optional<QTemporaryDir> sandboxData;
    std::unique_ptr<PurchaseJournal> journal;
    KeychainSecretStore keychain;
    MemorySecretStore memory;
    std::unique_ptr<CredentialStore> credentials;
    std::unique_ptr<QSettings> settings;
    QNetworkAccessManager network;
    std::unique_ptr<MainWindow> window;
};

// Opens the window on setup, filled from templatePath unless that is empty. False when the template was
// refused (a dialog of its own said why).
bool openWindow(Session &session, WizardContext::Setup setup, bool sandbox, const QString &templatePath)
{
    // A sandbox run keeps its journal for that run only: its cloud vanishes when the application closes.
    if (sandbox)
        session.sandboxData.emplace();
    // Checked on a thread of its own: the window does not wait for a check of the whole history.
    session.journal = std::make_unique<PurchaseJournal>(
        sandbox ? session.sandboxData->filePath(u"history.sqlite"_s) : PurchaseJournal::defaultPath(), nullptr,
        PurchaseJournal::Check::InBackground);
    // Keys and held instance passwords live in the OS keychain; a sandbox run touches neither the keychain nor
    // the settings: its profiles and secrets live in memory and go with it.
    SecretStore *secrets = sandbox ? static_cast<SecretStore *>(&session.memory) : &session.keychain;
    session.credentials.reset(sandbox ? CredentialStore::createSessionOnly()
                                      : new CredentialStore(&session.keychain));
    setup.credentialStore = session.credentials.get();
    // Window geometry, the last template and the last region and zone.
    if (!sandbox)
        session.settings = openAppSettings();
    setup.settings = session.settings.get();
    if (sandbox) {
        // The sandbox listens on loopback: no proxy can reach it.
        session.network.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    } else {
        // The proxy of Preferences (by default the system's: environment or desktop settings), for every
        // connection. A proxy password comes from the keychain a moment later; until then the proxy is
        // used without it.
        const NetworkSettings::Proxy proxy = NetworkSettings::load();
        NetworkSettings::applyToApplication(proxy);
        if (NetworkSettings::needsPassword(proxy))
            NetworkSettings::applyFromSettings(&session.keychain, [](const QString &problem) {
                if (!problem.isEmpty())
                    QTextStream(stderr) << "cvm-purchaser: " << problem << '\n';
            });
    }
    // The installed theme icon where there is one, else the bundled SVG (a build that was never installed).
    const auto setWindowIcon = [] {
        QApplication::setWindowIcon(
            QIcon::fromTheme(u"cvm-purchaser"_s, QIcon(u":/icons/cvm-purchaser.svg"_s)));
    };
    session.window = std::make_unique<MainWindow>(&session.network, setup, session.journal.get(), secrets);
    MainWindow *window = session.window.get();
    if (!templatePath.isEmpty()) {
        setWindowIcon(); // a refused template is told in a dialog of its own, before the window opens
        if (!window->openTemplate(templatePath))
            return false;
    }
    window->show();
    // For the start-up benchmark (tests/bench): the window is up and the first event loop pass has run; say so
    // and leave. With "test-connection", for tst_gui_sandbox: then the Account page's Test connection.
    const QString exitWhenShown = qEnvironmentVariable("CVM_PURCHASER_EXIT_WHEN_SHOWN");
    if (exitWhenShown == "1"_L1 || exitWhenShown == "test-connection"_L1)
        QTimer::singleShot(0, window, [exitWhenShown, window, endpoint = setup.endpoint.url().toString()] {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            if (exitWhenShown == "1"_L1) {
                QCoreApplication::quit();
                return;
            }
            QTextStream(stdout) << "endpoint: " << endpoint << Qt::endl;
            reportTestConnection(window);
        });
    // Without a template, the icon once the window is up: looking it up and loading the SVG engine need not
    // delay it.
    if (templatePath.isEmpty())
        QTimer::singleShot(0, window, setWindowIcon);
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"cvm-purchaser"_s);
    QApplication::setApplicationVersion(QStringLiteral(CVM_PURCHASER_VERSION));
    // The desktop entry's name: Wayland compositors and docks match the window to its entry and icon by it.
    QGuiApplication::setDesktopFileName(u"cvm-purchaser"_s);
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
    const QString templatePath = parser.value(templateOption);
    // Declared first, so that it goes last: the window's calls end before the sandbox does.
    std::unique_ptr<SandboxProcess> sandbox;
    Session session;

    if (!parser.isSet(sandboxOption)) {
        QString error;
        // Where calls go, read as an API 2.0 endpoint: the Account page's API is spoken there
        // (Endpoint::withApi), so the default becomes the 3.0 default and a given URL stays as it is.
        if (!Endpoint::resolve(parser.value(endpointOption), &setup.endpoint, &error,
                               ApiProtocol::assumed().api())) {
            QTextStream(stderr) << "cvm-purchaser: " << error << '\n';
            return 2;
        }
        if (!openWindow(session, setup, false, templatePath))
            return 1;
        return app.exec();
    }

    // --sandbox: cvm-sandbox runs as a child; the window opens once it says which port it listens on.
    const QString program = SandboxProcess::programPath();
    if (program.isEmpty()) {
        QTextStream(stderr) << "cvm-purchaser: "
                            << QApplication::translate("main", "the sandbox needs the cvm-sandbox program in %1.")
                                   .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath()))
                            << '\n';
        return 1;
    }
    sandbox = std::make_unique<SandboxProcess>();
    // Queued: a child that cannot start may say so before the event loop runs, and exit() ends only a running one.
    QObject::connect(
        sandbox.get(), &SandboxProcess::failed, &app,
        [](const QString &reason) {
            QTextStream(stderr) << "cvm-purchaser: " << reason << '\n';
            QCoreApplication::exit(1);
        },
        Qt::QueuedConnection);
    QObject::connect(sandbox.get(), &SandboxProcess::ended, &app,
                     [](const QString &reason) { QTextStream(stderr) << "cvm-purchaser: " << reason << '\n'; });
    QObject::connect(sandbox.get(), &SandboxProcess::listening, &app, [&] {
        QString error;
        // The window starts where the sandbox serves the API assumed until the Account page says otherwise.
        const ApiProtocol &assumed = ApiProtocol::assumed();
        Endpoint::fromUrl(sandbox->url().resolved(QUrl(assumed.defaultUrl().path())).toString(), &setup.endpoint,
                          &error, assumed.api());
        setup.sandboxAccount = SandboxProcess::demoAccount();
        setup.sandbox = sandbox->url();
        if (!openWindow(session, setup, true, templatePath))
            QCoreApplication::exit(1);
    });
    sandbox->start(program);
    return app.exec();
}
