// PurchaseRun against the sandbox over loopback, as the window and the CLI use
// it: one purchase under one clientToken, journaled before it is sent, tracked
// until its instances run; a refusal or a failed instance as the outcome; a
// lost answer resumed with the same token in the API the entry was written in;
// a purchase opened again tracked without sending anything.
#include "api/ApiClient.h"
#include "common/ContractsExample.h"
#include "order/OrderTemplate.h"
#include "purchase/InstanceTracker.h"
#include "purchase/PurchaseJournal.h"
#include "purchase/PurchaseRun.h"
#include "purchase/PurchaseTestSupport.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace PurchaseTest;

namespace {
// Quick rounds, so a test waits for the sandbox's few polls and not the real intervals.
const InstanceTracker::Options kQuickTracking{50, 100, 1.5, 5000, 60000};

RetryPolicy instantRetries(int maxAttempts = 4)
{
    RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    policy.jitter = [](int) { return 0; };
    return policy;
}

// One run with spies on what a caller sees, and the order in which it saw it.
struct Watched
{
    explicit Watched(PurchaseRun *run)
        : journaled(run, &PurchaseRun::journaled), retrying(run, &PurchaseRun::retrying),
          submitted(run, &PurchaseRun::submitted), failed(run, &PurchaseRun::failed),
          notSent(run, &PurchaseRun::notSent), finished(run, &PurchaseRun::finished)
    {
        QObject::connect(run, &PurchaseRun::journaled, run, [this] { sequence.append(u"journaled"_s); });
        QObject::connect(run, &PurchaseRun::submitted, run, [this] { sequence.append(u"submitted"_s); });
        QObject::connect(run, &PurchaseRun::instanceChanged, run, [this](const InstanceStatus &s) {
            if (s.settled)
                sequence.append(u"settled"_s);
        });
        QObject::connect(run, &PurchaseRun::finished, run, [this] { sequence.append(u"finished"_s); });
    }
    TrackingSummary summary() const { return finished.first().first().value<TrackingSummary>(); }
    QStringList ids() const { return submitted.first().first().toStringList(); }

    QSignalSpy journaled;
    QSignalSpy retrying;
    QSignalSpy submitted;
    QSignalSpy failed;
    QSignalSpy notSent;
    QSignalSpy finished;
    QStringList sequence;
};
} // namespace

class TestPurchaseRun : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<CloudStandIn> m_cloud;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PurchaseJournal> m_journal;
    std::unique_ptr<MemorySecretStore> m_secrets;

    QString journalPath() const { return m_dir->filePath(u"history.sqlite"_s); }

    // A run through the stand-in cloud in front of m_sandbox (API 2.0), quick to retry.
    std::unique_ptr<PurchaseRun> newRun(ApiClient *client = nullptr)
    {
        auto run = std::make_unique<PurchaseRun>(&m_network, client ? client : m_client.get(),
                                                 m_journal.get(), m_secrets.get());
        run->setRetryPolicy(instantRetries());
        return run;
    }

    void useSandbox(const SandboxServer::Options &options)
    {
        m_sandbox = std::make_unique<SandboxServer>(options);
        m_cloud = std::make_unique<CloudStandIn>(m_sandbox.get());
        QVERIFY(m_cloud->listen() != 0);
        m_client =
            std::make_unique<ApiClient>(&m_network, endpointFor(m_cloud->endpointUrl()), demoCredentials());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        qRegisterMetaType<TrackingSummary>();
        qRegisterMetaType<InstanceStatus>();
        qRegisterMetaType<QList<FieldProblem>>();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        useSandbox(SandboxServer::Options{});
        m_journal = std::make_unique<PurchaseJournal>(journalPath());
        m_secrets = std::make_unique<MemorySecretStore>();
    }

    void cleanup()
    {
        m_secrets.reset();
        m_journal.reset();
        m_client.reset();
        m_cloud.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    void buysOnceUnderOneTokenJournaledFirstAndTracksToRunning()
    {
        bool journaledFirst = false;
        bool passwordHeld = false;
        m_cloud->before = [&](const QString &action, const ApiParams &params,
                              int) -> std::optional<CloudStandIn::Answer> {
            if (action == "RunInstancesHour"_L1) {
                // Read through a connection of its own, not from the journal object: what is committed is
                // what a crash leaves.
                const QString token = param(params, u"clientToken"_s);
                journaledFirst = !token.isEmpty() && PurchaseJournal(journalPath()).entryForToken(token);
                passwordHeld = m_secrets->size() == 1;
            }
            return std::nullopt;
        };
        auto run = newRun();
        Watched watched(run.get());
        PurchaseOrder order = validOrder();
        order.goodsNum = 2;
        order.password = testPassword();
        run->submit(order);
        run->tracker()->setOptions(kQuickTracking);
        QVERIFY(watched.finished.wait(30000));

        QVERIFY(journaledFirst);
        QVERIFY(passwordHeld);
        QCOMPARE(watched.sequence.first(), u"journaled"_s);
        QCOMPARE(watched.sequence.mid(0, 2), (QStringList{u"journaled"_s, u"submitted"_s}));
        QCOMPARE(watched.sequence.last(), u"finished"_s);
        QCOMPARE(watched.journaled.size(), 1);
        // One purchase, one token, both instances running.
        QCOMPARE(m_sandbox->purchaseCount(), 1);
        QCOMPARE(m_cloud->tokensSeen(), QStringList{run->clientToken()});
        const QStringList ids = watched.ids();
        QCOMPARE(ids.size(), 2);
        const TrackingSummary summary = watched.summary();
        QCOMPARE(summary.outcome, TrackingSummary::Outcome::Settled);
        QCOMPARE(summary.running, ids);
        QVERIFY(summary.failed.isEmpty());
        QVERIFY(!run->isActive());
        // The journal closes the purchase and the password is no longer kept.
        m_journal->reload();
        QCOMPARE(m_journal->entry(run->entryId())->state(), JournalEntry::State::Done);
        QCOMPARE(m_secrets->size(), 0);
    }

    // The client a run is given may be the window's, which follows the next order to another API or endpoint
    // as soon as this one is sent: the run keeps tracking where it bought (a 3.0 purchase at a separate
    // endpoint was left "waiting for the cloud to list it" when the window's client turned to 2.0).
    void aRunKeepsItsEndpointWhenTheGivenClientMoves()
    {
        auto run = newRun();
        Watched watched(run.get());
        PurchaseOrder order = validOrder();
        order.goodsNum = 2;
        order.password = testPassword();
        run->submit(order);
        run->tracker()->setOptions(kQuickTracking);
        m_client->setEndpoint(endpointFor(QUrl(u"http://127.0.0.1:1/v2/index.php"_s)));
        QVERIFY(watched.finished.wait(30000));
        QCOMPARE(watched.summary().running.size(), 2);
    }

    void retriesWithTheSameToken()
    {
        m_cloud->before = [](const QString &action, const ApiParams &,
                             int nth) -> std::optional<CloudStandIn::Answer> {
            if (action == "RunInstancesHour"_L1 && nth == 1)
                return CloudStandIn::Answer{503, "unavailable", false, false};
            return std::nullopt;
        };
        auto run = newRun();
        Watched watched(run.get());
        run->submit(validOrder());
        run->tracker()->setOptions(kQuickTracking);
        QVERIFY(watched.finished.wait(30000));
        QCOMPARE(watched.retrying.size(), 1);
        QCOMPARE(m_cloud->tokensSeen(), (QStringList{run->clientToken(), run->clientToken()}));
        QCOMPARE(m_sandbox->purchaseCount(), 1);
        QCOMPARE(watched.summary().running.size(), 1);
    }

    void refusalIsTheOutcomeAndNothingIsTracked()
    {
        m_cloud->before = [](const QString &action, const ApiParams &,
                             int) -> std::optional<CloudStandIn::Answer> {
            if (action == "RunInstancesHour"_L1)
                return apiError(5300, "OperationConstraints.AccountBalanceNotEnough", "top up");
            return std::nullopt;
        };
        auto run = newRun();
        Watched watched(run.get());
        run->submit(validOrder());
        QVERIFY(watched.failed.wait(10000));
        const ApiResult result = watched.failed.first().first().value<ApiResult>();
        QCOMPARE(result.status, ApiResult::Status::ApiError);
        QCOMPARE(result.code, 5300);
        QVERIFY(!run->isActive());
        QTest::qWait(200);
        QCOMPARE(watched.submitted.size(), 0);
        QCOMPARE(watched.finished.size(), 0);
        QCOMPARE(m_cloud->requests(u"DescribeInstances"_s), 0);
        QCOMPARE(m_sandbox->purchaseCount(), 0);
        QCOMPARE(m_journal->entry(run->entryId())->state(), JournalEntry::State::Refused);
    }

    void aFailedInstanceIsInTheOutcome()
    {
        SandboxServer::Options options;
        options.faults = {u"fail-one"_s};
        useSandbox(options);
        auto run = newRun();
        Watched watched(run.get());
        PurchaseOrder order = validOrder();
        order.goodsNum = 3;
        run->submit(order);
        run->tracker()->setOptions(kQuickTracking);
        QVERIFY(watched.finished.wait(30000));
        const TrackingSummary summary = watched.summary();
        QCOMPARE(summary.outcome, TrackingSummary::Outcome::Settled);
        QCOMPARE(summary.failed.size(), 1);
        QCOMPARE(summary.running.size(), 2);
        QVERIFY(!summary.allRunning());
        QCOMPARE(m_sandbox->purchaseCount(), 1);
    }

    void reopenedPurchaseIsTrackedWithoutSendingAnything()
    {
        // Submitted without waiting (the CLI's --no-wait), then opened again as the window's list does.
        auto first = newRun();
        first->setWaitForInstances(false);
        Watched submittedOnly(first.get());
        first->submit(validOrder());
        QVERIFY(submittedOnly.submitted.wait(10000));
        QVERIFY(!first->isActive());
        QTest::qWait(100);
        QCOMPARE(m_cloud->requests(u"DescribeInstances"_s), 0);
        QCOMPARE(m_journal->entry(first->entryId())->state(), JournalEntry::State::Tracking);

        auto again = newRun();
        Watched watched(again.get());
        again->track(first->entryId());
        again->tracker()->setOptions(kQuickTracking);
        QVERIFY(watched.finished.wait(30000));
        QCOMPARE(watched.journaled.size(), 0);
        QCOMPARE(watched.submitted.size(), 0);
        QCOMPARE(watched.summary().running, submittedOnly.ids());
        QCOMPARE(m_cloud->requests(u"RunInstancesHour"_s), 1);
        QCOMPARE(m_sandbox->purchaseCount(), 1);
        QCOMPARE(m_journal->entry(first->entryId())->state(), JournalEntry::State::Done);
    }

    void lostAnswerIsResumedWithTheSameTokenInTheEntrysApi()
    {
        // Bought with API 3.0, the answer lost: the entry is unfinished. A run whose client speaks 2.0
        // (a window whose wizard is on 2.0) resumes it in 3.0 at the entry's endpoint, with its token.
        SandboxServer::Options options;
        options.faults = {u"hang-first-run"_s};
        SandboxServer sandbox(options);
        QVERIFY(sandbox.listen() != 0);
        Endpoint v3(PurchaseOrder::Api::V3);
        QString error;
        QVERIFY(Endpoint::fromUrl(sandbox.endpointUrlV3().toString(), &v3, &error, PurchaseOrder::Api::V3));
        ApiClient client3(&m_network, v3, demoCredentials());
        client3.setTimeout(1000);
        auto lost = newRun(&client3);
        lost->setRetryPolicy(instantRetries(1));
        Watched lostWatched(lost.get());
        PurchaseOrder order = OrderTemplate::read(kContractsExampleV3).order;
        order.goodsNum = 2;
        lost->submit(order);
        QVERIFY(lostWatched.failed.wait(10000));
        const QString entryId = lost->entryId();
        QCOMPARE(m_journal->entry(entryId)->state(), JournalEntry::State::Unfinished);
        QCOMPARE(sandbox.purchaseCount(), 1);

        ApiClient client2(&m_network, endpointFor(sandbox.endpointUrl()), demoCredentials());
        auto resumed = newRun(&client2);
        Watched watched(resumed.get());
        resumed->resume(entryId);
        resumed->tracker()->setOptions(kQuickTracking);
        QVERIFY(watched.finished.wait(30000));
        QVERIFY2(watched.notSent.isEmpty(), qPrintable(watched.notSent.value(0).value(0).toString()));
        QCOMPARE(watched.journaled.first().at(1).toString(), lost->clientToken());
        QCOMPARE(watched.ids().size(), 2);
        QCOMPARE(watched.summary().running.size(), 2);
        QCOMPARE(sandbox.purchaseCount(), 1); // the same token bought nothing more
        QCOMPARE(sandbox.clientTokens(), QStringList{lost->clientToken()});
        m_journal->reload();
        QCOMPARE(m_journal->entry(entryId)->state(), JournalEntry::State::Done);
    }
};

QTEST_GUILESS_MAIN(TestPurchaseRun)
#include "tst_purchase_run.moc"
