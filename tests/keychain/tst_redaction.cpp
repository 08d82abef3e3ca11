// What the product logs and shows in the request preview: secrets as ••••,
// SecretIds masked down to their last 4 characters.
#include "protocol/v2/RequestBuilder.h"
#include "secrets/Credentials.h"
#include "secrets/Redaction.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskSecretId_data()
    {
        QTest::addColumn<QString>("secretId");
        QTest::addColumn<QString>("masked");
        QTest::newRow("a real-looking id") << u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"_s << u"********hESA"_s;
        QTest::newRow("8 characters") << u"ABCDWXYZ"_s << u"********WXYZ"_s;
        QTest::newRow("too short to show any") << u"AKID123"_s << u"********"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void maskSecretId()
    {
        QFETCH(QString, secretId);
        QFETCH(QString, masked);
        QCOMPARE(Redaction::maskSecretId(secretId), masked);
        // The length of the id is not shown either.
        if (!secretId.isEmpty())
            QCOMPARE(Redaction::maskSecretId(secretId).count(u'*'), 8);
    }

    void secretParameters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        QTest::newRow("Signature") << u"Signature"_s << true;
        QTest::newRow("signature") << u"signature"_s << true;
        QTest::newRow("SecretKey") << u"SecretKey"_s << true;
        QTest::newRow("SECRETKEY") << u"SECRETKEY"_s << true;
        QTest::newRow("Token") << u"Token"_s << true;
        QTest::newRow("password") << u"password"_s << true;
        QTest::newRow("Password") << u"Password"_s << true;
        QTest::newRow("LoginSettings.Password") << u"LoginSettings.Password"_s << true;
        QTest::newRow("SecretId") << u"SecretId"_s << false;
        QTest::newRow("SignatureMethod") << u"SignatureMethod"_s << false;
        QTest::newRow("Region") << u"Region"_s << false;
        QTest::newRow("clientToken") << u"clientToken"_s << false;
        QTest::newRow("passwordPolicy") << u"passwordPolicy"_s << false;
    }

    void secretParameters()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        QCOMPARE(Redaction::isSecretParameter(name), secret);
        const ApiParams redacted = Redaction::redactParams({{name, u"value-1234"_s}});
        QCOMPARE(redacted.size(), 1);
        QCOMPARE(redacted.constFirst().first, name);
        QCOMPARE(redacted.constFirst().second, secret ? u"••••"_s : u"value-1234"_s);
    }

    void signedPurchaseRequestShowsNoSecret()
    {
        // The request preview of a real purchase: signed, with a password and a session token.
        const Credentials credentials{u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"_s,
                                      u"Gu5t9xGARNpq86cd98joQYCN3Cozk1qA"_s,
                                      u"temporary-session-token-value"_s};
        const ApiParams action{{u"zoneId"_s, u"100003"_s},
                               {u"password"_s, u"Instance-Passw0rd!"_s},
                               {u"clientToken"_s, u"c0ffee-token"_s}};
        const ApiParams sent = RequestBuilder::signedParams(
            u"RunInstancesHour"_s, u"gz"_s, action, credentials,
            QUrl(u"https://cvm.api.qcloud.com/v2/index.php"_s), 1700000000, 12345);
        QString all;
        for (const auto &[name, value] : sent)
            all += name + u'=' + value + u'\n';
        QVERIFY2(all.contains("Instance-Passw0rd!"_L1),
                 "the request should carry the password to be a fair test");

        const ApiParams shown = Redaction::redactParams(sent);
        QCOMPARE(shown.size(), sent.size());
        QString preview;
        for (int i = 0; i < shown.size(); ++i) {
            QCOMPARE(shown[i].first, sent[i].first); // same parameters, same order
            preview += shown[i].first + u'=' + shown[i].second + u'\n';
        }
        QVERIFY(!preview.contains("Instance-Passw0rd!"_L1));
        QVERIFY(!preview.contains(credentials.secretKey));
        QVERIFY(!preview.contains(credentials.sessionToken));
        const QString signature = std::find_if(sent.cbegin(), sent.cend(), [](const auto &p) {
                                      return p.first == "Signature"_L1;
                                  })->second;
        QVERIFY(!signature.isEmpty());
        QVERIFY(!preview.contains(signature));
        // What is not secret stays readable.
        QVERIFY(preview.contains(credentials.secretId));
        QVERIFY(preview.contains("c0ffee-token"_L1));
        QVERIFY(preview.contains(u"Signature=••••"_s));
    }

    void redactSecretsInText()
    {
        const QString text = u"refused key abc123 and token t-9 (abc123)"_s;
        QCOMPARE(Redaction::redactSecrets(text, {u"abc123"_s, u"t-9"_s, QString()}),
                 u"refused key •••• and token •••• (••••)"_s);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
