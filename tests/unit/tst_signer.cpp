// Signature v1 (PROTOCOL.md section 3), form encoding, and the requests
// RequestBuilder makes from an order.

#include "common/V2Fields.h"
#include "order/PurchaseOrder.h"
#include "protocol/ApiParams.h"
#include "protocol/v2/RequestBuilder.h"
#include "protocol/v2/Signer.h"
#include "secrets/Credentials.h"
#include "unit/TestHelpers.h"

#include <QTest>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kDocSecretId = u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"_s;
const QString kDocSecretKey = u"Gu5t9xGARNpq86cd98joQYCN3Cozk1qA"_s;
const QString kHost = u"cvm.api.qcloud.com"_s;
const QString kPath = u"/v2/index.php"_s;

int countOf(const ApiParams &params, const QString &name)
{
    return int(std::count_if(params.cbegin(), params.cend(), [&](const auto &p) { return p.first == name; }));
}

bool has(const ApiParams &params, const QString &name)
{
    return countOf(params, name) > 0;
}

QString valueOf(const ApiParams &params, const QString &name)
{
    for (const auto &p : params)
        if (p.first == name)
            return p.second;
    return {};
}

ApiParams reversed(ApiParams params)
{
    std::reverse(params.begin(), params.end());
    return params;
}

// The Python SDK's test parameters (PROTOCOL.md section 3), plus SignatureMethod.
ApiParams pythonSdkParams(const QString &signatureMethod)
{
    return {{u"SecretId"_s, u"secretIdFoo"_s},      {u"Region"_s, u"ap-guangzhou"_s},
            {u"Nonce"_s, u"1290303896666895346"_s}, {u"Timestamp"_s, u"1512393162"_s},
            {u"Action"_s, u"DescribeInstances"_s},  {u"Version"_s, u"2017-03-12"_s},
            {u"SignatureMethod"_s, signatureMethod}};
}

PurchaseOrder fullOrder()
{
    PurchaseOrder o = validOrder();
    o.region = u"sh"_s;
    v2Set(o, "zoneId", 200002);
    o.instanceType = u"CVM.S2"_s;
    o.cpu = 4;
    o.mem = 16;
    o.imageId = u"img-31tjrtph"_s;
    o.imageType = 1;
    v2Set(o, "storageType", 2);
    v2Set(o, "storageSize", 200);
    v2Set(o, "rootSize", 50);
    v2Set(o, "bandwidthType", u"PayByTraffic"_s);
    o.bandwidth = 10;
    o.wanIp = 1;
    o.vpcId = u"vpc-abc123"_s;
    o.subnetId = u"subnet-def456"_s;
    v2Set(o, "isVpcGateway", 1);
    o.password = u"Pa ss/w+rd=1&x"_s; // characters that need encoding; validity is not this test's business
    o.needSecurityAgent = 0;
    o.needMonitorAgent = 0;
    o.projectId = 1234;
    o.goodsNum = 3;
    o.clientToken = u"3f2c-token_01"_s;
    o.instanceName = u"网站 web-01"_s;
    return o;
}

} // namespace

class TestSigner : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswers_data();
    void knownAnswers();
    void underscoreInNamesBecomesDot();
    void sortsByByteOrder();
    void signatureParameterExcluded();
    void valuesAreRawInStringToSign();
    void methodUpperCased();
    void methodFromName_data();
    void methodFromName();

    void formEncode_data();
    void formEncode();
    void formEncodeKeepsOrderAndJoins();
    void formDecode_data();
    void formDecode();
    void formDecodeInvertsFormEncode_data();
    void formDecodeInvertsFormEncode();

    void hostHeader_data();
    void hostHeader();
    void signedParams_data();
    void signedParams();
    void signedParamsSignatureCoversActionParams();

    void runInstancesParams_data();
    void runInstancesParams();
    void runInstancesParamsValues();
    void orderRoundTrip_data();
    void orderRoundTrip();
    void orderFromParamsNotANumber();
};

void TestSigner::knownAnswers_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("path");
    QTest::addColumn<ApiParams>("params");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("signatureMethod");
    QTest::addColumn<QString>("expectedSource");
    QTest::addColumn<QString>("expectedSignature");

    const ApiParams doc1{{u"Action"_s, u"DescribeInstances"_s},
                         {u"Nonce"_s, u"11886"_s},
                         {u"Region"_s, u"gz"_s},
                         {u"SecretId"_s, kDocSecretId},
                         {u"Timestamp"_s, u"1465185768"_s},
                         {u"instanceIds.0"_s, u"ins-09dx96dg"_s},
                         {u"limit"_s, u"20"_s},
                         {u"offset"_s, u"0"_s}};
    const QString doc1Source =
        u"GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&Nonce=11886&Region=gz&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&Timestamp=1465185768&instanceIds.0=ins-09dx96dg&limit=20&offset=0"_s;
    QTest::newRow("doc HmacSHA1 GET") << u"GET"_s << kHost << kPath << doc1 << kDocSecretKey << u"HmacSHA1"_s
                                      << doc1Source << u"NSI3UqqD99b/UJb4tbG/xZpRW64="_s;
    QTest::newRow("doc HmacSHA1 GET, shuffled")
        << u"GET"_s << kHost << kPath << reversed(doc1) << kDocSecretKey << u"HmacSHA1"_s << doc1Source
        << u"NSI3UqqD99b/UJb4tbG/xZpRW64="_s;
    ApiParams doc1Underscore = doc1;
    doc1Underscore[5].first = u"instanceIds_0"_s;
    QTest::newRow("doc HmacSHA1 GET, instanceIds_0")
        << u"GET"_s << kHost << kPath << doc1Underscore << kDocSecretKey << u"HmacSHA1"_s << doc1Source
        << u"NSI3UqqD99b/UJb4tbG/xZpRW64="_s;
    ApiParams doc1Signed = doc1;
    doc1Signed.insert(3, {u"Signature"_s, u"NSI3UqqD99b/UJb4tbG/xZpRW64="_s});
    QTest::newRow("doc HmacSHA1 GET, Signature present")
        << u"GET"_s << kHost << kPath << doc1Signed << kDocSecretKey << u"HmacSHA1"_s << doc1Source
        << u"NSI3UqqD99b/UJb4tbG/xZpRW64="_s;

    const ApiParams doc2{{u"Action"_s, u"DescribeInstances"_s},
                         {u"InstanceIds.0"_s, u"ins-09dx96dg"_s},
                         {u"Nonce"_s, u"11886"_s},
                         {u"Region"_s, u"ap-guangzhou"_s},
                         {u"SecretId"_s, kDocSecretId},
                         {u"SignatureMethod"_s, u"HmacSHA256"_s},
                         {u"Timestamp"_s, u"1465185768"_s}};
    const QString doc2Source =
        u"GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Nonce=11886&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&SignatureMethod=HmacSHA256&Timestamp=1465185768"_s;
    QTest::newRow("doc HmacSHA256 GET")
        << u"GET"_s << kHost << kPath << reversed(doc2) << kDocSecretKey << u"HmacSHA256"_s << doc2Source
        << u"0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s="_s;
    QTest::newRow("doc HmacSHA1 of the HmacSHA256 string")
        << u"GET"_s << kHost << kPath << doc2 << kDocSecretKey << u"HmacSHA1"_s << doc2Source
        << u"RVSD1I6ip2Zo56I2HdqRVrt+1TE="_s;

    const QString sdkTail =
        u"cvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&Nonce=1290303896666895346&Region=ap-guangzhou&SecretId=secretIdFoo&SignatureMethod=%1&Timestamp=1512393162&Version=2017-03-12"_s;
    QTest::newRow("python sdk POST HmacSHA1")
        << u"POST"_s << kHost << kPath << pythonSdkParams(u"HmacSHA1"_s) << u"secretKeyBar"_s << u"HmacSHA1"_s
        << (u"POST"_s + sdkTail.arg(u"HmacSHA1"_s)) << u"p3n+pxBqF5JGZtDSxoVn5tGngf0="_s;
    QTest::newRow("python sdk GET HmacSHA1")
        << u"GET"_s << kHost << kPath << pythonSdkParams(u"HmacSHA1"_s) << u"secretKeyBar"_s << u"HmacSHA1"_s
        << (u"GET"_s + sdkTail.arg(u"HmacSHA1"_s)) << u"5HAq1BOKNLEE2/uauWnp6Zv9Z3c="_s;
    QTest::newRow("python sdk POST HmacSHA256")
        << u"POST"_s << kHost << kPath << pythonSdkParams(u"HmacSHA256"_s) << u"secretKeyBar"_s
        << u"HmacSHA256"_s << (u"POST"_s + sdkTail.arg(u"HmacSHA256"_s))
        << u"B2T37FRSP6Fk0/q/cdfrTE0p3zX5ooB/2BPWZUFpsj4="_s;
}

void TestSigner::knownAnswers()
{
    QFETCH(QString, method);
    QFETCH(QString, host);
    QFETCH(QString, path);
    QFETCH(ApiParams, params);
    QFETCH(QString, secretKey);
    QFETCH(QString, signatureMethod);
    QFETCH(QString, expectedSource);
    QFETCH(QString, expectedSignature);

    const QString source = Signer::stringToSign(method, host, path, params);
    QCOMPARE(source, expectedSource);

    bool known = false;
    const Signer::Method m = Signer::methodFromName(signatureMethod, &known);
    QVERIFY(known);
    QCOMPARE(Signer::signature(source, secretKey, m), expectedSignature);
    // And a different key gives a different signature: the key is really used.
    QVERIFY(Signer::signature(source, secretKey + u'x', m) != expectedSignature);
}

void TestSigner::underscoreInNamesBecomesDot()
{
    const ApiParams params{{u"instanceIds_0"_s, u"ins_a"_s}, {u"instanceIds_1"_s, u"ins_b"_s}};
    QCOMPARE(Signer::stringToSign(u"POST"_s, kHost, kPath, params),
             u"POSTcvm.api.qcloud.com/v2/index.php?instanceIds.0=ins_a&instanceIds.1=ins_b"_s);
}

void TestSigner::sortsByByteOrder()
{
    const ApiParams params{{u"imageId"_s, u"img-1"_s}, {u"action"_s, u"x"_s}, {u"Timestamp"_s, u"1"_s},
                           {u"Zeta"_s, u"z"_s},        {u"Action"_s, u"A"_s}, {u"a.b"_s, u"2"_s},
                           {u"a_a"_s, u"1"_s},         {u"Nonce"_s, u"9"_s}};
    // '.' (0x2E) < 'A'..'Z' (0x41..) < '_' < 'a'..'z' (0x61..); a_a reads as a.a.
    QCOMPARE(
        Signer::stringToSign(u"GET"_s, kHost, kPath, params),
        u"GETcvm.api.qcloud.com/v2/index.php?Action=A&Nonce=9&Timestamp=1&Zeta=z&a.a=1&a.b=2&action=x&imageId=img-1"_s);
}

void TestSigner::signatureParameterExcluded()
{
    const ApiParams without{{u"Action"_s, u"DescribeInstances"_s}, {u"Nonce"_s, u"1"_s}};
    ApiParams with = without;
    with.append({u"Signature"_s, u"abc="_s});
    const QString a = Signer::stringToSign(u"POST"_s, kHost, kPath, without);
    QCOMPARE(Signer::stringToSign(u"POST"_s, kHost, kPath, with), a);
    QVERIFY(!a.contains("Signature"_L1));
    QVERIFY(!a.contains("abc="_L1));
}

void TestSigner::valuesAreRawInStringToSign()
{
    const ApiParams params{{u"password"_s, u"a b/c+d=e&f%2F"_s}, {u"instanceName"_s, u"广州"_s}};
    QCOMPARE(Signer::stringToSign(u"POST"_s, kHost, kPath, params),
             u"POSTcvm.api.qcloud.com/v2/index.php?instanceName=广州&password=a b/c+d=e&f%2F"_s);
}

void TestSigner::methodUpperCased()
{
    const ApiParams params{{u"Action"_s, u"X"_s}};
    QCOMPARE(Signer::stringToSign(u"post"_s, kHost, kPath, params),
             u"POSTcvm.api.qcloud.com/v2/index.php?Action=X"_s);
}

void TestSigner::methodFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("sha256");
    QTest::addColumn<bool>("known");
    QTest::newRow("HmacSHA256") << u"HmacSHA256"_s << true << true;
    QTest::newRow("HmacSHA1") << u"HmacSHA1"_s << false << true;
    QTest::newRow("empty is the default SHA1") << QString() << false << true;
    QTest::newRow("HmacMD5 unknown") << u"HmacMD5"_s << false << false;
}

void TestSigner::methodFromName()
{
    QFETCH(QString, name);
    QFETCH(bool, sha256);
    QFETCH(bool, known);
    bool isKnown = !known;
    const Signer::Method m = Signer::methodFromName(name, &isKnown);
    QCOMPARE(m == Signer::Method::HmacSHA256, sha256);
    QCOMPARE(isKnown, known);
}

void TestSigner::formEncode_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("published signature") << u"Signature"_s << u"NSI3UqqD99b/UJb4tbG/xZpRW64="_s
                                         << QByteArray("Signature=NSI3UqqD99b%2FUJb4tbG%2FxZpRW64%3D");
    QTest::newRow("plus") << u"Signature"_s << u"RVSD1I6ip2Zo56I2HdqRVrt+1TE="_s
                          << QByteArray("Signature=RVSD1I6ip2Zo56I2HdqRVrt%2B1TE%3D");
    QTest::newRow("space and ampersand") << u"password"_s << u"a b&c"_s << QByteArray("password=a%20b%26c");
    QTest::newRow("percent encoded once") << u"v"_s << u"100%"_s << QByteArray("v=100%25");
    QTest::newRow("already encoded text is data") << u"v"_s << u"%2F"_s << QByteArray("v=%252F");
    QTest::newRow("utf-8") << u"instanceName"_s << u"广州"_s << QByteArray("instanceName=%E5%B9%BF%E5%B7%9E");
    QTest::newRow("unreserved kept") << u"instanceIds.0"_s << u"ins-09dx_96dg~"_s
                                     << QByteArray("instanceIds.0=ins-09dx_96dg~");
    QTest::newRow("empty value") << u"keyId"_s << QString() << QByteArray("keyId=");
}

void TestSigner::formEncode()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(Signer::formEncode({{name, value}}), expected);
}

void TestSigner::formEncodeKeepsOrderAndJoins()
{
    const ApiParams params{{u"b"_s, u"2"_s}, {u"a"_s, u"1"_s}, {u"Signature"_s, u"x/y"_s}};
    QCOMPARE(Signer::formEncode(params), QByteArray("b=2&a=1&Signature=x%2Fy"));
    QCOMPARE(Signer::formEncode({}), QByteArray());
}

void TestSigner::formDecode_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<ApiParams>("expected");
    QTest::newRow("plus is space") << QByteArray("password=a+b") << ApiParams{{u"password"_s, u"a b"_s}};
    QTest::newRow("%2B is plus") << QByteArray("s=a%2Bb%3D") << ApiParams{{u"s"_s, u"a+b="_s}};
    QTest::newRow("utf-8") << QByteArray("instanceName=%E5%B9%BF%E5%B7%9E")
                           << ApiParams{{u"instanceName"_s, u"广州"_s}};
    QTest::newRow("several, in order")
        << QByteArray("b=2&a=1&instanceIds.0=ins-1")
        << ApiParams{{u"b"_s, u"2"_s}, {u"a"_s, u"1"_s}, {u"instanceIds.0"_s, u"ins-1"_s}};
    QTest::newRow("empty pairs skipped")
        << QByteArray("&a=1&&b=&") << ApiParams{{u"a"_s, u"1"_s}, {u"b"_s, QString()}};
    QTest::newRow("name without value") << QByteArray("flag") << ApiParams{{u"flag"_s, QString()}};
    QTest::newRow("value with =") << QByteArray("s=abc=") << ApiParams{{u"s"_s, u"abc="_s}};
    QTest::newRow("empty") << QByteArray() << ApiParams{};
}

void TestSigner::formDecode()
{
    QFETCH(QByteArray, encoded);
    QFETCH(ApiParams, expected);
    QCOMPARE(Signer::formDecode(encoded), expected);
}

void TestSigner::formDecodeInvertsFormEncode_data()
{
    QTest::addColumn<ApiParams>("params");
    QTest::newRow("signature") << ApiParams{{u"Signature"_s, u"NSI3UqqD99b/UJb4tbG/xZpRW64="_s}};
    QTest::newRow("symbols") << ApiParams{{u"password"_s, u"()`~!@#$%^&*-+=|{}[]:;',.?/ "_s}};
    QTest::newRow("chinese and emoji") << ApiParams{{u"instanceName"_s, u"广州 web 🚀"_s}, {u"x"_s, u"y"_s}};
    QTest::newRow("plus and percent") << ApiParams{{u"a+b"_s, u"%2B+%"_s}};
    QTest::newRow("empty value") << ApiParams{{u"keyId"_s, QString()}, {u"cpu"_s, u"1"_s}};
}

void TestSigner::formDecodeInvertsFormEncode()
{
    QFETCH(ApiParams, params);
    QCOMPARE(Signer::formDecode(Signer::formEncode(params)), params);
}

void TestSigner::hostHeader_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default endpoint")
        << QUrl(u"https://cvm.api.qcloud.com/v2/index.php"_s) << u"cvm.api.qcloud.com"_s;
    QTest::newRow("loopback with port")
        << QUrl(u"http://127.0.0.1:8080/v2/index.php"_s) << u"127.0.0.1:8080"_s;
    QTest::newRow("loopback without port") << QUrl(u"http://127.0.0.1/v2/index.php"_s) << u"127.0.0.1"_s;
    QTest::newRow("localhost with port") << QUrl(u"http://localhost:9000/"_s) << u"localhost:9000"_s;
    QTest::newRow("https with port") << QUrl(u"https://gateway.example.com:8443/v2/index.php"_s)
                                     << u"gateway.example.com:8443"_s;
    // The Host header Qt sends for an IPv6 literal keeps the brackets: "[::1]:8080".
    QTest::newRow("ipv6 loopback with port") << QUrl(u"http://[::1]:8080/v2/index.php"_s) << u"[::1]:8080"_s;
}

void TestSigner::hostHeader()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    QVERIFY(url.isValid());
    QCOMPARE(RequestBuilder::hostHeader(url), expected);
}

void TestSigner::signedParams_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("signedHost");
    QTest::addColumn<QString>("token");
    QTest::newRow("default endpoint")
        << QUrl(u"https://cvm.api.qcloud.com/v2/index.php"_s) << u"cvm.api.qcloud.com"_s << QString();
    QTest::newRow("default endpoint, session token")
        << QUrl(u"https://cvm.api.qcloud.com/v2/index.php"_s) << u"cvm.api.qcloud.com"_s << u"tok/en+="_s;
    QTest::newRow("sandbox on a port")
        << QUrl(u"http://127.0.0.1:8080/v2/index.php"_s) << u"127.0.0.1:8080"_s << QString();
    QTest::newRow("sandbox on a port, session token")
        << QUrl(u"http://127.0.0.1:8080/v2/index.php"_s) << u"127.0.0.1:8080"_s << u"session-token"_s;
}

void TestSigner::signedParams()
{
    QFETCH(QUrl, url);
    QFETCH(QString, signedHost);
    QFETCH(QString, token);

    const Credentials credentials{u"AKIDexample"_s, u"secret/Key+="_s, token};
    const ApiParams actionParams{{u"instanceIds.0"_s, u"ins-09dx96dg"_s}, {u"limit"_s, u"20"_s}};
    const ApiParams p = RequestBuilder::signedParams(u"DescribeInstances"_s, u"gz"_s, actionParams,
                                                     credentials, url, 1465185768, 4294967295u);

    for (const QString &name : {u"Action"_s, u"Region"_s, u"Timestamp"_s, u"Nonce"_s, u"SecretId"_s,
                                u"SignatureMethod"_s, u"Signature"_s, u"instanceIds.0"_s, u"limit"_s})
        QVERIFY2(countOf(p, name) == 1, qPrintable(name));
    QCOMPARE(valueOf(p, u"Action"_s), u"DescribeInstances"_s);
    QCOMPARE(valueOf(p, u"Region"_s), u"gz"_s);
    QCOMPARE(valueOf(p, u"Timestamp"_s), u"1465185768"_s);
    QCOMPARE(valueOf(p, u"Nonce"_s), u"4294967295"_s);
    QCOMPARE(valueOf(p, u"SecretId"_s), u"AKIDexample"_s);
    QCOMPARE(valueOf(p, u"SignatureMethod"_s), u"HmacSHA256"_s);
    QCOMPARE(valueOf(p, u"instanceIds.0"_s), u"ins-09dx96dg"_s);
    if (token.isEmpty()) {
        QVERIFY(!has(p, u"Token"_s));
    } else {
        QCOMPARE(countOf(p, u"Token"_s), 1);
        QCOMPARE(valueOf(p, u"Token"_s), token);
    }
    QVERIFY(!valueOf(p, u"SecretId"_s).contains(credentials.secretKey));
    for (const auto &param : p)
        QVERIFY2(!param.second.contains(credentials.secretKey), qPrintable(param.first));

    // The signature verifies over POST + Host header + path.
    QCOMPARE(RequestBuilder::hostHeader(url), signedHost);
    const QString source = Signer::stringToSign(u"POST"_s, signedHost, url.path(), p);
    QVERIFY(source.startsWith(u"POST"_s + signedHost + u"/v2/index.php?Action=DescribeInstances&"_s));
    const QString signature = valueOf(p, u"Signature"_s);
    QCOMPARE(signature, Signer::signature(source, credentials.secretKey, Signer::Method::HmacSHA256));
    // Not a GET signature, nor one with another key.
    QVERIFY(signature != Signer::signature(Signer::stringToSign(u"GET"_s, signedHost, url.path(), p),
                                           credentials.secretKey, Signer::Method::HmacSHA256));
    QVERIFY(signature != Signer::signature(source, u"other"_s, Signer::Method::HmacSHA256));
}

void TestSigner::signedParamsSignatureCoversActionParams()
{
    const QUrl url(u"https://cvm.api.qcloud.com/v2/index.php"_s);
    const Credentials credentials{u"AKIDexample"_s, u"key"_s, {}};
    ApiParams p = RequestBuilder::signedParams(u"RunInstancesHour"_s, u"gz"_s, {{u"cpu"_s, u"1"_s}},
                                               credentials, url, 1700000000, 42);
    const QString signature = valueOf(p, u"Signature"_s);
    for (auto &param : p)
        if (param.first == "cpu"_L1)
            param.second = u"2"_s;
    QVERIFY(signature != Signer::signature(Signer::stringToSign(u"POST"_s, url.host(), url.path(), p),
                                           credentials.secretKey, Signer::Method::HmacSHA256));
    // A new nonce gives a new signature.
    const ApiParams q = RequestBuilder::signedParams(u"RunInstancesHour"_s, u"gz"_s, {{u"cpu"_s, u"1"_s}},
                                                     credentials, url, 1700000000, 43);
    QVERIFY(valueOf(q, u"Signature"_s) != signature);
}

void TestSigner::runInstancesParams_data()
{
    QTest::addColumn<PurchaseOrder>("order");
    QTest::addColumn<bool>("expectPassword");
    QTest::addColumn<bool>("expectClientToken");

    PurchaseOrder noBandwidth = validOrder();
    noBandwidth.bandwidth = 0;
    QTest::newRow("defaults, bandwidth 0") << noBandwidth << false << false;
    QTest::newRow("valid order") << validOrder() << false << false;
    PurchaseOrder withPassword = validOrder();
    withPassword.password = u"Abcdef12"_s;
    QTest::newRow("password") << withPassword << true << false;
    PurchaseOrder withToken = validOrder();
    withToken.clientToken = u"tok-1"_s;
    QTest::newRow("clientToken") << withToken << false << true;
    QTest::newRow("everything") << fullOrder() << true << true;
    PurchaseOrder withKey = validOrder();
    v2Set(withKey, "keyId", u"skey-3glfot13"_s);
    QTest::newRow("key") << withKey << false << false;
}

void TestSigner::runInstancesParams()
{
    QFETCH(PurchaseOrder, order);
    QFETCH(bool, expectPassword);
    QFETCH(bool, expectClientToken);

    const ApiParams p = RequestBuilder::runInstancesParams(order);
    for (const auto &param : p) {
        QVERIFY2(!param.second.isEmpty(), qPrintable(param.first + u" is sent empty"_s));
        QVERIFY2(countOf(p, param.first) == 1, qPrintable(param.first + u" is sent twice"_s));
    }
    QCOMPARE(countOf(p, u"bandwidth"_s), 1);
    QCOMPARE(valueOf(p, u"bandwidth"_s), QString::number(order.bandwidth));
    QCOMPARE(has(p, u"password"_s), expectPassword);
    QCOMPARE(has(p, u"clientToken"_s), expectClientToken);
    if (expectPassword)
        QCOMPARE(valueOf(p, u"password"_s), order.password);
    if (expectClientToken)
        QCOMPARE(valueOf(p, u"clientToken"_s), order.clientToken);
    QCOMPARE(has(p, u"vpcId"_s), !order.vpcId.isEmpty());
    QCOMPARE(has(p, u"subnetId"_s), !order.subnetId.isEmpty());
    QCOMPARE(has(p, u"keyId"_s), !v2String(order, "keyId").isEmpty());
    QCOMPARE(has(p, u"instanceName"_s), !order.instanceName.isEmpty());
    // The required parameters are always there.
    for (const QString &name : {u"zoneId"_s, u"cpu"_s, u"mem"_s, u"imageId"_s, u"storageSize"_s})
        QVERIFY2(has(p, name), qPrintable(name));
    // Region is a common parameter and osFamily is not the API's: neither is an action parameter.
    QVERIFY(!has(p, u"region"_s));
    QVERIFY(!has(p, u"Region"_s));
    QVERIFY(!has(p, u"osFamily"_s));
}

void TestSigner::runInstancesParamsValues()
{
    const PurchaseOrder o = fullOrder();
    const ApiParams p = RequestBuilder::runInstancesParams(o);
    QCOMPARE(valueOf(p, u"zoneId"_s), u"200002"_s);
    QCOMPARE(valueOf(p, u"instanceType"_s), u"CVM.S2"_s);
    QCOMPARE(valueOf(p, u"cpu"_s), u"4"_s);
    QCOMPARE(valueOf(p, u"mem"_s), u"16"_s);
    QCOMPARE(valueOf(p, u"imageId"_s), u"img-31tjrtph"_s);
    QCOMPARE(valueOf(p, u"imageType"_s), u"1"_s);
    QCOMPARE(valueOf(p, u"storageType"_s), u"2"_s);
    QCOMPARE(valueOf(p, u"storageSize"_s), u"200"_s);
    QCOMPARE(valueOf(p, u"rootSize"_s), u"50"_s);
    QCOMPARE(valueOf(p, u"bandwidthType"_s), u"PayByTraffic"_s);
    QCOMPARE(valueOf(p, u"bandwidth"_s), u"10"_s);
    QCOMPARE(valueOf(p, u"wanIp"_s), u"1"_s);
    QCOMPARE(valueOf(p, u"vpcId"_s), u"vpc-abc123"_s);
    QCOMPARE(valueOf(p, u"subnetId"_s), u"subnet-def456"_s);
    QCOMPARE(valueOf(p, u"isVpcGateway"_s), u"1"_s);
    QCOMPARE(valueOf(p, u"needSecurityAgent"_s), u"0"_s);
    QCOMPARE(valueOf(p, u"needMonitorAgent"_s), u"0"_s);
    QCOMPARE(valueOf(p, u"projectId"_s), u"1234"_s);
    QCOMPARE(valueOf(p, u"goodsNum"_s), u"3"_s);
    QCOMPARE(valueOf(p, u"instanceName"_s), u"网站 web-01"_s);
}

void TestSigner::orderRoundTrip_data()
{
    QTest::addColumn<PurchaseOrder>("order");
    QTest::newRow("valid default") << validOrder();
    PurchaseOrder zero = validOrder();
    zero.bandwidth = 0;
    zero.wanIp = 0;
    QTest::newRow("bandwidth 0") << zero;
    QTest::newRow("every field") << fullOrder();
    PurchaseOrder key = validOrder();
    key.region = u"kr"_s;
    v2Set(key, "zoneId", 180001);
    v2Set(key, "keyId", u"skey-3glfot13"_s);
    key.projectId = 0;
    QTest::newRow("key, Seoul") << key;
}

void TestSigner::orderRoundTrip()
{
    QFETCH(PurchaseOrder, order);
    const ApiParams p = RequestBuilder::runInstancesParams(order);
    QCOMPARE(RequestBuilder::orderFromParams(p, order.region), order);
    // As the sandbox reads it: through the form encoding.
    QCOMPARE(RequestBuilder::orderFromParams(Signer::formDecode(Signer::formEncode(p)), order.region), order);
    // The region is the one given, not a parameter's.
    QCOMPARE(RequestBuilder::orderFromParams(p, u"bj"_s).region, u"bj"_s);
}

void TestSigner::orderFromParamsNotANumber()
{
    const PurchaseOrder o = RequestBuilder::orderFromParams(
        {{u"cpu"_s, u"abc"_s}, {u"goodsNum"_s, u""_s}, {u"mem"_s, u"4"_s}, {u"imageId"_s, u"img-x"_s}},
        u"gz"_s);
    QCOMPARE(o.cpu, -1);
    QCOMPARE(o.goodsNum, -1);
    QCOMPARE(o.mem, 4);
    QCOMPARE(o.imageId, u"img-x"_s);
    QCOMPARE(o.region, u"gz"_s);
    // Absent parameters keep the API's defaults.
    QCOMPARE(o.bandwidth, 0);
    QCOMPARE(o.instanceType, u"CVM.S1"_s);
    QCOMPARE(o.imageType, 2);
}

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
