// Issue 5's guarantee, end to end: a complete sandbox purchase through
// cvm-purchaser-cli (credentials set, purchase with a password, status, an
// unanswered purchase resumed) and through the desktop application's window
// (the real keychain, settings and journal code, against a cvm-sandbox
// process), with known secrets, then a search of every file written under the
// temporary HOME and XDG folders and of everything printed, for each secret in
// plain text, UTF-16, base64 and URL-encoded. The session token too, given
// to one CLI run through the environment.
//
// The test brings its own D-Bus session bus and gnome-keyring-daemon. The
// keyring daemon's files (its HOME, XDG_DATA_HOME/keyrings and runtime
// folder) are the only part of the temporary tree left out of the search:
// that is the OS keychain, the one place a secret belongs; it is encrypted
// there. Everything the product itself writes is searched.
#include "MainWindow.h"
#include "cli/CliTestSupport.h"
#include "purchase/InstanceTracker.h"
#include "purchase/PurchaseJournal.h"
#include "secrets/CredentialStore.h"
#include "secrets/KeychainSecretStore.h"
#include "security/PrivateKeyring.h"
#include "security/WizardDriver.h"
#include "status/StatusView.h"
#include "wizard/ReviewPage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace SecurityTest;

namespace {
const QString kSecretId = u"AKIDsweep00000000000000000000001234"_s; // not a secret: shown masked
const QString kSecretKey = u"SwEeP7k3yQ9vR2tX8mN4bL6cJ1hG5fD0"_s;
const QString kCliPassword = u"Sw3ep+Cli!Pw1"_s;
const QString kResumePassword = u"Sw3ep+Res!Pw3"_s;
const QString kGuiPassword = u"Sw3ep+Gui!Pw2"_s;
const QString kSessionToken = u"SweepSessionToken+5c2e/9a7d=b41f"_s;
const QString kProfile = u"sweep"_s;

// Every message the test process's own code logs (qDebug, qInfo, qWarning, qCritical, categories).
QMutex g_messagesLock;
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&g_messagesLock);
        g_messages.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// The forms in which a secret could be written: as text (UTF-8 and UTF-16), URL- and form-encoded, and in
// base64 (standard and URL-safe) at each of the three byte alignments it could have inside a longer blob.
QList<QPair<QString, QByteArray>> encodings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<QPair<QString, QByteArray>> out{
        {u"plain"_s, utf8},
        {u"UTF-16"_s, QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)},
        {u"URL-encoded"_s, QUrl::toPercentEncoding(secret)},
        {u"URL-encoded (lower case)"_s, QUrl::toPercentEncoding(secret).toLower()},
        {u"form-encoded"_s, QUrl::toPercentEncoding(secret, " ").replace(' ', '+')},
    };
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray padded = QByteArray(shift, '\0') + utf8;
        const qsizetype start = shift == 0 ? 0 : shift == 1 ? 2 : 3; // characters that mix in the padding
        const qsizetype end = padded.size() / 3 * 4;                 // whole groups only
        for (const auto option : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding})
            out.append({u"base64 (offset %1%2)"_s.arg(shift).arg(
                            option == QByteArray::Base64UrlEncoding ? u", URL-safe"_s : QString()),
                        padded.toBase64(option).mid(start, end - start)});
    }
    return out;
}

} // namespace

class TestSecretSweep : public QObject
{
    Q_OBJECT

    QTemporaryDir &m_root;
    PrivateKeyring m_keyring;
    CliTest::Sandbox m_sandbox;
    QList<QPair<QString, QString>> m_printed; // (where, text)

    QString path(const QString &name) const { return m_root.filePath(name); }

    CliTest::Result runCli(const QString &what, const QStringList &arguments, const QByteArray &input,
                           bool environmentCredentials = false)
    {
        CliTest::Cli cli(path(u"home"_s));
        // The same folders as the test process: the CLI and the window share settings, journal and keychain.
        cli.setEnv(u"XDG_DATA_HOME"_s, path(u"data"_s));
        cli.setEnv(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
        cli.setEnv(u"XDG_CACHE_HOME"_s, path(u"cache"_s));
        cli.setEnv(u"XDG_RUNTIME_DIR"_s, path(u"runtime"_s));
        cli.setEnv(u"TMPDIR"_s, path(u"tmp"_s));
        cli.setEnv(u"DBUS_SESSION_BUS_ADDRESS"_s, m_keyring.address());
        if (environmentCredentials) {
            cli.setEnv(u"TENCENTCLOUD_SECRET_ID"_s, kSecretId);
            cli.setEnv(u"TENCENTCLOUD_SECRET_KEY"_s, kSecretKey);
            cli.setEnv(u"TENCENTCLOUD_SESSION_TOKEN"_s, kSessionToken);
        }
        const std::unique_ptr<QProcess> process = cli.start(arguments, input);
        CliTest::Result r = CliTest::Cli::finish(*process, 120'000);
        m_printed.append({what + u" (stdout)"_s, r.out});
        m_printed.append({what + u" (stderr)"_s, r.err});
        return r;
    }

    // Every text a window shows: labels, fields that are not password fields, text views, titles.
    static QString shownTexts(QWidget *window)
    {
        QStringList texts{window->windowTitle()};
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (auto *label = qobject_cast<QLabel *>(w))
                texts.append(label->text());
            else if (auto *edit = qobject_cast<QLineEdit *>(w); edit && edit->echoMode() == QLineEdit::Normal)
                texts.append(edit->text());
            else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
                texts.append(plain->toPlainText());
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                texts.append(button->text());
            texts.append(w->toolTip());
            texts.append(w->accessibleName());
        }
        return texts.join(u'\n');
    }

public:
    explicit TestSecretSweep(QTemporaryDir &root) : m_root(root) {}

    // Before the application object exists (Qt caches some of these folders): this process writes where
    // the CLI does, settings, journal and anything temporary.
    static bool prepare(const QTemporaryDir &root)
    {
        if (!root.isValid())
            return false;
        for (const char *folder : {"home", "config", "data", "cache", "tmp", "runtime"})
            if (!QDir().mkpath(root.filePath(QLatin1StringView(folder))))
                return false;
        QFile::setPermissions(root.filePath(u"runtime"_s),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        for (const auto &[name, folder] :
             {std::pair{"HOME", "home"}, std::pair{"XDG_CONFIG_HOME", "config"},
              std::pair{"XDG_DATA_HOME", "data"}, std::pair{"XDG_CACHE_HOME", "cache"},
              std::pair{"XDG_RUNTIME_DIR", "runtime"}, std::pair{"TMPDIR", "tmp"}})
            qputenv(name, root.filePath(QLatin1StringView(folder)).toLocal8Bit());
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QString problem;
        QVERIFY2(m_keyring.start(m_root.path(), &problem), qPrintable(problem));
        // Before anything in this process opens the session bus: the keychain store uses the private one.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_keyring.address().toLocal8Bit());
        QVERIFY(m_sandbox.start({u"--secret-id"_s, kSecretId, u"--secret-key"_s, kSecretKey}));
        g_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void cliPurchaseStatusAndResume()
    {
        CliTest::Result r =
            // API 2.0: the window walks its wizard against the sandbox's 2.0 address with this profile.
            runCli(u"credentials set"_s,
                   {u"credentials"_s, u"set"_s, u"--profile"_s, kProfile, u"--api"_s, u"2.0"_s},
                   (kSecretId + u'\n' + kSecretKey + u'\n').toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = runCli(u"credentials list"_s, {u"credentials"_s, u"list"_s}, {});
        QVERIFY2(r.out.contains(kProfile), qPrintable(r.describe()));

        const QString templatePath =
            CliTest::writeTemplate(path(u"home/web.json"_s), CliTest::contractTemplate(2));
        r = runCli(u"purchase"_s,
                   {u"purchase"_s, templatePath, u"--profile"_s, kProfile, u"--endpoint"_s, m_sandbox.url(),
                    u"--password-stdin"_s, u"--json"_s, u"--timeout"_s, u"90"_s},
                   (kCliPassword + u'\n').toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<QJsonObject> submitted = r.eventsNamed(u"submitted"_s);
        QCOMPARE(submitted.size(), 1);
        QStringList ids;
        for (const QJsonValue &id : submitted.first().value(u"instanceIds"_s).toArray())
            ids.append(id.toString());
        QCOMPARE(ids.size(), 2);

        // The environment's credentials with a session token, as scripts use them.
        r = runCli(u"status"_s, QStringList{u"status"_s, u"--endpoint"_s, m_sandbox.url()} + ids, {}, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(u"running"_s));

        // A purchase the cloud never answered (nothing listens behind the relay), then resumed: the held
        // password comes back from the keychain.
        CliTest::Relay relay(CliTest::deadPort());
        QVERIFY(relay.listen());
        r = runCli(u"purchase without an answer"_s,
                   {u"purchase"_s, templatePath, u"--profile"_s, kProfile, u"--endpoint"_s, relay.url(),
                    u"--password-stdin"_s, u"--no-wait"_s},
                   (kResumePassword + u'\n').toUtf8());
        QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
        relay.setUpstream(m_sandbox.port());
        r = runCli(u"resume"_s,
                   {u"resume"_s, u"--profile"_s, kProfile, u"--endpoint"_s, relay.url(), u"--json"_s}, {});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.eventsNamed(u"submitted"_s).size(), 1);
        QCOMPARE(relay.requests(u"RunInstancesHour"_s).last().value(u"password"_s), kResumePassword);
    }

    void guiPurchaseWithTheStoredProfile()
    {
        KeychainSecretStore keychain;
        CredentialStore credentials(&keychain);
        // Stored by the CLI, read by the window.
        QVERIFY(credentials.profile(kProfile).has_value());
        QCOMPARE(credentials.profile(kProfile)->secretId, kSecretId);
        WizardContext::Setup setup;
        QString error;
        QVERIFY2(Endpoint::fromUrl(m_sandbox.url(), &setup.endpoint, &error, PurchaseOrder::Api::V2),
                 qPrintable(error));
        setup.credentialStore = &credentials;
        setup.profile = kProfile;
        PurchaseJournal journal; // the default place, as the application opens it
        QNetworkAccessManager network;
        MainWindow window(&network, setup, &journal, &keychain);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showWizard(); // the CLI's purchases are listed first

        QVERIFY(walkToLogin(&window));
        QVERIFY(enterPasswordAndReview(&window, kGuiPassword));
        QTest::mouseClick(onPage<QPushButton>(&window, u"showRequest"_s), Qt::LeftButton);
        const QString preview = onPage<QPlainTextEdit>(&window, u"request"_s)->toPlainText();
        QVERIFY(preview.contains(u"Action=RunInstancesHour"_s));
        m_printed.append({u"request preview"_s, preview});

        const qsizetype before = journal.entries().size();
        QTest::keyClick(&window, Qt::Key_P, Qt::AltModifier);
        StatusView *status = window.statusView();
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 20000);
        QCOMPARE(journal.entries().size(), before + 1);
        const JournalEntry entry = journal.entries().last();
        if (InstanceTracker *tracker = window.tracker(entry.id))
            tracker->setOptions({50, 100, 1.5, 5000, 60000});
        auto *summary = status->findChild<QLabel *>(u"statusSummary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(u"1 of 1 running"_s), 30000);
        m_printed.append({u"window texts after the purchase"_s, shownTexts(&window)});
        window.showPurchases();
        m_printed.append({u"purchases list"_s, shownTexts(&window)});
    }

    void noSecretIsWrittenOrPrinted()
    {
        {
            const QMutexLocker locker(&g_messagesLock);
            m_printed.append({u"log messages of this process"_s, g_messages.join(u'\n')});
        }
        const QStringList excluded = m_keyring.ownFolders();
        QStringList files;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (std::none_of(excluded.cbegin(), excluded.cend(),
                             [&file](const QString &folder) { return file.startsWith(folder + u'/'); }))
                files.append(file);
        }
        // What the search must have seen for it to mean anything: the product's settings and journal, and
        // a keyring (left out) holding what was stored.
        const QString settings = path(u"config/cvm-purchaser/cvm-purchaser.conf"_s);
        const QString journal = path(u"data/cvm-purchaser/history.sqlite"_s);
        QVERIFY2(files.contains(settings), qPrintable(files.join(u'\n')));
        QVERIFY2(files.contains(journal), qPrintable(files.join(u'\n')));
        QVERIFY(QDir(excluded.first() + u"/data/keyrings"_s).entryList(QDir::Files).size() > 0);
        QFile settingsFile(settings);
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(settingsFile.readAll().contains(kSecretId.toUtf8())); // the SecretId is not a secret
        QCOMPARE(PurchaseJournal(journal).entries().size(), 3);

        QStringList leaks;
        for (const QString &secret :
             {kSecretKey, kSessionToken, kCliPassword, kResumePassword, kGuiPassword}) {
            const auto forms = encodings(secret);
            for (const QString &file : std::as_const(files)) {
                QFile f(file);
                if (!f.open(QIODevice::ReadOnly))
                    continue; // sockets
                const QByteArray bytes = f.readAll();
                for (const auto &[form, needle] : forms)
                    if (bytes.contains(needle))
                        leaks.append(u"%1 (%2) in the file %3"_s.arg(secret, form, file));
            }
            for (const auto &[where, text] : std::as_const(m_printed)) {
                const QByteArray utf8 = text.toUtf8();
                for (const auto &[form, needle] : forms)
                    if (utf8.contains(needle))
                        leaks.append(u"%1 (%2) in %3"_s.arg(secret, form, where));
            }
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir root(QDir::currentPath() + u"/sweep-XXXXXX"_s);
    if (!TestSecretSweep::prepare(root))
        qFatal("cannot make the temporary folders under %s", qPrintable(QDir::currentPath()));
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestSecretSweep test(root);
    return QTest::qExec(&test, argc, argv);
}
#include "tst_secret_sweep.moc"
