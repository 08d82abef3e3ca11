// PurchaseSubmission against the sandbox over loopback: the journal is written
// before a request leaves, retries are bounded and reuse the clientToken, and
// a client killed at the worst moment is resumed without buying twice.
#include "api/ApiClient.h"
#include "purchase/PurchaseJournal.h"
#include "purchase/PurchaseSubmission.h"
#include "purchase/PurchaseTestSupport.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace PurchaseTest;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// No waiting between attempts, and no chance in it.
RetryPolicy instantRetries(int maxAttempts = 4)
{
    RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    policy.jitter = [](int) { return 0; };
    return policy;
}

// One submission with spies on every outcome.
struct Run
{
    Run(ApiClient *client, PurchaseJournal *journal, SecretStore *secrets)
        : submission(client, journal, secrets), submitted(&submission, &PurchaseSubmission::submitted),
          failed(&submission, &PurchaseSubmission::failed),
          retrying(&submission, &PurchaseSubmission::retrying),
          invalid(&submission, &PurchaseSubmission::orderInvalid),
          notSent(&submission, &PurchaseSubmission::notSent),
          finished(&submission, &PurchaseSubmission::finished)
    {
        submission.setRetryPolicy(instantRetries());
    }
    ApiResult failure() const
    {
        return failed.isEmpty() ? ApiResult() : failed.first().first().value<ApiResult>();
    }
    QStringList ids() const
    {
        return submitted.isEmpty() ? QStringList() : submitted.first().first().toStringList();
    }

    PurchaseSubmission submission;
    QSignalSpy submitted;
    QSignalSpy failed;
    QSignalSpy retrying;
    QSignalSpy invalid;
    QSignalSpy notSent;
    QSignalSpy finished;
};
} // namespace

class TestPurchaseSubmission : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<CloudStandIn> m_cloud;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PurchaseJournal> m_journal;
    MemorySecretStore *m_secrets = nullptr;

    QString journalPath() const { return m_dir->filePath(u"history.sqlite"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        qRegisterMetaType<QList<FieldProblem>>();
    }

    // Every test: a fresh sandbox behind a stand-in cloud, a fresh journal and keychain.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sandbox = std::make_unique<SandboxServer>(SandboxServer::Options{});
        m_cloud = std::make_unique<CloudStandIn>(m_sandbox.get());
        QVERIFY(m_cloud->listen() != 0);
        m_client =
            std::make_unique<ApiClient>(&m_network, endpointFor(m_cloud->endpointUrl()), demoCredentials());
        m_journal = std::make_unique<PurchaseJournal>(journalPath());
        m_secrets = new MemorySecretStore(m_journal.get());
    }

    void cleanup()
    {
        m_journal.reset();
        m_client.reset();
        m_cloud.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    // Bought, then the history cannot take the ids (here another program holds its write lock past the busy
    // timeout, as a full or failing disk would refuse the write): said through recordFailed, never silently;
    // the purchase stays unconfirmed and the password held, for a resume with the same token.
    void idsThatCannotBeRecordedAreReportedAndLeftForResume()
    {
        const QString locker = u"locker"_s;
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, locker);
        db.setDatabaseName(journalPath());
        QVERIFY(db.open());
        bool locked = false;
        m_cloud->before = [&](const QString &action, const ApiParams &, int) -> std::optional<CloudStandIn::Answer> {
            if (action == "RunInstancesHour"_L1)
                locked = QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s);
            return std::nullopt;
        };
        Run run(m_client.get(), m_journal.get(), m_secrets);
        QSignalSpy recordFailed(&run.submission, &PurchaseSubmission::recordFailed);
        PurchaseOrder order = validOrder();
        order.password = testPassword();
        run.submission.submit(order);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished.size(), 1, 20'000);
        QVERIFY(locked);
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(locker);

        QCOMPARE(recordFailed.size(), 1);
        const QString reason = recordFailed.first().first().toString();
        QVERIFY2(reason.contains(run.submission.clientToken()) && reason.contains(u"could not record"_s),
                 qPrintable(reason));
        QCOMPARE(m_sandbox->purchaseCount(), 1);
        const JournalEntry entry = *PurchaseJournal(journalPath()).entry(run.submission.entryId());
        QCOMPARE(entry.state(), JournalEntry::State::Unfinished);
        QCOMPARE(m_secrets->size(), 1);
    }

    void journalIsOnDiskBeforeTheRequestLeaves()
    {
        bool checked = false;
        bool journaledFirst = false;
        bool passwordHeld = false;
        m_cloud->before = [&](const QString &action, const ApiParams &params,
                              int) -> std::optional<CloudStandIn::Answer> {
            if (action == "RunInstancesHour"_L1) {
                checked = true;
                const QString token = param(params, u"clientToken"_s);
                // Read through a connection of its own, not from the journal object: what is committed is
                // what survives a crash.
                journaledFirst = !token.isEmpty() && PurchaseJournal(journalPath()).entryForToken(token);
                passwordHeld = m_secrets->size() == 1;
            }
            return std::nullopt;
        };
        Run run(m_client.get(), m_journal.get(), m_secrets);
        PurchaseOrder order = validOrder();
        order.goodsNum = 3;
        order.password = testPassword();
        run.submission.submit(order);
        QTRY_COMPARE(run.finished.size(), 1);
        QCOMPARE(run.submitted.size(), 1);
        QVERIFY(checked);
        QVERIFY(journaledFirst);
        QVERIFY(passwordHeld);

        // Confirmed: ids journaled, password released, and never written to the file.
        QCOMPARE(run.ids().size(), 3);
        QCOMPARE(m_sandbox->purchaseCount(), 1);
        const JournalEntry entry = *PurchaseJournal(journalPath()).entry(run.submission.entryId());
        QCOMPARE(entry.state(), JournalEntry::State::Tracking);
        QCOMPARE(entry.instanceIds, run.ids());
        QVERIFY(entry.hasPassword);
        QCOMPARE(entry.clientToken, run.submission.clientToken());
        QCOMPARE(m_cloud->tokensSeen(), QStringList{entry.clientToken});
        QCOMPARE(param(m_cloud->lastRunParams(), u"password"_s), testPassword()); // it did go to the cloud
        QCOMPARE(m_secrets->size(), 0);
        QVERIFY(!readAll(journalPath()).contains(testPassword().toUtf8()));
        QVERIFY(!readAll(journalPath() + u"-wal"_s).contains(testPassword().toUtf8()));
    }

    void givenClientTokenIsKept()
    {
        Run run(m_client.get(), m_journal.get(), m_secrets);
        PurchaseOrder order = validOrder();
        order.clientToken = u"caller-chose-this-token"_s;
        run.submission.submit(order);
        QTRY_COMPARE(run.finished.size(), 1);
        QCOMPARE(run.submitted.size(), 1);
        QCOMPARE(m_sandbox->clientTokens(), QStringList{u"caller-chose-this-token"_s});
    }

    void retryableFailureIsRetriedWithTheSameToken_data()
    {
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("bought"); // did the failed attempt buy?
        QTest::newRow("busy") << 200 << apiError(5100, "OperationFail.SystemBusy", "busy").body << false;
        QTest::newRow("internal error 6000") << 200 << apiError(6000, "InternalError", "oops").body << false;
        QTest::newRow("unavailable 6200") << 200 << apiError(6200, "ApiUnavailable", "later").body << false;
        QTest::newRow("HTTP 503") << 503 << QByteArray("<html>unavailable</html>") << false;
        QTest::newRow("HTTP 502 after buying") << 502 << QByteArray("<html>bad gateway</html>") << true;
    }

    void retryableFailureIsRetriedWithTheSameToken()
    {
        QFETCH(int, httpStatus);
        QFETCH(QByteArray, body);
        QFETCH(bool, bought);
        m_cloud->before = [&](const QString &action, const ApiParams &,
                              int nth) -> std::optional<CloudStandIn::Answer> {
            if (action == "RunInstancesHour"_L1 && nth == 1)
                return CloudStandIn::Answer{httpStatus, body, bought, false};
            return std::nullopt;
        };
        Run run(m_client.get(), m_journal.get(), m_secrets);
        int jitterBound = -1;
        RetryPolicy policy = instantRetries();
        policy.jitter = [&](int bound) {
            jitterBound = bound;
            return 0;
        };
        run.submission.setRetryPolicy(policy);
        PurchaseOrder order = validOrder();
        order.goodsNum = 2;
        run.submission.submit(order);
        QTRY_COMPARE(run.finished.size(), 1);
        QCOMPARE(run.submitted.size(), 1);
        QCOMPARE(run.retrying.size(), 1);
        QCOMPARE(run.retrying.first().at(0).toInt(), 2); // the attempt that follows
        QVERIFY(!run.retrying.first().at(1).toString().isEmpty());
        QCOMPARE(run.retrying.first().at(2).toInt(), 0);
        QCOMPARE(jitterBound, 1000); // the first pause is drawn from [0, base]
        QCOMPARE(run.submission.attempts(), 2);
        const QStringList tokens = m_cloud->tokensSeen();
        QCOMPARE(tokens.size(), 2);
        QCOMPARE(tokens.at(0), tokens.at(1));
        QCOMPARE(m_sandbox->purchaseCount(), 1);
        QCOMPARE(m_sandbox->clientTokens(), QStringList{tokens.first()});
        QCOMPARE(run.ids().size(), 2);
    }

    void nonRetryableRefusalEndsAtOnce_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorName");
        QTest::newRow("authentication")
            << apiError(4100, "AuthFailure.SignatureFailure", "bad signature").body
            << u"AuthFailure.SignatureFailure"_s;
        QTest::newRow("parameter") << apiError(4000, "InvalidParameter", "zoneId").body
                                   << u"InvalidParameter"_s;
        QTest::newRow("balance")
            << apiError(5300, "OperationConstraints.AccountBalanceNotEnough", "top up").body
            << u"OperationConstraints.AccountBalanceNotEnough"_s;
    }

    void nonRetryableRefusalEndsAtOnce()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, errorName);
        m_cloud->before = [&](const QString &action, const ApiParams &,
                              int) -> std::optional<CloudStandIn::Answer> {
            if (action == "RunInstancesHour"_L1)
                return CloudStandIn::Answer{200, body, false, false};
            return std::nullopt;
        };
        Run run(m_client.get(), m_journal.get(), m_secrets);
        PurchaseOrder order = validOrder();
        order.password = testPassword();
        run.submission.submit(order);
        QTRY_COMPARE(run.finished.size(), 1);
        QCOMPARE(run.failed.size(), 1);
        QCOMPARE(run.retrying.size(), 0);
        QCOMPARE(m_cloud->requests(u"RunInstancesHour"_s), 1);
        QCOMPARE(run.failure().errorName(), errorName);
        QVERIFY(!run.failure().describe().isEmpty());
        // The cloud said no: nothing was bought, nothing to resume, no password to keep.
        QCOMPARE(PurchaseJournal(journalPath()).entry(run.submission.entryId())->state(),
                 JournalEntry::State::Refused);
        QTRY_COMPARE(m_secrets->size(), 0);
    }

    void realSandboxRefusalIsNotRetried()
    {
        // The sandbox's own check (a Windows image with a Linux-only password), no stand-in answer.
        Run run(m_client.get(), m_journal.get(), m_secrets);
        PurchaseOrder order = validOrder();
        order.imageId = u"img-6rrx0ymd"_s; // Windows, but the order says Linux
        order.systemDisk.size = 50;
        order.password = u"abcdefgh1234"_s;
        run.submission.submit(order);
        QTRY_COMPARE(run.finished.size(), 1);
        QCOMPARE(run.failed.size(), 1);
        QCOMPARE(run.failure().codeDesc, u"InvalidParameter.PasswordNotConformSpecs"_s);
        QCOMPARE(m_cloud->requests(u"RunInstancesHour"_s), 1);
        QCOMPARE(m_sandbox->purchaseCount(), 0);
    }

    void invalidOrderSendsNothingAndJournalsNothing()
    {
        Run run(m_client.get(), m_journal.get(), m_secrets);
        PurchaseOrder order = validOrder();
        order.password = u"short"_s;
        order.zone.clear();
        run.submission.submit(order);
        QTRY_COMPARE(run.finished.size(), 1);
        QCOMPARE(run.invalid.size(), 1);
        const auto problems = run.invalid.first().first().value<QList<FieldProblem>>();
        QVERIFY(std::any_of(problems.cbegin(), problems.cend(),
                            [](const FieldProblem &p) { return p.field == "password"_L1; }));
        QVERIFY(std::any_of(problems.cbegin(), problems.cend(),
                            [](const FieldProblem &p) { return p.field == "zoneId"_L1; }));
        QCOMPARE(run.submitted.size() + run.failed.size() + run.notSent.size(), 0);
        QVERIFY(m_cloud->actionsSeen().isEmpty());
        QVERIFY(PurchaseJournal(journalPath()).isEmpty());
        QCOMPARE(m_secrets->size(), 0);
    }

    void attemptsAreBoundedAndTheEntryStaysResumable()
    {
        // A gateway that fails every time: maybe the purchase went through behind it.
        m_cloud->before = [&](const QString &action, const ApiParams &,
                              int) -> std::optional<CloudStandIn::Answer> {
            if (action == "RunInstancesHour"_L1)
                return CloudStandIn::Answer{502, "bad gateway", false, false};
            return std::nullopt;
        };
        Run run(m_client.get(), m_journal.get(), m_secrets);
        PurchaseOrder order = validOrder();
        order.password = testPassword();
        run.submission.submit(order);
        QTRY_COMPARE(run.finished.size(), 1);
        QCOMPARE(run.failed.size(), 1);
        QCOMPARE(run.failure().status, ApiResult::Status::HttpError);
        QCOMPARE(m_cloud->requests(u"RunInstancesHour"_s), 4);
        QCOMPARE(run.retrying.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(run.retrying.at(i).at(0).toInt(), i + 2);
        QCOMPARE(QSet<QString>(m_cloud->tokensSeen().cbegin(), m_cloud->tokensSeen().cend()).size(), 1);
        // Unknown whether anything was bought: resumable, password kept for it.
        QCOMPARE(PurchaseJournal(journalPath()).entry(run.submission.entryId())->state(),
                 JournalEntry::State::Unfinished);
        QCOMPARE(m_secrets->size(), 1);
    }

    void deadlineEndsTheWait()
    {
        // The cloud buys, then never answers; the request timeout is long, the overall deadline short.
        m_cloud->before = [&](const QString &action, const ApiParams &,
                              int) -> std::optional<CloudStandIn::Answer> {
            if (action == "RunInstancesHour"_L1)
                return CloudStandIn::Answer{200, {}, true, true};
            return std::nullopt;
        };
        Run run(m_client.get(), m_journal.get(), m_secrets);
        RetryPolicy policy = instantRetries();
        policy.deadlineMs = 300;
        run.submission.setRetryPolicy(policy);
        run.submission.submit(validOrder());
        QTRY_COMPARE(run.finished.size(), 1);
        QCOMPARE(run.failed.size(), 1);
        QCOMPARE(run.failure().status, ApiResult::Status::Timeout);
        QCOMPARE(m_cloud->requests(u"RunInstancesHour"_s), 1);
        QCOMPARE(m_sandbox->purchaseCount(), 1);
        QCOMPARE(PurchaseJournal(journalPath()).entry(run.submission.entryId())->state(),
                 JournalEntry::State::Unfinished);
    }

    void unansweredPurchaseIsResumedWithoutBuyingTwice()
    {
        // Attempt 1 buys but its answer never comes; the client gives up. A resume
        // (same token, password read back) gets the same instances.
        m_cloud->before = [&](const QString &action, const ApiParams &,
                              int nth) -> std::optional<CloudStandIn::Answer> {
            if (action == "RunInstancesHour"_L1 && nth == 1)
                return CloudStandIn::Answer{200, {}, true, true};
            return std::nullopt;
        };
        m_client->setTimeout(200);
        QString entryId;
        {
            Run first(m_client.get(), m_journal.get(), m_secrets);
            first.submission.setRetryPolicy(instantRetries(1));
            PurchaseOrder order = validOrder();
            order.goodsNum = 2;
            order.password = testPassword();
            first.submission.submit(order);
            QTRY_COMPARE(first.finished.size(), 1);
            QCOMPARE(first.failure().status, ApiResult::Status::Timeout);
            entryId = first.submission.entryId();
        }
        QCOMPARE(m_sandbox->purchaseCount(), 1);
        QCOMPARE(m_journal->entries(JournalEntry::State::Unfinished).size(), 1);
        QCOMPARE(m_secrets->size(), 1);

        Run resumed(m_client.get(), m_journal.get(), m_secrets);
        resumed.submission.resume(entryId);
        QTRY_COMPARE(resumed.finished.size(), 1);
        QCOMPARE(resumed.submitted.size(), 1);
        QCOMPARE(m_sandbox->purchaseCount(), 1);
        QCOMPARE(m_sandbox->clientTokens().size(), 1);
        QCOMPARE(QSet<QString>(m_cloud->tokensSeen().cbegin(), m_cloud->tokensSeen().cend()).size(), 1);
        QCOMPARE(param(m_cloud->lastRunParams(), u"password"_s), testPassword());
        QCOMPARE(resumed.ids().size(), 2);
        QCOMPARE(m_journal->entry(entryId)->instanceIds, resumed.ids());
        QCOMPARE(m_secrets->size(), 0);
    }

    void resumeRefusesWhatCannotBeResentAsItWas_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("unknown entry") << u"unknown"_s;
        QTest::newRow("already confirmed") << u"confirmed"_s;
        QTest::newRow("other endpoint") << u"endpoint"_s;
        QTest::newRow("password gone from the keychain") << u"password"_s;
    }

    void resumeRefusesWhatCannotBeResentAsItWas()
    {
        QFETCH(QString, scenario);
        PurchaseOrder order = validOrder();
        order.clientToken = u"token-for-resume"_s;
        order.password = testPassword();
        QString endpoint = m_cloud->endpointUrl().toString();
        if (scenario == "endpoint"_L1)
            endpoint = u"https://cvm.api.qcloud.com/v2/index.php"_s;
        const QString entryId = m_journal->recordSubmit(order, endpoint);
        QVERIFY(!entryId.isEmpty());
        if (scenario == "confirmed"_L1)
            QVERIFY(m_journal->recordIds(entryId, {u"ins-confirm1"_s}));
        // The password is held except where the scenario is its loss.
        if (scenario != "password"_L1)
            m_secrets->write(PurchaseJournal::secretKey(entryId), testPassword(),
                             [](SecretStore::Error, const QString &) {});

        Run run(m_client.get(), m_journal.get(), m_secrets);
        run.submission.resume(scenario == "unknown"_L1 ? u"no-such-entry"_s : entryId);
        QTRY_COMPARE(run.finished.size(), 1);
        QCOMPARE(run.notSent.size(), 1);
        QVERIFY(!run.notSent.first().first().toString().isEmpty());
        QVERIFY(m_cloud->actionsSeen().isEmpty());
    }

    void oneSubmissionNeverSendsTwoTokens()
    {
        Run run(m_client.get(), m_journal.get(), m_secrets);
        run.submission.submit(validOrder());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"one submission object sends one purchase"_s));
        run.submission.submit(validOrder());
        QTRY_COMPARE(run.finished.size(), 1);
        QCOMPARE(m_cloud->tokensSeen().size(), 1);
        QCOMPARE(m_journal->entries().size(), 1);
    }

    void tokenAlreadyJournaledIsNotReused()
    {
        PurchaseOrder order = validOrder();
        order.clientToken = u"token-used-before"_s;
        QVERIFY(!m_journal->recordSubmit(order, m_cloud->endpointUrl().toString()).isEmpty());
        Run run(m_client.get(), m_journal.get(), m_secrets);
        run.submission.submit(order);
        QTRY_COMPARE(run.finished.size(), 1);
        QCOMPARE(run.notSent.size(), 1);
        QVERIFY(m_cloud->actionsSeen().isEmpty());
    }

    void retryPauseGrowsAndIsCapped_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("bound");
        QTest::newRow("first retry") << 2 << 1000;
        QTest::newRow("second retry") << 3 << 2000;
        QTest::newRow("third retry") << 4 << 4000;
        QTest::newRow("fourth retry") << 5 << 8000;
        QTest::newRow("capped") << 6 << 15000;
        QTest::newRow("still capped") << 12 << 15000;
    }

    void retryPauseGrowsAndIsCapped()
    {
        QFETCH(int, attempt);
        QFETCH(int, bound);
        RetryPolicy policy;
        QCOMPARE(policy.delayBound(attempt), bound);
        // Full jitter stays within [0, bound] whatever the source says.
        policy.jitter = [](int b) { return b * 3; };
        QCOMPARE(policy.delayBefore(attempt), bound);
        policy.jitter = [](int) { return -5; };
        QCOMPARE(policy.delayBefore(attempt), 0);
        policy.jitter = nullptr;
        for (int i = 0; i < 50; ++i) {
            const int d = policy.delayBefore(attempt);
            QVERIFY(d >= 0 && d <= bound);
        }
    }

    void killedBeforeSendingThenResumed()
    {
        // The helper journals the order (password into the shared keychain stand-in) and dies before sending.
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        const QString secretsFile = m_dir->filePath(u"secrets.json"_s);
        QProcess helper;
        helper.start(QStringLiteral(CVM_KILL_HELPER_PATH),
                     {u"--journal"_s, journalPath(), u"--secrets"_s, secretsFile, u"--endpoint"_s,
                      sandbox.endpointUrl().toString(), u"--password"_s, testPassword(), u"--goods"_s, u"3"_s,
                      u"--exit-before-send"_s});
        QVERIFY(helper.waitForFinished(30000));
        QCOMPARE(helper.exitCode(), 42);
        const QByteArray said = helper.readAllStandardOutput();
        QVERIFY2(said.startsWith("journaled "), said.constData());
        QCOMPARE(sandbox.requestCount(u"RunInstancesHour"_s), 0);

        PurchaseJournal journal(journalPath());
        QVERIFY(journal.warnings().isEmpty());
        const QList<JournalEntry> unfinished = journal.entries(JournalEntry::State::Unfinished);
        QCOMPARE(unfinished.size(), 1);
        QVERIFY(said.contains(unfinished.first().clientToken.toLatin1()));
        QVERIFY(!readAll(journalPath()).contains(testPassword().toUtf8()));
        QVERIFY(!readAll(journalPath() + u"-wal"_s).contains(testPassword().toUtf8()));

        FileSecretStore secrets(secretsFile);
        QCOMPARE(secrets.keys(), QStringList{PurchaseJournal::secretKey(unfinished.first().id)});
        ApiClient client(&m_network, endpointFor(sandbox.endpointUrl()), demoCredentials());
        Run run(&client, &journal, &secrets);
        run.submission.resume(unfinished.first().id);
        QTRY_COMPARE(run.finished.size(), 1);
        QCOMPARE(run.submitted.size(), 1);
        QCOMPARE(run.ids().size(), 3);
        QCOMPARE(sandbox.purchaseCount(), 1);
        QCOMPARE(sandbox.clientTokens(), QStringList{unfinished.first().clientToken});
        QCOMPARE(journal.entry(unfinished.first().id)->state(), JournalEntry::State::Tracking);
        QTRY_VERIFY(secrets.keys().isEmpty());
    }

    void killedAfterTheCloudBoughtThenResumed()
    {
        // The worst moment: the cloud has bought, its answer is on the way, the client dies.
        m_cloud->before = [&](const QString &action, const ApiParams &,
                              int nth) -> std::optional<CloudStandIn::Answer> {
            if (action == "RunInstancesHour"_L1 && nth == 1)
                return CloudStandIn::Answer{200, {}, true, true};
            return std::nullopt;
        };
        const QString secretsFile = m_dir->filePath(u"secrets.json"_s);
        QProcess helper;
        helper.start(QStringLiteral(CVM_KILL_HELPER_PATH),
                     {u"--journal"_s, journalPath(), u"--secrets"_s, secretsFile, u"--endpoint"_s,
                      m_cloud->endpointUrl().toString(), u"--password"_s, testPassword(), u"--goods"_s,
                      u"2"_s});
        QVERIFY(helper.waitForStarted(30000));
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->purchaseCount(), 1, 30000);
        helper.kill();
        QVERIFY(helper.waitForFinished(30000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

        m_journal->reload();
        const QList<JournalEntry> unfinished = m_journal->entries(JournalEntry::State::Unfinished);
        QCOMPARE(unfinished.size(), 1);
        FileSecretStore secrets(secretsFile);
        Run run(m_client.get(), m_journal.get(), &secrets);
        run.submission.resume(unfinished.first().id);
        QTRY_COMPARE(run.finished.size(), 1);
        QCOMPARE(run.submitted.size(), 1);
        QCOMPARE(run.ids().size(), 2);
        QCOMPARE(m_sandbox->purchaseCount(), 1);
        QCOMPARE(m_sandbox->clientTokens(), QStringList{unfinished.first().clientToken});
        QCOMPARE(m_cloud->tokensSeen(), QStringList(2, unfinished.first().clientToken));
        QTRY_VERIFY(secrets.keys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPurchaseSubmission)
#include "tst_purchase_submission.moc"
