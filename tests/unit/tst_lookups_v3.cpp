// API 3.0's lookups of the account's resources: the requests as the vpc and tag services' models have them
// (vpc's Offset and Limit strings, tag's numbers), signed for their own service and sent to its host, and
// their replies read strictly: an item of the wrong shape or a total that cannot be makes the page unusable.

#include "protocol/ApiProtocol.h"
#include "protocol/v3/V3Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const ApiProtocol &v3()
{
    return ApiProtocol::forApi(PurchaseOrder::Api::V3);
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

QHash<QByteArray, QByteArray> headersOf(const EncodedRequest &e)
{
    QHash<QByteArray, QByteArray> h;
    for (const auto &[name, value] : e.headers)
        h.insert(name, value);
    return h;
}
} // namespace

class TestLookupsV3 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsFollowTheirModels()
    {
        const ApiRequest vpcs = v3().describeVpcs(100);
        QCOMPARE(vpcs.action, u"DescribeVpcs"_s);
        QCOMPARE(vpcs.service, u"vpc"_s);
        QCOMPARE(vpcs.version, u"2017-03-12"_s);
        QCOMPARE(vpcs.body, json(R"({"Offset": "100", "Limit": "100"})"));

        const ApiRequest subnets = v3().describeSubnets(u"vpc-abcd1234"_s, u"ap-guangzhou-3"_s, 0);
        QCOMPARE(subnets.service, u"vpc"_s);
        QCOMPARE(subnets.body, json(R"({"Offset": "0", "Limit": "100", "Filters": [
            {"Name": "vpc-id", "Values": ["vpc-abcd1234"]}, {"Name": "zone", "Values": ["ap-guangzhou-3"]}]})"));
        QCOMPARE(v3().describeSubnets({}, {}, 0).body, json(R"({"Offset": "0", "Limit": "100"})"));

        const ApiRequest groups = v3().describeSecurityGroups(200);
        QCOMPARE(groups.service, u"vpc"_s);
        QCOMPARE(groups.body, json(R"({"Offset": "200", "Limit": "100"})"));

        const ApiRequest projects = v3().describeProjects(1000);
        QCOMPARE(projects.service, u"tag"_s);
        QCOMPARE(projects.version, u"2018-08-13"_s);
        QCOMPARE(projects.body, json(R"({"AllList": 1, "Limit": 1000, "Offset": 1000})"));

        // cvm's own lookups page with numbers.
        QCOMPARE(v3().describeImages(0, 100).body, json(R"({"Offset": 100, "Limit": 100})"));
        QCOMPARE(v3().describeKeyPairs(100).body, json(R"({"Offset": 100, "Limit": 100})"));
        QVERIFY(v3().describeImages(2, 0).service.isEmpty()); // cvm, the default

        // API 2.0 has none of the account's lookups.
        const ApiProtocol &v2 = ApiProtocol::forApi(PurchaseOrder::Api::V2);
        QVERIFY(v2.describeVpcs(0).action.isEmpty());
        QVERIFY(v2.describeSubnets({}, {}, 0).action.isEmpty());
        QVERIFY(v2.describeSecurityGroups(0).action.isEmpty());
        QVERIFY(v2.describeProjects(0).action.isEmpty());
    }

    void requestsAreSignedForTheirService_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QByteArray>("scope");
        QTest::newRow("cvm") << 0 << u"cvm.tencentcloudapi.com"_s << QByteArray("2017-03-12")
                             << QByteArray("/2019-02-25/cvm/tc3_request, ");
        QTest::newRow("vpc") << 1 << u"vpc.tencentcloudapi.com"_s << QByteArray("2017-03-12")
                             << QByteArray("/2019-02-25/vpc/tc3_request, ");
        QTest::newRow("tag") << 2 << u"tag.tencentcloudapi.com"_s << QByteArray("2018-08-13")
                             << QByteArray("/2019-02-25/tag/tc3_request, ");
    }
    void requestsAreSignedForTheirService()
    {
        QFETCH(int, which);
        QFETCH(QString, host);
        QFETCH(QByteArray, version);
        QFETCH(QByteArray, scope);
        const ApiRequest request = which == 0   ? v3().describeZones()
                                   : which == 1 ? v3().describeVpcs(0)
                                                : v3().describeProjects(0);
        const QUrl defaultUrl = v3().defaultUrl();
        // The default endpoint: each service on its own host.
        const QUrl url = v3().urlForRequest(defaultUrl, true, request);
        QCOMPARE(url, QUrl(u"https://%1/"_s.arg(host)));
        const EncodedRequest e =
            v3().encode(request, u"ap-guangzhou"_s, {u"AKIDx"_s, u"key"_s, {}}, url, 1551113065, 0);
        const auto h = headersOf(e);
        QCOMPARE(h.value("X-TC-Version"), version);
        QCOMPARE(h.value("X-TC-Action"), request.action.toLatin1());
        QVERIFY2(h.value("Authorization").contains(QByteArray(QByteArray("Credential=AKIDx") + scope)),
                 h.value("Authorization"));
        // An endpoint of one's own (--endpoint, the sandbox) serves every service at its URL.
        const QUrl own(u"http://127.0.0.1:8080/"_s);
        QCOMPARE(v3().urlForRequest(own, false, request), own);
        const EncodedRequest atOwn =
            v3().encode(request, u"ap-guangzhou"_s, {u"AKIDx"_s, u"key"_s, {}}, own, 1551113065, 0);
        QVERIFY(headersOf(atOwn).value("Authorization").contains(scope));
    }

    void repliesAreRead()
    {
        QJsonObject data = json(R"({"TotalCount": 5, "VpcSet": [
            {"VpcId": "vpc-abcd1234", "VpcName": "Default-VPC", "CidrBlock": "172.16.0.0/16", "IsDefault": true}]})");
        QJsonArray set = data.value("VpcSet"_L1).toArray();
        // A name with an escape sequence in it, as a hostile server could send.
        set.append(QJsonObject{{"VpcId"_L1, u"vpc-efgh5678"_s},
                               {"VpcName"_L1, QString(u"prod"_s + QChar(0x1b) + u"[31m"_s)},
                               {"CidrBlock"_L1, u"10.0.0.0/16"_s},
                               {"IsDefault"_L1, false}});
        data.insert("VpcSet"_L1, set);
        const ApiReplies::Vpcs vpcs = v3().parseVpcs(data);
        QVERIFY2(vpcs.error.isEmpty(), qPrintable(vpcs.error));
        QCOMPARE(vpcs.totalCount, 5);
        QCOMPARE(vpcs.vpcs.size(), 2);
        QCOMPARE(vpcs.vpcs.at(0).vpcId, u"vpc-abcd1234"_s);
        QVERIFY(vpcs.vpcs.at(0).isDefault);
        QCOMPARE(vpcs.vpcs.at(0).cidr, u"172.16.0.0/16"_s);
        QVERIFY2(!vpcs.vpcs.at(1).name.contains(QChar(0x1b)), "a control character reached the name");

        const ApiReplies::Subnets subnets = v3().parseSubnets(json(R"({"TotalCount": 1, "SubnetSet": [
            {"SubnetId": "subnet-abcd1234", "VpcId": "vpc-abcd1234", "SubnetName": "web", "Zone": "ap-guangzhou-3",
             "CidrBlock": "10.0.1.0/24", "AvailableIpAddressCount": 239, "IsDefault": false}]})"));
        QVERIFY2(subnets.error.isEmpty(), qPrintable(subnets.error));
        QCOMPARE(subnets.subnets.first().availableIps, 239);
        QCOMPARE(subnets.subnets.first().zone, u"ap-guangzhou-3"_s);
        QCOMPARE(subnets.subnets.first().vpcId, u"vpc-abcd1234"_s);

        const ApiReplies::SecurityGroups groups = v3().parseSecurityGroups(json(R"({"TotalCount": 1,
            "SecurityGroupSet": [{"SecurityGroupId": "sg-abcd1234", "SecurityGroupName": "default",
             "SecurityGroupDesc": "System created", "ProjectId": "0", "IsDefault": true}]})"));
        QVERIFY2(groups.error.isEmpty(), qPrintable(groups.error));
        QCOMPARE(groups.securityGroups.first().description, u"System created"_s);
        QVERIFY(groups.securityGroups.first().isDefault);

        const ApiReplies::Projects projects = v3().parseProjects(json(R"({"Total": 2, "Projects": [
            {"ProjectId": 1001, "ProjectName": "web-shop", "CreatorUin": 1, "ProjectInfo": "", "CreateTime": ""},
            {"ProjectId": 1002, "ProjectName": "data"}]})"));
        QVERIFY2(projects.error.isEmpty(), qPrintable(projects.error));
        QCOMPARE(projects.totalCount, 2);
        QCOMPARE(projects.projects.at(1).projectId, qint64(1002));

        // Images carry what `list images` prints; key pairs their total.
        const ApiReplies::Images images = v3().parseImages(json(R"({"TotalCount": 250, "ImageSet": [
            {"ImageId": "img-eb30mz89", "ImageName": "TencentOS", "OsName": "TencentOS Server 3.1",
             "Platform": "TencentOS", "ImageType": "PUBLIC_IMAGE"}]})"));
        QCOMPARE(images.totalCount, 250);
        QCOMPARE(images.images.first().platform, u"TencentOS"_s);
        QCOMPARE(images.images.first().imageType, 2);
        QCOMPARE(v3().parseKeyPairs(json(R"({"TotalCount": 120, "KeyPairSet": []})")).totalCount, 120);
    }

    void malformedRepliesAreRefused_data()
    {
        QTest::addColumn<int>("kind"); // 0 vpcs, 1 subnets, 2 security groups, 3 projects
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("no set") << 0 << QByteArray(R"({"TotalCount": 0})");
        QTest::newRow("set not an array")
            << 0 << QByteArray(R"({"TotalCount": 1, "VpcSet": {"VpcId": "vpc-abcd1234"}})");
        QTest::newRow("no total") << 0 << QByteArray(R"({"VpcSet": []})");
        QTest::newRow("total a string")
            << 0 << QByteArray(R"({"TotalCount": "1", "VpcSet": [{"VpcId": "vpc-abcd1234"}]})");
        QTest::newRow("total negative") << 0 << QByteArray(R"({"TotalCount": -1, "VpcSet": []})");
        QTest::newRow("total below the page") << 0 << QByteArray(R"({"TotalCount": 1, "VpcSet": [
            {"VpcId": "vpc-abcd1234"}, {"VpcId": "vpc-efgh5678"}]})");
        QTest::newRow("item not an object")
            << 0 << QByteArray(R"({"TotalCount": 1, "VpcSet": ["vpc-abcd1234"]})");
        QTest::newRow("missing id") << 0 << QByteArray(R"({"TotalCount": 1, "VpcSet": [{"VpcName": "x"}]})");
        QTest::newRow("id a number") << 0
                                     << QByteArray(R"({"TotalCount": 1, "VpcSet": [{"VpcId": 12345678}]})");
        QTest::newRow("bad id form") << 0
                                     << QByteArray(
                                            R"({"TotalCount": 1, "VpcSet": [{"VpcId": "vpc-ABCD1234"}]})");
        QTest::newRow("id with a line break")
            << 0 << QByteArray(R"({"TotalCount": 1, "VpcSet": [{"VpcId": "vpc-abcd\n234"}]})");
        QTest::newRow("id twice") << 0 << QByteArray(R"({"TotalCount": 2, "VpcSet": [
            {"VpcId": "vpc-abcd1234"}, {"VpcId": "vpc-abcd1234"}]})");
        QTest::newRow("IsDefault a string") << 0 << QByteArray(R"({"TotalCount": 1, "VpcSet": [
            {"VpcId": "vpc-abcd1234", "IsDefault": "true"}]})");
        QTest::newRow("subnet of no VPC") << 1 << QByteArray(R"({"TotalCount": 1, "SubnetSet": [
            {"SubnetId": "subnet-abcd1234", "Zone": "ap-guangzhou-3"}]})");
        QTest::newRow("subnet id of a VPC") << 1 << QByteArray(R"({"TotalCount": 1, "SubnetSet": [
            {"SubnetId": "vpc-abcd1234", "VpcId": "vpc-abcd1234", "Zone": "ap-guangzhou-3"}]})");
        QTest::newRow("free addresses a string") << 1 << QByteArray(R"({"TotalCount": 1, "SubnetSet": [
            {"SubnetId": "subnet-abcd1234", "VpcId": "vpc-abcd1234", "Zone": "ap-guangzhou-3",
             "AvailableIpAddressCount": "12"}]})");
        QTest::newRow("subnet without zone") << 1 << QByteArray(R"({"TotalCount": 1, "SubnetSet": [
            {"SubnetId": "subnet-abcd1234", "VpcId": "vpc-abcd1234"}]})");
        QTest::newRow("group id of a subnet") << 2 << QByteArray(R"({"TotalCount": 1, "SecurityGroupSet": [
            {"SecurityGroupId": "subnet-abcd1234"}]})");
        QTest::newRow("group name a number") << 2 << QByteArray(R"({"TotalCount": 1, "SecurityGroupSet": [
            {"SecurityGroupId": "sg-abcd1234", "SecurityGroupName": 7}]})");
        QTest::newRow("project id a string") << 3 << QByteArray(R"({"Total": 1, "Projects": [
            {"ProjectId": "1001", "ProjectName": "web"}]})");
        QTest::newRow("project id a fraction") << 3 << QByteArray(R"({"Total": 1, "Projects": [
            {"ProjectId": 10.5, "ProjectName": "web"}]})");
        QTest::newRow("project without id")
            << 3 << QByteArray(R"({"Total": 1, "Projects": [{"ProjectName": "web"}]})");
        QTest::newRow("projects' TotalCount is not their total")
            << 3 << QByteArray(R"({"TotalCount": 1, "Projects": []})");
    }
    void malformedRepliesAreRefused()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, reply);
        const QJsonObject data = QJsonDocument::fromJson(reply).object();
        QVERIFY2(!data.isEmpty(), "the test's reply is no JSON object");
        QString error;
        qsizetype items = -1;
        switch (kind) {
        case 0: {
            const auto r = v3().parseVpcs(data);
            error = r.error;
            items = r.vpcs.size();
            break;
        }
        case 1: {
            const auto r = v3().parseSubnets(data);
            error = r.error;
            items = r.subnets.size();
            break;
        }
        case 2: {
            const auto r = v3().parseSecurityGroups(data);
            error = r.error;
            items = r.securityGroups.size();
            break;
        }
        default: {
            const auto r = v3().parseProjects(data);
            error = r.error;
            items = r.projects.size();
            break;
        }
        }
        QVERIFY2(!error.isEmpty(), "a malformed reply was taken");
        QCOMPARE(items, 0); // nothing of a page that cannot be trusted
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLookupsV3)
#include "tst_lookups_v3.moc"
