// TC3-HMAC-SHA256 (PROTOCOL.md section 10): the published known answer, and
// that every signed part changes the signature.

#include "protocol/v3/Tc3Signer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Tc3Signer::Input published()
{
    Tc3Signer::Input in;
    in.secretId = u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"_s;
    in.secretKey = u"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"_s;
    in.host = u"cvm.tencentcloudapi.com"_s;
    in.timestamp = 1551113065;
    // The \u escapes are literal text in the published payload.
    in.payload = R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";
    return in;
}
} // namespace

class TestTc3Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownAnswer()
    {
        const Tc3Signer::Input in = published();
        QCOMPARE(Tc3Signer::hashedPayload(in.payload),
                 QByteArray("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
        QCOMPARE(
            Tc3Signer::canonicalRequest(in),
            QByteArray(
                "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\n"
                "content-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
        QVERIFY(Tc3Signer::stringToSign(in).startsWith(
            "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"));
        QCOMPARE(Tc3Signer::signature(in),
                 QByteArray("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
        QCOMPARE(Tc3Signer::authorization(in),
                 QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA/2019-02-25/cvm/"
                            "tc3_request, SignedHeaders=content-type;host, "
                            "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
    }

    // A request of another service (DescribeVpcs of vpc) carries that service in its credential scope and
    // signing key; the answer was computed apart, with Python's hmac and hashlib.
    void serviceScopesTheSignature()
    {
        Tc3Signer::Input in = published();
        in.host = u"vpc.tencentcloudapi.com"_s;
        in.service = "vpc";
        in.payload = R"({"Limit":"100","Offset":"0"})";
        QVERIFY(Tc3Signer::stringToSign(in).startsWith(
            "TC3-HMAC-SHA256\n1551113065\n2019-02-25/vpc/tc3_request\n"));
        QCOMPARE(Tc3Signer::signature(in),
                 QByteArray("f9c46947ce0b4a400adb37cb38055c93d29921a6287ece5d234224572a52267c"));
        QCOMPARE(Tc3Signer::authorization(in),
                 QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA/2019-02-25/vpc/"
                            "tc3_request, SignedHeaders=content-type;host, "
                            "Signature=f9c46947ce0b4a400adb37cb38055c93d29921a6287ece5d234224572a52267c"));
    }

    void dateIsUtc()
    {
        // 2019-02-25 23:59:59 UTC is 2019-02-26 in Beijing: the scope must still say the 25th.
        QCOMPARE(Tc3Signer::utcDate(1551139199), QByteArray("2019-02-25"));
        QCOMPARE(Tc3Signer::utcDate(1551139200), QByteArray("2019-02-26"));
    }

    void everySignedPartCounts_data()
    {
        QTest::addColumn<int>("part");
        QTest::newRow("payload") << 0;
        QTest::newRow("timestamp") << 1;
        QTest::newRow("host") << 2;
        QTest::newRow("secret key") << 3;
        QTest::newRow("content type") << 4;
        QTest::newRow("service") << 5;
    }
    void everySignedPartCounts()
    {
        QFETCH(int, part);
        Tc3Signer::Input in = published();
        const QByteArray original = Tc3Signer::signature(in);
        switch (part) {
        case 0:
            in.payload.replace("1", "2");
            break;
        case 1:
            in.timestamp += 1;
            break;
        case 2:
            in.host = u"cvm.example.com"_s;
            break;
        case 3:
            in.secretKey += u'x';
            break;
        case 4:
            in.contentType = "application/json";
            break;
        case 5:
            in.service = "vpc";
            break;
        }
        QVERIFY(Tc3Signer::signature(in) != original);
    }
};

QTEST_GUILESS_MAIN(TestTc3Signer)
#include "tst_tc3signer.moc"
