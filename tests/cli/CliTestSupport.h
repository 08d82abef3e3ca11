#pragma once

// cvm-purchaser-cli as scripts meet it: the cvm-sandbox executable on a free
// port, a recording relay in front of it (every request the CLI sends, and its
// clientToken, as it went over the wire), and the CLI itself as a process with
// its own HOME and XDG folders.
#include "api/ApiClient.h"
#include "common/HttpRequest.h"
#include "protocol/ApiReplies.h"
#include "protocol/v2/Signer.h"
#include "protocol/v2/V2Replies.h"
#include "purchase/PurchaseJournal.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace CliTest {

using namespace Qt::StringLiterals;

inline const QString kDemoId = QString::fromLatin1(SandboxServer::kDemoSecretId);
inline const QString kDemoKey = QString::fromLatin1(SandboxServer::kDemoSecretKey);

// The contract's example template (CONTRACTS.md), with changes.
inline QJsonObject contractTemplate(int goodsNum = 1)
{
    return QJsonObject{
        {u"schema"_s, 1},
        {u"region"_s, u"gz"_s},
        {u"zoneId"_s, 100001},
        {u"instanceType"_s, u"CVM.S1"_s},
        {u"cpu"_s, 1},
        {u"mem"_s, 2},
        {u"imageId"_s, u"img-3wnd9xpl"_s},
        {u"imageType"_s, 2},
        {u"osFamily"_s, u"linux"_s},
        {u"storageType"_s, 1},
        {u"storageSize"_s, 50},
        {u"rootSize"_s, 20},
        {u"bandwidthType"_s, u"PayByHour"_s},
        {u"bandwidth"_s, 1},
        {u"wanIp"_s, 1},
        {u"vpcId"_s, u""_s},
        {u"subnetId"_s, u""_s},
        {u"isVpcGateway"_s, 0},
        {u"keyId"_s, u""_s},
        {u"needSecurityAgent"_s, 1},
        {u"needMonitorAgent"_s, 1},
        {u"projectId"_s, 0},
        {u"goodsNum"_s, goodsNum},
        {u"instanceName"_s, u"web"_s},
    };
}

inline QString writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

inline QString writeTemplate(const QString &path, const QJsonObject &object)
{
    return writeFile(path, QJsonDocument(object).toJson());
}

// The cvm-sandbox executable, listening on a free port until the object goes.
class Sandbox
{
public:
    Sandbox() = default;
    Sandbox(const Sandbox &) = delete;
    Sandbox &operator=(const Sandbox &) = delete;
    ~Sandbox()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QStringList &arguments = {})
    {
        m_process.start(QStringLiteral(CVM_SANDBOX_PATH), QStringList{u"--port"_s, u"0"_s} + arguments);
        if (!QTest::qWaitFor([this] { return m_process.canReadLine(); }, 10000))
            return false;
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.startsWith("listening "))
            return false;
        m_port = quint16(line.mid(10).toUInt());
        return m_port != 0;
    }

    quint16 port() const { return m_port; }
    QString url() const { return u"http://127.0.0.1:%1/v2/index.php"_s.arg(m_port); }

    // Every instance the sandbox holds, whatever purchase bought it (DescribeInstances without ids),
    // or -1 when it cannot be asked. Each purchase adds its goodsNum instances.
    int instanceCount()
    {
        QNetworkAccessManager network;
        Endpoint endpoint(PurchaseOrder::Api::V2);
        QString error;
        if (!Endpoint::fromUrl(url(), &endpoint, &error, PurchaseOrder::Api::V2))
            return -1;
        ApiClient client(&network, endpoint, Credentials{kDemoId, kDemoKey, {}});
        ApiCall *call = client.send(
            u"gz"_s, {u"DescribeInstances"_s, {{u"offset"_s, u"0"_s}, {u"limit"_s, u"100"_s}}, {}});
        QSignalSpy spy(call, &ApiCall::finished);
        if (!spy.wait(10000))
            return -1;
        const ApiResult result = spy.first().first().value<ApiResult>();
        if (!result.ok())
            return -1;
        return V2Replies::parseDescribeInstances(result.data).totalCount;
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// One HTTP request as the relay saw it go to the endpoint.
struct Request
{
    ApiParams params;
    QString value(const QString &name) const
    {
        for (const auto &[key, value] : params)
            if (key == name)
                return value;
        return {};
    }
    QString action() const { return value(u"Action"_s); }
};

// A TCP relay on 127.0.0.1 in front of the endpoint that records what clients
// send: the proof of which requests, and which clientTokens, left the CLI.
// Closes the client's side when the endpoint closes or cannot be reached.
class Relay
{
public:
    explicit Relay(quint16 upstreamPort) : m_upstream(upstreamPort)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }
    Relay(const Relay &) = delete;
    Relay &operator=(const Relay &) = delete;

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return u"http://127.0.0.1:%1/v2/index.php"_s.arg(port()); }
    void setUpstream(quint16 port) { m_upstream = port; }
    int connections() const { return m_connections; }

    QList<Request> requests() const
    {
        QList<Request> out;
        for (const auto &stream : m_streams) {
            QByteArray rest = *stream; // a request cut off at the end: the client went away mid-request
            while (const std::optional<HttpRequest> request = takeHttpRequest(&rest))
                out.append(Request{Signer::formDecode(request->body)});
        }
        return out;
    }

    QList<Request> requests(const QString &action) const
    {
        QList<Request> out;
        for (const Request &r : requests())
            if (r.action() == action)
                out.append(r);
        return out;
    }

    // The distinct clientTokens of the RunInstancesHour requests, in the order first seen.
    QStringList runTokens() const
    {
        QStringList tokens;
        for (const Request &r : requests(u"RunInstancesHour"_s))
            if (!tokens.contains(r.value(u"clientToken"_s)))
                tokens.append(r.value(u"clientToken"_s));
        return tokens;
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            ++m_connections;
            auto stream = std::make_shared<QByteArray>();
            m_streams.append(stream);
            auto pending = std::make_shared<QByteArray>();
            auto *upstream = new QTcpSocket(client);
            QObject::connect(upstream, &QTcpSocket::connected, client, [upstream, pending] {
                upstream->write(*pending);
                pending->clear();
            });
            QObject::connect(client, &QTcpSocket::readyRead, client, [client, upstream, stream, pending] {
                const QByteArray data = client->readAll();
                stream->append(data);
                if (upstream->state() == QAbstractSocket::ConnectedState)
                    upstream->write(data);
                else
                    pending->append(data);
            });
            QObject::connect(upstream, &QTcpSocket::readyRead, client,
                             [client, upstream] { client->write(upstream->readAll()); });
            QObject::connect(upstream, &QTcpSocket::disconnected, client,
                             [client] { client->disconnectFromHost(); });
            QObject::connect(
                upstream, &QTcpSocket::errorOccurred, client, [client](QAbstractSocket::SocketError e) {
                    if (e != QAbstractSocket::RemoteHostClosedError)
                        client->abort(); // nobody listens upstream: the client sees its connection fail
                });
            QObject::connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
                upstream->abort();
                client->deleteLater();
            });
            upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
        }
    }

    QTcpServer m_server;
    quint16 m_upstream;
    int m_connections = 0;
    QList<std::shared_ptr<QByteArray>> m_streams;
};

// What one CLI run printed and how it ended.
struct Result
{
    int exitCode = -1; // -1: crashed or killed
    QString out;
    QString err;

    // Every standard output line as a JSON object; fails the check (jsonProblem set) on anything else.
    QList<QJsonObject> events;
    QString jsonProblem;

    QList<QJsonObject> eventsNamed(const QString &name) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &e : events)
            if (e.value(u"event"_s).toString() == name)
                out.append(e);
        return out;
    }
    QString describe() const
    {
        return u"exit %1\n--- stdout:\n%2\n--- stderr:\n%3"_s.arg(exitCode).arg(out, err);
    }
};

inline void parseEvents(Result *r)
{
    r->events.clear();
    r->jsonProblem.clear();
    if (!r->out.endsWith(u'\n') && !r->out.isEmpty())
        r->jsonProblem = u"standard output does not end with a newline"_s;
    const QStringList lines = r->out.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines.at(i).isEmpty())
            break;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i).toUtf8(), &error);
        if (!doc.isObject() || !doc.object().value(u"event"_s).isString()) {
            r->jsonProblem = u"line %1 is not a JSON event: %2"_s.arg(i + 1).arg(lines.at(i));
            return;
        }
        r->events.append(doc.object());
    }
}

// cvm-purchaser-cli with a HOME and XDG folders of its own, English messages and
// no credentials or endpoint from the test's own environment.
class Cli
{
public:
    explicit Cli(const QString &home) : m_home(home)
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_SESSION_TOKEN",
              "CVM_PURCHASER_ENDPOINT", "LANGUAGE", "LANG", "LC_MESSAGES",
              // No display either: the CLI runs over SSH.
              "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            m_environment.remove(QString::fromLatin1(name));
        m_environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        m_environment.insert(u"HOME"_s, home);
        m_environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        m_environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        m_environment.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    }

    void setEnv(const QString &name, const QString &value) { m_environment.insert(name, value); }
    void unsetEnv(const QString &name) { m_environment.remove(name); }
    void useDemoCredentials()
    {
        setEnv(u"TENCENTCLOUD_SECRET_ID"_s, kDemoId);
        setEnv(u"TENCENTCLOUD_SECRET_KEY"_s, kDemoKey);
    }

    QString journalPath() const { return m_home + u"/data/cvm-purchaser/history.sqlite"_s; }
    QList<JournalEntry> journal() const { return PurchaseJournal(journalPath()).entries(); }

    // Starts the CLI; the caller waits (with the event loop running, so that a relay keeps relaying).
    std::unique_ptr<QProcess> start(const QStringList &arguments, const QByteArray &input = {}) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_environment);
        process->start(QStringLiteral(CVM_CLI_PATH), arguments);
        if (!process->waitForStarted(10000))
            qFatal("cvm-purchaser-cli did not start");
        process->write(input);
        process->closeWriteChannel();
        return process;
    }

    static Result finish(QProcess &process, int timeoutMs = 90'000)
    {
        Result r;
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        parseEvents(&r);
        return r;
    }

    Result run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 90'000) const
    {
        const std::unique_ptr<QProcess> process = start(arguments, input);
        return finish(*process, timeoutMs);
    }

private:
    QString m_home;
    QProcessEnvironment m_environment;
};

// Every file under folder whose bytes hold needle (as UTF-8 or UTF-16).
inline QStringList filesContaining(const QString &folder, const QString &needle)
{
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found.append(path);
    }
    return found;
}

// A port on 127.0.0.1 that nobody listens on (it was free a moment ago).
inline quint16 deadPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("no free port");
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace CliTest
