#include "sandbox/SandboxListener.h"

#include <QTcpSocket>
#include <QTimer>

#include <limits>
#include <memory>

namespace {

// The largest request head (request line and headers) read before the body: a head without an end is
// refused as a body is.
constexpr qint64 kMaxHeadBytes = 64 * 1024;

// Content-Length of a request head, or -1 when it has none.
qint64 contentLength(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.size() > 15 && trimmed.left(15).compare("content-length:", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = trimmed.mid(15).trimmed().toLongLong(&ok);
            return ok ? length : std::numeric_limits<qint64>::max();
        }
    }
    return -1;
}

void refuseTooLarge(QTcpSocket *socket)
{
    socket->readAll(); // never handed to the HTTP server
    socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: text/plain\r\nConnection: close\r\n"
                  "Content-Length: 40\r\n\r\nThe request body is larger than 1 MiB.\n");
    socket->disconnectFromHost();
}

} // namespace

SandboxListener::SandboxListener(int idleMs, QObject *parent) : QTcpServer(parent), m_idleMs(idleMs) {}

void SandboxListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= kMaxConnections) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    watch(socket);
    addPendingConnection(socket); // the HTTP server's readyRead handler comes after watch()'s
}

void SandboxListener::watch(QTcpSocket *socket)
{
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->start(m_idleMs);
    connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::bytesWritten, idle, [idle, this] { idle->start(m_idleMs); });

    // Bytes of the request being received since the last answer; the head's declared length is checked as soon
    // as the head is in, so a large body is refused before it arrives.
    auto received = std::make_shared<qint64>(0);
    connect(socket, &QTcpSocket::bytesWritten, socket, [received](qint64) { *received = 0; });
    connect(socket, &QTcpSocket::readyRead, socket, [socket, idle, received, this] {
        idle->start(m_idleMs);
        const QByteArray pending = socket->peek(socket->bytesAvailable());
        *received += pending.size();
        const qsizetype headEnd = pending.indexOf("\r\n\r\n");
        const bool declaredTooLarge = headEnd >= 0 && contentLength(pending.left(headEnd)) > kMaxBodyBytes;
        const bool headTooLarge = headEnd < 0 && pending.size() > kMaxHeadBytes;
        if (declaredTooLarge || headTooLarge || *received > kMaxHeadBytes + kMaxBodyBytes)
            refuseTooLarge(socket);
    });
}
