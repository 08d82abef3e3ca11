// The built-in catalog (PROTOCOL.md sections 7 and 8) and the endpoint rules
// of CONTRACTS.md.

#include "api/Endpoint.h"
#include "order/Catalog.h"

#include <QMap>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

using MemoryTable = QMap<int, QList<int>>;

// "1:{1,2,4,8} 2:{2,4}" as PROTOCOL.md section 8 writes it.
MemoryTable parseTable(const QString &text)
{
    MemoryTable table;
    for (const QString &entry : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString cores = entry.section(u':', 0, 0);
        QString choices = entry.section(u':', 1);
        choices.remove(u'{').remove(u'}');
        QList<int> memory;
        for (const QString &m : choices.split(u','))
            memory << m.toInt();
        table.insert(cores.toInt(), memory);
    }
    return table;
}

QString describeTable(const MemoryTable &table)
{
    QStringList parts;
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        QStringList memory;
        for (int m : it.value())
            memory << QString::number(m);
        parts << QString::number(it.key()) + u":{"_s + memory.join(u',') + u'}';
    }
    return parts.join(u' ');
}

const char *const kEnv = "CVM_PURCHASER_ENDPOINT";

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void regions_data();
    void regions();
    void exactlyTheDocumentedRegions();
    void regionOfZone_data();
    void regionOfZone();
    void instanceTypes_data();
    void instanceTypes();
    void storageTypes_data();
    void storageTypes();
    void lookups();
    void fromJsonMalformed_data();
    void fromJsonMalformed();
    void fromJsonMinimal();

    void endpointDefault();
    void resolvePrecedence_data();
    void resolvePrecedence();
    void emptyOrCredentialedEndpointRefused();
    void fromUrl_data();
    void fromUrl();
    void isLoopbackHost_data();
    void isLoopbackHost();
    void urlForAction_data();
    void urlForAction();
};

void TestCatalog::init()
{
    qunsetenv(kEnv);
}

void TestCatalog::cleanup()
{
    qunsetenv(kEnv);
}

void TestCatalog::regions_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("nameEn");
    QTest::addColumn<QString>("nameZh");
    QTest::addColumn<QList<int>>("zones");
    QTest::addColumn<QStringList>("zoneNamesZh");

    QTest::newRow("gz") << u"gz"_s << u"Guangzhou"_s << u"广州"_s
                        << QList<int>{100001, 100002, 100003, 100004}
                        << QStringList{u"广州一区"_s, u"广州二区"_s, u"广州三区"_s, u"广州四区"_s};
    QTest::newRow("sh") << u"sh"_s << u"Shanghai"_s << u"上海"_s << QList<int>{200001, 200002}
                        << QStringList{u"上海一区"_s, u"上海二区"_s};
    QTest::newRow("hk") << u"hk"_s << u"Hong Kong"_s << u"香港"_s << QList<int>{300001}
                        << QStringList{u"香港一区"_s};
    QTest::newRow("ca") << u"ca"_s << u"North America (Toronto)"_s << u"北美（多伦多）"_s
                        << QList<int>{400001} << QStringList{u"多伦多一区"_s};
    QTest::newRow("shjr") << u"shjr"_s << u"Shanghai Finance"_s << u"上海金融"_s << QList<int>{700001, 700002}
                          << QStringList{u"上海金融一区"_s, u"上海金融二区"_s};
    QTest::newRow("bj") << u"bj"_s << u"Beijing"_s << u"北京"_s << QList<int>{800001, 800002}
                        << QStringList{u"北京一区"_s, u"北京二区"_s};
    QTest::newRow("sg") << u"sg"_s << u"Singapore"_s << u"新加坡"_s << QList<int>{900001}
                        << QStringList{u"新加坡一区"_s};
    QTest::newRow("szjr") << u"szjr"_s << u"Shenzhen Finance"_s << u"深圳金融"_s << QList<int>{110001, 110002}
                          << QStringList{u"深圳金融一区"_s, u"深圳金融二区"_s};
    QTest::newRow("gzopen") << u"gzopen"_s << u"Guangzhou Open"_s << u"广州 OPEN"_s << QList<int>{120001}
                            << QStringList{u"广州 Open 专区"_s};
    QTest::newRow("usw") << u"usw"_s << u"US West (Silicon Valley)"_s << u"美西（硅谷）"_s
                         << QList<int>{150001} << QStringList{u"硅谷一区"_s};
    QTest::newRow("cd") << u"cd"_s << u"Chengdu"_s << u"成都"_s << QList<int>{160001, 160002}
                        << QStringList{u"成都一区"_s, u"成都二区"_s};
    QTest::newRow("de") << u"de"_s << u"Germany (Frankfurt)"_s << u"德国（法兰克福）"_s << QList<int>{170001}
                        << QStringList{u"法兰克福一区"_s};
    QTest::newRow("kr") << u"kr"_s << u"Korea (Seoul)"_s << u"韩国（首尔）"_s << QList<int>{180001}
                        << QStringList{u"首尔一区"_s};
}

void TestCatalog::regions()
{
    QFETCH(QString, code);
    QFETCH(QString, nameEn);
    QFETCH(QString, nameZh);
    QFETCH(QList<int>, zones);
    QFETCH(QStringList, zoneNamesZh);

    const Catalog::Region *region = Catalog::builtIn().region(code);
    QVERIFY(region);
    QCOMPARE(region->code, code);
    QCOMPARE(region->nameEn, nameEn);
    QCOMPARE(region->nameZh, nameZh);
    QList<int> ids;
    QStringList namesZh;
    for (const Catalog::Zone &z : region->zones) {
        ids << z.id;
        namesZh << z.nameZh;
        QVERIFY2(!z.nameEn.isEmpty(), qPrintable(QString::number(z.id)));
    }
    QCOMPARE(ids, zones);
    QCOMPARE(namesZh, zoneNamesZh);
}

void TestCatalog::exactlyTheDocumentedRegions()
{
    QStringList codes;
    for (const Catalog::Region &r : Catalog::builtIn().regions())
        codes << r.code;
    codes.sort();
    QStringList expected{u"gz"_s,   u"sh"_s,     u"hk"_s,  u"ca"_s, u"shjr"_s, u"bj"_s, u"sg"_s,
                         u"szjr"_s, u"gzopen"_s, u"usw"_s, u"cd"_s, u"de"_s,   u"kr"_s};
    expected.sort();
    QCOMPARE(codes, expected);
}

void TestCatalog::regionOfZone_data()
{
    QTest::addColumn<int>("zoneId");
    QTest::addColumn<QString>("region");
    QTest::newRow("100001") << 100001 << u"gz"_s;
    QTest::newRow("100003") << 100003 << u"gz"_s;
    QTest::newRow("100004") << 100004 << u"gz"_s;
    QTest::newRow("200002") << 200002 << u"sh"_s;
    QTest::newRow("300001") << 300001 << u"hk"_s;
    QTest::newRow("400001") << 400001 << u"ca"_s;
    QTest::newRow("700002") << 700002 << u"shjr"_s;
    QTest::newRow("800001") << 800001 << u"bj"_s;
    QTest::newRow("900001") << 900001 << u"sg"_s;
    QTest::newRow("110001") << 110001 << u"szjr"_s;
    QTest::newRow("120001") << 120001 << u"gzopen"_s;
    QTest::newRow("150001") << 150001 << u"usw"_s;
    QTest::newRow("160002") << 160002 << u"cd"_s;
    QTest::newRow("170001") << 170001 << u"de"_s;
    QTest::newRow("180001") << 180001 << u"kr"_s;
    QTest::newRow("unknown 100005") << 100005 << QString();
    QTest::newRow("unknown 0") << 0 << QString();
    QTest::newRow("unknown -1") << -1 << QString();
}

void TestCatalog::regionOfZone()
{
    QFETCH(int, zoneId);
    QFETCH(QString, region);
    QCOMPARE(Catalog::builtIn().regionOfZone(zoneId), region);
}

void TestCatalog::instanceTypes_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("table");
    // PROTOCOL.md section 8, verbatim.
    QTest::newRow("CVM.S1")
        << u"CVM.S1"_s
        << u"1:{1,2,4,8} 2:{2,4,8,12,16} 4:{4,8,12,16,24,32} 8:{8,12,16,24,32,64} 12:{12,16,24,28,32,36,48} 16:{16,24,32,48} 24:{24,48,56,60} 32:{64}"_s;
    QTest::newRow("CVM.S2")
        << u"CVM.S2"_s
        << u"1:{1,2,4} 2:{4,8} 4:{4,8,16} 8:{8,16,32} 12:{24,48} 16:{32,48,64} 24:{48,56,96} 32:{64,120,128}"_s;
    QTest::newRow("CVM.I1")
        << u"CVM.I1"_s
        << u"2:{4,8,10,16} 4:{8,16,20,32} 8:{16,24,32,40} 12:{24,36,48,60} 16:{48,80} 24:{120} 32:{160} 48:{240}"_s;
    QTest::newRow("CVM.I2")
        << u"CVM.I2"_s << u"2:{4,8,16} 4:{8,16,32} 8:{16,24,32} 12:{24,48} 16:{32,64} 24:{96} 32:{120}"_s;
    QTest::newRow("CVM.M1") << u"CVM.M1"_s
                            << u"1:{8} 2:{16} 4:{32} 8:{64} 12:{96} 16:{128} 24:{192} 32:{256} 48:{368}"_s;
    QTest::newRow("CVM.M2") << u"CVM.M2"_s
                            << u"1:{8} 2:{16} 4:{32} 8:{64} 12:{96} 16:{128} 24:{192} 32:{256} 48:{384}"_s;
    QTest::newRow("CVM.C2") << u"CVM.C2"_s << u"4:{8,16,32} 8:{16,32} 16:{32,60} 32:{120}"_s;
}

void TestCatalog::instanceTypes()
{
    QFETCH(QString, id);
    QFETCH(QString, table);
    const Catalog &catalog = Catalog::builtIn();
    QCOMPARE(catalog.instanceTypes().size(), 7);
    const Catalog::InstanceType *type = catalog.instanceType(id);
    QVERIFY(type);
    QCOMPARE(type->id, id);
    QVERIFY(!type->descriptionEn.isEmpty());
    QVERIFY(!type->descriptionZh.isEmpty());
    const MemoryTable expected = parseTable(table);
    QCOMPARE(describeTable(type->memoryByCpu), describeTable(expected));
    QCOMPARE(type->memoryByCpu, expected);
    // Every disk type an instance type offers exists.
    QVERIFY(!type->storageTypes.isEmpty());
    for (int s : type->storageTypes)
        QVERIFY2(catalog.storageType(s), qPrintable(QString::number(s)));
}

void TestCatalog::storageTypes_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<int>("dataMin");
    QTest::addColumn<int>("dataMax");
    QTest::newRow("1 local disk") << 1 << 10 << 1000;
    QTest::newRow("2 cloud block storage") << 2 << 10 << 4000;
    QTest::newRow("3 local SSD") << 3 << 10 << 1600;
    QTest::newRow("4 SSD cloud disk") << 4 << 100 << 4000;
}

void TestCatalog::storageTypes()
{
    QFETCH(int, id);
    QFETCH(int, dataMin);
    QFETCH(int, dataMax);
    QCOMPARE(Catalog::builtIn().storageTypes().size(), 4);
    const Catalog::StorageType *s = Catalog::builtIn().storageType(id);
    QVERIFY(s);
    QCOMPARE(s->id, id);
    QCOMPARE(s->dataMin, dataMin);
    QCOMPARE(s->dataMax, dataMax);
    QVERIFY(!s->nameEn.isEmpty());
    QVERIFY(!s->nameZh.isEmpty());
}

void TestCatalog::lookups()
{
    const Catalog &c = Catalog::builtIn();
    QVERIFY(c.region(u"gz"_s));
    QVERIFY(!c.region(u"xx"_s));
    QVERIFY(!c.region(u"GZ"_s));
    QVERIFY(!c.region(QString()));
    QVERIFY(c.instanceType(u"CVM.C2"_s));
    QVERIFY(!c.instanceType(u"S5.MEDIUM4"_s));
    QVERIFY(c.storageType(4));
    QVERIFY(!c.storageType(0));
    QVERIFY(!c.storageType(5));
    // Local SSD is the high IO types' disk; the standard type does not have it.
    QVERIFY(c.instanceType(u"CVM.I1"_s)->storageTypes.contains(3));
    QVERIFY(!c.instanceType(u"CVM.S1"_s)->storageTypes.contains(3));
}

void TestCatalog::fromJsonMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("regions: gz");
    QTest::newRow("truncated") << QByteArray(R"({"regions": [)");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray(R"([{"regions": []}])");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("no instance types") << QByteArray(R"({"regions":[{"code":"gz","zones":[{"id":100001}]}],
                         "storageTypes":[{"id":1,"dataMin":10,"dataMax":1000}]})");
    QTest::newRow("wrong types") << QByteArray(R"({"regions":"gz","instanceTypes":5,"storageTypes":null})");
}

void TestCatalog::fromJsonMalformed()
{
    QFETCH(QByteArray, json);
    QString error;
    const Catalog c = Catalog::fromJson(json, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(c.regions().isEmpty());
    QVERIFY(c.instanceTypes().isEmpty());
    QVERIFY(c.storageTypes().isEmpty());
    QVERIFY(!c.region(u"gz"_s));
    QVERIFY(c.regionOfZone(100001).isEmpty());
    // Without an error pointer it must not crash either.
    QVERIFY(Catalog::fromJson(json).regions().isEmpty());
}

void TestCatalog::fromJsonMinimal()
{
    QString error;
    const Catalog c = Catalog::fromJson(R"({
        "regions":[{"code":"gz","en":"Guangzhou","zh":"广州","zones":[{"id":100001,"en":"Z1","zh":"一区"}]}],
        "instanceTypes":[{"id":"CVM.S1","storageTypes":[4,1],"configs":{"2":[8,4],"1":[2,1]}}],
        "storageTypes":[{"id":1,"en":"Local","zh":"本地","dataMin":10,"dataMax":1000}]})",
                                        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(c.regions().size(), 1);
    QCOMPARE(c.regionOfZone(100001), u"gz"_s);
    const Catalog::InstanceType *t = c.instanceType(u"CVM.S1"_s);
    QVERIFY(t);
    // Choices come out ascending whatever order the file lists them in.
    QCOMPARE(t->memoryByCpu.value(1), (QList<int>{1, 2}));
    QCOMPARE(t->memoryByCpu.value(2), (QList<int>{4, 8}));
    QCOMPARE(t->storageTypes, (QList<int>{1, 4}));
    QCOMPARE(c.storageType(1)->dataMax, 1000);
}

void TestCatalog::endpointDefault()
{
    const Endpoint e(PurchaseOrder::Api::V2);
    QCOMPARE(e.url(), QUrl(u"https://cvm.api.qcloud.com/v2/index.php"_s));
    QVERIFY(e.isDefault());
}

void TestCatalog::resolvePrecedence_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QByteArray>("env");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("isDefault");
    QTest::addColumn<QStringList>("errorContains");

    const QString flagUrl = u"http://127.0.0.1:8080/v2/index.php"_s;
    const QByteArray envUrl = "https://gateway.example.com/v2/index.php";
    const QString defaultUrl = u"https://cvm.api.qcloud.com/v2/index.php"_s;
    QTest::newRow("flag beats environment") << flagUrl << envUrl << true << flagUrl << false << QStringList();
    QTest::newRow("flag alone") << flagUrl << QByteArray() << true << flagUrl << false << QStringList();
    QTest::newRow("environment beats default")
        << QString() << envUrl << true << QString::fromLatin1(envUrl) << false << QStringList();
    QTest::newRow("default") << QString() << QByteArray() << true << defaultUrl << true << QStringList();
    QTest::newRow("bad flag is not skipped for the environment")
        << u"http://cvm.example.com/v2/index.php"_s << envUrl << false << QString() << false
        << QStringList{u"--endpoint"_s, u"https"_s};
    QTest::newRow("bad environment is not skipped for the default")
        << QString() << QByteArray("http://10.1.2.3:8080/v2/index.php") << false << QString() << false
        << QStringList{u"CVM_PURCHASER_ENDPOINT"_s, u"https"_s};
    QTest::newRow("good flag hides a bad environment")
        << flagUrl << QByteArray("http://10.1.2.3/") << true << flagUrl << false << QStringList();
}

void TestCatalog::emptyOrCredentialedEndpointRefused()
{
    // An unset shell variable (`--endpoint "$URL"`) must not mean the real cloud, even with an endpoint
    // in the environment.
    QVERIFY(qputenv(kEnv, "http://127.0.0.1:8080/v2/index.php"));
    Endpoint endpoint(PurchaseOrder::Api::V2);
    QString error;
    QVERIFY(!Endpoint::resolve(QString(u""_s), &endpoint, &error, PurchaseOrder::Api::V2));
    QVERIFY2(error.contains(u"--endpoint"_s) && error.contains(u"empty"_s), qPrintable(error));
    qunsetenv(kEnv);
    QVERIFY(!Endpoint::resolve(QString(u""_s), &endpoint, &error, PurchaseOrder::Api::V2));

    // A URL with a user name and password is refused without repeating them.
    for (const QString &url : {u"http://admin:hunter2@127.0.0.1:8080/v2/index.php"_s,
                               u"https://admin:hunter2@cvm.example.com/"_s, u"https://hunter2@/"_s}) {
        error.clear();
        QVERIFY2(!Endpoint::resolve(url, &endpoint, &error, PurchaseOrder::Api::V2), qPrintable(url));
        QVERIFY2(error.contains(u"user name or password"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"hunter2"_s) && !error.contains(u"admin"_s), qPrintable(error));
    }
}

void TestCatalog::resolvePrecedence()
{
    QFETCH(QString, flag);
    QFETCH(QByteArray, env);
    QFETCH(bool, ok);
    QFETCH(QString, url);
    QFETCH(bool, isDefault);
    QFETCH(QStringList, errorContains);

    if (env.isEmpty())
        qunsetenv(kEnv);
    else
        QVERIFY(qputenv(kEnv, env));

    Endpoint endpoint(PurchaseOrder::Api::V2);
    QString error;
    const std::optional<QString> flagValue = flag.isNull() ? std::nullopt : std::optional<QString>(flag);
    QCOMPARE(Endpoint::resolve(flagValue, &endpoint, &error, PurchaseOrder::Api::V2), ok);
    if (ok) {
        QCOMPARE(endpoint.url(), QUrl(url));
        QCOMPARE(endpoint.isDefault(), isDefault);
    } else {
        QVERIFY(!error.isEmpty());
        for (const QString &part : errorContains)
            QVERIFY2(error.contains(part), qPrintable(u"\""_s + error + u"\" lacks "_s + part));
    }
}

void TestCatalog::fromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("https remote") << u"https://gateway.example.com/v2/index.php"_s << true << QString();
    QTest::newRow("https with port") << u"https://gateway.example.com:8443/v2/index.php"_s << true
                                     << QString();
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080/v2/index.php"_s << true << QString();
    QTest::newRow("http 127.0.0.2") << u"http://127.0.0.2/v2/index.php"_s << true << QString();
    QTest::newRow("http [::1]") << u"http://[::1]:9000/v2/index.php"_s << true << QString();
    QTest::newRow("http localhost") << u"http://localhost:9000/v2/index.php"_s << true << QString();
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST/v2/index.php"_s << true << QString();
    QTest::newRow("http remote") << u"http://cvm.api.qcloud.com/v2/index.php"_s << false << u"https"_s;
    QTest::newRow("http private address") << u"http://10.0.0.1:8080/v2/index.php"_s << false << u"https"_s;
    QTest::newRow("http localhost lookalike") << u"http://localhost.example.com/"_s << false << u"https"_s;
    QTest::newRow("http 127.0.0.1 lookalike") << u"http://127.0.0.1.nip.io/"_s << false << u"https"_s;
    QTest::newRow("http [::2]") << u"http://[::2]/"_s << false << u"https"_s;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/"_s << false << u"ftp://127.0.0.1/"_s;
    QTest::newRow("no scheme") << u"cvm.api.qcloud.com/v2/index.php"_s << false << QString();
    QTest::newRow("not a URL") << u"not a url"_s << false << u"not a url"_s;
    QTest::newRow("empty") << QString() << false << QString();
}

void TestCatalog::fromUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QFETCH(QString, errorContains);
    Endpoint endpoint(PurchaseOrder::Api::V2);
    QString error;
    QCOMPARE(Endpoint::fromUrl(url, &endpoint, &error, PurchaseOrder::Api::V2), ok);
    if (ok) {
        QCOMPARE(endpoint.url(), QUrl(url));
        QVERIFY(!endpoint.isDefault());
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(errorContains), qPrintable(error));
        // A refused URL leaves the endpoint as it was.
        QVERIFY(endpoint.isDefault());
        QCOMPARE(endpoint.url(), Endpoint(PurchaseOrder::Api::V2).url());
    }
}

void TestCatalog::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.255.255.254") << u"127.255.255.254"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("::ffff:127.0.0.1") << u"::ffff:127.0.0.1"_s << true;
    QTest::newRow("::ffff:10.0.0.1") << u"::ffff:10.0.0.1"_s << false;
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LocalHost") << u"LocalHost"_s << true;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
    QTest::newRow("0.0.0.0") << u"0.0.0.0"_s << false;
    QTest::newRow("::") << u"::"_s << false;
    QTest::newRow("cvm.api.qcloud.com") << u"cvm.api.qcloud.com"_s << false;
    QTest::newRow("localhost.example.com") << u"localhost.example.com"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCatalog::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(Endpoint::isLoopbackHost(host), loopback);
}

void TestCatalog::urlForAction_data()
{
    QTest::addColumn<QString>("endpoint"); // empty: the default
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("url");

    const QString cvm = u"https://cvm.api.qcloud.com/v2/index.php"_s;
    const QString image = u"https://image.api.qcloud.com/v2/index.php"_s;
    const QString sandbox = u"http://127.0.0.1:8080/v2/index.php"_s;
    for (const QString &action :
         {u"RunInstancesHour"_s, u"DescribeInstances"_s, u"DescribeAvailabilityZones"_s,
          u"DescribeKeyPairs"_s, u"InquiryInstancePriceHour"_s}) {
        QTest::addRow("default %s", qPrintable(action)) << QString() << action << cvm;
        QTest::addRow("custom %s", qPrintable(action)) << sandbox << action << sandbox;
    }
    QTest::newRow("default DescribeImages") << QString() << u"DescribeImages"_s << image;
    QTest::newRow("custom DescribeImages") << sandbox << u"DescribeImages"_s << sandbox;
    QTest::newRow("custom https DescribeImages")
        << u"https://gateway.example.com/api"_s << u"DescribeImages"_s
        << u"https://gateway.example.com/api"_s;
}

void TestCatalog::urlForAction()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, action);
    QFETCH(QString, url);

    Endpoint e(PurchaseOrder::Api::V2);
    if (!endpoint.isEmpty()) {
        QString error;
        QVERIFY2(Endpoint::resolve(endpoint, &e, &error, PurchaseOrder::Api::V2), qPrintable(error));
        QVERIFY(!e.isDefault());
    }
    QCOMPARE(e.urlForAction(action), QUrl(url));

    // The same through the environment variable.
    if (!endpoint.isEmpty()) {
        QVERIFY(qputenv(kEnv, endpoint.toUtf8()));
        Endpoint fromEnv(PurchaseOrder::Api::V2);
        QString error;
        QVERIFY2(Endpoint::resolve(std::nullopt, &fromEnv, &error, PurchaseOrder::Api::V2), qPrintable(error));
        QCOMPARE(fromEnv.urlForAction(action), QUrl(url));
    }
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
