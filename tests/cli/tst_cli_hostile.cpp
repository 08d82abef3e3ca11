// cvm-purchaser-cli against an endpoint that answers what a hostile or broken server would: purchase replies
// that do not match the order, and ids, names and messages carrying terminal escapes. Nothing of it is
// trusted or printed raw; a purchase whose answer cannot be trusted stays for resume, under its token.
#include "cli/CliTestSupport.h"

using namespace Qt::StringLiterals;
using CliTest::Result;

namespace {

// An API 2.0 endpoint on 127.0.0.1 that answers each action with the body the test gives it, and records
// the actions and clientTokens it was sent.
class ScriptedEndpoint
{
public:
    ScriptedEndpoint()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return u"http://127.0.0.1:%1/v2/index.php"_s.arg(m_server.serverPort()); }
    void answer(const QString &action, const QByteArray &body) { m_bodies.insert(action, body); }
    QStringList actions() const { return m_actions; }
    int count(const QString &action) const { return int(m_actions.count(action)); }
    QStringList tokens() const { return m_tokens; }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            while (const std::optional<HttpRequest> request = takeHttpRequest(buffer.get())) {
                const ApiParams params = Signer::formDecode(request->body);
                QString action;
                for (const auto &[key, value] : params) {
                    if (key == "Action"_L1)
                        action = value;
                    else if (key == "clientToken"_L1 && !m_tokens.contains(value))
                        m_tokens.append(value);
                }
                m_actions.append(action);
                const QByteArray body = m_bodies.value(action, R"({"code":4000,"message":"unexpected"})");
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
            }
        });
    }

    QTcpServer m_server;
    QHash<QString, QByteArray> m_bodies;
    QStringList m_actions;
    QStringList m_tokens;
};

QByteArray boughtReply(const QJsonValue &ids)
{
    return QJsonDocument(QJsonObject{{u"code"_s, 0}, {u"message"_s, u"ok"_s}, {u"unInstanceIds"_s, ids}})
        .toJson(QJsonDocument::Compact);
}

QByteArray describeReply(const QString &id, const QString &name, int status)
{
    const QJsonObject instance{{u"unInstanceId"_s, id},   {u"instanceName"_s, name}, {u"status"_s, status},
                               {u"lanIp"_s, u"10.0.0.5"_s}, {u"wanIpSet"_s, QJsonArray{u"119.29.1.2"_s}},
                               {u"zoneId"_s, 100001}};
    return QJsonDocument(QJsonObject{{u"code"_s, 0}, {u"totalCount"_s, 1}, {u"instanceSet"_s, QJsonArray{instance}}})
        .toJson(QJsonDocument::Compact);
}

// No byte of the run's output could act on a terminal: no ESC, BEL, CR or other control character, and
// newlines only between lines.
bool printsNoControl(const Result &r)
{
    for (const QString &text : {r.out, r.err})
        for (const QChar c : text)
            if ((c.unicode() < 0x20 && c != u'\n') || c.unicode() == 0x7f)
                return false;
    return true;
}

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<CliTest::Cli> m_cli;

    QString templatePath(int goodsNum = 1)
    {
        return CliTest::writeTemplate(m_home->path() + u"/order.json"_s, CliTest::contractTemplate(goodsNum));
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_cli = std::make_unique<CliTest::Cli>(m_home->path());
        m_cli->useDemoCredentials();
    }
    void cleanup()
    {
        m_cli.reset();
        m_home.reset();
    }

    void untrustedPurchaseReplyStaysForResume_data()
    {
        QTest::addColumn<QJsonValue>("ids");
        QTest::addColumn<QString>("said");
        QJsonArray many;
        for (int i = 0; i < 10000; ++i)
            many.append(u"ins-%1"_s.arg(i, 8, 10, QLatin1Char('0')));
        QTest::newRow("10000 ids for an order of 1") << QJsonValue(many) << u"10000 instances for an order of 1"_s;
        QTest::newRow("numbers") << QJsonValue(QJsonArray{1}) << u"1 is not an instance id"_s;
        QTest::newRow("junk beside an id") << QJsonValue(QJsonArray{u"ins-aaaa1111"_s, 5, QJsonValue()})
                                           << u"3 instances for an order of 1"_s;
        QTest::newRow("escape sequence")
            << QJsonValue(QJsonArray{u"ins-\x1b]0;PWNED\a\x1b[2J"_s}) << u"ins-\\e]0;PWNED\\x07\\e[2J"_s;
        QTest::newRow("forged line") << QJsonValue(QJsonArray{u"ins-a\nDone: all running"_s})
                                     << u"ins-a\\nDone: all running"_s;
    }

    // Not trusted, not tracked: exit 6, what was wrong said (escaped), and resume asks again under the same
    // clientToken, taking a sound answer.
    void untrustedPurchaseReplyStaysForResume()
    {
        QFETCH(QJsonValue, ids);
        QFETCH(QString, said);
        ScriptedEndpoint endpoint;
        QVERIFY(endpoint.listen());
        endpoint.answer(u"RunInstancesHour"_s, boughtReply(ids));
        const Result bought =
            m_cli->run({u"purchase"_s, templatePath(), u"--endpoint"_s, endpoint.url(), u"--json"_s});
        QVERIFY2(bought.exitCode == 6, qPrintable(bought.describe().left(3000)));
        QVERIFY2(bought.err.contains(said), qPrintable(bought.err.left(3000)));
        QVERIFY2(printsNoControl(bought), qPrintable(bought.describe().left(3000)));
        QVERIFY(bought.eventsNamed(u"submitted"_s).isEmpty());
        QCOMPARE(endpoint.count(u"DescribeInstances"_s), 0);
        QCOMPARE(endpoint.tokens().size(), 1);

        endpoint.answer(u"RunInstancesHour"_s, boughtReply(QJsonArray{u"ins-aaaa1111"_s}));
        endpoint.answer(u"DescribeInstances"_s, describeReply(u"ins-aaaa1111"_s, u"web"_s, 2));
        const Result resumed = m_cli->run({u"resume"_s, u"--endpoint"_s, endpoint.url(), u"--json"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
        QCOMPARE(endpoint.tokens().size(), 1); // the same purchase, never a second one
        QCOMPARE(resumed.eventsNamed(u"submitted"_s).size(), 1);
    }

    // Names and messages from the server reach the terminal escaped, never as escape sequences or lines.
    void serverTextIsPrintedEscaped()
    {
        ScriptedEndpoint endpoint;
        QVERIFY(endpoint.listen());
        endpoint.answer(u"RunInstancesHour"_s, boughtReply(QJsonArray{u"ins-aaaa1111"_s}));
        endpoint.answer(u"DescribeInstances"_s,
                        describeReply(u"ins-aaaa1111"_s, u"web\x1b]0;PWNED\a\x1b[2J\nDone: all running"_s, 2));
        const Result bought = m_cli->run({u"purchase"_s, templatePath(), u"--endpoint"_s, endpoint.url()});
        QVERIFY2(bought.exitCode == 0, qPrintable(bought.describe()));
        QVERIFY2(printsNoControl(bought), qPrintable(bought.describe()));

        ScriptedEndpoint refusing;
        QVERIFY(refusing.listen());
        refusing.answer(u"RunInstancesHour"_s,
                        QJsonDocument(QJsonObject{{u"code"_s, 4100},
                                                  {u"codeDesc"_s, u"AuthFailure"_s},
                                                  {u"message"_s, u"bad key\r\nDone: all running\x1b[2J"_s}})
                            .toJson(QJsonDocument::Compact));
        const Result refused = m_cli->run({u"purchase"_s, templatePath(), u"--endpoint"_s, refusing.url()});
        QVERIFY2(refused.exitCode == 3, qPrintable(refused.describe()));
        QVERIFY2(printsNoControl(refused), qPrintable(refused.describe()));
        QVERIFY2(refused.err.contains(u"bad key\\r\\nDone: all running\\e[2J"_s), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(u"\nDone: all running"_s), qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
