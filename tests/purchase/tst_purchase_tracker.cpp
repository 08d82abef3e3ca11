// InstanceTracker against the sandbox over loopback: batching, adaptive
// polling, failures of instances and of polls, the overall timeout, cancel.
#include "api/ApiClient.h"
#include "protocol/ApiReplies.h"
#include "protocol/v2/RequestBuilder.h"
#include "protocol/v2/V2Replies.h"
#include "purchase/InstanceTracker.h"
#include "purchase/PurchaseJournal.h"
#include "purchase/PurchaseTestSupport.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace PurchaseTest;

namespace {
// Tests poll every few milliseconds; the behaviour is the product's.
InstanceTracker::Options fastOptions()
{
    InstanceTracker::Options o;
    o.quickIntervalMs = 5;
    o.slowIntervalMs = 20;
    o.backoffFactor = 2;
    o.notListedGraceMs = 60'000;
    o.timeoutMs = 60'000;
    return o;
}

TrackingSummary summaryOf(const QSignalSpy &finished)
{
    return finished.first().first().value<TrackingSummary>();
}

// Rewrites every DescribeInstances reply: f gets each listed instance and may change it or drop it (return
// false).
CloudStandIn::After describeRewrite(std::function<bool(int nth, QJsonObject &instance)> f)
{
    return [f](const QString &action, int nth, QJsonObject &reply) {
        if (action != "DescribeInstances"_L1)
            return;
        QJsonArray kept;
        for (const QJsonValue &v : reply.value("instanceSet"_L1).toArray()) {
            QJsonObject instance = v.toObject();
            if (f(nth, instance))
                kept.append(instance);
        }
        reply.insert("instanceSet"_L1, kept);
        reply.insert("totalCount"_L1, int(kept.size()));
    };
}
} // namespace

class TestPurchaseTracker : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    // Buys count instances (at most 100 per purchase, as the API allows) through client.
    QStringList buy(ApiClient &client, int count)
    {
        QStringList ids;
        while (count > 0) {
            PurchaseOrder order = validOrder();
            order.goodsNum = std::min(count, 100);
            order.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
            ApiCall *call = client.send(u"gz"_s, client.protocol().runInstances(order));
            QSignalSpy spy(call, &ApiCall::finished);
            if (!spy.wait(15000))
                return {};
            const ApiResult result = spy.first().first().value<ApiResult>();
            if (!result.ok())
                qFatal("purchase failed: %s", qPrintable(result.describe()));
            ids += V2Replies::parseRunInstances(result.data, order.goodsNum).instanceIds;
            count -= order.goodsNum;
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        qRegisterMetaType<InstanceStatus>();
        qRegisterMetaType<TrackingSummary>();
        qRegisterMetaType<QList<InstanceStatus>>();
    }

    void oneDescribeCallPerHundredInstancesPerRound_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("callsPerRound");
        QTest::newRow("1 instance") << 1 << 1;
        QTest::newRow("100 instances") << 100 << 1;
        QTest::newRow("101 instances") << 101 << 2;
        QTest::newRow("250 instances") << 250 << 3;
    }

    void oneDescribeCallPerHundredInstancesPerRound()
    {
        QFETCH(int, count);
        QFETCH(int, callsPerRound);
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        ApiClient client(&m_network, endpointFor(sandbox.endpointUrl()), demoCredentials());
        const QStringList ids = buy(client, count);
        QCOMPARE(ids.size(), count);

        InstanceTracker tracker(&client);
        tracker.setOptions(fastOptions());
        QList<int> callsInRound;
        int seen = sandbox.requestCount(u"DescribeInstances"_s);
        connect(&tracker, &InstanceTracker::roundFinished, this, [&](int, const QList<InstanceStatus> &) {
            const int now = sandbox.requestCount(u"DescribeInstances"_s);
            callsInRound.append(now - seen);
            seen = now;
        });
        QSignalSpy changed(&tracker, &InstanceTracker::instanceChanged);
        QSignalSpy pollFailed(&tracker, &InstanceTracker::pollFailed);
        QSignalSpy finished(&tracker, &InstanceTracker::finished);
        tracker.start(u"gz"_s, ids);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        const TrackingSummary summary = summaryOf(finished);
        QCOMPARE(summary.outcome, TrackingSummary::Outcome::Settled);
        QCOMPARE(summary.running, ids);
        QVERIFY(summary.failed.isEmpty() && summary.pending.isEmpty());
        QVERIFY(summary.allRunning());
        QCOMPARE(pollFailed.size(), 0); // the sandbox refuses more than 100 ids: no call asked for more
        // The sandbox lists an instance as creating once, then as running.
        QCOMPARE(tracker.rounds(), 2);
        QCOMPARE(callsInRound, QList<int>(tracker.rounds(), callsPerRound));
        // Each instance changed twice: listed as creating, then running.
        QCOMPARE(changed.size(), 2 * count);
        for (const InstanceStatus &s : tracker.instances()) {
            QCOMPARE(s.state, ApiReplies::InstanceState::Running);
            QCOMPARE(s.status, 2);
            QVERIFY(s.settled && s.listed);
            QVERIFY(!s.lanIp.isEmpty());
            QCOMPARE(s.wanIps.size(), 1);
            QCOMPARE(s.name, u"web"_s);
            QCOMPARE(sandbox.instanceStatus(s.instanceId), 2);
        }
    }

    void failedInstanceIsReportedWhileTheRestFinish_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("-1 creation failed") << -1;
        QTest::newRow("1 fault") << 1;
        QTest::newRow("5 returned") << 5;
        QTest::newRow("6 returning") << 6;
    }

    void failedInstanceIsReportedWhileTheRestFinish()
    {
        QFETCH(int, status);
        SandboxServer sandbox({});
        CloudStandIn cloud(&sandbox);
        QVERIFY(cloud.listen() != 0);
        ApiClient client(&m_network, endpointFor(cloud.endpointUrl()), demoCredentials());
        const QStringList ids = buy(client, 4);
        const QString victim = ids.at(1);
        cloud.after = describeRewrite([&](int nth, QJsonObject &instance) {
            if (instance.value("unInstanceId"_L1).toString() == victim && nth >= 2)
                instance.insert("status"_L1, status);
            return true;
        });

        InstanceTracker tracker(&client);
        tracker.setOptions(fastOptions());
        QSignalSpy changed(&tracker, &InstanceTracker::instanceChanged);
        QSignalSpy finished(&tracker, &InstanceTracker::finished);
        tracker.start(u"gz"_s, ids);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        const TrackingSummary summary = summaryOf(finished);
        QCOMPARE(summary.outcome, TrackingSummary::Outcome::Settled);
        QCOMPARE(summary.failed, QStringList{victim});
        QCOMPARE(summary.running, (QStringList{ids.at(0), ids.at(2), ids.at(3)}));
        QVERIFY(summary.describe().contains(victim));
        InstanceStatus last;
        for (const QList<QVariant> &args : changed) {
            const InstanceStatus s = args.first().value<InstanceStatus>();
            if (s.instanceId == victim)
                last = s;
        }
        QCOMPARE(last.state, ApiReplies::InstanceState::Failed);
        QCOMPARE(last.status, status);
        // API 2.0's own words for a failure: its status, by name and number.
        QCOMPARE(last.statusText,
                 u"the cloud reports \u201c%1\u201d (status %2)"_s.arg(ApiReplies::statusText(status)).arg(status));
        QVERIFY(last.settled);
    }

    void instanceNotListedYetIsWaitedFor()
    {
        SandboxServer sandbox({});
        CloudStandIn cloud(&sandbox);
        QVERIFY(cloud.listen() != 0);
        ApiClient client(&m_network, endpointFor(cloud.endpointUrl()), demoCredentials());
        const QStringList ids = buy(client, 3);
        const QString late = ids.at(2);
        // The cloud lists it only from the fourth round on.
        cloud.after = describeRewrite([&](int nth, QJsonObject &instance) {
            return !(instance.value("unInstanceId"_L1).toString() == late && nth <= 3);
        });

        InstanceTracker tracker(&client);
        tracker.setOptions(fastOptions());
        QList<InstanceStatus> lateStates;
        connect(&tracker, &InstanceTracker::roundFinished, this, [&](int, const QList<InstanceStatus> &) {
            for (const InstanceStatus &s : tracker.instances())
                if (s.instanceId == late)
                    lateStates.append(s);
        });
        QSignalSpy finished(&tracker, &InstanceTracker::finished);
        tracker.start(u"gz"_s, ids);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        const TrackingSummary summary = summaryOf(finished);
        QCOMPARE(summary.outcome, TrackingSummary::Outcome::Settled);
        QCOMPARE(summary.running, ids);
        QVERIFY(lateStates.size() >= 4);
        for (int round = 0; round < 3; ++round) {
            QVERIFY(!lateStates.at(round).listed);
            QVERIFY(!lateStates.at(round).settled);
            QCOMPARE(lateStates.at(round).state, ApiReplies::InstanceState::Creating);
        }
        QVERIFY(lateStates.last().listed);
    }

    void instanceNeverListedFailsAfterTheGrace()
    {
        SandboxServer sandbox({});
        CloudStandIn cloud(&sandbox);
        QVERIFY(cloud.listen() != 0);
        ApiClient client(&m_network, endpointFor(cloud.endpointUrl()), demoCredentials());
        const QStringList ids = buy(client, 3);
        const QString ghost = ids.at(0);
        cloud.after = describeRewrite([&](int, QJsonObject &instance) {
            return instance.value("unInstanceId"_L1).toString() != ghost;
        });

        InstanceTracker tracker(&client);
        InstanceTracker::Options options = fastOptions();
        options.notListedGraceMs = 100;
        tracker.setOptions(options);
        QSignalSpy finished(&tracker, &InstanceTracker::finished);
        tracker.start(u"gz"_s, ids);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        const TrackingSummary summary = summaryOf(finished);
        QCOMPARE(summary.outcome, TrackingSummary::Outcome::Settled);
        QCOMPARE(summary.failed, QStringList{ghost});
        QCOMPARE(summary.running, (QStringList{ids.at(1), ids.at(2)}));
        const InstanceStatus s = tracker.instances().first();
        QCOMPARE(s.state, ApiReplies::InstanceState::Failed);
        QVERIFY(s.statusText.contains(u"not found"_s));
        QVERIFY(!s.listed);
    }

    void instanceBrieflyUnlistedIsWaitedForAgain()
    {
        // Tracking resumed long after the purchase: the grace for an instance that
        // drops out of the list counts from when it dropped out, not from the purchase.
        SandboxServer sandbox({});
        CloudStandIn cloud(&sandbox);
        QVERIFY(cloud.listen() != 0);
        ApiClient client(&m_network, endpointFor(cloud.endpointUrl()), demoCredentials());
        const QStringList ids = buy(client, 2);
        const QString flaky = ids.at(0);
        cloud.after = describeRewrite([&](int nth, QJsonObject &instance) {
            return !(instance.value("unInstanceId"_L1).toString() == flaky && (nth == 2 || nth == 3));
        });

        InstanceTracker tracker(&client);
        tracker.setOptions(fastOptions()); // a grace of a minute
        QList<bool> flakyListed;
        connect(&tracker, &InstanceTracker::roundFinished, this, [&](int, const QList<InstanceStatus> &) {
            flakyListed.append(tracker.instances().first().listed);
        });
        QSignalSpy finished(&tracker, &InstanceTracker::finished);
        tracker.start(u"gz"_s, ids, QDateTime::currentDateTimeUtc().addSecs(-120));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        const TrackingSummary summary = summaryOf(finished);
        QCOMPARE(summary.running, ids);
        QCOMPARE(flakyListed.mid(0, 4), (QList<bool>{true, false, false, true}));
        // Elapsed times count from the purchase.
        QVERIFY(tracker.instances().first().elapsedMs >= 120'000);
        QVERIFY(summary.elapsedMs >= 120'000);
    }

    void pollFailuresDelayButNeverEndTracking_data()
    {
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("silent");
        QTest::newRow("HTTP 500") << 500 << QByteArray("<html>500</html>") << false;
        QTest::newRow("truncated JSON")
            << 200 << QByteArray("{\"code\":0,\"instanceSet\":[{\"unInstanceId\":\"ins-") << false;
        QTest::newRow("no instanceSet") << 200 << QByteArray("{\"code\":0,\"message\":\"ok\"}") << false;
        QTest::newRow("internal error") << 200 << apiError(6000, "InternalError", "try later").body << false;
        QTest::newRow("refused") << 200 << apiError(4100, "AuthFailure.SignatureFailure", "key rotated?").body
                                 << false;
        QTest::newRow("no answer") << 0 << QByteArray() << true;
    }

    void pollFailuresDelayButNeverEndTracking()
    {
        QFETCH(int, httpStatus);
        QFETCH(QByteArray, body);
        QFETCH(bool, silent);
        SandboxServer sandbox({});
        CloudStandIn cloud(&sandbox);
        QVERIFY(cloud.listen() != 0);
        ApiClient client(&m_network, endpointFor(cloud.endpointUrl()), demoCredentials());
        const QStringList ids = buy(client, 2);
        cloud.before = [&](const QString &action, const ApiParams &,
                           int nth) -> std::optional<CloudStandIn::Answer> {
            if (action == "DescribeInstances"_L1 && nth <= 3)
                return CloudStandIn::Answer{httpStatus, body, false, silent};
            return std::nullopt;
        };
        client.setTimeout(200);

        InstanceTracker tracker(&client);
        tracker.setOptions(fastOptions());
        QList<int> intervals;
        connect(&tracker, &InstanceTracker::roundFinished, this,
                [&](int, const QList<InstanceStatus> &) { intervals.append(tracker.currentIntervalMs()); });
        QSignalSpy pollFailed(&tracker, &InstanceTracker::pollFailed);
        QSignalSpy finished(&tracker, &InstanceTracker::finished);
        tracker.start(u"gz"_s, ids);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        QCOMPARE(pollFailed.size(), 3);
        for (const QList<QVariant> &args : pollFailed)
            QVERIFY(!args.first().value<ApiResult>().ok());
        const TrackingSummary summary = summaryOf(finished);
        QCOMPARE(summary.outcome, TrackingSummary::Outcome::Settled);
        QCOMPARE(summary.running, ids);
        QCOMPARE(tracker.rounds(), 5);
        // Failed rounds back off (5, 10, 20 capped at 20), the first answered round is quick again.
        QCOMPARE(intervals.mid(0, 4), (QList<int>{10, 20, 20, 5}));
    }

    void intervalBacksOffWhileNothingChanges()
    {
        SandboxServer::Options slow;
        slow.runningAfter = 5;
        SandboxServer sandbox(slow);
        QVERIFY(sandbox.listen() != 0);
        ApiClient client(&m_network, endpointFor(sandbox.endpointUrl()), demoCredentials());
        const QStringList ids = buy(client, 2);

        InstanceTracker tracker(&client);
        InstanceTracker::Options options = fastOptions();
        options.quickIntervalMs = 10;
        options.slowIntervalMs = 40;
        tracker.setOptions(options);
        QList<int> intervals;
        QList<int> changes;
        connect(&tracker, &InstanceTracker::roundFinished, this,
                [&](int, const QList<InstanceStatus> &changed) {
                    intervals.append(tracker.currentIntervalMs());
                    changes.append(int(changed.size()));
                });
        QSignalSpy finished(&tracker, &InstanceTracker::finished);
        tracker.start(u"gz"_s, ids);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        // Round 1 lists them (a change), rounds 2-4 see them still creating, round 5 running.
        QCOMPARE(changes, (QList<int>{2, 0, 0, 0, 2}));
        QCOMPARE(intervals, (QList<int>{10, 20, 40, 40, 10}));
        QCOMPARE(sandbox.requestCount(u"DescribeInstances"_s), 5);
    }

    void overallTimeoutNamesThePendingInstances()
    {
        SandboxServer::Options never;
        never.runningAfter = 1'000'000;
        SandboxServer sandbox(never);
        QVERIFY(sandbox.listen() != 0);
        ApiClient client(&m_network, endpointFor(sandbox.endpointUrl()), demoCredentials());
        const QStringList ids = buy(client, 3);

        InstanceTracker tracker(&client);
        InstanceTracker::Options options = fastOptions();
        options.timeoutMs = 200;
        tracker.setOptions(options);
        QSignalSpy finished(&tracker, &InstanceTracker::finished);
        tracker.start(u"gz"_s, ids);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        const TrackingSummary summary = summaryOf(finished);
        QCOMPARE(summary.outcome, TrackingSummary::Outcome::TimedOut);
        QCOMPARE(summary.pending, ids);
        QVERIFY(summary.running.isEmpty() && summary.failed.isEmpty());
        for (const QString &id : ids)
            QVERIFY2(summary.describe().contains(id), qPrintable(summary.describe()));
        QVERIFY(!tracker.isActive());
        QVERIFY(tracker.rounds() >= 1);
    }

    void cancelStopsPolling_data()
    {
        QTest::addColumn<bool>("inFlight"); // cancel while the first call is out, or between rounds
        QTest::newRow("between rounds") << false;
        QTest::newRow("call in flight") << true;
    }

    void cancelStopsPolling()
    {
        QFETCH(bool, inFlight);
        SandboxServer sandbox({});
        CloudStandIn cloud(&sandbox);
        QVERIFY(cloud.listen() != 0);
        ApiClient client(&m_network, endpointFor(cloud.endpointUrl()), demoCredentials());
        const QStringList ids = buy(client, 2);
        if (inFlight) {
            // The first poll is never answered, so it is surely still out when cancel comes.
            cloud.before = [](const QString &action, const ApiParams &,
                              int nth) -> std::optional<CloudStandIn::Answer> {
                if (action == "DescribeInstances"_L1 && nth == 1)
                    return CloudStandIn::Answer{0, {}, false, true};
                return std::nullopt;
            };
        }

        InstanceTracker tracker(&client);
        tracker.setOptions(fastOptions());
        QSignalSpy rounds(&tracker, &InstanceTracker::roundFinished);
        QSignalSpy finished(&tracker, &InstanceTracker::finished);
        if (!inFlight)
            connect(&tracker, &InstanceTracker::roundFinished, &tracker, &InstanceTracker::cancel);
        tracker.start(u"gz"_s, ids);
        if (inFlight) {
            QTRY_COMPARE(cloud.requests(u"DescribeInstances"_s), 1);
            tracker.cancel();
        }
        QTRY_COMPARE(finished.size(), 1);
        const TrackingSummary summary = summaryOf(finished);
        QCOMPARE(summary.outcome, TrackingSummary::Outcome::Cancelled);
        QCOMPARE(summary.pending, ids);
        QVERIFY(!tracker.isActive());
        const int roundsAtCancel = int(rounds.size());
        QCOMPARE(roundsAtCancel, inFlight ? 0 : 1);

        // A second tracker runs the same instances to the end; the cancelled one stays silent meanwhile.
        InstanceTracker other(&client);
        other.setOptions(fastOptions());
        QSignalSpy otherFinished(&other, &InstanceTracker::finished);
        other.start(u"gz"_s, ids);
        QTRY_COMPARE(otherFinished.size(), 1);
        QCOMPARE(summaryOf(otherFinished).running, ids);
        QCOMPARE(rounds.size(), roundsAtCancel);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(tracker.rounds(), 1);
        QCOMPARE(cloud.requests(u"DescribeInstances"_s), 1 + other.rounds());
    }

    void settledInstancesAreJournaled()
    {
        QTemporaryDir dir;
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        ApiClient client(&m_network, endpointFor(sandbox.endpointUrl()), demoCredentials());
        const QStringList ids = buy(client, 3);
        PurchaseJournal journal(dir.filePath(u"history.sqlite"_s));
        PurchaseOrder order = validOrder();
        order.clientToken = u"token-tracked"_s;
        const QString entry = journal.recordSubmit(order, sandbox.endpointUrl().toString());
        QVERIFY(journal.recordIds(entry, ids));

        InstanceTracker tracker(&client);
        tracker.setOptions(fastOptions());
        tracker.setJournal(&journal, entry);
        QSignalSpy finished(&tracker, &InstanceTracker::finished);
        tracker.start(u"gz"_s, journal.entry(entry)->unsettledIds(), journal.entry(entry)->time);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        PurchaseJournal reread(dir.filePath(u"history.sqlite"_s));
        const JournalEntry e = *reread.entry(entry);
        QCOMPARE(e.state(), JournalEntry::State::Done);
        QCOMPARE(e.settled.size(), 3);
        for (const InstanceStatus &s : e.settled) {
            QCOMPARE(s.state, ApiReplies::InstanceState::Running);
            QCOMPARE(s.status, 2);
            QVERIFY(!s.lanIp.isEmpty());
        }
    }

    void emptyListEndsAtOnce()
    {
        ApiClient client(&m_network, endpointFor(QUrl(u"http://127.0.0.1:9/v2/index.php"_s)),
                         demoCredentials());
        InstanceTracker tracker(&client);
        QSignalSpy finished(&tracker, &InstanceTracker::finished);
        tracker.start(u"gz"_s, {});
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(summaryOf(finished).outcome, TrackingSummary::Outcome::Settled);
        QCOMPARE(tracker.rounds(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPurchaseTracker)
#include "tst_purchase_tracker.moc"
