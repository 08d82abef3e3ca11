// Every fault the sandbox can inject, met by cvm-purchaser-cli as a script
// meets it: exactly one purchase (the instances the sandbox holds), exactly one
// clientToken on the wire (seen by the relay), and the documented exit status.
// Also the kill-and-resume case through the purchase history, and a history
// changed, cut or emptied behind the program's back: never resent, never
// "nothing to resume".
#include "cli/CliTestSupport.h"
#include "secrets/KeychainSecretStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using CliTest::Relay;
using CliTest::Result;
using CliTest::Sandbox;

namespace {
const QString kRun = u"RunInstancesHour"_s;
constexpr int kGoods = 2;

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}
} // namespace

class TestCliFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<CliTest::Cli> m_cli;

    QString templatePath()
    {
        return CliTest::writeTemplate(m_home->filePath(u"order.json"_s), CliTest::contractTemplate(kGoods));
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ApiResult>(); }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_cli = std::make_unique<CliTest::Cli>(m_home->path());
        m_cli->useDemoCredentials();
    }

    void cleanup()
    {
        m_cli.reset();
        m_home.reset();
    }

    void oneFaultOnePurchase_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("exitStatus");
        QTest::addColumn<bool>("retried");    // the purchase was sent again (a retry event)
        QTest::addColumn<bool>("pollFailed"); // a status poll failed and tracking went on
        QTest::addColumn<int>("minimumMs");   // Qt's coarse timers may fire up to 5 % early
        // The answer is lost after the purchase: a retry with the same token gets the same instances.
        QTest::newRow("drop-first-run") << u"drop-first-run"_s << 0 << true << false << 0;
        // Busy, nothing bought: the retry buys.
        QTest::newRow("busy-first-run") << u"busy-first-run"_s << 0 << true << false << 0;
        // Bought, never answered: the 30 s request timeout, then the retry gets the same instances.
        QTest::newRow("hang-first-run") << u"hang-first-run"_s << 0 << true << false << 28'000;
        QTest::newRow("http500-first-describe") << u"http500-first-describe"_s << 0 << false << true << 0;
        QTest::newRow("garbage-first-describe") << u"garbage-first-describe"_s << 0 << false << true << 0;
        QTest::newRow("fail-one") << u"fail-one"_s << 4 << false << false << 0;
        QTest::newRow("slow-run") << u"slow-run"_s << 0 << false << false << 2'800;
    }

    void oneFaultOnePurchase()
    {
        QFETCH(QString, fault);
        QFETCH(int, exitStatus);
        QFETCH(bool, retried);
        QFETCH(bool, pollFailed);
        QFETCH(int, minimumMs);
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--faults"_s, fault, u"--running-after"_s, u"1"_s}));
        Relay relay(sandbox.port());
        QVERIFY(relay.listen());

        QElapsedTimer clock;
        clock.start();
        const Result r = m_cli->run(
            {u"purchase"_s, templatePath(), u"--json"_s, u"--endpoint"_s, relay.url()}, {}, 110'000);
        QVERIFY2(r.exitCode == exitStatus, qPrintable(r.describe()));
        QVERIFY2(clock.elapsed() >= minimumMs, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));

        // One token: the journal's, the submitted event's, and every request's.
        const QList<JournalEntry> journal = m_cli->journal();
        QCOMPARE(journal.size(), 1);
        const QString token = journal.first().clientToken;
        QCOMPARE(r.eventsNamed(u"submitted"_s).size(), 1);
        QCOMPARE(r.eventsNamed(u"submitted"_s).first().value(u"clientToken"_s).toString(), token);
        QCOMPARE(relay.runTokens(), QStringList{token});
        // One purchase: the sandbox holds exactly the instances of one order.
        QCOMPARE(sandbox.instanceCount(), kGoods);

        const QList<QJsonObject> retries = r.eventsNamed(u"retry"_s);
        QCOMPARE(!retries.isEmpty(), retried);
        QCOMPARE(relay.requests(kRun).size() > 1, retried);
        for (const QJsonObject &retry : retries) {
            QVERIFY(retry.value(u"attempt"_s).toInt() >= 2);
            QVERIFY(!retry.value(u"reason"_s).toString().isEmpty());
        }
        QCOMPARE(r.err.contains("status could not be read"_L1), pollFailed);

        const QJsonObject done = r.eventsNamed(u"done"_s).value(0);
        const QStringList ids = strings(r.eventsNamed(u"submitted"_s).first().value(u"instanceIds"_s));
        QCOMPARE(ids.size(), kGoods);
        QCOMPARE(ids, journal.first().instanceIds);
        QCOMPARE(strings(done.value(u"running"_s)).size() + strings(done.value(u"failed"_s)).size(), kGoods);
        QCOMPARE(strings(done.value(u"failed"_s)).size(), exitStatus == 4 ? 1 : 0);
        QCOMPARE(journal.first().state(), JournalEntry::State::Done);
    }

    // The CLI dies while its purchase hangs (bought, unanswered); resume sends the same token, reads the
    // password back from the keychain, and the cloud answers with the one purchase.
    void killThenResume()
    {
        QVERIFY2(
            !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
            "The password is held in the system keychain: run inside dbus-run-session with gnome-keyring.");
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--faults"_s, u"hang-first-run"_s, u"--running-after"_s, u"1"_s}));
        Relay relay(sandbox.port());
        QVERIFY(relay.listen());
        const QString password = u"Kill-Res3me!"_s;

        const std::unique_ptr<QProcess> purchase = m_cli->start(
            {u"purchase"_s, templatePath(), u"--password-stdin"_s, u"--json"_s, u"--endpoint"_s, relay.url()},
            password.toUtf8() + '\n');
        // Journaled, sent, and bought by the sandbox, which does not answer.
        QTRY_VERIFY_WITH_TIMEOUT(m_cli->journal().size() == 1, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(relay.requests(kRun).size() == 1, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.instanceCount(), kGoods, 20'000);
        QCOMPARE(purchase->state(), QProcess::Running);
        purchase->kill();
        const Result killed = CliTest::Cli::finish(*purchase);
        QCOMPARE(killed.exitCode, -1);
        QVERIFY(killed.eventsNamed(u"submitted"_s).isEmpty());

        const JournalEntry entry = m_cli->journal().first();
        QCOMPARE(entry.state(), JournalEntry::State::Unfinished);
        QVERIFY(entry.hasPassword);

        const Result resumed = m_cli->run({u"resume"_s, u"--json"_s, u"--endpoint"_s, relay.url()});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
        QVERIFY2(resumed.jsonProblem.isEmpty(), qPrintable(resumed.jsonProblem));
        QCOMPARE(resumed.eventsNamed(u"submitted"_s).value(0).value(u"clientToken"_s).toString(),
                 entry.clientToken);
        QCOMPARE(strings(resumed.eventsNamed(u"done"_s).value(0).value(u"running"_s)).size(), kGoods);

        // The same token twice on the wire, the password both times, one purchase.
        const QList<CliTest::Request> runs = relay.requests(kRun);
        QCOMPARE(runs.size(), 2);
        for (const CliTest::Request &run : runs)
            QCOMPARE(run.value(u"password"_s), password);
        QCOMPARE(relay.runTokens(), QStringList{entry.clientToken});
        QCOMPARE(sandbox.instanceCount(), kGoods);
        QCOMPARE(m_cli->journal().first().state(), JournalEntry::State::Done);
        QVERIFY(!resumed.out.contains(password) && !resumed.err.contains(password));
        QCOMPARE(CliTest::filesContaining(m_home->path(), password), QStringList());

        // Confirmed: the keychain no longer holds the password.
        KeychainSecretStore keychain;
        bool answered = false;
        SecretStore::Error error = SecretStore::Error::None;
        keychain.read(PurchaseJournal::secretKey(entry.id),
                      [&](SecretStore::Error e, const QString &, const QString &) {
                          error = e;
                          answered = true;
                      });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20'000);
        QCOMPARE(error, SecretStore::Error::NotFound);
    }

    // A purchase sent and bought but never confirmed (the CLI was killed), then its record damaged. resume
    // must neither send it again under another token nor say there is nothing to resume.
    void damagedHistoryIsNeverResent_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("said");
        QTest::newRow("token flipped") << u"flip"_s << u"checksum"_s;
        QTest::newRow("cut by 10 bytes") << u"cut"_s << u"damaged"_s;
        QTest::newRow("emptied") << u"empty"_s << u"it had 1"_s;
    }

    void damagedHistoryIsNeverResent()
    {
        QFETCH(QString, damage);
        QFETCH(QString, said);
        QVERIFY2(
            !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
            "The password is held in the system keychain: run inside dbus-run-session with gnome-keyring.");
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--faults"_s, u"hang-first-run"_s, u"--running-after"_s, u"1"_s}));
        Relay relay(sandbox.port());
        QVERIFY(relay.listen());
        const std::unique_ptr<QProcess> purchase = m_cli->start(
            {u"purchase"_s, templatePath(), u"--password-stdin"_s, u"--json"_s, u"--endpoint"_s, relay.url()},
            QByteArray("Dam4ged-Rec!\n"));
        QTRY_VERIFY_WITH_TIMEOUT(relay.requests(kRun).size() == 1, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.instanceCount(), kGoods, 20'000);
        purchase->kill();
        CliTest::Cli::finish(*purchase);
        QCOMPARE(m_cli->journal().size(), 1); // and, as the last connection closes, the log is checkpointed

        const QString history = m_cli->journalPath();
        if (damage == "flip"_L1) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
                db.setDatabaseName(history);
                QVERIFY(db.open());
                // One character of the token, as a stray write or an editor would change it.
                QVERIFY(
                    QSqlQuery(db).exec(u"UPDATE purchases SET client_token = substr(client_token, 1, "
                                       u"length(client_token) - 1) || "
                                       "CASE WHEN substr(client_token, -1) = 'a' THEN 'b' ELSE 'a' END"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(u"tamper"_s);
        } else {
            QFile file(history);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(damage == "cut"_L1 ? file.size() - 10 : 0));
        }

        const Result resumed = m_cli->run({u"resume"_s, u"--json"_s, u"--endpoint"_s, relay.url()});
        QVERIFY2(resumed.exitCode == 2, qPrintable(resumed.describe()));
        QVERIFY2(resumed.jsonProblem.isEmpty(), qPrintable(resumed.jsonProblem));
        QVERIFY2(resumed.err.contains(said), qPrintable(resumed.err));
        QVERIFY2(!resumed.err.contains(u"Nothing to resume"_s), qPrintable(resumed.err));
        QVERIFY(!resumed.eventsNamed(u"error"_s).isEmpty());
        // Nothing sent again: one request, one token, one purchase.
        QCOMPARE(relay.requests(kRun).size(), 1);
        QCOMPARE(sandbox.instanceCount(), kGoods);
    }
    // A purchase sent and bought but never confirmed (the CLI was killed), then resumed by two processes at
    // once (two terminals, or a script run twice): both send the one recorded token, the cloud buys once, and
    // the history records one purchase with its instances.
    void twoResumesAtOnceBuyOnce()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--faults"_s, u"hang-first-run"_s, u"--running-after"_s, u"1"_s}));
        Relay relay(sandbox.port());
        QVERIFY(relay.listen());
        const std::unique_ptr<QProcess> purchase =
            m_cli->start({u"purchase"_s, templatePath(), u"--json"_s, u"--endpoint"_s, relay.url()});
        QTRY_VERIFY_WITH_TIMEOUT(relay.requests(kRun).size() == 1, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.instanceCount(), kGoods, 20'000);
        purchase->kill();
        CliTest::Cli::finish(*purchase);
        const QString token = relay.runTokens().value(0);
        QVERIFY(!token.isEmpty());

        const QStringList resume{u"resume"_s, u"--json"_s, u"--endpoint"_s, relay.url()};
        const std::unique_ptr<QProcess> first = m_cli->start(resume);
        const std::unique_ptr<QProcess> second = m_cli->start(resume);
        const Result a = CliTest::Cli::finish(*first);
        const Result b = CliTest::Cli::finish(*second);
        QVERIFY2(a.exitCode == 0, qPrintable(a.describe()));
        QVERIFY2(b.exitCode == 0, qPrintable(b.describe()));

        QCOMPARE(sandbox.instanceCount(), kGoods); // one purchase
        QVERIFY(relay.requests(kRun).size() >= 2);
        QCOMPARE(relay.runTokens(), QStringList{token}); // one token on the wire
        const QList<JournalEntry> journal = m_cli->journal();
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.first().clientToken, token);
        QCOMPARE(journal.first().instanceIds.size(), kGoods);
        QCOMPARE(journal.first().state(), JournalEntry::State::Done);
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
