#pragma once

// A tiny HTTP proxy on 127.0.0.1 that records what reaches it and answers
// itself, and helpers shared by the security tests.
#include "common/HttpRequest.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace SecurityTest {

// One request as the proxy received it: the request line and the header block.
struct ProxiedRequest
{
    QByteArray requestLine; // "CONNECT cvm.api.qcloud.com:443 HTTP/1.1"
    QByteArray headers;     // the lines after it, as sent
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : headers.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// Answers each plain request itself with the given body (an API reply) and
// refuses every CONNECT (a tunnel for https://) with 403; with
// requireAuth, a request without the expected Proxy-Authorization gets 407
// first, as a proxy that wants a login does.
class RecordingProxy
{
public:
    explicit RecordingProxy(QByteArray replyBody) : m_body(std::move(replyBody))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }
    RecordingProxy(const RecordingProxy &) = delete;
    RecordingProxy &operator=(const RecordingProxy &) = delete;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    void requireAuthorization(const QByteArray &expected) { m_expectedAuth = expected; }
    const QList<ProxiedRequest> &requests() const { return m_requests; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                while (const std::optional<HttpRequest> received = takeHttpRequest(buffer.get())) {
                    const QByteArray &head = received->head;
                    ProxiedRequest request;
                    const qsizetype lineEnd = head.indexOf("\r\n");
                    request.requestLine = lineEnd < 0 ? head : head.left(lineEnd);
                    request.headers = lineEnd < 0 ? QByteArray() : head.mid(lineEnd + 2);
                    m_requests.append(request);
                    if (!m_expectedAuth.isEmpty() &&
                        request.header("Proxy-Authorization") != m_expectedAuth) {
                        socket->write(
                            "HTTP/1.1 407 Proxy Authentication Required\r\n"
                            "Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n\r\n");
                        continue;
                    }
                    if (request.requestLine.startsWith("CONNECT ")) {
                        // A tunnel to an https:// endpoint: refused, so nothing leaves this machine.
                        socket->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
                        continue;
                    }
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                }
            });
        }
    }

    QTcpServer m_server;
    QByteArray m_body;
    QByteArray m_expectedAuth;
    QList<ProxiedRequest> m_requests;
};

// An API 2.0 error reply only the test proxy gives: whoever shows this text got it from the proxy.
inline const QByteArray kProxyReply =
    R"({"code":4000,"codeDesc":"InvalidParameter","message":"answered by the recording proxy"})";

} // namespace SecurityTest
