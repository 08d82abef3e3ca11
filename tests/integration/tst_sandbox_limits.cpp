// The sandbox on a shared machine: a hostile client cannot make it read an endless body, keep connections
// open for ever, or open connections without bound; it keeps answering everyone else.
#include "api/ApiClient.h"
#include "protocol/v2/V2Replies.h"
#include "sandbox/SandboxListener.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

class TestSandboxLimits : public QObject
{
    Q_OBJECT

    // A request the sandbox answers, through the product's client: the sandbox still serves.
    static bool answers(const SandboxServer &sandbox)
    {
        QNetworkAccessManager network;
        Endpoint endpoint(PurchaseOrder::Api::V2);
        QString error;
        if (!Endpoint::fromUrl(sandbox.endpointUrl().toString(), &endpoint, &error, PurchaseOrder::Api::V2))
            return false;
        ApiClient client(&network, endpoint,
                         Credentials{QString::fromLatin1(SandboxServer::kDemoSecretId),
                                     QString::fromLatin1(SandboxServer::kDemoSecretKey), {}});
        ApiCall *call = client.send(u"gz"_s, {u"DescribeAvailabilityZones"_s, {}, {}});
        QSignalSpy spy(call, &ApiCall::finished);
        return spy.wait(10'000) && spy.first().first().value<ApiResult>().ok();
    }

    static std::unique_ptr<QTcpSocket> connectTo(const SandboxServer &sandbox)
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, sandbox.port());
        if (!socket->waitForConnected(5000))
            return nullptr;
        return socket;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ApiResult>(); }

    void bodyOver1MiBIsRefused_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<qint64>("sent");
        QTest::newRow("declared 100 MB") << QByteArray("POST /v2/index.php HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                       "Content-Type: application/x-www-form-urlencoded\r\n"
                                                       "Content-Length: 104857600\r\n\r\n")
                                         << qint64(256 * 1024);
        QTest::newRow("chunked, without end")
            << QByteArray("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n")
            << qint64(3 * 1024 * 1024);
        QTest::newRow("a head without end") << QByteArray("POST / HTTP/1.1\r\nX-Filler: ") << qint64(512 * 1024);
    }
    void bodyOver1MiBIsRefused()
    {
        QFETCH(QByteArray, head);
        QFETCH(qint64, sent);
        SandboxServer sandbox(SandboxServer::Options{});
        QVERIFY(sandbox.listen() != 0);
        const std::unique_ptr<QTcpSocket> socket = connectTo(sandbox);
        QVERIFY(socket);
        QByteArray received;
        connect(socket.get(), &QTcpSocket::readyRead, this, [&] { received += socket->readAll(); });
        socket->write(head);
        const QByteArray chunk(64 * 1024, 'a');
        for (qint64 written = 0; written < sent && socket->state() == QAbstractSocket::ConnectedState;
             written += chunk.size()) {
            socket->write(chunk);
            socket->waitForBytesWritten(1000);
            QCoreApplication::processEvents();
        }
        QVERIFY2(QTest::qWaitFor([&] { return socket->state() == QAbstractSocket::UnconnectedState; }, 10'000),
                 "the sandbox kept reading");
        QVERIFY2(received.startsWith("HTTP/1.1 413"), received.left(200).constData());
        QVERIFY(answers(sandbox));
    }

    void idleConnectionsAreClosed()
    {
        SandboxServer::Options options;
        options.idleMs = 300; // 30 s in cvm-sandbox
        SandboxServer sandbox(options);
        QVERIFY(sandbox.listen() != 0);
        const std::unique_ptr<QTcpSocket> silent = connectTo(sandbox);
        QVERIFY(silent);
        const std::unique_ptr<QTcpSocket> halfHead = connectTo(sandbox);
        QVERIFY(halfHead);
        halfHead->write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QVERIFY(QTest::qWaitFor([&] { return silent->state() == QAbstractSocket::UnconnectedState; }, 10'000));
        QVERIFY(QTest::qWaitFor([&] { return halfHead->state() == QAbstractSocket::UnconnectedState; }, 10'000));
        QVERIFY(answers(sandbox));
    }

    void connectionsAreCapped()
    {
        SandboxServer sandbox(SandboxServer::Options{});
        QVERIFY(sandbox.listen() != 0);
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        const int tried = SandboxListener::kMaxConnections + 36;
        for (int i = 0; i < tried; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, sandbox.port());
        }
        auto closed = [&] {
            return std::count_if(sockets.cbegin(), sockets.cend(), [](const std::unique_ptr<QTcpSocket> &s) {
                return s->state() == QAbstractSocket::UnconnectedState;
            });
        };
        // Every connection beyond the cap is closed by the sandbox at once; the others stay.
        QVERIFY2(QTest::qWaitFor([&] { return closed() >= tried - SandboxListener::kMaxConnections; }, 10'000),
                 qPrintable(QString::number(closed())));
        QTest::qWait(200);
        QCOMPARE(int(closed()), tried - SandboxListener::kMaxConnections);
        // Once they go, the sandbox serves again.
        sockets.clear();
        QVERIFY(QTest::qWaitFor([&] { return answers(sandbox); }, 10'000));
    }
};

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandbox_limits.moc"
