// An API 2.0 order as its API 3.0 equivalent (`convert`, issue 17): every key of a full 2.0 template in 3.0
// terms, the template that results valid as 3.0, and for each key with no 3.0 equivalent the reason.
#include "order/Catalog.h"
#include "order/OrderConversion.h"
#include "order/OrderTemplate.h"
#include "order/OrderValidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOrderConversion : public QObject
{
    Q_OBJECT

    static PurchaseOrder v2Order(const QByteArray &json)
    {
        const OrderTemplate::ReadResult read = OrderTemplate::read(json);
        if (!read.ok())
            qFatal("the 2.0 template does not read: %s", qPrintable(read.problems.first().message));
        return read.order;
    }

    static QStringList errors(const PurchaseOrder &order)
    {
        QStringList out;
        for (const FieldProblem &p : OrderValidator(Catalog::builtIn()).validate(order))
            if (p.isError())
                out.append(u"%1: %2"_s.arg(p.field, p.message));
        return out;
    }

private Q_SLOTS:
    void fullTemplateConverts()
    {
        const PurchaseOrder from = v2Order(R"({"schema": 1, "region": "gz", "zoneId": 100003,
            "instanceType": "CVM.S1", "cpu": 1, "mem": 2, "imageId": "img-3wnd9xpl", "imageType": 2,
            "osFamily": "linux", "storageType": 4, "storageSize": 100, "rootSize": 40,
            "bandwidthType": "PayByTraffic", "bandwidth": 5, "wanIp": 1, "vpcId": "vpc-abcd1234",
            "subnetId": "subnet-abcd1234", "isVpcGateway": 0, "keyId": "skey-3glfot13",
            "needSecurityAgent": 1, "needMonitorAgent": 0, "projectId": 7, "goodsNum": 3,
            "instanceName": "web"})");
        QCOMPARE(errors(from), QStringList());
        const OrderConversion::Result converted = OrderConversion::toApi3(from);
        QVERIFY(converted.ok());
        const QByteArray expected = R"({
  "schema": 1,
  "api": "3.0",
  "region": "ap-guangzhou",
  "zone": "ap-guangzhou-3",
  "instanceType": "S1.SMALL2",
  "imageId": "img-3wnd9xpl",
  "osFamily": "linux",
  "systemDisk": {"size":40,"type":"CLOUD_SSD"},
  "dataDisks": [{"size":100,"type":"CLOUD_SSD"}],
  "vpcId": "vpc-abcd1234",
  "subnetId": "subnet-abcd1234",
  "internetChargeType": "TRAFFIC_POSTPAID_BY_HOUR",
  "bandwidth": 5,
  "publicIp": true,
  "keyIds": ["skey-3glfot13"],
  "securityGroupIds": [],
  "securityService": true,
  "monitorService": false,
  "projectId": 7,
  "count": 3,
  "instanceName": "web"
}
)";
        const QByteArray written = OrderTemplate::write(converted.order);
        QCOMPARE(written, expected);
        // The 3.0 template reads back as the same template, and is valid.
        const OrderTemplate::ReadResult read = OrderTemplate::read(written);
        QVERIFY(read.ok());
        QCOMPARE(OrderTemplate::write(read.order), written);
        QCOMPARE(errors(read.order), QStringList());
    }

    // Each legacy type, storage type and billing onto its 3.0 name.
    void valuesInApi3Terms_data()
    {
        QTest::addColumn<QByteArray>("keys");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("disk");
        QTest::addColumn<QString>("charge");
        QTest::newRow("local SSD") << QByteArray(
                                          R"("region": "sh", "zoneId": 200002, "instanceType": "CVM.I1",
            "cpu": 2, "mem": 4, "storageType": 3, "bandwidthType": "PayByHour")")
                                   << u"ap-shanghai-2"_s << u"I1.MEDIUM4"_s << u"LOCAL_SSD"_s
                                   << u"BANDWIDTH_POSTPAID_BY_HOUR"_s;
        QTest::newRow("memory") << QByteArray(R"("region": "bj", "zoneId": 800001, "instanceType": "CVM.M1",
            "cpu": 8, "mem": 64, "storageType": 2)")
                                << u"ap-beijing-1"_s << u"M1.2XLARGE64"_s << u"CLOUD_BASIC"_s
                                << u"BANDWIDTH_POSTPAID_BY_HOUR"_s;
        QTest::newRow("local disk") << QByteArray(
                                           R"("region": "kr", "zoneId": 180001, "instanceType": "CVM.S2",
            "cpu": 24, "mem": 96, "storageType": 1, "bandwidthType": "PayByTraffic")")
                                    << u"ap-seoul-1"_s << u"S2.6XLARGE96"_s << u"LOCAL_BASIC"_s
                                    << u"TRAFFIC_POSTPAID_BY_HOUR"_s;
        QTest::newRow("12 cores") << QByteArray(R"("region": "cd", "zoneId": 160002, "instanceType": "CVM.S1",
            "cpu": 12, "mem": 28, "storageType": 4)")
                                  << u"ap-chengdu-2"_s << u"S1.3XLARGE28"_s << u"CLOUD_SSD"_s
                                  << u"BANDWIDTH_POSTPAID_BY_HOUR"_s;
    }
    void valuesInApi3Terms()
    {
        QFETCH(QByteArray, keys);
        const PurchaseOrder from =
            v2Order(R"({"schema": 1, "imageId": "img-3wnd9xpl", "storageSize": 100, )" + keys + "}");
        QCOMPARE(errors(from), QStringList());
        const OrderConversion::Result converted = OrderConversion::toApi3(from);
        QVERIFY(converted.ok());
        QCOMPARE(converted.order.api, PurchaseOrder::Api::V3);
        QTEST(converted.order.zone, "zone");
        QTEST(converted.order.instanceType, "type");
        QTEST(converted.order.systemDisk.type, "disk");
        QTEST(converted.order.dataDisks.value(0).type, "disk");
        QTEST(converted.order.internetChargeType, "charge");
        QCOMPARE(errors(converted.order), QStringList());
    }

    // A key with no 3.0 equivalent: named, with the reason; the rest converts.
    void keysWithoutEquivalent()
    {
        const PurchaseOrder from = v2Order(R"({"schema": 1, "region": "gz", "zoneId": 100009,
            "instanceType": "CVM.S1", "cpu": 1, "mem": 2, "imageId": "img-3wnd9xpl", "bandwidth": 2,
            "vpcId": "vpc-abcd1234", "subnetId": "subnet-abcd1234", "isVpcGateway": 1,
            "instanceName": "web-{R:1}"})");
        QCOMPARE(errors(from), QStringList());
        const OrderConversion::Result converted = OrderConversion::toApi3(from);
        QVERIFY(!converted.ok());
        QStringList fields;
        for (const FieldProblem &p : converted.unconvertible) {
            fields.append(p.field);
            QVERIFY2(p.message.contains(" has no API 3.0 equivalent: "_L1), qPrintable(p.message));
        }
        QCOMPARE(fields, (QStringList{u"zoneId"_s, u"isVpcGateway"_s, u"instanceName"_s}));
        QVERIFY(converted.unconvertible.at(0).message.startsWith("Zone 100009 has no API 3.0"_L1));
        QVERIFY(converted.unconvertible.at(1).message.contains("gateway"_L1));
        QVERIFY(converted.unconvertible.at(2).message.contains("{R:"_L1));
        // What converts is kept.
        QCOMPARE(converted.order.instanceType, u"S1.SMALL2"_s);
        QCOMPARE(converted.order.vpcId, u"vpc-abcd1234"_s);
    }

    // A password typed for the 2.0 order never goes over: it is typed again, under 3.0's policy.
    void passwordIsNeverCarried()
    {
        PurchaseOrder from = v2Order(R"({"schema": 1, "region": "gz", "zoneId": 100001, "cpu": 1, "mem": 2,
            "imageId": "img-3wnd9xpl"})");
        from.password = u"Abcd1234!x"_s;
        from.clientToken = u"token-1"_s;
        const OrderConversion::Result converted = OrderConversion::toApi3(from);
        QVERIFY(converted.ok());
        QVERIFY(converted.order.password.isEmpty());
        QVERIFY(converted.order.clientToken.isEmpty());
        QVERIFY(!OrderTemplate::write(converted.order).contains("Abcd1234"));
    }
};

QTEST_GUILESS_MAIN(TestOrderConversion)
#include "tst_orderconversion.moc"
