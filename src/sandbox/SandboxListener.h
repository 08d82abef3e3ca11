#pragma once

#include <QTcpServer>

// The sandbox's TCP side, under the HTTP server: the limits a server on a shared machine needs, which
// QHttpServer leaves to its listener. A request body over kMaxBodyBytes is answered 413 and its connection
// closed before more of it is read; a connection idle for the idle timeout is closed; at most
// kMaxConnections are open at once (one more is closed at once). Listens on 127.0.0.1 only.
class SandboxListener final : public QTcpServer
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;
    static constexpr int kMaxConnections = 64;
    static constexpr int kDefaultIdleMs = 30'000;

    explicit SandboxListener(int idleMs = kDefaultIdleMs, QObject *parent = nullptr);

    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void watch(class QTcpSocket *socket);

    int m_idleMs;
    int m_open = 0;
};
