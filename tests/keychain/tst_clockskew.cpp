// A wrong clock makes the cloud refuse every request. The user must be told
// that the clock is wrong and by how much, not "authentication failed".
#include "AppLanguage.h"
#include "api/ApiClient.h"
#include "protocol/v2/V2Replies.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}
} // namespace

class TestClockSkew : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    QHttpServer m_server;
    quint16 m_port = 0;
    // What the next reply says: its body, and its Date this many seconds from now (none when unset).
    QByteArray m_body;
    std::optional<qint64> m_dateOffset;

    ApiResult callServer()
    {
        Endpoint endpoint(PurchaseOrder::Api::V2);
        QString problem;
        if (!Endpoint::fromUrl(u"http://127.0.0.1:%1/v2/index.php"_s.arg(m_port), &endpoint, &problem,
                               PurchaseOrder::Api::V2))
            qFatal("%s", qPrintable(problem));
        ApiClient client(&m_network, endpoint, {u"AKIDclock"_s, u"clock-key"_s, {}});
        std::optional<ApiResult> result;
        ApiCall *call = client.send(u"gz"_s, client.protocol().describeZones());
        connect(call, &ApiCall::finished, this, [&result](const ApiResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10'000))
            qFatal("the test server did not answer");
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // English as the programs show it: with the singular and plural forms of cvm-purchaser_en.ts.
        QVERIFY(AppLanguage::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        m_server.route(u"/v2/index.php"_s, [this](const QHttpServerRequest &) {
            QHttpServerResponse response("application/json"_ba, m_body);
            if (m_dateOffset)
                response.setHeader("Date"_ba,
                                   httpDate(QDateTime::currentDateTimeUtc().addSecs(*m_dateOffset)));
            return response;
        });
        m_port = m_server.listen(QHostAddress::LocalHost);
        QVERIFY(m_port != 0);
    }

    void replies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<std::optional<qint64>>("dateOffset"); // the server's clock minus ours
        QTest::addColumn<bool>("clockBlamed");
        QTest::addColumn<QStringList>("mentions");

        const QByteArray authFailure =
            R"({"code":4100,"message":"signature mismatch","codeDesc":"AuthFailure"})";
        QTest::newRow("our clock 2 hours behind, authentication refused")
            << authFailure << std::optional<qint64>(2 * 3600) << true
            << QStringList{u"clock is wrong"_s, u"about 2 hours behind"_s, u"Correct the date and time"_s,
                           u"signature mismatch"_s};
        QTest::newRow("our clock 2 hours ahead, authentication refused")
            << authFailure << std::optional<qint64>(-2 * 3600) << true
            << QStringList{u"clock is wrong"_s, u"about 2 hours ahead"_s};
        QTest::newRow("request expired, our clock 3 minutes behind")
            << QByteArray(R"({"code":4200,"message":"request expired","codeDesc":"RequestExpired"})")
            << std::optional<qint64>(180) << true << QStringList{u"about 3 minutes behind"_s};
        QTest::newRow("request expired, our clock 40 minutes ahead")
            << QByteArray(R"({"code":4200})") << std::optional<qint64>(-40 * 60) << true
            << QStringList{u"about 40 minutes ahead"_s};
        QTest::newRow("request expired, no Date header")
            << QByteArray(R"({"code":4200})") << std::optional<qint64>() << false << QStringList{u"clock"_s};
        QTest::newRow("clocks agree, wrong key")
            << authFailure << std::optional<qint64>(0) << false << QStringList{u"SecretKey"_s};
        QTest::newRow("a day off, unreadable reply")
            << QByteArray("<html>forbidden</html>") << std::optional<qint64>(86400 + 3600) << true
            << QStringList{u"about 25 hours behind"_s};
    }

    void replies()
    {
        QFETCH(QByteArray, body);
        QFETCH(std::optional<qint64>, dateOffset);
        QFETCH(bool, clockBlamed);
        QFETCH(QStringList, mentions);
        m_body = body;
        m_dateOffset = dateOffset;

        const ApiResult result = callServer();
        QVERIFY(!result.ok());
        const QString text = result.describe();
        for (const QString &part : mentions)
            QVERIFY2(text.contains(part), qPrintable(u"\""_s + text + u"\" lacks "_s + part));
        if (clockBlamed) {
            QVERIFY2(qAbs(result.clockSkewSeconds - *dateOffset) <= 5,
                     qPrintable(QString::number(result.clockSkewSeconds)));
            QVERIFY2(!text.contains("Authentication failed"_L1), qPrintable(text));
        } else {
            QCOMPARE(result.clockSkewSeconds, qint64(0));
            QVERIFY(!text.contains("clock is wrong"_L1));
        }
    }

    void successWithSmallDriftSaysNothing()
    {
        m_body = R"({"code":0,"zoneSet":[]})";
        m_dateOffset = 30;
        const ApiResult result = callServer();
        QVERIFY(result.ok());
        QCOMPARE(result.clockSkewSeconds, qint64(0));
    }

    void successWithABigDriftIsStillReported()
    {
        // The request went through, but the offset is known for a warning.
        m_body = R"({"code":0,"zoneSet":[]})";
        m_dateOffset = -3600;
        const ApiResult result = callServer();
        QVERIFY(result.ok());
        QVERIFY(qAbs(result.clockSkewSeconds + 3600) <= 5);
        QCOMPARE(result.describe(), V2Replies::parseReply(200, m_body).describe());
    }

    void parseHttpDate_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("seconds"); // -1: not a date
        QTest::newRow("IMF-fixdate") << "Sun, 06 Nov 1994 08:49:37 GMT"_ba << qint64(784111777);
        QTest::newRow("single-digit day") << "Sun, 6 Nov 1994 08:49:37 GMT"_ba << qint64(784111777);
        QTest::newRow("RFC 2822 with a zone") << "Sun, 06 Nov 1994 16:49:37 +0800"_ba << qint64(784111777);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << "yesterday"_ba << qint64(-1);
    }

    void parseHttpDate()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, seconds);
        const std::optional<qint64> parsed = ApiResult::parseHttpDate(header);
        if (seconds < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, seconds);
        }
    }
};

QTEST_GUILESS_MAIN(TestClockSkew)
#include "tst_clockskew.moc"
