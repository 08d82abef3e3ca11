// ApiClient against the sandbox over real loopback HTTP, and against servers
// that answer badly or not at all.
#include "api/ApiClient.h"
#include "common/V2Fields.h"
#include "protocol/ApiReplies.h"
#include "protocol/v2/RequestBuilder.h"
#include "protocol/v2/V2Replies.h"
#include "sandbox/SandboxServer.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Credentials demoCredentials()
{
    return {QString::fromLatin1(SandboxServer::kDemoSecretId), QString::fromLatin1(SandboxServer::kDemoSecretKey), {}};
}

PurchaseOrder validOrder()
{
    PurchaseOrder o = v2NewOrder();
    o.region = u"gz"_s;
    v2Set(o, "zoneId", 100001);
    o.cpu = 1;
    o.mem = 2;
    o.imageId = u"img-3wnd9xpl"_s;
    o.bandwidth = 1;
    o.password = u"Cvm+Purch4se/ok"_s;
    return o;
}

Endpoint endpointFor(const QUrl &url)
{
    Endpoint endpoint(PurchaseOrder::Api::V2);
    QString error;
    if (!Endpoint::fromUrl(url.toString(), &endpoint, &error, PurchaseOrder::Api::V2))
        qFatal("bad test endpoint: %s", qPrintable(error));
    return endpoint;
}
} // namespace

class TestClientSandbox : public QObject
{
    Q_OBJECT

private:
    // Sends one call and waits for its result.
    ApiResult callAndWait(ApiClient &client, const QString &action, const ApiParams &params, const QString &region = u"gz"_s)
    {
        ApiCall *call = client.send(region, {action, params, {}});
        QSignalSpy spy(call, &ApiCall::finished);
        if (!spy.wait(15000))
            return {ApiResult::Status::Timeout, 0, {}, u"test waited in vain"_s, 0, {}};
        return spy.first().first().value<ApiResult>();
    }

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ApiResult>(); }

    void purchaseOfThreeInstancesIsPolledToRunning()
    {
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        ApiClient client(&m_network, endpointFor(sandbox.endpointUrl()), demoCredentials());

        PurchaseOrder order = validOrder();
        order.goodsNum = 3;
        order.clientToken = u"token-three"_s;
        const ApiResult bought = callAndWait(client, u"RunInstancesHour"_s, RequestBuilder::runInstancesParams(order));
        QVERIFY2(bought.ok(), qPrintable(bought.describe()));
        const QStringList ids = V2Replies::parseRunInstances(bought.data, order.goodsNum).instanceIds;
        QCOMPARE(ids.size(), 3);
        QCOMPARE(sandbox.purchaseCount(), 1);

        ApiParams describe{{u"limit"_s, u"100"_s}};
        for (int i = 0; i < ids.size(); ++i)
            describe.append({u"instanceIds.%1"_s.arg(i), ids.at(i)});
        int rounds = 0;
        int running = 0;
        bool sawCreating = false;
        while (running < 3 && rounds < 10) {
            const ApiResult polled = callAndWait(client, u"DescribeInstances"_s, describe);
            QVERIFY2(polled.ok(), qPrintable(polled.describe()));
            const ApiReplies::DescribeInstances parsed = V2Replies::parseDescribeInstances(polled.data);
            QVERIFY(parsed.error.isEmpty());
            QCOMPARE(parsed.instances.size(), 3);
            running = 0;
            for (const ApiReplies::Instance &instance : parsed.instances) {
                QVERIFY(ids.contains(instance.instanceId));
                QVERIFY(!instance.lanIp.isEmpty());
                QCOMPARE(instance.wanIps.size(), 1); // 1 Mbps and wanIp 1: a public IP
                sawCreating = sawCreating || instance.state == ApiReplies::InstanceState::Creating;
                running += instance.state == ApiReplies::InstanceState::Running ? 1 : 0;
            }
            ++rounds;
        }
        QVERIFY(sawCreating);
        QCOMPARE(running, 3);
        QCOMPARE(rounds, 2); // the sandbox's default --running-after
    }

    void sameClientTokenReturnsTheSameInstances()
    {
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        ApiClient client(&m_network, endpointFor(sandbox.endpointUrl()), demoCredentials());
        PurchaseOrder order = validOrder();
        order.goodsNum = 2;
        order.clientToken = u"retry-me"_s;

        const ApiResult first = callAndWait(client, u"RunInstancesHour"_s, RequestBuilder::runInstancesParams(order));
        const ApiResult second = callAndWait(client, u"RunInstancesHour"_s, RequestBuilder::runInstancesParams(order));
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(V2Replies::parseRunInstances(second.data, 2).instanceIds,
                 V2Replies::parseRunInstances(first.data, 2).instanceIds);
        QCOMPARE(sandbox.purchaseCount(), 1);
        QCOMPARE(sandbox.clientTokens(), QStringList{u"retry-me"_s});
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("codeDesc");
        QTest::newRow("wrong key") << u"wrong key"_s << 4100 << u"AuthFailure.SignatureFailure"_s;
        QTest::newRow("unknown secret id") << u"unknown id"_s << 4100 << u"AuthFailure.SecretIdNotFound"_s;
        QTest::newRow("stale timestamp") << u"stale"_s << 4200 << u"RequestExpired"_s;
        QTest::newRow("future timestamp") << u"future"_s << 4200 << u"RequestExpired"_s;
    }

    void refusals()
    {
        QFETCH(QString, scenario);
        QFETCH(int, code);
        QFETCH(QString, codeDesc);
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        Credentials credentials = demoCredentials();
        if (scenario == "wrong key"_L1)
            credentials.secretKey = u"NotTheKey0000000000000000000000000"_s;
        if (scenario == "unknown id"_L1)
            credentials.secretId = u"AKIDsomebodyElse"_s;
        ApiClient client(&m_network, endpointFor(sandbox.endpointUrl()), credentials);
        if (scenario == "stale"_L1)
            client.setClock([] { return QDateTime::currentSecsSinceEpoch() - 3600; });
        if (scenario == "future"_L1)
            client.setClock([] { return QDateTime::currentSecsSinceEpoch() + 600; });

        const ApiResult result = callAndWait(client, u"RunInstancesHour"_s, RequestBuilder::runInstancesParams(validOrder()));
        QCOMPARE(result.status, ApiResult::Status::ApiError);
        QCOMPARE(result.code, code);
        QCOMPARE(result.codeDesc, codeDesc);
        QVERIFY(!result.isRetryable());
        QVERIFY(!result.describe().isEmpty());
        // A wrong clock is named as such, from the sandbox's Date header, not as a bare refusal.
        QCOMPARE(result.describe().contains("clock is wrong"_L1), scenario == "stale"_L1 || scenario == "future"_L1);
        QCOMPARE(sandbox.purchaseCount(), 0);
    }

    void replayedNonceIsRefused()
    {
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        ApiClient client(&m_network, endpointFor(sandbox.endpointUrl()), demoCredentials());
        client.setNonceSource([] { return 424242u; });
        QVERIFY(callAndWait(client, u"DescribeAvailabilityZones"_s, {}).ok());
        const ApiResult replay = callAndWait(client, u"DescribeAvailabilityZones"_s, {});
        QCOMPARE(replay.code, 4500);
        QVERIFY(replay.isRetryable()); // a retry gets a fresh nonce
        QCOMPARE(sandbox.requestCount(u"DescribeAvailabilityZones"_s), 1);
    }

    void sandboxAppliesTheClientsRules_data()
    {
        QTest::addColumn<QString>("imageId");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<int>("zoneId");
        QTest::addColumn<QString>("codeDesc");
        // Windows system disks are 50 GB; the Windows rows set it so only the rule under test breaks.
        QTest::newRow("short Linux password") << u"img-3wnd9xpl"_s << u"abc123"_s << QString() << 100001
                                              << u"InvalidParameter.PasswordNotConformSpecs"_s;
        QTest::newRow("Linux password fine for Linux, too weak for Windows")
            << u"img-6rrx0ymd"_s << u"abcdefgh1234"_s << QString() << 100001
            << u"InvalidParameter.PasswordNotConformSpecs"_s;
        QTest::newRow("zone of another region") << u"img-3wnd9xpl"_s << QString() << QString() << 200001
                                                << u"InvalidParameter.InvaildZoneId"_s;
        QTest::newRow("key on Windows") << u"img-9id7emv7"_s << QString() << u"skey-3glfot13"_s << 100001
                                        << u"InvalidParameter"_s;
        QTest::newRow("unknown image") << u"img-nothere1"_s << QString() << QString() << 100001
                                       << u"InvalidParameter.ImageIdNotFound"_s;
    }

    void sandboxAppliesTheClientsRules()
    {
        QFETCH(QString, imageId);
        QFETCH(QString, password);
        QFETCH(QString, keyId);
        QFETCH(int, zoneId);
        QFETCH(QString, codeDesc);
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        ApiClient client(&m_network, endpointFor(sandbox.endpointUrl()), demoCredentials());
        PurchaseOrder order = validOrder();
        order.imageId = imageId;
        order.password = password;
        v2Set(order, "keyId", keyId);
        v2Set(order, "zoneId", zoneId);
        if (imageId == "img-6rrx0ymd"_L1 || imageId == "img-9id7emv7"_L1)
            v2Set(order, "rootSize", 50);
        const ApiResult result = callAndWait(client, u"RunInstancesHour"_s, RequestBuilder::runInstancesParams(order));
        QCOMPARE(result.status, ApiResult::Status::ApiError);
        QCOMPARE(result.codeDesc, codeDesc);
        QCOMPARE(sandbox.purchaseCount(), 0);
    }

    void lookupsParse()
    {
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        ApiClient client(&m_network, endpointFor(sandbox.endpointUrl()), demoCredentials());

        const ApiReplies::Zones zones =
            V2Replies::parseZones(callAndWait(client, u"DescribeAvailabilityZones"_s, {}, u"sh"_s).data);
        QCOMPARE(zones.zones.size(), 2);
        QCOMPARE(zones.zones.first().zoneId, 200001);

        const ApiReplies::Images images =
            V2Replies::parseImages(callAndWait(client, u"DescribeImages"_s, {{u"imageType"_s, u"2"_s}}).data);
        QVERIFY(images.error.isEmpty());
        QVERIFY(std::any_of(images.images.cbegin(), images.images.cend(), [](const auto &i) { return i.isWindows; }));
        QVERIFY(std::any_of(images.images.cbegin(), images.images.cend(), [](const auto &i) { return !i.isWindows; }));

        const ApiReplies::KeyPairs keys = V2Replies::parseKeyPairs(callAndWait(client, u"DescribeKeyPairs"_s, {}).data);
        QCOMPARE(keys.keyPairs.size(), 2);

        const ApiParams inquiry{{u"cpu"_s, u"2"_s}, {u"mem"_s, u"4"_s}, {u"imageId"_s, u"img-3wnd9xpl"_s},
                                {u"imageType"_s, u"2"_s}, {u"storageSize"_s, u"0"_s}, {u"goodsNum"_s, u"3"_s},
                                {u"bandwidth"_s, u"2"_s}};
        const ApiReplies::Price price =
            V2Replies::parsePrice(callAndWait(client, u"InquiryInstancePriceHour"_s, inquiry).data);
        QVERIFY(price.error.isEmpty());
        QVERIFY(price.instancePerHour > 0);
        QVERIFY(price.bandwidthPerHour > 0);
        QCOMPARE(price.instanceUnit, u"HOUR"_s);
    }

    void badRepliesAreErrorsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("truncated JSON") << QByteArray("{\"code\":0,\"unInstanceIds\":[\"ins-") << 200
                                        << int(ApiResult::Status::BadReply) << false;
        QTest::newRow("JSON array") << QByteArray("[1,2,3]") << 200 << int(ApiResult::Status::BadReply) << false;
        QTest::newRow("no code") << QByteArray("{\"message\":\"ok\"}") << 200 << int(ApiResult::Status::BadReply) << false;
        QTest::newRow("code as text") << QByteArray("{\"code\":\"abc\"}") << 200 << int(ApiResult::Status::BadReply)
                                      << false;
        QTest::newRow("empty body") << QByteArray() << 200 << int(ApiResult::Status::BadReply) << false;
        QTest::newRow("gateway error page") << QByteArray("<html>502 Bad Gateway</html>") << 502
                                            << int(ApiResult::Status::HttpError) << true;
        QTest::newRow("not found") << QByteArray("<html>404</html>") << 404 << int(ApiResult::Status::HttpError)
                                   << false;
        QTest::newRow("busy") << QByteArray("{\"code\":5100,\"codeDesc\":\"OperationFail.SystemBusy\",\"message\":\"busy\"}")
                              << 200 << int(ApiResult::Status::ApiError) << true;
        QTest::newRow("too large") << QByteArray(ApiClient::kMaxReplyBytes + 1024, ' ') << 200
                                   << int(ApiResult::Status::BadReply) << false;
    }

    void badRepliesAreErrorsNotCrashes()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, httpStatus);
        QFETCH(int, expected);
        QFETCH(bool, retryable);
        QHttpServer server;
        server.route(u"/v2/index.php"_s, [&] {
            return QHttpServerResponse("application/json", body,
                                       QHttpServerResponse::StatusCode(httpStatus));
        });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        QVERIFY(port != 0);
        ApiClient client(&m_network, endpointFor(QUrl(u"http://127.0.0.1:%1/v2/index.php"_s.arg(port))),
                         demoCredentials());
        const ApiResult result = callAndWait(client, u"RunInstancesHour"_s, RequestBuilder::runInstancesParams(validOrder()));
        QCOMPARE(int(result.status), expected);
        QCOMPARE(result.isRetryable(), retryable);
        QVERIFY(!result.describe().isEmpty());
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts connections, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] { held.append(silent.nextPendingConnection()); });
        ApiClient client(&m_network, endpointFor(QUrl(u"http://127.0.0.1:%1/v2/index.php"_s.arg(silent.serverPort()))),
                         demoCredentials());
        client.setTimeout(300);
        const ApiResult result = callAndWait(client, u"DescribeAvailabilityZones"_s, {});
        QCOMPARE(result.status, ApiResult::Status::Timeout);
        QVERIFY(result.isRetryable());
    }

    void refusedConnectionIsANetworkError()
    {
        QTcpServer probe; // find a free port, then close it
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiClient client(&m_network, endpointFor(QUrl(u"http://127.0.0.1:%1/v2/index.php"_s.arg(port))),
                         demoCredentials());
        const ApiResult result = callAndWait(client, u"DescribeAvailabilityZones"_s, {});
        QCOMPARE(result.status, ApiResult::Status::NetworkError);
        QVERIFY(result.isRetryable());
        QVERIFY(!result.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientSandbox)
#include "tst_client_sandbox.moc"
