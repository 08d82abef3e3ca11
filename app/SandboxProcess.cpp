#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace {
// cvm-sandbox's first line is "listening PORT" (CONTRACTS.md); anything longer than this is not that line.
constexpr qsizetype kMaxFirstLine = 256;
} // namespace

SandboxProcess::SandboxProcess(QObject *parent) : QObject(parent)
{
    // Its complaints (a port in use, a bad option) reach the user's terminal as they are.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // Killed or crashed, this program cannot stop its child: there the kernel ends it instead of leaving a
    // server behind. (Elsewhere only a normal exit stops it.)
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(kStartTimeoutMs);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("cvm-sandbox did not say which port it listens on within %1 seconds.")
                 .arg(kStartTimeoutMs / 1000));
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("cvm-sandbox could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        const QString how =
            status == QProcess::CrashExit ? tr("it crashed") : tr("exit status %1").arg(exitCode);
        if (m_port == 0)
            fail(tr("cvm-sandbox ended before it was listening (%1).").arg(how));
        else
            Q_EMIT ended(tr("cvm-sandbox ended (%1); the sandbox no longer answers.").arg(how));
    });
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::programPath()
{
    // Only beside this program, never from PATH: the installed pair, or the pair built together.
    return QStandardPaths::findExecutable(u"cvm-sandbox"_s, {QCoreApplication::applicationDirPath()});
}

Credentials SandboxProcess::demoAccount()
{
    // cvm-sandbox's own default account too (SandboxServer::kDemoSecretId); given explicitly, so the two
    // programs cannot disagree.
    return {u"AKIDSandboxDemo00000000000000000000"_s, u"SandboxDemoKeyNothingIsBought0000"_s, {}};
}

void SandboxProcess::start(const QString &program)
{
    const Credentials account = demoAccount();
    m_startTimer.start();
    m_process.start(program, {u"--port"_s, u"0"_s, u"--secret-id"_s, account.secretId, u"--secret-key"_s,
                              account.secretKey});
}

void SandboxProcess::stop()
{
    m_startTimer.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    // Ending it on purpose is neither a failure nor news.
    disconnect(&m_process, nullptr, this, nullptr);
    m_process.terminate();
    if (!m_process.waitForFinished(kStopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(kStopTimeoutMs);
    }
}

QUrl SandboxProcess::url() const
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_port));
}

void SandboxProcess::readOutput()
{
    const QByteArray output = m_process.readAllStandardOutput();
    if (m_port != 0 || m_failed)
        return; // nothing after the first line matters
    m_output += output;
    const qsizetype newline = m_output.indexOf('\n');
    if (newline < 0) {
        if (m_output.size() > kMaxFirstLine)
            fail(tr("cvm-sandbox did not say which port it listens on."));
        return;
    }
    const QByteArray line = m_output.left(newline).trimmed();
    bool ok = false;
    const uint port = line.startsWith("listening ") ? line.mid(10).toUInt(&ok) : 0;
    if (!ok || port == 0 || port > 65535) {
        fail(tr("cvm-sandbox said \"%1\" instead of which port it listens on.")
                 .arg(QString::fromUtf8(line.left(kMaxFirstLine))));
        return;
    }
    m_port = quint16(port);
    m_startTimer.stop();
    Q_EMIT listening();
}

void SandboxProcess::fail(const QString &reason)
{
    if (m_failed || m_port != 0)
        return;
    m_failed = true;
    stop();
    Q_EMIT failed(reason);
}
