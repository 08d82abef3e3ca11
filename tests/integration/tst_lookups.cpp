// The account's lookups end to end: CloudQueries against the sandbox's vpc and tag services (the demo
// account's VPCs, subnets, security groups and projects; paging, the models' types and each action under its
// own service enforced), RunInstances refusing network resources the account lacks, and CloudQueries'
// paging against a scripted endpoint whose pages do or do not add up.
#include "api/ApiClient.h"
#include "api/CloudQueries.h"
#include "common/ContractsExample.h"
#include "order/OrderTemplate.h"
#include "protocol/v3/V3Protocol.h"
#include "sandbox/SandboxServer.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Credentials demoCredentials()
{
    return {QString::fromLatin1(SandboxServer::kDemoSecretId),
            QString::fromLatin1(SandboxServer::kDemoSecretKey),
            {}};
}

Endpoint v3EndpointAt(const QUrl &url)
{
    Endpoint endpoint(PurchaseOrder::Api::V3);
    QString error;
    if (!Endpoint::fromUrl(url.toString(), &endpoint, &error, PurchaseOrder::Api::V3))
        qFatal("bad test endpoint: %s", qPrintable(error));
    return endpoint;
}

template <typename T> QList<T> itemsOf(const QSignalSpy &spy)
{
    return spy.first().at(1).value<QList<T>>();
}

ApiResult resultOf(const QSignalSpy &spy)
{
    return spy.first().first().value<ApiResult>();
}
} // namespace

class TestLookups : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    ApiResult send(ApiClient &client, const ApiRequest &request, const QString &region = u"ap-guangzhou"_s)
    {
        ApiCall *call = client.send(region, request);
        QSignalSpy spy(call, &ApiCall::finished);
        if (!spy.wait(15000))
            return {ApiResult::Status::Timeout, 0, {}, u"test waited in vain"_s, 0, {}};
        return spy.first().first().value<ApiResult>();
    }

    // The demo account's resources of a region, through CloudQueries.
    struct Account
    {
        QList<ApiReplies::Vpc> vpcs;
        QList<ApiReplies::Subnet> subnets;
        QList<ApiReplies::SecurityGroup> groups;
    };
    Account account(CloudQueries &queries, const QString &region)
    {
        Account a;
        QSignalSpy vpcs(&queries, &CloudQueries::vpcsReady);
        QSignalSpy subnets(&queries, &CloudQueries::subnetsReady);
        QSignalSpy groups(&queries, &CloudQueries::securityGroupsReady);
        queries.queryVpcs(region);
        queries.querySubnets(region, {}, {});
        queries.querySecurityGroups(region);
        if (!QTest::qWaitFor([&] { return vpcs.size() && subnets.size() && groups.size(); }, 15000))
            return a;
        a.vpcs = itemsOf<ApiReplies::Vpc>(vpcs);
        a.subnets = itemsOf<ApiReplies::Subnet>(subnets);
        a.groups = itemsOf<ApiReplies::SecurityGroup>(groups);
        return a;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ApiResult>(); }

    void theDemoAccountIsListed()
    {
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        ApiClient client(&m_network, v3EndpointAt(sandbox.endpointUrlV3()), demoCredentials());
        CloudQueries queries(&client);
        QVERIFY(queries.hasResourceLookups());
        const Account a = account(queries, u"ap-guangzhou"_s);
        QCOMPARE(a.vpcs.size(), 2);
        QCOMPARE(std::count_if(a.vpcs.cbegin(), a.vpcs.cend(), [](const auto &v) { return v.isDefault; }), 1);
        QVERIFY(a.subnets.size() >= 4);
        QVERIFY(std::all_of(a.subnets.cbegin(), a.subnets.cend(), [](const ApiReplies::Subnet &s) {
            return s.zone.startsWith("ap-guangzhou-"_L1) && s.availableIps > 0 && !s.cidr.isEmpty();
        }));
        QVERIFY(a.groups.size() >= 3);
        QVERIFY(std::any_of(a.groups.cbegin(), a.groups.cend(), [](const auto &g) { return g.isDefault; }));

        // Subnets of one VPC in one zone: the filters reach the sandbox.
        const ApiReplies::Vpc prod = a.vpcs.at(1);
        QVERIFY(!prod.isDefault);
        const QString zone = std::find_if(a.subnets.cbegin(), a.subnets.cend(), [&](const auto &s) {
                                 return s.vpcId == prod.vpcId;
                             })->zone;
        QSignalSpy filtered(&queries, &CloudQueries::subnetsReady);
        queries.querySubnets(u"ap-guangzhou"_s, prod.vpcId, zone);
        QVERIFY(filtered.wait(10000));
        const auto subnets = itemsOf<ApiReplies::Subnet>(filtered);
        QCOMPARE(subnets.size(), 1);
        QCOMPARE(subnets.first().vpcId, prod.vpcId);
        QCOMPARE(subnets.first().zone, zone);

        // Another region has other ids.
        const Account shanghai = account(queries, u"ap-shanghai"_s);
        QCOMPARE(shanghai.vpcs.size(), 2);
        QVERIFY(shanghai.vpcs.first().vpcId != a.vpcs.first().vpcId);

        QSignalSpy projects(&queries, &CloudQueries::projectsReady);
        queries.queryProjects(u"ap-guangzhou"_s);
        QVERIFY(projects.wait(10000));
        QVERIFY2(resultOf(projects).ok(), qPrintable(resultOf(projects).describe()));
        QVERIFY(itemsOf<ApiReplies::Project>(projects).size() >= 2);
    }

    void theSandboxPagesAndHoldsToTheModels()
    {
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        ApiClient client(&m_network, v3EndpointAt(sandbox.endpointUrlV3()), demoCredentials());
        const auto vpc = [](const char *action, const char *body) {
            return ApiRequest(QString::fromLatin1(action), {}, QJsonDocument::fromJson(body).object(),
                              u"vpc"_s, u"2017-03-12"_s);
        };
        // A page as asked.
        ApiResult r = send(client, vpc("DescribeVpcs", R"({"Offset": "1", "Limit": "1"})"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(r.data.value("TotalCount"_L1).toInt(), 2);
        QCOMPARE(r.data.value("VpcSet"_L1).toArray().size(), 1);
        QCOMPARE(r.data.value("VpcSet"_L1).toArray().first().toObject().value("IsDefault"_L1).toBool(),
                 false);
        r = send(client, vpc("DescribeSecurityGroups", R"({"Offset": "0", "Limit": "2"})"));
        QCOMPARE(r.data.value("SecurityGroupSet"_L1).toArray().size(), 2);
        QVERIFY(r.data.value("TotalCount"_L1).toInt() > 2);

        // The models' JSON types: vpc's Offset and Limit are strings.
        r = send(client, vpc("DescribeVpcs", R"({"Offset": 0, "Limit": 20})"));
        QCOMPARE(r.codeDesc, u"InvalidParameter"_s);
        r = send(client, vpc("DescribeSubnets", R"({"Limit": "101"})"));
        QCOMPARE(r.codeDesc, u"InvalidParameterValue.Range"_s);
        r = send(client, vpc("DescribeSecurityGroups", R"({"PageSize": "10"})"));
        QCOMPARE(r.codeDesc, u"UnknownParameter"_s);
        r = send(client, vpc("DescribeSubnets", R"({"Filters": [{"Name": "colour", "Values": ["red"]}]})"));
        QCOMPARE(r.codeDesc, u"InvalidParameter.FilterInvalidKey"_s);
        // tag's are numbers, and required.
        const auto tag = [](const char *body) {
            return ApiRequest(u"DescribeProjects"_s, {}, QJsonDocument::fromJson(body).object(), u"tag"_s,
                              u"2018-08-13"_s);
        };
        r = send(client, tag(R"({"AllList": 1, "Limit": "10", "Offset": 0})"));
        QCOMPARE(r.codeDesc, u"InvalidParameter"_s);
        r = send(client, tag(R"({"Limit": 10, "Offset": 0})"));
        QCOMPARE(r.codeDesc, u"MissingParameter"_s);
        r = send(client, tag(R"({"AllList": 1, "Limit": 1, "Offset": 1})"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(r.data.value("Projects"_L1).toArray().size(), 1);
        QCOMPARE(r.data.value("Total"_L1).toInt(), 3);
    }

    // Each action is its service's: signed for another, it is an action that service does not have; a
    // service the endpoint is not cannot have signed it; each service has its own version.
    void eachActionUnderItsOwnService()
    {
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        ApiClient client(&m_network, v3EndpointAt(sandbox.endpointUrlV3()), demoCredentials());
        const QJsonObject page{{"Offset"_L1, u"0"_s}, {"Limit"_L1, u"20"_s}};
        ApiResult r = send(client, ApiRequest(u"DescribeVpcs"_s, {}, page)); // signed as cvm's
        QCOMPARE(r.codeDesc, u"InvalidAction"_s);
        r = send(client, ApiRequest(u"DescribeZones"_s, {}, {}, u"vpc"_s, u"2017-03-12"_s));
        QCOMPARE(r.codeDesc, u"InvalidAction"_s);
        r = send(client, ApiRequest(u"DescribeVpcs"_s, {}, page, u"tag"_s, u"2018-08-13"_s));
        QCOMPARE(r.codeDesc, u"InvalidAction"_s);
        r = send(client, ApiRequest(u"DescribeVpcs"_s, {}, page, u"cbs"_s, u"2017-03-12"_s));
        QCOMPARE(r.codeDesc, u"AuthFailure.SignatureFailure"_s);
        r = send(client, ApiRequest(u"DescribeProjects"_s, {},
                                    QJsonObject{{"AllList"_L1, 1}, {"Limit"_L1, 10}, {"Offset"_L1, 0}},
                                    u"tag"_s, u"2017-03-12"_s));
        QCOMPARE(r.codeDesc, u"NoSuchVersion"_s);
        r = send(client, ApiRequest(u"DescribeVpcs"_s, {}, page, u"vpc"_s, u"2017-03-12"_s));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
    }

    void runInstancesChecksTheNetwork_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("code");
        QTest::newRow("the account's own") << u"own"_s << QString();
        QTest::newRow("unknown group") << u"group"_s << u"InvalidSecurityGroupId.NotFound"_s;
        QTest::newRow("unknown VPC") << u"vpc"_s << u"InvalidParameterValue.VpcIdNotExist"_s;
        QTest::newRow("unknown subnet") << u"subnet"_s << u"InvalidParameterValue.SubnetNotExist"_s;
        QTest::newRow("subnet of another VPC")
            << u"otherVpc"_s << u"InvalidParameterValue.VpcIdSubnetIdNotMatch"_s;
        QTest::newRow("subnet in another zone")
            << u"otherZone"_s << u"InvalidParameterValue.SubnetIdZoneIdNotMatch"_s;
    }
    void runInstancesChecksTheNetwork()
    {
        QFETCH(QString, change);
        QFETCH(QString, code);
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        ApiClient client(&m_network, v3EndpointAt(sandbox.endpointUrlV3()), demoCredentials());
        CloudQueries queries(&client);
        const Account a = account(queries, u"ap-guangzhou"_s);
        QVERIFY(!a.vpcs.isEmpty() && !a.groups.isEmpty());

        PurchaseOrder order = OrderTemplate::read(kContractsExampleV3).order; // in ap-guangzhou-3
        order.password = u"Cvm3+Purchase/ok"_s;
        const auto subnetWhere = [&](bool sameVpc, bool sameZone) {
            for (const ApiReplies::Subnet &s : a.subnets)
                if ((s.vpcId == a.vpcs.first().vpcId) == sameVpc && (s.zone == order.zone) == sameZone)
                    return s;
            return ApiReplies::Subnet{};
        };
        const ApiReplies::Subnet own = subnetWhere(true, true);
        QVERIFY(!own.subnetId.isEmpty());
        order.vpcId = a.vpcs.first().vpcId;
        order.subnetId = own.subnetId;
        QJsonArray groups{a.groups.last().securityGroupId};
        if (change == "group"_L1)
            groups.append(u"sg-zzzz9999"_s);
        else if (change == "vpc"_L1)
            order.vpcId = u"vpc-zzzz9999"_s;
        else if (change == "subnet"_L1)
            order.subnetId = u"subnet-zzzz9999"_s;
        else if (change == "otherVpc"_L1)
            order.vpcId = a.vpcs.at(1).vpcId;
        else if (change == "otherZone"_L1)
            order.subnetId = subnetWhere(true, false).subnetId;
        order.own.insert(u"securityGroupIds"_s, groups);
        QVERIFY(!order.subnetId.isEmpty());

        const ApiResult r = send(client, ApiProtocol::forApi(PurchaseOrder::Api::V3).dryRun(order));
        if (code.isEmpty())
            QVERIFY2(r.ok(), qPrintable(r.describe()));
        else
            QCOMPARE(r.codeDesc, code);
    }

    // Pages are asked for until the total is reached, each from where the last ended (vpc's Offset a
    // string); pages that do not add up end the query with a BadReply, never a partial list.
    void pagingAddsUp_data()
    {
        QTest::addColumn<QStringList>("pages");
        QTest::addColumn<int>("expected"); // -1: BadReply
        const auto vpcs = [](int total, std::initializer_list<const char *> ids) {
            QJsonArray set;
            for (const char *id : ids)
                set.append(QJsonObject{{"VpcId"_L1, QLatin1StringView(id)}, {"VpcName"_L1, u"n"_s}});
            return QString::fromUtf8(
                QJsonDocument(QJsonObject{{"Response"_L1, QJsonObject{{"TotalCount"_L1, total},
                                                                      {"VpcSet"_L1, set},
                                                                      {"RequestId"_L1, u"r"_s}}}})
                    .toJson(QJsonDocument::Compact));
        };
        QTest::newRow("three pages") << QStringList{vpcs(5, {"vpc-aaaaaaa1", "vpc-aaaaaaa2"}),
                                                    vpcs(5, {"vpc-aaaaaaa3", "vpc-aaaaaaa4"}),
                                                    vpcs(5, {"vpc-aaaaaaa5"})}
                                     << 5;
        QTest::newRow("one page") << QStringList{vpcs(1, {"vpc-aaaaaaa1"})} << 1;
        QTest::newRow("none") << QStringList{vpcs(0, {})} << 0;
        QTest::newRow("total changes")
            << QStringList{vpcs(3, {"vpc-aaaaaaa1", "vpc-aaaaaaa2"}), vpcs(4, {"vpc-aaaaaaa3"})} << -1;
        QTest::newRow("empty page before the total")
            << QStringList{vpcs(3, {"vpc-aaaaaaa1", "vpc-aaaaaaa2"}), vpcs(3, {})} << -1;
        QTest::newRow("more than the total") << QStringList{vpcs(3, {"vpc-aaaaaaa1", "vpc-aaaaaaa2"}),
                                                            vpcs(3, {"vpc-aaaaaaa3", "vpc-aaaaaaa4"})}
                                             << -1;
        QTest::newRow("a bad page") << QStringList{vpcs(3, {"vpc-aaaaaaa1", "vpc-aaaaaaa2"}),
                                                   vpcs(3, {"vpc-3"})}
                                    << -1;
    }
    void pagingAddsUp()
    {
        QFETCH(QStringList, pages);
        QFETCH(int, expected);
        QHttpServer server;
        QList<QJsonObject> asked;
        server.route(u"/"_s, [&](const QHttpServerRequest &request) {
            asked.append(QJsonDocument::fromJson(request.body()).object());
            const QString page = pages.value(asked.size() - 1, pages.last());
            return QHttpServerResponse("application/json", page.toUtf8());
        });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        QVERIFY(port != 0);
        ApiClient client(&m_network, v3EndpointAt(QUrl(u"http://127.0.0.1:%1/"_s.arg(port))),
                         demoCredentials());
        CloudQueries queries(&client);
        QSignalSpy ready(&queries, &CloudQueries::vpcsReady);
        queries.queryVpcs(u"ap-guangzhou"_s);
        QVERIFY(ready.wait(15000));
        QCOMPARE(ready.size(), 1);
        const ApiResult result = resultOf(ready);
        const auto vpcs = itemsOf<ApiReplies::Vpc>(ready);
        if (expected < 0) {
            QCOMPARE(result.status, ApiResult::Status::BadReply);
            QVERIFY(vpcs.isEmpty());
            QVERIFY(!result.describe().isEmpty());
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        QCOMPARE(vpcs.size(), expected);
        QCOMPARE(asked.size(), pages.size());
        int offset = 0;
        for (int i = 0; i < asked.size(); ++i) {
            QCOMPARE(asked.at(i).value("Offset"_L1), QJsonValue(QString::number(offset)));
            QCOMPARE(asked.at(i).value("Limit"_L1), QJsonValue(u"100"_s));
            offset += int(QJsonDocument::fromJson(pages.at(i).toUtf8())
                              .object()
                              .value("Response"_L1)
                              .toObject()
                              .value("VpcSet"_L1)
                              .toArray()
                              .size());
        }
    }

    // A newer query of a kind abandons the older: only its answer is signalled.
    void aNewerQueryAbandonsTheOlder()
    {
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        ApiClient client(&m_network, v3EndpointAt(sandbox.endpointUrlV3()), demoCredentials());
        CloudQueries queries(&client);
        QSignalSpy ready(&queries, &CloudQueries::vpcsReady);
        queries.queryVpcs(u"ap-guangzhou"_s);
        queries.queryVpcs(u"ap-shanghai"_s);
        QVERIFY(ready.wait(10000));
        QTest::qWait(200);
        QCOMPARE(ready.size(), 1);
        const auto vpcs = itemsOf<ApiReplies::Vpc>(ready);
        QCOMPARE(vpcs.size(), 2);
        const Account shanghai = account(queries, u"ap-shanghai"_s);
        QCOMPARE(vpcs.first().vpcId, shanghai.vpcs.first().vpcId);
    }

    // API 2.0 has none of these lookups: the queries answer at once, with nothing.
    void api2HasNone()
    {
        Endpoint endpoint(PurchaseOrder::Api::V2);
        ApiClient client(&m_network, endpoint, demoCredentials());
        CloudQueries queries(&client);
        QVERIFY(!queries.hasResourceLookups());
        QSignalSpy ready(&queries, &CloudQueries::vpcsReady);
        queries.queryVpcs(u"gz"_s);
        QVERIFY(ready.wait(1000));
        QVERIFY(resultOf(ready).ok());
        QVERIFY(itemsOf<ApiReplies::Vpc>(ready).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLookups)
#include "tst_lookups.moc"
