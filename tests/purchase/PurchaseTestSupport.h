#pragma once

// Shared by the purchase tests and the kill helper: orders, credentials, a
// file-backed SecretStore that outlives a process, and a stand-in cloud that
// forwards to the in-process sandbox over real loopback HTTP while injecting
// the faults the sandbox does not have.
#include "api/Endpoint.h"
#include "common/V2Fields.h"
#include "common/V2Request.h"
#include "order/PurchaseOrder.h"
#include "protocol/ApiParams.h"
#include "protocol/v2/Signer.h"
#include "sandbox/SandboxServer.h"
#include "secrets/Credentials.h"
#include "secrets/SecretStore.h"

#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

namespace PurchaseTest {

using namespace Qt::StringLiterals;

inline Credentials demoCredentials()
{
    return {QString::fromLatin1(SandboxServer::kDemoSecretId),
            QString::fromLatin1(SandboxServer::kDemoSecretKey),
            {}};
}

inline PurchaseOrder validOrder()
{
    PurchaseOrder o = v2NewOrder();
    o.region = u"gz"_s;
    v2Set(o, "zoneId", 100001);
    o.cpu = 1;
    o.mem = 2;
    o.imageId = u"img-3wnd9xpl"_s;
    o.bandwidth = 1;
    o.instanceName = u"web"_s;
    return o;
}

// A password the sandbox accepts, unlikely to appear in a file by chance.
inline QString testPassword()
{
    return u"Cvm+Kq7z/Secret"_s;
}

inline Endpoint endpointFor(const QUrl &url)
{
    Endpoint endpoint(PurchaseOrder::Api::V2);
    QString error;
    if (!Endpoint::fromUrl(url.toString(), &endpoint, &error, PurchaseOrder::Api::V2))
        qFatal("bad test endpoint: %s", qPrintable(error));
    return endpoint;
}

inline QString param(const ApiParams &params, const QString &name)
{
    for (const auto &[key, value] : params)
        if (key == name)
            return value;
    return {};
}

// Secrets in a JSON file, so that a helper process and the test share them as
// they would share the OS keychain. Test-only: a real product never does this.
class FileSecretStore final : public SecretStore
{
    Q_DISABLE_COPY_MOVE(FileSecretStore)

public:
    explicit FileSecretStore(const QString &path, QObject *parent = nullptr)
        : SecretStore(parent), m_path(path)
    {
    }

    void write(const QString &key, const QString &secret, Done done) override
    {
        QJsonObject all = load();
        all.insert(key, secret);
        const bool ok = save(all);
        later([ok, done = std::move(done)] {
            done(ok ? Error::None : Error::Other, ok ? QString() : u"save"_s);
        });
    }
    void read(const QString &key, ReadDone done) override
    {
        const QJsonObject all = load();
        const bool found = all.contains(key);
        const QString secret = all.value(key).toString();
        later([found, secret, done = std::move(done)] {
            done(found ? Error::None : Error::NotFound, secret, {});
        });
    }
    void remove(const QString &key, Done done) override
    {
        QJsonObject all = load();
        const bool found = all.contains(key);
        all.remove(key);
        save(all);
        later([found, done = std::move(done)] { done(found ? Error::None : Error::NotFound, {}); });
    }
    QStringList keys() const { return load().keys(); }

private:
    QJsonObject load() const
    {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }
    bool save(const QJsonObject &all) const
    {
        QSaveFile file(m_path);
        return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(all).toJson()) >= 0 &&
               file.commit();
    }
    // Callbacks run later, from the event loop, as a keychain's do.
    void later(std::function<void()> f) { QTimer::singleShot(0, this, std::move(f)); }

    QString m_path;
};

// A minimal HTTP/1.1 server on 127.0.0.1 in front of a SandboxServer (which
// need not listen): each request is decoded and, unless a hook answers it,
// handled by the sandbox's own request handling (signatures, nonces, tokens).
// Hooks inject what the sandbox cannot: busy answers, HTTP errors, garbage,
// rewritten replies, requests processed but never answered.
class CloudStandIn final : public QObject
{
    Q_DISABLE_COPY_MOVE(CloudStandIn)

public:
    struct Answer
    {
        int httpStatus = 200;
        QByteArray body;
        bool process = false; // let the sandbox handle it first (and buy), then answer with this
        bool silent = false;  // never answer; the connection stays open
    };
    // action, the decoded parameters, and which request of that action this is (1 for the first).
    using Before =
        std::function<std::optional<Answer>(const QString &action, const ApiParams &params, int nth)>;
    using After = std::function<void(const QString &action, int nth, QJsonObject &reply)>;

    explicit CloudStandIn(SandboxServer *sandbox, QObject *parent = nullptr)
        : QObject(parent), m_sandbox(sandbox)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_sockets.append(socket);
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { onReadyRead(socket); });
            }
        });
    }

    quint16 listen() { return m_server.listen(QHostAddress::LocalHost) ? m_server.serverPort() : 0; }
    QUrl endpointUrl() const
    {
        return QUrl(u"http://127.0.0.1:%1/v2/index.php"_s.arg(m_server.serverPort()));
    }

    Before before;
    After after;

    int requests(const QString &action) const { return m_counts.value(action); }
    // Every clientToken that arrived in a RunInstancesHour, in order, repeats included.
    QStringList tokensSeen() const { return m_tokens; }
    // What the Action parameters of all requests were, in order.
    QStringList actionsSeen() const { return m_actions; }
    // The last RunInstancesHour parameters, for checks on what was sent.
    ApiParams lastRunParams() const { return m_lastRun; }

private:
    struct Pending
    {
        QByteArray data;
        bool handled = false;
    };

    void onReadyRead(QTcpSocket *socket)
    {
        Pending &p = m_pending[socket];
        p.data += socket->readAll();
        if (p.handled)
            return;
        const qsizetype headerEnd = p.data.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = p.data.left(headerEnd);
        qsizetype contentLength = 0;
        QString host;
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray l = line.trimmed();
            const qsizetype colon = l.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = l.left(colon).trimmed().toLower();
            const QByteArray value = l.mid(colon + 1).trimmed();
            if (name == "content-length")
                contentLength = value.toLongLong();
            else if (name == "host")
                host = QString::fromLatin1(value);
        }
        const QByteArray requestLine = head.left(head.indexOf("\r\n"));
        const QList<QByteArray> parts = requestLine.split(' ');
        const QString path = parts.size() > 1 ? QString::fromLatin1(parts.at(1).split('?').first()) : u"/"_s;
        if (p.data.size() < headerEnd + 4 + contentLength)
            return;
        p.handled = true;
        const QByteArray body = p.data.mid(headerEnd + 4, contentLength);
        handle(socket, host, path, Signer::formDecode(body));
    }

    void handle(QTcpSocket *socket, const QString &host, const QString &path, const ApiParams &params)
    {
        const QString action = param(params, u"Action"_s);
        const int nth = ++m_counts[action];
        m_actions.append(action);
        if (action == "RunInstancesHour"_L1) {
            m_tokens.append(param(params, u"clientToken"_s));
            m_lastRun = params;
        }
        std::optional<Answer> answer = before ? before(action, params, nth) : std::nullopt;
        if (answer && answer->process)
            m_sandbox->handle(v2Request(u"POST"_s, host, path, params));
        if (answer && answer->silent)
            return;
        if (answer) {
            respond(socket, answer->httpStatus, answer->body);
            return;
        }
        QJsonObject reply = m_sandbox->handle(v2Request(u"POST"_s, host, path, params));
        if (after)
            after(action, nth, reply);
        respond(socket, 200, QJsonDocument(reply).toJson(QJsonDocument::Compact));
    }

    void respond(QTcpSocket *socket, int status, const QByteArray &body)
    {
        QByteArray out =
            "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error") +
            "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\nConnection: close\r\n\r\n" + body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    SandboxServer *m_sandbox;
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, Pending> m_pending;
    QHash<QString, int> m_counts;
    QStringList m_tokens;
    QStringList m_actions;
    ApiParams m_lastRun;
};

inline CloudStandIn::Answer apiError(int code, const char *codeDesc, const char *message)
{
    const QJsonObject reply{{"code"_L1, code},
                            {"codeDesc"_L1, QLatin1StringView(codeDesc)},
                            {"message"_L1, QLatin1StringView(message)}};
    return {200, QJsonDocument(reply).toJson(QJsonDocument::Compact), false, false};
}

} // namespace PurchaseTest
