#include "AppLanguage.h"
#include "CommandLine.h"
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
#include <QByteArrayView>
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
    QObject::connect(
        poll, &QTimer::timeout, window, [result, poll, began = QDateTime::currentMSecsSinceEpoch()] {
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
        sandbox ? session.sandboxData->filePath(u"history.sqlite"_s) : PurchaseJournal::defaultPath(),
        nullptr, PurchaseJournal::Check::InBackground);
    // Keys and held instance passwords live in the OS keychain; a sandbox run touches neither the keychain
    // nor the settings: its profiles and secrets live in memory and go with it.
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
    // For the start-up benchmark (tests/bench): the window is up and the first event loop pass has run; say
    // so and leave. With "test-connection", for tst_gui_sandbox: then the Account page's Test connection.
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
    // The history's integrity check once the window is up too: a thread of its own, which would compete with
    // building and painting the window for the processor.
    QTimer::singleShot(0, session.journal.get(), &PurchaseJournal::startCheck);
    return true;
}

// The command line, in the language chosen (AppLanguage) before it is built.
struct Options
{
    QCommandLineOption sandbox{
        u"sandbox"_s,
        QCoreApplication::translate("main", "Use the built-in simulated cloud: nothing is bought.")};
    QCommandLineOption endpoint{u"endpoint"_s, QCoreApplication::translate("main", "API endpoint URL."),
                                u"URL"_s};
    QCommandLineOption templateFile{
        u"template"_s, QCoreApplication::translate("main", "Open the wizard filled from an order template."),
        u"FILE"_s};
    QCommandLineOption profile{
        u"profile"_s,
        QCoreApplication::translate("main", "Keychain credential profile to use (default: \"default\")."),
        u"NAME"_s};

    explicit Options(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Buy pay-as-you-go Tencent Cloud CVM instances."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({sandbox, endpoint, profile, templateFile});
    }
};

void nameApplication()
{
    QCoreApplication::setApplicationName(u"cvm-purchaser"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CVM_PURCHASER_VERSION));
}

// Whether the arguments ask only for text (--help, --help-all, --version): answered without a window, so
// without a display, before QApplication would need one.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--")
            return false;
        for (const char *text : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (argument == text)
                return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        AppLanguage::installFromSettings(&app);
        QCommandLineParser parser;
        const Options options(parser);
        parser.process(app); // prints and exits, unless --help was the value of another option
    }

    QApplication app(argc, argv);
    nameApplication();
    // The desktop entry's name: Wayland compositors and docks match the window to its entry and icon by it.
    QGuiApplication::setDesktopFileName(u"cvm-purchaser"_s);
    // Before anything is translated: the language follows the system locale or the "language" setting.
    AppLanguage::installFromSettings(&app);

    QCommandLineParser parser;
    const Options options(parser);
    const QCommandLineOption &sandboxOption = options.sandbox;
    const QCommandLineOption &endpointOption = options.endpoint;
    const QCommandLineOption &templateOption = options.templateFile;
    const QCommandLineOption &profileOption = options.profile;
    parser.process(app);
    if (const QString problem = CommandLine::valueProblem(parser); !problem.isEmpty()) {
        QTextStream(stderr) << "cvm-purchaser: " << problem << '\n';
        return 2;
    }

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
        const std::optional<QString> flag = parser.isSet(endpointOption)
                                                ? std::optional<QString>(parser.value(endpointOption))
                                                : std::nullopt;
        if (!Endpoint::resolve(flag, &setup.endpoint, &error, ApiProtocol::assumed().api())) {
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
                            << QApplication::translate("main",
                                                       "the sandbox needs the cvm-sandbox program in %1.")
                                   .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath()))
                            << '\n';
        return 1;
    }
    sandbox = std::make_unique<SandboxProcess>();
    // Queued: a child that cannot start may say so before the event loop runs, and exit() ends only a running
    // one.
    QObject::connect(
        sandbox.get(), &SandboxProcess::failed, &app,
        [](const QString &reason) {
            QTextStream(stderr) << "cvm-purchaser: " << reason << '\n';
            QCoreApplication::exit(1);
        },
        Qt::QueuedConnection);
    QObject::connect(sandbox.get(), &SandboxProcess::ended, &app, [](const QString &reason) {
        QTextStream(stderr) << "cvm-purchaser: " << reason << '\n';
    });
    QObject::connect(sandbox.get(), &SandboxProcess::listening, &app, [&] {
        QString error;
        // The window starts where the sandbox serves today's API (WizardContext starts a sandbox run in it);
        // the Account page's API box moves it.
        const ApiProtocol &current = ApiProtocol::current();
        Endpoint::fromUrl(sandbox->url().resolved(QUrl(current.defaultUrl().path())).toString(),
                          &setup.endpoint, &error, current.api());
        setup.sandboxAccount = SandboxProcess::demoAccount();
        setup.sandbox = sandbox->url();
        if (!openWindow(session, setup, true, templatePath))
            QCoreApplication::exit(1);
    });
    sandbox->start(program);
    return app.exec();
}
