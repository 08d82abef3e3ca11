// TLS is never weakened: an endpoint whose certificate cannot be verified
// (self-signed, or issued for another name) ends the call before anything is
// sent, once, with a message that says so and why; the CLI tells the same.
// No product code can ignore certificate errors.
#include "api/ApiClient.h"
#include "cli/CliTestSupport.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// A loopback HTTPS server with the given certificate. Counts TLS handshakes begun (each one a connection
// attempt) and requests received over a completed handshake, answering each with an API success.
class TlsServer
{
public:
    TlsServer(const QSslCertificate &certificate, const QSslKey &key)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        m_server.setSslConfiguration(configuration);
        QObject::connect(&m_server, &QSslServer::startedEncryptionHandshake, &m_server,
                         [this](QSslSocket *) { ++m_handshakes; });
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_encrypted;
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    ++m_requests;
                    const QByteArray body = R"({"code":0,"message":"","zoneSet":[]})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return u"https://127.0.0.1:%1/v2/index.php"_s.arg(m_server.serverPort()); }
    int handshakes() const { return m_handshakes; }
    int encryptedConnections() const { return m_encrypted; }
    int requests() const { return m_requests; }

private:
    QSslServer m_server;
    int m_handshakes = 0;
    int m_encrypted = 0;
    int m_requests = 0;
};

bool openssl(const QString &folder, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')),
                 process.readAllStandardError().constData());
        return false;
    }
    return true;
}

QSslCertificate certificate(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QSslCertificate(&file, QSsl::Pem) : QSslCertificate();
}

QSslKey key(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QSslKey(&file, QSsl::Ec, QSsl::Pem) : QSslKey();
}

const QStringList kEcKey{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                         u"-nodes"_s};
} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(m_dir.isValid());
        const QString dir = m_dir.path();
        // A test CA, a certificate from it for 127.0.0.1, one from it for another name, and a self-signed
        // one.
        QVERIFY(openssl(dir, QStringList{u"req"_s, u"-x509"_s} + kEcKey +
                                 QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.crt"_s, u"-days"_s,
                                             u"2"_s, u"-subj"_s, u"/CN=CVM Purchaser test CA"_s, u"-addext"_s,
                                             u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                                             u"keyUsage=critical,keyCertSign,cRLSign"_s}));
        for (const auto &[name, altName] :
             {std::pair{u"right"_s, u"IP:127.0.0.1"_s}, std::pair{u"wrong"_s, u"DNS:cvm.example.test"_s}}) {
            CliTest::writeFile(dir + u"/"_s + name + u".ext"_s,
                               "subjectAltName=" + altName.toLatin1() + "\nbasicConstraints=CA:FALSE\n");
            QVERIFY(openssl(dir, QStringList{u"req"_s} + kEcKey +
                                     QStringList{u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".csr"_s,
                                                 u"-subj"_s, u"/CN=test server"_s}));
            QVERIFY(openssl(dir, {u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, u"ca.crt"_s,
                                  u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-days"_s, u"2"_s,
                                  u"-out"_s, name + u".crt"_s, u"-extfile"_s, name + u".ext"_s}));
        }
        QVERIFY(openssl(dir, QStringList{u"req"_s, u"-x509"_s} + kEcKey +
                                 QStringList{u"-keyout"_s, u"self.key"_s, u"-out"_s, u"self.crt"_s,
                                             u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                                             u"subjectAltName=IP:127.0.0.1"_s}));
        // This process trusts the test CA, as a system would trust a real one.
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(certificate(m_dir.filePath(u"ca.crt"_s)));
        QSslConfiguration::setDefaultConfiguration(configuration);
    }

    // The control: a certificate the client can verify works, so the failures below are the certificates'.
    void verifiedCertificateWorks()
    {
        TlsServer server(certificate(m_dir.filePath(u"right.crt"_s)), key(m_dir.filePath(u"right.key"_s)));
        QVERIFY(server.listen());
        const ApiResult result = call(server.url());
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        QCOMPARE(server.requests(), 1);
    }

    void unverifiableCertificateIsFatalAndExplained_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason"); // Qt's own words for the verification error
        QTest::newRow("self-signed") << u"self"_s << u"self-signed"_s;
        QTest::newRow("issued for another host") << u"wrong"_s << u"host name did not match"_s;
    }
    void unverifiableCertificateIsFatalAndExplained()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        TlsServer server(certificate(m_dir.filePath(name + u".crt"_s)),
                         key(m_dir.filePath(name + u".key"_s)));
        QVERIFY(server.listen());
        const ApiResult result = call(server.url());
        QCOMPARE(result.status, ApiResult::Status::NetworkError);
        QVERIFY(result.certificateError);
        const QString text = result.describe();
        QVERIFY2(text.contains(u"TLS certificate of 127.0.0.1 could not be verified"_s), qPrintable(text));
        QVERIFY2(text.contains(reason, Qt::CaseInsensitive), qPrintable(text));
        // Not worth retrying: another try meets the same certificate.
        QVERIFY(!result.isRetryable());
        // One attempt, and it never got as far as an encrypted connection: nothing was sent.
        QCOMPARE(server.handshakes(), 1);
        QCOMPARE(server.encryptedConnections(), 0);
        QCOMPARE(server.requests(), 0);
    }

    // A purchase from the CLI against a self-signed endpoint: one attempt, refused before anything was sent,
    // and the user told why (CLI processes do not trust this test's CA, so any certificate here fails).
    void cliPurchaseStopsAtTheCertificate()
    {
        TlsServer server(certificate(m_dir.filePath(u"self.crt"_s)), key(m_dir.filePath(u"self.key"_s)));
        QVERIFY(server.listen());
        QTemporaryDir home;
        CliTest::Cli cli(home.path());
        cli.useDemoCredentials();
        const QString path =
            CliTest::writeTemplate(home.filePath(u"web.json"_s), CliTest::contractTemplate());
        const std::unique_ptr<QProcess> process = cli.start(
            {u"purchase"_s, path, u"--endpoint"_s, server.url(), u"--password-stdin"_s, u"--no-wait"_s},
            "Cvm-Test-Pass-1!\n");
        const CliTest::Result r = CliTest::Cli::finish(*process);
        QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"TLS certificate of 127.0.0.1 could not be verified"_s),
                 qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"self-signed"_s, Qt::CaseInsensitive), qPrintable(r.describe()));
        QCOMPARE(server.handshakes(), 1);
        QCOMPARE(server.requests(), 0);
        // The messages agree (issue 16): never sent, so not bought, and nothing left to resume forever.
        QVERIFY2(QString(r.out + r.err).contains(u"never left this computer"_s), qPrintable(r.describe()));
        QVERIFY2(!QString(r.out + r.err).contains(u"may have bought"_s), qPrintable(r.describe()));
        QCOMPARE(cli.journal().size(), 1);
        QCOMPARE(cli.journal().first().state(), JournalEntry::State::Refused);
        const CliTest::Result resumed = cli.run({u"resume"_s, u"--endpoint"_s, server.url()});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
        QVERIFY2(QString(resumed.out + resumed.err).contains(u"Nothing to resume"_s), qPrintable(resumed.describe()));
        QCOMPARE(server.handshakes(), 1);
    }

    // status against the same endpoint: the certificate fails once and is not asked again, and the message
    // claims no attempts that were never made (issue 16: it said "in 4 attempts").
    void cliStatusStopsAtTheCertificateWithoutRetrying()
    {
        TlsServer server(certificate(m_dir.filePath(u"self.crt"_s)), key(m_dir.filePath(u"self.key"_s)));
        QVERIFY(server.listen());
        QTemporaryDir home;
        CliTest::Cli cli(home.path());
        cli.useDemoCredentials();
        const CliTest::Result r =
            cli.run({u"status"_s, u"--region"_s, u"gz"_s, u"--endpoint"_s, server.url(), u"ins-abcd1234"_s});
        QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"TLS certificate of 127.0.0.1 could not be verified"_s), qPrintable(r.describe()));
        QVERIFY2(!QString(r.out + r.err).contains(u"attempt"_s), qPrintable(r.describe()));
        QVERIFY2(!QString(r.out + r.err).contains(u"trying again"_s), qPrintable(r.describe()));
        QCOMPARE(server.handshakes(), 1);
    }

    // No product source can turn verification off.
    void noCodeIgnoresCertificateErrors()
    {
        const QStringList forbidden{u"ignoreSslErrors"_s, u"VerifyNone"_s, u"QueryPeer"_s,
                                    u"setPeerVerifyMode"_s};
        QStringList found;
        int files = 0;
        for (const char *folder : {"src", "ui", "app"}) {
            QDirIterator it(QStringLiteral(CVM_SOURCE_DIR) + u'/' + QLatin1StringView(folder),
                            {u"*.cpp"_s, u"*.h"_s, u"*.ui"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++files;
                const QByteArray text = file.readAll();
                for (const QString &word : forbidden)
                    if (text.contains(word.toLatin1()))
                        found.append(u"%1: %2"_s.arg(file.fileName(), word));
            }
        }
        QVERIFY2(files > 50, "the sources were not found");
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

private:
    static ApiResult call(const QString &url)
    {
        QNetworkAccessManager network;
        Endpoint endpoint(PurchaseOrder::Api::V2);
        QString error;
        if (!Endpoint::fromUrl(url, &endpoint, &error, PurchaseOrder::Api::V2))
            qFatal("%s", qPrintable(error));
        ApiClient client(&network, endpoint, Credentials{CliTest::kDemoId, CliTest::kDemoKey, {}});
        ApiCall *call = client.send(u"gz"_s, client.protocol().describeZones());
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<ApiResult>();
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
