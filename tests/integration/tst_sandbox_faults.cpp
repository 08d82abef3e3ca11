// Each fault the sandbox can inject, seen from the client: what the first
// request meets, and that the same clientToken then finds the one purchase.
#include "api/ApiClient.h"
#include "common/V2Fields.h"
#include "protocol/ApiReplies.h"
#include "protocol/v2/RequestBuilder.h"
#include "protocol/v2/V2Replies.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    struct Rig
    {
        std::unique_ptr<SandboxServer> sandbox;
        std::unique_ptr<ApiClient> client;
    };

    Rig rig(const QStringList &faults, int slowRunMs = 3000)
    {
        SandboxServer::Options options;
        options.faults = faults;
        options.slowRunMs = slowRunMs;
        Rig r{std::make_unique<SandboxServer>(options), nullptr};
        if (r.sandbox->listen() == 0)
            qFatal("sandbox cannot listen");
        Endpoint endpoint(PurchaseOrder::Api::V2);
        QString error;
        Endpoint::fromUrl(r.sandbox->endpointUrl().toString(), &endpoint, &error, PurchaseOrder::Api::V2);
        r.client = std::make_unique<ApiClient>(
            &m_network, endpoint,
            Credentials{QString::fromLatin1(SandboxServer::kDemoSecretId),
                        QString::fromLatin1(SandboxServer::kDemoSecretKey), {}});
        return r;
    }

    static ApiResult wait(ApiCall *call)
    {
        QSignalSpy spy(call, &ApiCall::finished);
        if (!spy.wait(15000))
            qFatal("no answer");
        return spy.first().first().value<ApiResult>();
    }

    static ApiParams order(int count = 2)
    {
        PurchaseOrder o = v2NewOrder();
        v2Set(o, "zoneId", 100001);
        o.cpu = 1;
        o.mem = 2;
        o.imageId = u"img-3wnd9xpl"_s;
        o.bandwidth = 1;
        o.goodsNum = count;
        o.clientToken = u"fault-token"_s;
        return RequestBuilder::runInstancesParams(o);
    }

    static ApiParams describe(const QStringList &ids)
    {
        ApiParams p{{u"limit"_s, u"100"_s}};
        for (int i = 0; i < ids.size(); ++i)
            p.append({u"instanceIds.%1"_s.arg(i), ids.at(i)});
        return p;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ApiResult>(); }

    void runFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("firstStatus");
        QTest::addColumn<int>("purchasesAfterFirst");
        QTest::newRow("busy-first-run") << u"busy-first-run"_s << int(ApiResult::Status::ApiError) << 0;
        // Qt's HTTP stack resends a request whose connection closed before any answer; the resend reuses
        // the nonce, so the cloud refuses it as a replay (4500). Either way the client must retry.
        QTest::newRow("drop-first-run") << u"drop-first-run"_s << int(ApiResult::Status::ApiError) << 1;
        QTest::newRow("hang-first-run") << u"hang-first-run"_s << int(ApiResult::Status::Timeout) << 1;
    }

    void runFaults()
    {
        QFETCH(QString, fault);
        QFETCH(int, firstStatus);
        QFETCH(int, purchasesAfterFirst);
        Rig r = rig({fault});
        r.client->setTimeout(500);
        const ApiResult first = wait(r.client->send(u"gz"_s, {u"RunInstancesHour"_s, order(), {}}));
        QCOMPARE(int(first.status), firstStatus);
        QVERIFY(first.isRetryable());
        QCOMPARE(r.sandbox->purchaseCount(), purchasesAfterFirst);

        // The retry with the same token: the original instances, or the one purchase.
        const ApiResult second = wait(r.client->send(u"gz"_s, {u"RunInstancesHour"_s, order(), {}}));
        QVERIFY2(second.ok(), qPrintable(second.describe()));
        QCOMPARE(V2Replies::parseRunInstances(second.data, 2).instanceIds.size(), 2);
        QCOMPARE(r.sandbox->purchaseCount(), 1);
        QCOMPARE(r.sandbox->clientTokens(), QStringList{u"fault-token"_s});
    }

    void describeFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("firstStatus");
        QTest::newRow("http500-first-describe") << u"http500-first-describe"_s << int(ApiResult::Status::HttpError);
        QTest::newRow("garbage-first-describe") << u"garbage-first-describe"_s << int(ApiResult::Status::BadReply);
    }

    void describeFaults()
    {
        QFETCH(QString, fault);
        QFETCH(int, firstStatus);
        Rig r = rig({fault});
        const ApiResult bought = wait(r.client->send(u"gz"_s, {u"RunInstancesHour"_s, order(), {}}));
        const QStringList ids = V2Replies::parseRunInstances(bought.data, 2).instanceIds;
        QCOMPARE(int(wait(r.client->send(u"gz"_s, {u"DescribeInstances"_s, describe(ids), {}})).status),
                 firstStatus);
        const ApiResult next = wait(r.client->send(u"gz"_s, {u"DescribeInstances"_s, describe(ids), {}}));
        QVERIFY(next.ok());
        QCOMPARE(V2Replies::parseDescribeInstances(next.data).instances.size(), 2);
    }

    void failOneEndsTheLastInstanceInFault()
    {
        Rig r = rig({u"fail-one"_s});
        const QStringList ids = V2Replies::parseRunInstances(
                                    wait(r.client->send(u"gz"_s, {u"RunInstancesHour"_s, order(3), {}})).data, 3)
                                    .instanceIds;
        for (int round = 0; round < 2; ++round)
            wait(r.client->send(u"gz"_s, {u"DescribeInstances"_s, describe(ids), {}}));
        QCOMPARE(r.sandbox->instanceStatus(ids.at(0)), 2);
        QCOMPARE(r.sandbox->instanceStatus(ids.at(1)), 2);
        QCOMPARE(r.sandbox->instanceStatus(ids.at(2)), 1);
        QCOMPARE(ApiReplies::stateForStatus(1), ApiReplies::InstanceState::Failed);
    }

    void slowRunAnswersLate()
    {
        Rig r = rig({u"slow-run"_s}, 600);
        r.client->setTimeout(200);
        QCOMPARE(wait(r.client->send(u"gz"_s, {u"RunInstancesHour"_s, order(), {}})).status,
                 ApiResult::Status::Timeout);
        r.client->setTimeout(5000);
        QVERIFY(wait(r.client->send(u"gz"_s, {u"RunInstancesHour"_s, order(), {}})).ok());
        QCOMPARE(r.sandbox->purchaseCount(), 1);
    }

    void unknownFaultIsRefused()
    {
        QStringList faults;
        QString error;
        QVERIFY(SandboxServer::parseFaults(u"busy-first-run, fail-one"_s, &faults, &error));
        QCOMPARE(faults, (QStringList{u"busy-first-run"_s, u"fail-one"_s}));
        QVERIFY(!SandboxServer::parseFaults(u"explode"_s, &faults, &error));
        QVERIFY(error.contains("explode"_L1));
        QVERIFY(error.contains("drop-first-run"_L1));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
