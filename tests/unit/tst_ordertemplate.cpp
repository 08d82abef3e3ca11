// Order templates, JSON schema 1 (CONTRACTS.md "Order template").

#include "common/ContractsExample.h"
#include "common/V2Fields.h"
#include "order/Catalog.h"
#include "order/OrderTemplate.h"
#include "order/OrderValidator.h"
#include "order/PurchaseOrder.h"
#include "unit/TestHelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {


// The key order of the CONTRACTS.md example.
const QStringList kContractsKeys{u"schema"_s,
                                 u"region"_s,
                                 u"zoneId"_s,
                                 u"instanceType"_s,
                                 u"cpu"_s,
                                 u"mem"_s,
                                 u"imageId"_s,
                                 u"imageType"_s,
                                 u"osFamily"_s,
                                 u"storageType"_s,
                                 u"storageSize"_s,
                                 u"rootSize"_s,
                                 u"bandwidthType"_s,
                                 u"bandwidth"_s,
                                 u"wanIp"_s,
                                 u"vpcId"_s,
                                 u"subnetId"_s,
                                 u"isVpcGateway"_s,
                                 u"keyId"_s,
                                 u"needSecurityAgent"_s,
                                 u"needMonitorAgent"_s,
                                 u"projectId"_s,
                                 u"goodsNum"_s,
                                 u"instanceName"_s};

PurchaseOrder contractsExampleOrder()
{
    PurchaseOrder o = validOrder();
    v2Set(o, "storageSize", 50);
    o.instanceName = u"web"_s;
    return o;
}

QStringList keysInOrder(const QByteArray &json)
{
    static const QRegularExpression keyPattern(u"^\\s*\"([A-Za-z]+)\"\\s*:"_s,
                                               QRegularExpression::MultilineOption);
    QStringList keys;
    auto it = keyPattern.globalMatch(QString::fromUtf8(json));
    while (it.hasNext())
        keys << it.next().captured(1);
    return keys;
}

const FieldProblem *problemFor(const QList<FieldProblem> &problems, const QString &field)
{
    for (const FieldProblem &p : problems)
        if (p.field == field)
            return &p;
    return nullptr;
}

// A template of the given body after "schema": 1.
QByteArray withSchema(const char *body)
{
    QByteArray out("{\"schema\": 1");
    if (*body)
        out += ", " + QByteArray(body);
    return out + '}';
}

} // namespace

class TestOrderTemplate : public QObject
{
    Q_OBJECT

private slots:
    void readsContractsExample();
    void writesContractsExample();
    void roundTrip_data();
    void roundTrip();
    void writeKeyOrder();
    void writeNeverHoldsSecrets_data();
    void writeNeverHoldsSecrets();
    void refusals_data();
    void refusals();
    void secretsRefusedWithoutEchoingThem_data();
    void secretsRefusedWithoutEchoingThem();
    void reportsEveryRefusal();
    void accepts_data();
    void accepts();
    void omittedKeysTakeApiDefaults();
    void windowsRootSizeDefault();
};

void TestOrderTemplate::readsContractsExample()
{
    const OrderTemplate::ReadResult r = OrderTemplate::read(kContractsExample);
    QVERIFY2(r.ok(), qPrintable(describeProblems(r.problems)));
    QCOMPARE(r.order, contractsExampleOrder());
    // And the order it gives can be bought as is.
    const QList<FieldProblem> problems = OrderValidator(Catalog::builtIn()).validate(r.order);
    QVERIFY2(problems.isEmpty(), qPrintable(describeProblems(problems)));
}

void TestOrderTemplate::writesContractsExample()
{
    const QByteArray written = OrderTemplate::write(contractsExampleOrder());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(written, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc.object(), QJsonDocument::fromJson(kContractsExample).object());
}

void TestOrderTemplate::roundTrip_data()
{
    QTest::addColumn<PurchaseOrder>("order");
    QTest::newRow("valid default") << validOrder();
    QTest::newRow("contracts example") << contractsExampleOrder();

    PurchaseOrder windows = validOrder();
    windows.region = u"sh"_s;
    v2Set(windows, "zoneId", 200002);
    windows.instanceType = u"CVM.M1"_s;
    windows.cpu = 48;
    windows.mem = 368;
    windows.imageId = u"img-win2016"_s;
    windows.imageType = 4;
    windows.osFamily = PurchaseOrder::OsFamily::Windows;
    v2Set(windows, "storageType", 4);
    v2Set(windows, "storageSize", 100);
    v2Set(windows, "rootSize", 50);
    v2Set(windows, "bandwidthType", u"PayByTraffic"_s);
    windows.bandwidth = 100;
    windows.vpcId = u"vpc-2x9d8k1m"_s;
    windows.subnetId = u"subnet-7h3k2l0p"_s;
    v2Set(windows, "isVpcGateway", 1);
    windows.needSecurityAgent = 0;
    windows.needMonitorAgent = 0;
    windows.projectId = 1000123;
    windows.goodsNum = 100;
    windows.instanceName = u"网站 \"prod\" \\ 01"_s;
    QTest::newRow("windows, every field") << windows;

    PurchaseOrder key = validOrder();
    key.region = u"kr"_s;
    v2Set(key, "zoneId", 180001);
    v2Set(key, "keyId", u"skey-3glfot13"_s);
    key.wanIp = 0;
    key.bandwidth = 0;
    QTest::newRow("linux with key") << key;

    PurchaseOrder empty = v2NewOrder();
    QTest::newRow("defaults only") << empty;
}

void TestOrderTemplate::roundTrip()
{
    QFETCH(PurchaseOrder, order);
    const QByteArray written = OrderTemplate::write(order);
    const OrderTemplate::ReadResult r = OrderTemplate::read(written);
    QVERIFY2(r.ok(), qPrintable(describeProblems(r.problems) + u'\n' + QString::fromUtf8(written)));
    QCOMPARE(r.order, order);
}

void TestOrderTemplate::writeKeyOrder()
{
    const QByteArray written = OrderTemplate::write(validOrder());
    QCOMPARE(keysInOrder(written), kContractsKeys);
    QVERIFY2(written.startsWith("{\n  \"schema\": 1,"), written.constData());
    QCOMPARE(QJsonDocument::fromJson(written).object().value("schema"_L1).toInt(), 1);
    // The osFamily spelled as documented.
    PurchaseOrder windows = validOrder();
    windows.osFamily = PurchaseOrder::OsFamily::Windows;
    QCOMPARE(QJsonDocument::fromJson(OrderTemplate::write(windows)).object().value("osFamily"_L1).toString(),
             u"windows"_s);
    QCOMPARE(QJsonDocument::fromJson(written).object().value("osFamily"_L1).toString(), u"linux"_s);
}

void TestOrderTemplate::writeNeverHoldsSecrets_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("clientToken");
    QTest::newRow("password and token") << u"S3cretPassw0rd!"_s << u"token-7d1f2a"_s;
    QTest::newRow("password only") << u"Zz9-unique-pw"_s << QString();
    QTest::newRow("token only") << QString() << u"f00dfeed-cafe"_s;
}

void TestOrderTemplate::writeNeverHoldsSecrets()
{
    QFETCH(QString, password);
    QFETCH(QString, clientToken);
    PurchaseOrder o = validOrder();
    o.password = password;
    o.clientToken = clientToken;
    const QByteArray written = OrderTemplate::write(o);
    QVERIFY(!written.contains("password"));
    QVERIFY(!written.contains("clientToken"));
    if (!password.isEmpty())
        QVERIFY(!written.contains(password.toUtf8()));
    if (!clientToken.isEmpty())
        QVERIFY(!written.contains(clientToken.toUtf8()));
    // What is written still reads back, without the secrets.
    const OrderTemplate::ReadResult r = OrderTemplate::read(written);
    QVERIFY2(r.ok(), qPrintable(describeProblems(r.problems)));
    QVERIFY(r.order.password.isEmpty());
    QVERIFY(r.order.clientToken.isEmpty());
}

void TestOrderTemplate::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule"); // empty: any rule
    QTest::addColumn<QStringList>("messageContains");

    // Unknown keys
    QTest::newRow("unknown key") << withSchema(R"("colour": "blue")") << u"colour"_s << u"unknown"_s
                                 << QStringList{u"colour"_s};
    QTest::newRow("key in the wrong case")
        << withSchema(R"("zoneid": 100001)") << u"zoneid"_s << u"unknown"_s << QStringList{u"zoneid"_s};
    QTest::newRow("API 3.0 key in a 2.0 template")
        << withSchema(R"("InstanceChargeType": "POSTPAID_BY_HOUR")") << u"InstanceChargeType"_s
        << u"unknown"_s << QStringList();
    // Wrong types
    QTest::newRow("zoneId as string")
        << withSchema(R"("zoneId": "100001")") << u"zoneId"_s << u"type"_s << QStringList{u"zoneId"_s};
    QTest::newRow("imageId as number")
        << withSchema(R"("imageId": 123)") << u"imageId"_s << u"type"_s << QStringList{u"imageId"_s};
    QTest::newRow("cpu 1.5") << withSchema(R"("cpu": 1.5)") << u"cpu"_s << u"type"_s << QStringList{u"cpu"_s};
    QTest::newRow("cpu true") << withSchema(R"("cpu": true)") << u"cpu"_s << u"type"_s << QStringList();
    QTest::newRow("cpu null") << withSchema(R"("cpu": null)") << u"cpu"_s << u"type"_s << QStringList();
    QTest::newRow("mem as array") << withSchema(R"("mem": [2])") << u"mem"_s << u"type"_s << QStringList();
    QTest::newRow("zoneId beyond int")
        << withSchema(R"("zoneId": 10000000000)") << u"zoneId"_s << u"type"_s << QStringList();
    QTest::newRow("instanceName as object")
        << withSchema(R"("instanceName": {"a": 1})") << u"instanceName"_s << u"type"_s << QStringList();
    QTest::newRow("osFamily macos") << withSchema(R"("osFamily": "macos")") << u"osFamily"_s << QString()
                                    << QStringList{u"linux"_s, u"windows"_s};
    QTest::newRow("osFamily as number")
        << withSchema(R"("osFamily": 1)") << u"osFamily"_s << QString() << QStringList();
    // Out of range
    QTest::newRow("goodsNum 101") << withSchema(R"("goodsNum": 101)") << u"goodsNum"_s << QString()
                                  << QStringList{u"100"_s};
    QTest::newRow("goodsNum 0") << withSchema(R"("goodsNum": 0)") << u"goodsNum"_s << QString()
                                << QStringList();
    QTest::newRow("imageType 7") << withSchema(R"("imageType": 7)") << u"imageType"_s << QString()
                                 << QStringList();
    QTest::newRow("wanIp 2") << withSchema(R"("wanIp": 2)") << u"wanIp"_s << QString() << QStringList();
    QTest::newRow("rootSize 25") << withSchema(R"("rootSize": 25)") << u"rootSize"_s << QString()
                                 << QStringList();
    QTest::newRow("bandwidth -1") << withSchema(R"("bandwidth": -1)") << u"bandwidth"_s << QString()
                                  << QStringList();
    QTest::newRow("region unknown") << withSchema(R"("region": "ap-guangzhou")") << u"region"_s << QString()
                                    << QStringList();
    QTest::newRow("zone of another region")
        << withSchema(R"("zoneId": 200001)") << u"zoneId"_s << QString() << QStringList();
    QTest::newRow("cpu not sold") << withSchema(R"("cpu": 3)") << u"cpu"_s << QString() << QStringList();
    // Secrets and tokens
    for (const char *key : {"password", "SecretId", "SecretKey", "secretkey", "SECRETID", "Password", "Token",
                            "sessionToken"}) {
        QTest::addRow("secret %s", key)
            << withSchema(QByteArray(QByteArray("\"") + key + "\": \"x\"").constData())
            << QString::fromLatin1(key) << u"secret"_s << QStringList{QString::fromLatin1(key), u"never"_s};
    }
    QTest::newRow("secret as a number")
        << withSchema(R"("SecretKey": 0)") << u"SecretKey"_s << u"secret"_s << QStringList();
    QTest::newRow("clientToken") << withSchema(R"("clientToken": "abc")") << u"clientToken"_s
                                 << u"clientToken"_s << QStringList{u"token"_s};
    // Schema and API version
    QTest::newRow("schema missing") << QByteArray(R"({"region": "gz"})") << u"schema"_s << QString()
                                    << QStringList{u"schema"_s};
    QTest::newRow("schema 2") << QByteArray(R"({"schema": 2})") << u"schema"_s << QString()
                              << QStringList{u"1"_s};
    QTest::newRow("schema as string")
        << QByteArray(R"({"schema": "1"})") << u"schema"_s << QString() << QStringList();
    QTest::newRow("schema 1.5") << QByteArray(R"({"schema": 1.5})") << u"schema"_s << QString()
                                << QStringList();
    QTest::newRow("api 3 as a number") << withSchema(R"("api": 3.0)") << u"api"_s << QString()
                                       << QStringList{u"2.0"_s, u"3.0"_s};
    QTest::newRow("api 1.0") << withSchema(R"("api": "1.0")") << u"api"_s << QString() << QStringList();
    // Not a template at all
    QTest::newRow("not JSON") << QByteArray("schema: 1\nregion: gz\n") << u"template"_s << QString()
                              << QStringList{u"JSON"_s};
    QTest::newRow("truncated JSON") << QByteArray(R"({"schema": 1, "region": )") << u"template"_s << QString()
                                    << QStringList{u"JSON"_s};
    QTest::newRow("JSON array") << QByteArray(R"([{"schema": 1}])") << u"template"_s << QString()
                                << QStringList();
    QTest::newRow("JSON string") << QByteArray(R"("schema")") << u"template"_s << QString() << QStringList();
    QTest::newRow("empty file") << QByteArray() << u"template"_s << QString() << QStringList();
}

void TestOrderTemplate::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    QFETCH(QStringList, messageContains);

    const OrderTemplate::ReadResult r = OrderTemplate::read(json);
    QVERIFY(!r.ok());
    QVERIFY(!r.problems.isEmpty());
    const FieldProblem *p = problemFor(r.problems, field);
    QVERIFY2(p, qPrintable(describeProblems(r.problems)));
    QVERIFY(p->isError());
    QVERIFY(!p->message.trimmed().isEmpty());
    if (!rule.isEmpty())
        QCOMPARE(p->rule, rule);
    for (const QString &part : messageContains)
        QVERIFY2(p->message.contains(part, Qt::CaseInsensitive),
                 qPrintable(u"\""_s + p->message + u"\" lacks "_s + part));
    // Nothing but the key at fault is blamed.
    for (const FieldProblem &other : r.problems)
        QVERIFY2(other.field == field, qPrintable(describeProblems(r.problems)));
}

void TestOrderTemplate::secretsRefusedWithoutEchoingThem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("secret");
    QTest::newRow("password") << withSchema(R"("password": "Hunter2!xyz")") << u"Hunter2!xyz"_s;
    QTest::newRow("SecretKey") << withSchema(R"("SecretKey": "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA")")
                               << u"Gu5t9xGARNpq86cd98joQYCN3Cozk1qA"_s;
    QTest::newRow("secretkey") << withSchema(R"("secretkey": "lowercaseSecret123")")
                               << u"lowercaseSecret123"_s;
}

void TestOrderTemplate::secretsRefusedWithoutEchoingThem()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, secret);
    const OrderTemplate::ReadResult r = OrderTemplate::read(json);
    QVERIFY(!r.ok());
    for (const FieldProblem &p : r.problems)
        QVERIFY2(!p.message.contains(secret), qPrintable(p.message));
    // And it is never taken into the order.
    QVERIFY(!r.order.password.contains(secret));
}

void TestOrderTemplate::reportsEveryRefusal()
{
    const OrderTemplate::ReadResult r = OrderTemplate::read(
        withSchema(R"("colour": "blue", "cpu": "one", "password": "x", "goodsNum": 500)"));
    QVERIFY(!r.ok());
    for (const QString &field : {u"colour"_s, u"cpu"_s, u"password"_s, u"goodsNum"_s})
        QVERIFY2(problemFor(r.problems, field), qPrintable(field + u'\n' + describeProblems(r.problems)));
}

void TestOrderTemplate::accepts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("api 2.0") << withSchema(R"("api": "2.0", "zoneId": 100001)");
    QTest::newRow("schema only") << withSchema("");
    QTest::newRow("schema 1.0") << QByteArray(R"({"schema": 1.0})");
    QTest::newRow("windows") << withSchema(R"("osFamily": "windows", "rootSize": 50)");
    QTest::newRow("bandwidth 0 with public IP (a warning only)")
        << withSchema(R"("bandwidth": 0, "wanIp": 1)");
    QTest::newRow("every key, other values")
        << withSchema(R"("region": "bj", "zoneId": 800002, "instanceType": "CVM.I1", "cpu": 48, "mem": 240,
                         "imageId": "img-31tjrtph", "imageType": 1, "osFamily": "linux", "storageType": 3,
                         "storageSize": 1600, "rootSize": 50, "bandwidthType": "PayByTraffic", "bandwidth": 5,
                         "wanIp": 1, "vpcId": "vpc-2x9d8k1m", "subnetId": "subnet-7h3k2l0p", "isVpcGateway": 1,
                         "keyId": "skey-abc", "needSecurityAgent": 0, "needMonitorAgent": 0, "projectId": 7,
                         "goodsNum": 100, "instanceName": "批量"
        )");
}

void TestOrderTemplate::accepts()
{
    QFETCH(QByteArray, json);
    const OrderTemplate::ReadResult r = OrderTemplate::read(json);
    QVERIFY2(r.ok(), qPrintable(describeProblems(r.problems)));
}

void TestOrderTemplate::omittedKeysTakeApiDefaults()
{
    const OrderTemplate::ReadResult r =
        OrderTemplate::read(withSchema(R"("zoneId": 100001, "cpu": 1, "mem": 2, "imageId": "img-3wnd9xpl")"));
    QVERIFY2(r.ok(), qPrintable(describeProblems(r.problems)));
    const PurchaseOrder &o = r.order;
    QCOMPARE(o.region, u"gz"_s);
    QCOMPARE(o.bandwidth, 0);
    QCOMPARE(o.goodsNum, 1);
    QCOMPARE(v2Int(o, "storageType"), 1);
    QCOMPARE(v2Int(o, "storageSize"), 0);
    QCOMPARE(v2Int(o, "rootSize"), 20);
    QCOMPARE(o.instanceType, u"CVM.S1"_s);
    QCOMPARE(o.imageType, 2);
    QCOMPARE(v2String(o, "bandwidthType"), u"PayByHour"_s);
    QCOMPARE(o.wanIp, 1);
    QCOMPARE(v2Int(o, "isVpcGateway"), 0);
    QCOMPARE(o.needSecurityAgent, 1);
    QCOMPARE(o.needMonitorAgent, 1);
    QCOMPARE(o.projectId, 0);
    QCOMPARE(o.osFamily, PurchaseOrder::OsFamily::Linux);
    QVERIFY(o.vpcId.isEmpty());
    QVERIFY(v2String(o, "keyId").isEmpty());
    QVERIFY(o.password.isEmpty());
    QVERIFY(o.clientToken.isEmpty());

    // A template of the schema alone is the API's defaults throughout.
    const OrderTemplate::ReadResult bare = OrderTemplate::read(withSchema(""));
    QVERIFY(bare.ok());
    QCOMPARE(bare.order, v2NewOrder());
}

void TestOrderTemplate::windowsRootSizeDefault()
{
    // The seed: a Windows system disk is 50 GB by default and cannot be changed.
    // A Windows template that leaves rootSize out must describe an order that
    // can be bought, i.e. take the API's Windows default of 50.
    const OrderTemplate::ReadResult r = OrderTemplate::read(
        withSchema(R"("osFamily": "windows", "zoneId": 100001, "cpu": 1, "mem": 2, "imageId": "img-3wnd9xpl",
                      "bandwidth": 1)"));
    QVERIFY2(r.ok(), qPrintable(describeProblems(r.problems)));
    QCOMPARE(r.order.osFamily, PurchaseOrder::OsFamily::Windows);
    QCOMPARE(v2Int(r.order, "rootSize"), 50);
    const QList<FieldProblem> problems = OrderValidator(Catalog::builtIn()).validate(r.order);
    QVERIFY2(problems.isEmpty(), qPrintable(describeProblems(problems)));
}

QTEST_GUILESS_MAIN(TestOrderTemplate)
#include "tst_ordertemplate.moc"
