#pragma once

#include "secrets/Credentials.h"

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

// The simulated cloud of cvm-purchaser --sandbox: the cvm-sandbox program beside this one, started as a child
// on a free port of 127.0.0.1 and stopped with this object. A child rather than a library keeps QtHttpServer
// out of the desktop program and one copy of the core in each process.
class SandboxProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxProcess)

public:
    static constexpr int kStartTimeoutMs = 15'000; // to its "listening PORT" line
    static constexpr int kStopTimeoutMs = 3'000;   // from terminate() to kill()

    explicit SandboxProcess(QObject *parent = nullptr);
    ~SandboxProcess() override; // stop()

    // cvm-sandbox in this program's folder (a build tree, or the bin folder of an installation), or empty.
    static QString programPath();
    // The account the child is started with: published on purpose, it opens nothing but the sandbox.
    static Credentials demoAccount();

    // Starts program; later exactly one of listening() or failed().
    void start(const QString &program);
    // Ends the child: terminate, then kill after kStopTimeoutMs. Blocks for at most that long.
    void stop();

    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT/: each API is served at the path of its own endpoint.
    QUrl url() const;

Q_SIGNALS:
    void listening();
    // It could not start, or ended or stayed silent before saying its port; reason is in the UI language.
    void failed(const QString &reason);
    // It ended on its own after listening().
    void ended(const QString &reason);

private:
    void readOutput();
    void fail(const QString &reason);

    QProcess m_process;
    QTimer m_startTimer;
    QByteArray m_output; // until the first line is complete
    quint16 m_port = 0;
    bool m_failed = false;
};
