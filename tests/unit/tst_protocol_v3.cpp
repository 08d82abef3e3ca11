// API 3.0 behind the protocol seam: templates as CONTRACTS.md says, the
// password policy of PROTOCOL.md section 10, the RunInstances body, replies,
// error classes and instance states.

#include "common/ContractsExample.h"
#include "order/Catalog.h"
#include "order/OrderTemplate.h"
#include "order/OrderValidator.h"
#include "protocol/ApiProtocol.h"
#include "protocol/v3/V3Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
QByteArray v3With(const char *extra)
{
    return QByteArray(R"({"schema": 1, "api": "3.0", "region": "ap-guangzhou", "zone": "ap-guangzhou-3", )"
                      R"("instanceType": "S5.MEDIUM4", "imageId": "img-eb30mz89", )") +
           extra + '}';
}

PurchaseOrder v3Order()
{
    const OrderTemplate::ReadResult read = OrderTemplate::read(kContractsExampleV3);
    if (!read.ok())
        qFatal("the CONTRACTS.md 3.0 example does not load: %s", qPrintable(read.problems.first().message));
    return read.order;
}

QStringList errorFields(const PurchaseOrder &order)
{
    QStringList out;
    for (const FieldProblem &p : OrderValidator(Catalog::builtIn()).validate(order))
        if (p.isError())
            out.append(p.field + u'/' + p.rule);
    return out;
}

const ApiProtocol &v3()
{
    return ApiProtocol::forApi(PurchaseOrder::Api::V3);
}
} // namespace

class TestProtocolV3 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractsExampleLoads()
    {
        const PurchaseOrder o = v3Order();
        QCOMPARE(o.api, PurchaseOrder::Api::V3);
        QCOMPARE(o.region, u"ap-guangzhou"_s);
        QCOMPARE(o.zone, u"ap-guangzhou-3"_s);
        QCOMPARE(o.instanceType, u"S5.MEDIUM4"_s);
        QCOMPARE(o.systemDisk.type, u"CLOUD_PREMIUM"_s);
        QCOMPARE(o.systemDisk.size, 50);
        QCOMPARE(o.dataDisks.size(), 1);
        QCOMPARE(o.dataDisks.first().size, 100);
        QCOMPARE(o.wanIp, 1);
        QCOMPARE(o.goodsNum, 1);
        QCOMPARE(o.instanceName, u"web"_s);
        QVERIFY(errorFields(o).isEmpty());
    }

    void writeThenReadIsTheSameOrder()
    {
        PurchaseOrder o = v3Order();
        o.keyIds = {u"skey-3glfot13"_s};
        o.own.insert("securityGroupIds"_L1, QJsonArray{u"sg-5tjt7v3n"_s});
        o.wanIp = 0;
        o.needMonitorAgent = 0;
        const QByteArray written = OrderTemplate::write(o);
        QVERIFY(written.contains(R"("api": "3.0")"));
        const OrderTemplate::ReadResult back = OrderTemplate::read(written);
        QVERIFY2(back.ok(), qPrintable(back.problems.value(0).message));
        QCOMPARE(back.order, o);
        // The documented example survives a round trip key for key.
        QCOMPARE(QJsonDocument::fromJson(OrderTemplate::write(v3Order())).object(),
                 QJsonDocument::fromJson(kContractsExampleV3).object());
    }

    void twoPointZeroTemplatesAreUnchanged()
    {
        const OrderTemplate::ReadResult read = OrderTemplate::read(kContractsExample);
        QVERIFY(read.ok());
        QCOMPARE(read.order.api, PurchaseOrder::Api::V2);
        QVERIFY(!OrderTemplate::write(read.order).contains("\"api\""));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("2.0 key in a 3.0 template") << v3With(R"("zoneId": 100003)") << u"zoneId"_s;
        QTest::newRow("password") << v3With(R"("password": "Secret123")") << u"password"_s;
        QTest::newRow("SecretKey") << v3With(R"("SecretKey": "x")") << u"SecretKey"_s;
        QTest::newRow("clientToken") << v3With(R"("clientToken": "x")") << u"clientToken"_s;
        QTest::newRow("systemDisk as number") << v3With(R"("systemDisk": 50)") << u"systemDisk"_s;
        QTest::newRow("systemDisk extra key")
            << v3With(R"("systemDisk": {"type": "CLOUD_SSD", "size": 50, "iops": 3})") << u"systemDisk"_s;
        QTest::newRow("systemDisk type unknown")
            << v3With(R"("systemDisk": {"type": "FLOPPY", "size": 50})") << u"systemDisk"_s;
        QTest::newRow("system disk too small")
            << v3With(R"("systemDisk": {"type": "CLOUD_SSD", "size": 10})") << u"systemDisk"_s;
        QTest::newRow("data disk size step")
            << v3With(R"("dataDisks": [{"type": "CLOUD_SSD", "size": 15}])") << u"dataDisks"_s;
        QTest::newRow("keyIds as string") << v3With(R"("keyIds": "skey-3glfot13")") << u"keyIds"_s;
        QTest::newRow("keyIds malformed") << v3With(R"("keyIds": ["key-1"])") << u"keyIds"_s;
        QTest::newRow("securityGroupIds malformed")
            << v3With(R"("securityGroupIds": ["group"])") << u"securityGroupIds"_s;
        QTest::newRow("publicIp as 1") << v3With(R"("publicIp": 1)") << u"publicIp"_s;
        QTest::newRow("count 501") << v3With(R"("count": 501)") << u"count"_s;
        QTest::newRow("count 0") << v3With(R"("count": 0)") << u"count"_s;
        QTest::newRow("internetChargeType")
            << v3With(R"("internetChargeType": "PayByHour")") << u"internetChargeType"_s;
        QTest::newRow("2.0 region") << v3With(R"("region": "gz")") << u"region"_s;
        QTest::newRow("zone of another region") << v3With(R"("zone": "ap-shanghai-2")") << u"zone"_s;
        QTest::newRow("2.0 instance type") << v3With(R"("instanceType": "CVM.S1")") << u"instanceType"_s;
        QTest::newRow("api 4.0") << QByteArray(R"({"schema": 1, "api": "4.0"})") << u"api"_s;
        // Lists no longer than the API takes: one key, five security groups.
        QByteArray manyKeys = R"("keyIds": [)";
        for (int i = 0; i < 10000; ++i)
            manyKeys += (i ? ",\"skey-" : "\"skey-") + QByteArray::number(10000000 + i) + '"';
        manyKeys += ']';
        QTest::newRow("10000 keyIds") << v3With(manyKeys.constData()) << u"keyIds"_s;
        QTest::newRow("two keyIds") << v3With(R"("keyIds": ["skey-3glfot13", "skey-3glfot14"])")
                                    << u"keyIds"_s;
        QTest::newRow("six security groups")
            << v3With(R"("securityGroupIds": ["sg-00000001", "sg-00000002", "sg-00000003", "sg-00000004",
                                               "sg-00000005", "sg-00000006"])")
            << u"securityGroupIds"_s;
        // One line of printable text.
        QTest::newRow("tab in instanceName") << v3With(R"("instanceName": "web\tdb")") << u"instanceName"_s;
        QTest::newRow("NUL in instanceName")
            << v3With("\"instanceName\": \"web\\u0000\"") << u"instanceName"_s;
        QTest::newRow("newline in instanceName")
            << v3With(R"("instanceName": "web\nx")") << u"instanceName"_s;
        QTest::newRow("escape in vpcId")
            << v3With("\"vpcId\": \"vpc-\\u001b[2J\", \"subnetId\": \"subnet-8fh2xa1k\"") << u"vpcId"_s;
    }
    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const OrderTemplate::ReadResult read = OrderTemplate::read(json);
        QStringList fields;
        // What `validate` says: the template's problems, else the order's.
        for (const FieldProblem &p :
             read.ok() ? OrderValidator(Catalog::builtIn()).validate(read.order) : read.problems)
            if (p.isError())
                fields.append(p.field);
        QVERIFY2(fields.contains(field), qPrintable(fields.join(u", "_s)));
    }

    // The settings admins use (issue 17): each key's wrong JSON type names the key, each broken rule names
    // the field and the rule.
    void adminSettingsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem"); // field/rule
        const QByteArray name129 = "\"instanceName\": \"" + QByteArray(129, 'n') + '"';
        QTest::newRow("instanceName 129 characters")
            << v3With(name129.constData()) << u"instanceName/length"_s;
        QTest::newRow("tags as list") << v3With(R"("tags": ["team"])") << u"tags/type"_s;
        QTest::newRow("tag value a number") << v3With(R"("tags": {"team": 1})") << u"tags/type"_s;
        QTest::newRow("tag key qcloud") << v3With(R"("tags": {"qcloud-x": "a"})") << u"tags/reserved"_s;
        QTest::newRow("tag key tencent") << v3With(R"("tags": {"tencentx": "a"})") << u"tags/reserved"_s;
        QTest::newRow("tag key project") << v3With(R"("tags": {"project": "a"})") << u"tags/reserved"_s;
        QTest::newRow("the token's own tag")
            << v3With(R"("tags": {"cvm-purchaser-token": "a"})") << u"tags/reserved"_s;
        QTest::newRow("empty tag key") << v3With(R"("tags": {"": "a"})") << u"tags/keyLength"_s;
        const QByteArray key128 = "\"tags\": {\"" + QByteArray(128, 'k') + "\": \"v\"}";
        QTest::newRow("tag key 128") << v3With(key128.constData()) << u"tags/keyLength"_s;
        const QByteArray value256 = "\"tags\": {\"k\": \"" + QByteArray(256, 'v') + "\"}";
        QTest::newRow("tag value 256") << v3With(value256.constData()) << u"tags/valueLength"_s;
        QTest::newRow("tab in a tag") << v3With(R"("tags": {"k": "a\tb"})") << u"tags/characters"_s;
        QByteArray many = "\"tags\": {";
        for (int i = 0; i < 51; ++i)
            many += (i ? ", \"k" : "\"k") + QByteArray::number(i) + "\": \"v\"";
        many += '}';
        QTest::newRow("51 tags") << v3With(many.constData()) << u"tags/count"_s;
        QTest::newRow("hostName a number") << v3With(R"("hostName": 5)") << u"hostName/type"_s;
        QTest::newRow("hostName underscore") << v3With(R"("hostName": "web_1")") << u"hostName/characters"_s;
        QTest::newRow("hostName one character") << v3With(R"("hostName": "w")") << u"hostName/length"_s;
        const QByteArray host61 = "\"hostName\": \"" + QByteArray(61, 'h') + '"';
        QTest::newRow("linux hostName 61") << v3With(host61.constData()) << u"hostName/length"_s;
        // 59 characters and the suffix 10 of the tenth instance: 61.
        const QByteArray host59 = "\"count\": 10, \"hostName\": \"" + QByteArray(59, 'h') + '"';
        QTest::newRow("suffix makes 61") << v3With(host59.constData()) << u"hostName/length"_s;
        QTest::newRow("hostName starts with -") << v3With(R"("hostName": "-web")") << u"hostName/edges"_s;
        QTest::newRow("hostName ends with .") << v3With(R"("hostName": "web.")") << u"hostName/edges"_s;
        QTest::newRow("hostName ..") << v3With(R"("hostName": "web..a")") << u"hostName/doubled"_s;
        QTest::newRow("hostName --") << v3With(R"("hostName": "web--a")") << u"hostName/doubled"_s;
        QTest::newRow("windows hostName 16")
            << v3With(R"("osFamily": "windows", "hostName": "abcdefghijklmnop")") << u"hostName/length"_s;
        QTest::newRow("windows hostName dot")
            << v3With(R"("osFamily": "windows", "hostName": "web.a")") << u"hostName/characters"_s;
        QTest::newRow("windows hostName digits")
            << v3With(R"("osFamily": "windows", "hostName": "12345")") << u"hostName/allDigits"_s;
        QTest::newRow("windows hostName {IP}")
            << v3With(R"("osFamily": "windows", "hostName": "n-{IP}")") << u"hostName/ipOnWindows"_s;
        QTest::newRow("userData a list") << v3With(R"("userData": ["echo hi"])") << u"userData/type"_s;
        // 12289 bytes take 16388 in base64: 4 more than 16 KiB.
        const QByteArray bigScript = "\"userData\": \"" + QByteArray(12289, 'x') + '"';
        QTest::newRow("userData over 16 KiB") << v3With(bigScript.constData()) << u"userData/size"_s;
        QTest::newRow("disableApiTermination 1")
            << v3With(R"("disableApiTermination": 1)") << u"disableApiTermination/type"_s;
        QTest::newRow("terminateAt a number")
            << v3With(R"("terminateAt": 1765188000)") << u"terminateAt/type"_s;
        QTest::newRow("terminateAt no time")
            << v3With(R"("terminateAt": "tomorrow at six")") << u"terminateAt/format"_s;
        QTest::newRow("terminateAt no such day")
            << v3With(R"("terminateAt": "2026-02-30T18:00:00+08:00")") << u"terminateAt/format"_s;
        QTest::newRow("terminateAt without a zone")
            << v3With(R"("terminateAt": "2099-12-08T18:00:00")") << u"terminateAt/zone"_s;
        QTest::newRow("terminateAt past")
            << v3With(R"("terminateAt": "2020-12-08T18:00:00+08:00")") << u"terminateAt/tooSoon"_s;
        QTest::newRow("deleteWithInstance yes")
            << v3With(R"("dataDisks": [{"type": "CLOUD_SSD", "size": 100, "deleteWithInstance": "yes"}])")
            << u"dataDisks/type"_s;
        QTest::newRow("data disk extra key")
            << v3With(R"("dataDisks": [{"type": "CLOUD_SSD", "size": 100, "iops": 3}])")
            << u"dataDisks/type"_s;
        QTest::newRow("two local disks")
            << v3With(
                   R"("dataDisks": [{"type": "LOCAL_SSD", "size": 100}, {"type": "LOCAL_BASIC", "size": 100}])")
            << u"dataDisks/oneLocal"_s;
        QByteArray disks22 = "\"dataDisks\": [";
        for (int i = 0; i < 22; ++i)
            disks22 +=
                i ? ", {\"type\": \"CLOUD_SSD\", \"size\": 10}" : "{\"type\": \"CLOUD_SSD\", \"size\": 10}";
        disks22 += ']';
        QTest::newRow("22 data disks") << v3With(disks22.constData()) << u"dataDisks/count"_s;
    }
    void adminSettingsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const OrderTemplate::ReadResult read = OrderTemplate::read(json);
        QStringList found;
        for (const FieldProblem &p :
             read.ok() ? OrderValidator(Catalog::builtIn()).validate(read.order) : read.problems) {
            if (p.isError())
                found.append(p.field + u'/' + p.rule);
            if (p.field + u'/' + p.rule == problem && problem.endsWith("/type"_L1))
                QVERIFY2(p.message.contains(p.field), qPrintable(p.message)); // the key is named
        }
        QVERIFY2(found.contains(problem), qPrintable(found.join(u", "_s)));
    }

    void adminSettingsAccepted_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("count 500") << v3With(R"("count": 500)");
        const QByteArray name128 = "\"instanceName\": \"" + QByteArray(119, 'n') + "{R:1,F:2}\"";
        QTest::newRow("instanceName 128 with a pattern") << v3With(name128.constData());
        QByteArray tags50 = "\"tags\": {";
        for (int i = 0; i < 50; ++i)
            tags50 += (i ? ", \"k" : "\"k") + QByteArray::number(i) + "\": \"v\"";
        tags50 += '}';
        QTest::newRow("50 tags") << v3With(tags50.constData());
        const QByteArray longTag =
            "\"tags\": {\"" + QByteArray(127, 'k') + "\": \"" + QByteArray(255, 'v') + "\"}";
        QTest::newRow("tag key 127, value 255") << v3With(longTag.constData());
        QTest::newRow("empty tag value") << v3With(R"("tags": {"team": ""})");
        QTest::newRow("key with project inside") << v3With(R"("tags": {"my-project": "a"})");
        QTest::newRow("linux hostName with dots") << v3With(R"("hostName": "web-1.ops.example")");
        const QByteArray host60 = "\"hostName\": \"" + QByteArray(60, 'h') + '"';
        QTest::newRow("linux hostName 60") << v3With(host60.constData());
        QTest::newRow("hostName patterns") << v3With(R"("count": 3, "hostName": "web-{IP}-{R:1,F:2}")");
        QTest::newRow("windows hostName 15")
            << v3With(R"("osFamily": "windows", "hostName": "abcdefghijklmno")");
        QTest::newRow("windows hostName digits and a letter")
            << v3With(R"("osFamily": "windows", "hostName": "123a")");
        const QByteArray script = "\"userData\": \"" + QByteArray(12288, 'x') + '"'; // 16384 in base64
        QTest::newRow("userData 16 KiB") << v3With(script.constData());
        QTest::newRow("one local and cloud disks")
            << v3With(R"("dataDisks": [{"type": "LOCAL_SSD", "size": 100}, )"
                      R"({"type": "CLOUD_SSD", "size": 100, "deleteWithInstance": false}])");
        QByteArray disks21 = "\"dataDisks\": [";
        for (int i = 0; i < 21; ++i)
            disks21 +=
                i ? ", {\"type\": \"CLOUD_SSD\", \"size\": 10}" : "{\"type\": \"CLOUD_SSD\", \"size\": 10}";
        disks21 += ']';
        QTest::newRow("21 data disks") << v3With(disks21.constData());
    }
    void adminSettingsAccepted()
    {
        QFETCH(QByteArray, json);
        const OrderTemplate::ReadResult read = OrderTemplate::read(json);
        QVERIFY2(read.ok(), qPrintable(read.problems.value(0).message));
        QCOMPARE(errorFields(read.order), QStringList());
    }

    // Every admin setting is written back and read again as the same order, and becomes its field of the
    // RunInstances body; InquiryPriceRunInstances gets those its model has.
    void adminSettingsRoundTripAndRequest()
    {
        const OrderTemplate::ReadResult read = OrderTemplate::read(
            v3With(R"("count": 2, "instanceName": "web-{R:1,F:2}", "hostName": "web-{R:1,F:2}", )"
                   R"("tags": {"team": "ops", "env": "prod"}, "userData": "#!/bin/sh\necho hi\n", )"
                   R"("disableApiTermination": true, "dataDisks": [{"type": "CLOUD_SSD", "size": 200, )"
                   R"("deleteWithInstance": true}, {"type": "CLOUD_PREMIUM", "size": 100}, )"
                   R"({"type": "CLOUD_BSSD", "size": 50, "deleteWithInstance": false}])"));
        QVERIFY2(read.ok(), qPrintable(read.problems.value(0).message));
        PurchaseOrder o = read.order;
        QCOMPARE(errorFields(o), QStringList());
        const QByteArray written = OrderTemplate::write(o);
        const QJsonObject keys = QJsonDocument::fromJson(written).object();
        QCOMPARE(keys.value("hostName"_L1).toString(), u"web-{R:1,F:2}"_s);
        QCOMPARE(keys.value("tags"_L1).toObject(),
                 (QJsonObject{{"team"_L1, u"ops"_s}, {"env"_L1, u"prod"_s}}));
        QCOMPARE(keys.value("userData"_L1).toString(), u"#!/bin/sh\necho hi\n"_s);
        QCOMPARE(keys.value("disableApiTermination"_L1), QJsonValue(true));
        const QJsonArray disks = keys.value("dataDisks"_L1).toArray();
        QCOMPARE(disks.size(), 3);
        QCOMPARE(disks.at(0).toObject().value("deleteWithInstance"_L1), QJsonValue(true));
        QVERIFY(!disks.at(1).toObject().contains("deleteWithInstance"_L1)); // the API's default
        QCOMPARE(disks.at(2).toObject().value("deleteWithInstance"_L1), QJsonValue(false));
        const OrderTemplate::ReadResult back = OrderTemplate::read(written);
        QVERIFY2(back.ok(), qPrintable(back.problems.value(0).message));
        QCOMPARE(back.order, o);

        o.clientToken = u"token-1"_s;
        const QJsonObject b = v3().runInstances(o).body;
        QCOMPARE(b.value("InstanceCount"_L1).toInt(), 2);
        QCOMPARE(b.value("InstanceName"_L1).toString(), u"web-{R:1,F:2}"_s);
        QCOMPARE(b.value("HostName"_L1).toString(), u"web-{R:1,F:2}"_s);
        QCOMPARE(b.value("UserData"_L1).toString(),
                 QString::fromLatin1(QByteArray("#!/bin/sh\necho hi\n").toBase64()));
        QCOMPARE(b.value("DisableApiTermination"_L1), QJsonValue(true));
        const QJsonArray bodyDisks = b.value("DataDisks"_L1).toArray();
        QCOMPARE(bodyDisks.at(0).toObject(), (QJsonObject{{"DiskType"_L1, u"CLOUD_SSD"_s},
                                                          {"DiskSize"_L1, 200},
                                                          {"DeleteWithInstance"_L1, true}}));
        QCOMPARE(bodyDisks.at(1).toObject(),
                 (QJsonObject{{"DiskType"_L1, u"CLOUD_PREMIUM"_s}, {"DiskSize"_L1, 100}}));
        QCOMPARE(bodyDisks.at(2).toObject().value("DeleteWithInstance"_L1), QJsonValue(false));
        // One tag specification for the instances: the order's tags and the program's token.
        const QJsonArray specs = b.value("TagSpecification"_L1).toArray();
        QCOMPARE(specs.size(), 1);
        QCOMPARE(specs.first().toObject().value("ResourceType"_L1).toString(), u"instance"_s);
        QCOMPARE(specs.first().toObject().value("Tags"_L1).toArray(),
                 (QJsonArray{QJsonObject{{"Key"_L1, u"env"_s}, {"Value"_L1, u"prod"_s}},
                             QJsonObject{{"Key"_L1, u"team"_s}, {"Value"_L1, u"ops"_s}},
                             QJsonObject{{"Key"_L1, u"cvm-purchaser-token"_s}, {"Value"_L1, u"token-1"_s}}}));
        // The sandbox reads the same order back.
        QCOMPARE(V3Protocol::orderFromRunInstances(b, o.region), o);

        const QJsonObject price = v3().inquiryPrice(o).body;
        QCOMPARE(price.value("HostName"_L1), b.value("HostName"_L1));
        QCOMPARE(price.value("DataDisks"_L1), b.value("DataDisks"_L1));
        QCOMPARE(price.value("TagSpecification"_L1), b.value("TagSpecification"_L1));
        QVERIFY(!price.contains("UserData"_L1)); // not in InquiryPriceRunInstances' model
        QVERIFY(!price.contains("DisableApiTermination"_L1));

        // Unset, they leave no trace: not in the template, not in the request.
        PurchaseOrder plain = v3Order();
        const QJsonObject plainKeys = QJsonDocument::fromJson(OrderTemplate::write(plain)).object();
        for (const char *key : {"hostName", "tags", "userData", "disableApiTermination"})
            QVERIFY2(!plainKeys.contains(QLatin1StringView(key)), key);
        const QJsonObject plainBody = v3().runInstances(plain).body;
        for (const char *field : {"HostName", "TagSpecification", "UserData", "DisableApiTermination"})
            QVERIFY2(!plainBody.contains(QLatin1StringView(field)), field);
        QVERIFY(
            !plainBody.value("DataDisks"_L1).toArray().first().toObject().contains("DeleteWithInstance"_L1));
    }

    // terminateAt (issue 18): at least 5 minutes after the clock's now, whatever zone it is written in.
    // The cloud takes at most 50 tags per instance: an order with 50 of its own leaves the purchase's token
    // tag out, and says so, rather than having the purchase refused; 49 leave room for it.
    void fiftyTagsLeaveNoRoomForTheTokenTag()
    {
        for (const int count : {49, 50}) {
            QByteArray keys = R"("tags": {)";
            for (int i = 0; i < count; ++i)
                keys += (i ? ", " : "") + QByteArray("\"k") + QByteArray::number(i) + "\": \"v\"";
            keys += '}';
            const OrderTemplate::ReadResult read = OrderTemplate::read(v3With(keys.constData()));
            QVERIFY2(read.ok(), qPrintable(read.problems.value(0).message));
            PurchaseOrder order = read.order;
            order.clientToken = u"token-1"_s;
            const QJsonArray sent = v3().runInstances(order)
                                        .body.value("TagSpecification"_L1)
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value("Tags"_L1)
                                        .toArray();
            QCOMPARE(sent.size(), 50);
            QCOMPARE(sent.last().toObject().value("Key"_L1).toString() == "cvm-purchaser-token"_L1,
                     count == 49);
            const QList<FieldProblem> problems = OrderValidator(Catalog::builtIn()).validate(order);
            const bool warned = std::any_of(problems.cbegin(), problems.cend(), [](const FieldProblem &p) {
                return p.field == "tags"_L1 && p.rule == "noTokenTag"_L1 && !p.isError();
            });
            QCOMPARE(warned, count == 50);
            QVERIFY(!errorFields(order).join(u" "_s).contains("tags/"_L1));
        }
    }

    void terminateAtFiveMinutesAhead_data()
    {
        QTest::addColumn<QString>("time");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("exactly 5 minutes, +08:00") << u"2026-12-08T18:00:00+08:00"_s << true;
        QTest::newRow("exactly 5 minutes, Z") << u"2026-12-08T10:00:00Z"_s << true;
        QTest::newRow("exactly 5 minutes, -05:00") << u"2026-12-08T05:00:00-05:00"_s << true;
        QTest::newRow("a second less") << u"2026-12-08T17:59:59+08:00"_s << false;
        QTest::newRow("18:00 in UTC is later") << u"2026-12-08T18:00:00Z"_s << true;
        QTest::newRow("an hour ago") << u"2026-12-08T08:55:00Z"_s << false;
    }
    void terminateAtFiveMinutesAhead()
    {
        QFETCH(QString, time);
        QFETCH(bool, accepted);
        V3Protocol::setClock(
            [] { return QDateTime(QDate(2026, 12, 8), QTime(9, 55), Qt::UTC).toSecsSinceEpoch(); });
        const auto restore = qScopeGuard([] { V3Protocol::setClock({}); });
        const QByteArray json = "\"terminateAt\": \"" + time.toLatin1() + '"';
        const OrderTemplate::ReadResult read = OrderTemplate::read(v3With(json.constData()));
        // Reading a template checks it too: the same rule refuses it there.
        QStringList errors;
        for (const FieldProblem &p :
             read.ok() ? OrderValidator(Catalog::builtIn()).validate(read.order) : read.problems) {
            if (!p.isError())
                continue;
            errors.append(p.field + u'/' + p.rule);
            QVERIFY2(p.message.contains("5 minutes"_L1), qPrintable(p.message)); // the rule is named
        }
        QCOMPARE(errors, accepted ? QStringList() : QStringList{u"terminateAt/tooSoon"_s});
    }

    // terminateAt is kept as typed in the template, becomes ActionTimer in UTC in RunInstances, and is left
    // out of InquiryPriceRunInstances, whose model has no ActionTimer.
    void terminateAtRoundTripAndRequest()
    {
        const OrderTemplate::ReadResult read =
            OrderTemplate::read(v3With(R"("terminateAt": "2099-12-08T18:00:00+08:00")"));
        QVERIFY2(read.ok(), qPrintable(read.problems.value(0).message));
        QCOMPARE(errorFields(read.order), QStringList());
        const QByteArray written = OrderTemplate::write(read.order);
        QCOMPARE(QJsonDocument::fromJson(written).object().value("terminateAt"_L1).toString(),
                 u"2099-12-08T18:00:00+08:00"_s);
        const OrderTemplate::ReadResult back = OrderTemplate::read(written);
        QVERIFY2(back.ok(), qPrintable(back.problems.value(0).message));
        QCOMPARE(back.order, read.order);

        const QJsonObject body = v3().runInstances(read.order).body;
        QCOMPARE(body.value("ActionTimer"_L1).toObject(),
                 (QJsonObject{{"TimerAction"_L1, u"TerminateInstances"_s},
                              {"ActionTime"_L1, u"2099-12-08T10:00:00Z"_s}}));
        QVERIFY(!v3().inquiryPrice(read.order).body.contains("ActionTimer"_L1));
        QCOMPARE(v3().dryRun(read.order).body.value("ActionTimer"_L1), body.value("ActionTimer"_L1));
        // The sandbox reads the time back, in UTC.
        QCOMPARE(V3Protocol::orderFromRunInstances(body, read.order.region).own.value("terminateAt"_L1),
                 QJsonValue(u"2099-12-08T10:00:00Z"_s));
        // What the window sets is written with its zone, and read back as the same moment.
        PurchaseOrder set = v3Order();
        const QDateTime six(QDate(2099, 12, 8), QTime(18, 0), Qt::OffsetFromUTC, 8 * 3600);
        ApiProtocol::setTerminateAt(&set, six);
        QCOMPARE(set.own.value("terminateAt"_L1).toString(), u"2099-12-08T18:00:00+08:00"_s);
        QCOMPARE(ApiProtocol::terminateAt(set), six);
        QCOMPARE(v3().runInstances(set).body.value("ActionTimer"_L1), body.value("ActionTimer"_L1));
        ApiProtocol::setTerminateAt(&set, {});
        QVERIFY(!set.own.contains("terminateAt"_L1));
        QVERIFY(v3().schedulesTermination());
        QVERIFY(!ApiProtocol::forApi(PurchaseOrder::Api::V2).schedulesTermination());
        // Unset, no timer.
        QVERIFY(!v3().runInstances(v3Order()).body.contains("ActionTimer"_L1));
        QVERIFY(
            !QJsonDocument::fromJson(OrderTemplate::write(v3Order())).object().contains("terminateAt"_L1));
    }

    void passwordPolicyPerProtocol_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("windows");
        QTest::addColumn<bool>("v2ok");
        QTest::addColumn<bool>("v3ok");
        // Upper and lower case are two classes in 3.0 on Linux, one in 2.0.
        QTest::newRow("linux letters of both cases") << u"abcdEFGH"_s << false << false << true;
        QTest::newRow("linux 17 characters") << u"abcdefgh12345678x"_s << false << false << true;
        QTest::newRow("linux 30 characters") << u"abcdefghij1234567890abcdefghij"_s << false << false << true;
        QTest::newRow("linux 31 characters")
            << u"abcdefghij1234567890abcdefghijk"_s << false << false << false;
        QTest::newRow("linux 7 characters") << u"abcd123"_s << false << false << false;
        QTest::newRow("linux one class") << u"abcdefghij"_s << false << false << false;
        QTest::newRow("windows pipe") << u"Abcdefgh12|x"_s << true << false << true;
        QTest::newRow("windows 20 characters") << u"Abcdefghij1234567890"_s << true << false << true;
        QTest::newRow("windows two classes") << u"abcdefgh1234"_s << true << false << false;
        QTest::newRow("windows 11 characters") << u"Abcdefgh123"_s << true << false << false;
        QTest::newRow("space is never allowed") << u"Abcd 1234"_s << false << false << false;
    }
    void passwordPolicyPerProtocol()
    {
        QFETCH(QString, password);
        QFETCH(bool, windows);
        QFETCH(bool, v2ok);
        QFETCH(bool, v3ok);
        const auto family = windows ? PurchaseOrder::OsFamily::Windows : PurchaseOrder::OsFamily::Linux;
        QCOMPARE(OrderValidator::checkPassword(password,
                                               OrderValidator::passwordPolicy(PurchaseOrder::Api::V2, family))
                     .ok(),
                 v2ok);
        QCOMPARE(OrderValidator::checkPassword(password,
                                               OrderValidator::passwordPolicy(PurchaseOrder::Api::V3, family))
                     .ok(),
                 v3ok);
        PurchaseOrder o = v3Order();
        o.osFamily = family;
        o.password = password;
        o.systemDisk.size = 50;
        QCOMPARE(!errorFields(o).join(u' ').contains("password/"_L1), v3ok);
    }

    void passwordAndKeyAreExclusive()
    {
        PurchaseOrder o = v3Order();
        o.password = u"Abcd1234!"_s;
        o.keyIds = {u"skey-3glfot13"_s};
        QVERIFY(errorFields(o).contains(u"keyIds/exclusive"_s));
        o.password.clear();
        o.osFamily = PurchaseOrder::OsFamily::Windows;
        QVERIFY(errorFields(o).contains(u"keyIds/notWindows"_s));
    }

    void runInstancesBody()
    {
        PurchaseOrder o = v3Order();
        o.password = u"Abcd1234!"_s;
        o.clientToken = u"token-1"_s;
        o.goodsNum = 3;
        const ApiRequest request = v3().runInstances(o);
        QCOMPARE(request.action, u"RunInstances"_s);
        const QJsonObject b = request.body;
        QCOMPARE(b.value("InstanceChargeType"_L1).toString(), u"POSTPAID_BY_HOUR"_s);
        QCOMPARE(b.value("Placement"_L1).toObject().value("Zone"_L1).toString(), u"ap-guangzhou-3"_s);
        QCOMPARE(b.value("InstanceType"_L1).toString(), u"S5.MEDIUM4"_s);
        QCOMPARE(b.value("SystemDisk"_L1).toObject().value("DiskType"_L1).toString(), u"CLOUD_PREMIUM"_s);
        QCOMPARE(b.value("DataDisks"_L1).toArray().first().toObject().value("DiskSize"_L1).toInt(), 100);
        QCOMPARE(b.value("InternetAccessible"_L1).toObject().value("InternetMaxBandwidthOut"_L1).toInt(), 1);
        QCOMPARE(b.value("InternetAccessible"_L1).toObject().value("PublicIpAssigned"_L1).toBool(), true);
        QCOMPARE(b.value("InstanceCount"_L1).toInt(), 3);
        QCOMPARE(b.value("LoginSettings"_L1).toObject().value("Password"_L1).toString(), u"Abcd1234!"_s);
        QCOMPARE(b.value("ClientToken"_L1).toString(), u"token-1"_s);
        // The instances carry the token as a tag, so that they can be found when the history is lost.
        const QJsonObject tagged = b.value("TagSpecification"_L1).toArray().first().toObject();
        QCOMPARE(tagged.value("ResourceType"_L1).toString(), u"instance"_s);
        QCOMPARE(tagged.value("Tags"_L1).toArray(),
                 (QJsonArray{QJsonObject{{"Key"_L1, u"cvm-purchaser-token"_s}, {"Value"_L1, u"token-1"_s}}}));
        QVERIFY(!b.contains("DryRun"_L1));
        QVERIFY(!b.contains("VirtualPrivateCloud"_L1)); // no VPC asked for: the default network
        // The sandbox reads the same order back.
        QCOMPARE(V3Protocol::orderFromRunInstances(b, o.region), o);
    }

    void signedRequestCarriesTheHeaders()
    {
        const EncodedRequest e = v3().encode(v3().describeInstances({u"ins-1"_s}), u"ap-guangzhou"_s,
                                             {u"AKIDx"_s, u"key"_s, u"tmp-token"_s},
                                             QUrl(u"https://cvm.tencentcloudapi.com/"_s), 1551113065, 0);
        QHash<QByteArray, QByteArray> h;
        for (const auto &[name, value] : e.headers)
            h.insert(name, value);
        QCOMPARE(h.value("X-TC-Action"), QByteArray("DescribeInstances"));
        QCOMPARE(h.value("X-TC-Version"), QByteArray("2017-03-12"));
        QCOMPARE(h.value("X-TC-Region"), QByteArray("ap-guangzhou"));
        QCOMPARE(h.value("X-TC-Timestamp"), QByteArray("1551113065"));
        QCOMPARE(h.value("X-TC-Token"), QByteArray("tmp-token"));
        QCOMPARE(h.value("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QVERIFY(h.value("Authorization")
                    .startsWith("TC3-HMAC-SHA256 Credential=AKIDx/2019-02-25/cvm/tc3_request, "));
        QCOMPARE(
            QJsonDocument::fromJson(e.body).object().value("InstanceIds"_L1).toArray().first().toString(),
            u"ins-1"_s);
        QVERIFY(!e.body.contains("key")); // the SecretKey signs, it never travels
    }

    void errorClasses_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("errorClass");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("auth") << u"AuthFailure.SignatureFailure"_s << 4100 << false;
        QTest::newRow("expired") << u"AuthFailure.SignatureExpire"_s << 4200 << false;
        QTest::newRow("parameter") << u"InvalidParameterValue.InstanceTypeNotFound"_s << 4000 << false;
        QTest::newRow("password") << u"InvalidPassword"_s << 4000 << false;
        QTest::newRow("sold out") << u"ResourceInsufficient.SpecifiedInstanceType"_s << 5200 << false;
        QTest::newRow("balance") << u"InvalidAccount.InsufficientBalance"_s << 5300 << false;
        QTest::newRow("rate limit") << u"RequestLimitExceeded"_s << 4400 << true;
        QTest::newRow("internal") << u"InternalError"_s << 6000 << true;
        QTest::newRow("internal, detailed") << u"InternalError.TradeUnknownError"_s << 6000 << true;
        QTest::newRow("replay") << u"ReplayAttack"_s << 4500 << true;
        QTest::newRow("unknown") << u"SomethingNew.Entirely"_s << 5100 << false;
    }
    void errorClasses()
    {
        QFETCH(QString, code);
        QFETCH(int, errorClass);
        QFETCH(bool, retryable);
        const QJsonObject error{{"Code"_L1, code}, {"Message"_L1, u"server words"_s}};
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{"Response"_L1, QJsonObject{{"Error"_L1, error}, {"RequestId"_L1, u"r"_s}}}})
                .toJson();
        const ApiResult r = v3().parseReply(200, body);
        QCOMPARE(r.status, ApiResult::Status::ApiError);
        QCOMPARE(r.code, errorClass);
        QCOMPARE(r.errorName(), code);
        QCOMPARE(r.isRetryable(), retryable);
        QVERIFY(r.describe().contains("server words"_L1));
    }

    void malformedRepliesNeverCrash_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("2.0 reply") << 200 << QByteArray(R"({"code": 0})") << int(ApiResult::Status::BadReply);
        QTest::newRow("truncated") << 200 << QByteArray(R"({"Response": {)")
                                   << int(ApiResult::Status::BadReply);
        QTest::newRow("Response not object")
            << 200 << QByteArray(R"({"Response": 1})") << int(ApiResult::Status::BadReply);
        QTest::newRow("HTTP 502 page")
            << 502 << QByteArray("<html>bad gateway</html>") << int(ApiResult::Status::HttpError);
        QTest::newRow("dry run passes")
            << 200 << QByteArray(R"({"Response": {"Error": {"Code": "DryRunOperation"}}})")
            << int(ApiResult::Status::Ok);
    }
    void malformedRepliesNeverCrash()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QCOMPARE(int(v3().parseReply(http, body).status), status);
    }

    void wrongGenerationIsNamed()
    {
        const ApiResult v2Reply = v3().parseReply(200, R"({"code": 4000, "message": "MissingParameter"})");
        QCOMPARE(v2Reply.status, ApiResult::Status::BadReply);
        QVERIFY2(v2Reply.describe().contains("API 2.0 endpoint"_L1), qPrintable(v2Reply.describe()));
        const ApiResult v3Reply = ApiProtocol::forApi(PurchaseOrder::Api::V2)
                                      .parseReply(200, R"({"Response": {"RequestId": "r"}})");
        QCOMPARE(v3Reply.status, ApiResult::Status::BadReply);
        QVERIFY2(v3Reply.describe().contains("API 3.0 endpoint"_L1), qPrintable(v3Reply.describe()));
    }

    void instanceStates_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("name");
        QTest::newRow("PENDING") << u"PENDING"_s << u"creating"_s;
        QTest::newRow("RUNNING") << u"RUNNING"_s << u"running"_s;
        QTest::newRow("LAUNCH_FAILED") << u"LAUNCH_FAILED"_s << u"failed"_s;
        QTest::newRow("SHUTDOWN") << u"SHUTDOWN"_s << u"failed"_s;
        QTest::newRow("TERMINATING") << u"TERMINATING"_s << u"failed"_s;
        QTest::newRow("STOPPED") << u"STOPPED"_s << u"other"_s;
        QTest::newRow("a newer state") << u"ENTER_RESCUE_MODE"_s << u"other"_s;
    }
    void instanceStates()
    {
        QFETCH(QString, state);
        QFETCH(QString, name);
        const QJsonObject data{
            {"TotalCount"_L1, 1},
            {"InstanceSet"_L1,
             QJsonArray{QJsonObject{{"InstanceId"_L1, u"ins-1"_s},
                                    {"InstanceState"_L1, state},
                                    {"PrivateIpAddresses"_L1, QJsonArray{u"10.0.0.2"_s}},
                                    {"PublicIpAddresses"_L1, QJsonArray{u"203.0.113.9"_s}}}}}};
        const ApiReplies::DescribeInstances parsed = v3().parseDescribeInstances(data);
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.instances.size(), 1);
        const ApiReplies::InstanceState s = parsed.instances.first().state;
        const QString got = s == ApiReplies::InstanceState::Creating  ? u"creating"_s
                            : s == ApiReplies::InstanceState::Running ? u"running"_s
                            : s == ApiReplies::InstanceState::Failed  ? u"failed"_s
                                                                      : u"other"_s;
        QCOMPARE(got, name);
        QCOMPARE(parsed.instances.first().lanIp, u"10.0.0.2"_s);
        QCOMPARE(parsed.instances.first().wanIps, QStringList{u"203.0.113.9"_s});
    }

    void discoveryReplies()
    {
        const QJsonObject zones =
            QJsonDocument::fromJson(
                R"({"ZoneSet": [{"Zone": "ap-guangzhou-3", "ZoneName": "Guangzhou Zone 3", "ZoneId": "100003",
                "ZoneState": "AVAILABLE"}, {"Zone": "ap-guangzhou-2", "ZoneState": "UNAVAILABLE"}, {"ZoneId": 5}]})")
                .object();
        const ApiReplies::Zones z = v3().parseZones(zones);
        QCOMPARE(z.zones.size(), 2); // the one without a name is dropped
        QCOMPARE(z.zones.first().zoneId, 100003);
        QVERIFY(!z.zones.last().available);
        QVERIFY(!v3().parseZones({}).error.isEmpty());

        const QJsonObject configs =
            QJsonDocument::fromJson(
                R"({"InstanceTypeQuotaSet": [{"Zone": "ap-guangzhou-3", "InstanceType": "S5.LARGE8", "Cpu": 4,
                "Memory": 8, "Status": "SOLD_OUT", "SoldOutReason": "no stock", "Price": {"UnitPrice": "0.96",
                "ChargeUnit": "HOUR"}}, {"InstanceType": "S5.SMALL2", "Status": "SELL", "Cpu": "1"}]})")
                .object();
        const ApiReplies::InstanceTypeConfigs c = v3().parseInstanceTypes(configs);
        QCOMPARE(c.configs.size(), 2);
        QVERIFY(c.configs.first().soldOut);
        QCOMPARE(c.configs.first().soldOutReason, u"no stock"_s);
        QCOMPARE(c.configs.first().unitPrice, 0.96); // a number sent as a string
        QVERIFY(!c.configs.last().soldOut);
        QCOMPARE(c.configs.last().cpu, 1);
        QVERIFY(!v3().parseInstanceTypes(QJsonObject{{"InstanceTypeQuotaSet"_L1, 3}}).error.isEmpty());

        const ApiReplies::Price price =
            v3().parsePrice(QJsonDocument::fromJson(
                                R"({"Price": {"InstancePrice": {"UnitPrice": 1.25, "ChargeUnit": "HOUR"},
                "BandwidthPrice": {"UnitPrice": 0.8, "ChargeUnit": "GB"}}})")
                                .object());
        QVERIFY(price.error.isEmpty());
        QCOMPARE(price.instancePerHour, 1.25);
        QCOMPARE(price.bandwidthUnit, u"GB"_s);
        QVERIFY(!v3().parsePrice(QJsonObject{{"Price"_L1, 1}}).error.isEmpty());
        // A negative or unreadable price is no price.
        for (const char *bad : {"-0.5", "nan", "inf"}) {
            const QJsonObject instance{{"UnitPrice"_L1, QString::fromLatin1(bad)},
                                       {"ChargeUnit"_L1, u"HOUR"_s}};
            const QJsonObject reply{{"Price"_L1, QJsonObject{{"InstancePrice"_L1, instance}}}};
            QVERIFY2(!v3().parsePrice(reply).error.isEmpty(), bad);
        }
    }

    void inquiryAndDryRunRequests()
    {
        PurchaseOrder o = v3Order();
        o.password = u"Abcd1234!"_s;
        o.clientToken = u"t"_s;
        const ApiRequest price = v3().inquiryPrice(o);
        QCOMPARE(price.action, u"InquiryPriceRunInstances"_s);
        QVERIFY(!price.body.contains("LoginSettings"_L1)); // no password leaves for a price
        QCOMPARE(price.body.value("InstanceType"_L1).toString(), u"S5.MEDIUM4"_s);
        const ApiRequest dry = v3().dryRun(o);
        QCOMPARE(dry.action, u"RunInstances"_s);
        QCOMPARE(dry.body.value("DryRun"_L1).toBool(), true);
        QVERIFY(ApiProtocol::forApi(PurchaseOrder::Api::V2).dryRun({}).action.isEmpty());
        const ApiRequest types = v3().describeInstanceTypes(u"ap-guangzhou-3"_s);
        QCOMPARE(types.action, u"DescribeZoneInstanceConfigInfos"_s);
        QVERIFY(QJsonDocument(types.body).toJson().contains("POSTPAID_BY_HOUR"));
    }

    // Issue 18: the hand-off exports. The full order: tags, host name, start-up script, several data disks,
    // security groups, a VPC, key pairs and 3 instances.
    static QByteArray fullOrderTemplate()
    {
        return v3With(
            R"("osFamily": "linux", "systemDisk": {"type": "CLOUD_PREMIUM", "size": 50}, "count": 3, )"
            R"("instanceName": "web", "hostName": "web.example", "projectId": 7, )"
            R"("tags": {"team": "ops", "note": "say \"${HOME}\" 100%{x} \\ done"}, )"
            R"("userData": "#!/bin/sh\necho hello\n", "disableApiTermination": true, )"
            R"("dataDisks": [{"type": "CLOUD_SSD", "size": 200, "deleteWithInstance": false}, )"
            R"({"type": "CLOUD_PREMIUM", "size": 100}], )"
            R"("securityGroupIds": ["sg-abcd1234", "sg-efgh5678"], )"
            R"("vpcId": "vpc-abcd1234", "subnetId": "subnet-abcd1234", "keyIds": ["skey-abcd1234"], )"
            R"("internetChargeType": "TRAFFIC_POSTPAID_BY_HOUR", "bandwidth": 5, "publicIp": true)");
    }

    void sdkRequestBodyHasNoSecrets()
    {
        const OrderTemplate::ReadResult read = OrderTemplate::read(fullOrderTemplate());
        QVERIFY2(read.ok(), qPrintable(read.problems.value(0).message));
        PurchaseOrder order = read.order;
        order.password = u"Abcd1234!xyz"_s;
        order.clientToken = u"3f0c9b1e-5a7d-4c2e-9b8a-1d2e3f4a5b6c"_s;
        const QJsonObject body = v3().sdkRequestBody(order);
        // What runInstances() sends, but the password, the client token and the tag carrying it.
        QJsonObject expected = v3().runInstances(order).body;
        expected.remove(u"ClientToken"_s);
        expected.insert(u"LoginSettings"_s, QJsonObject{{u"KeyIds"_s, QJsonArray{u"skey-abcd1234"_s}}});
        expected.insert(
            u"TagSpecification"_s,
            QJsonArray{QJsonObject{
                {u"ResourceType"_s, u"instance"_s},
                {u"Tags"_s, QJsonArray{QJsonObject{{u"Key"_s, u"note"_s},
                                                   {u"Value"_s, u"say \"${HOME}\" 100%{x} \\ done"_s}},
                                       QJsonObject{{u"Key"_s, u"team"_s}, {u"Value"_s, u"ops"_s}}}}}});
        QCOMPARE(body, expected);
        const QByteArray text = QJsonDocument(body).toJson();
        QVERIFY(!text.contains("Abcd1234!xyz"));
        QVERIFY(!text.contains("3f0c9b1e"));
        QCOMPARE(body.value(u"InstanceCount"_s).toInt(), 3);
        QCOMPARE(body.value(u"HostName"_s).toString(), u"web.example"_s);
        // API 2.0 has no such request.
        QVERIFY(ApiProtocol::forApi(PurchaseOrder::Api::V2).sdkRequestBody(order).isEmpty());
    }

    void terraformResourceOfFullOrder()
    {
        const OrderTemplate::ReadResult read = OrderTemplate::read(fullOrderTemplate());
        QVERIFY2(read.ok(), qPrintable(read.problems.value(0).message));
        PurchaseOrder order = read.order;
        order.password = u"Abcd1234!xyz"_s;
        order.clientToken = u"3f0c9b1e-5a7d-4c2e-9b8a-1d2e3f4a5b6c"_s;
        const QString expected = uR"(# Region "ap-guangzhou": the provider's region.
# No ClientToken: Terraform's state, not RunInstances' client token, keeps the instances from being bought twice.
# RunInstances would name the instances "web1 … web3"; Terraform gives each the name as it is.
resource "tencentcloud_instance" "web" {
  count = 3
  instance_charge_type = "POSTPAID_BY_HOUR"
  availability_zone = "ap-guangzhou-3"
  instance_type = "S5.MEDIUM4"
  image_id = "img-eb30mz89"
  system_disk_type = "CLOUD_PREMIUM"
  system_disk_size = 50

  data_disks {
    data_disk_type = "CLOUD_SSD"
    data_disk_size = 200
    delete_with_instance = false
  }

  data_disks {
    data_disk_type = "CLOUD_PREMIUM"
    data_disk_size = 100
    delete_with_instance = true
  }

  vpc_id = "vpc-abcd1234"
  subnet_id = "subnet-abcd1234"
  orderly_security_groups = ["sg-abcd1234", "sg-efgh5678"]
  internet_charge_type = "TRAFFIC_POSTPAID_BY_HOUR"
  internet_max_bandwidth_out = 5
  allocate_public_ip = true
  key_ids = ["skey-abcd1234"]
  instance_name = "web"
  hostname = "web.example"
  user_data = "IyEvYmluL3NoCmVjaG8gaGVsbG8K"
  project_id = 7
  disable_api_termination = true

  tags = {
    "note" = "say \"$${HOME}\" 100%%{x} \\ done"
    "team" = "ops"
  }
}
)"_s;
        const QString actual = v3().terraformResource(order);
        if (actual != expected)
            qWarning().noquote() << "actual:\n" << actual;
        QCOMPARE(actual, expected);
        QVERIFY(ApiProtocol::forApi(PurchaseOrder::Api::V2).terraformResource(order).isEmpty());
    }

    void terraformNotesWhatItCannotSay()
    {
        const OrderTemplate::ReadResult read = OrderTemplate::read(v3With(
            R"("count": 2, "instanceName": "3-web-{R:1,F:2}", "hostName": "h-{IP}", )"
            R"("securityService": false, "monitorService": false, "publicIp": false, "bandwidth": 0)"));
        QVERIFY2(read.ok(), qPrintable(read.problems.value(0).message));
        const QString text = v3().terraformResource(read.order);
        QVERIFY2(text.contains(u"\n# No key_ids: the cloud generates each instance's password"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"\n# The order turns the security agent off"_s));
        QVERIFY(text.contains(u"\n# The order turns the monitor agent off"_s));
        QVERIFY(
            text.contains(u"\n# instance_name \"3-web-{R:1,F:2}\" numbers the instances in RunInstances "_s
                          u"(\"3-web-01 … 3-web-02\")"_s));
        QVERIFY(text.contains(u"\n# hostname \"h-{IP}\" numbers the instances"_s));
        QVERIFY(text.contains(u"resource \"tencentcloud_instance\" \"web\" {\n"_s));
        QVERIFY(!text.contains(u"  instance_name ="_s));
        QVERIFY(!text.contains(u"  hostname ="_s));
        QVERIFY(!text.contains(u"  key_ids ="_s));
        QVERIFY(text.contains(u"  allocate_public_ip = false\n"_s));
        QVERIFY(text.contains(u"  count = 2\n"_s));
        QVERIFY(text.endsWith(u"  disable_api_termination = false\n}\n"_s));
        QVERIFY(!text.contains(u"ActionTimer"_s));

        // A destroy-at time has no argument in the resource: said, never dropped silently.
        PurchaseOrder timed = read.order;
        ApiProtocol::setTerminateAt(&timed, QDateTime(QDate(2030, 1, 2), QTime(18, 0), QTimeZone(8 * 3600)));
        QVERIFY2(v3().terraformResource(timed).contains(
                     u"\n# The order destroys the instances at 2030-01-02T10:00:00Z (ActionTimer)"_s),
                 qPrintable(v3().terraformResource(timed)));
    }

    void protocolsByName()
    {
        QCOMPARE(ApiProtocol::forName(u"3.0"_s), &v3());
        QCOMPARE(ApiProtocol::forName(u"2.0"_s)->api(), PurchaseOrder::Api::V2);
        QCOMPARE(ApiProtocol::forName(u"3"_s), nullptr);
        QCOMPARE(v3().defaultUrl(), QUrl(u"https://cvm.tencentcloudapi.com/"_s));
    }
};

QTEST_GUILESS_MAIN(TestProtocolV3)
#include "tst_protocol_v3.moc"
