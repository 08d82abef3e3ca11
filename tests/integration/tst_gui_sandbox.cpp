// cvm-purchaser is one portable program: it links QtNetwork and QtKeychain, loads no modules, and its
// --sandbox runs the cvm-sandbox program beside it as a child, in a build tree as in an installation,
// which ends with it. An installation carries the documentation too.
#include "common/ProgramRun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
using Run = ProgramRun;

// Starts the GUI offscreen with CVM_PURCHASER_EXIT_WHEN_SHOWN=exitWhen, and waits for it to leave.
Run runGui(const QString &program, const QStringList &arguments, const QString &exitWhen)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"CVM_PURCHASER_EXIT_WHEN_SHOWN"_s, exitWhen);
    return runProgram(program, arguments, env, 60000);
}

bool copyExecutable(const QString &from, const QString &to)
{
    return QFile::copy(from, to) &&
           QFile::setPermissions(to, QFile::permissions(to) | QFileDevice::ExeOwner | QFileDevice::ExeUser);
}

// The port of the "endpoint: URL" line the test-connection hook prints, or 0.
quint16 sandboxPort(const QString &out)
{
    for (const QString &line : out.split(u'\n'))
        if (line.startsWith("endpoint: "_L1))
            return quint16(QUrl(line.mid(10)).port(0));
    return 0;
}

// Linux: the cvm-sandbox child of the process parent (from /proc), or 0.
qint64 sandboxChildOf(qint64 parent)
{
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile stat(u"/proc/"_s + pid + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // pid (comm) state ppid ...
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> after = line.mid(close + 2).split(' ');
        if (line.contains("(cvm-sandbox)") && after.size() > 1 && after.at(1).toLongLong() == parent)
            return pid.toLongLong();
    }
    return 0;
}

// Linux: whether the process pid runs (neither gone nor a zombie).
bool runs(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return !line.mid(line.lastIndexOf(')') + 2).startsWith('Z');
}

bool somethingListensOn(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    return socket.waitForConnected(3000);
}
} // namespace

class TestGuiSandbox : public QObject
{
    Q_OBJECT

private:
    // --sandbox with program: the window opens on the child's endpoint, Test connection succeeds there, and
    // once the program has left nothing listens there any more.
    static void checkSandboxRun(const QString &program)
    {
        const Run r = runGui(program, {u"--sandbox"_s}, u"test-connection"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith("shown\nendpoint: http://127.0.0.1:"_L1), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"\ntest connection: ✔"_s), qPrintable(r.out + r.err));
        const quint16 port = sandboxPort(r.out);
        QVERIFY2(port != 0, qPrintable(r.out));
        QVERIFY2(!somethingListensOn(port), "the cvm-sandbox child outlived cvm-purchaser");
    }

private Q_SLOTS:
    // One program for Linux, macOS and Windows: QtNetwork and the keychain are linked, not loaded later.
    void linksQtNetworkAndQtKeychain()
    {
        QString tool = QStandardPaths::findExecutable(u"readelf"_s);
        QStringList arguments = {u"--dynamic"_s};
        if (tool.isEmpty()) {
            tool = QStandardPaths::findExecutable(u"objdump"_s);
            arguments = {u"-p"_s};
        }
        if (tool.isEmpty())
            QSKIP("neither readelf nor objdump (binutils) is installed");
        QProcess dump;
        dump.start(tool, arguments << QStringLiteral(CVM_GUI_PATH));
        QVERIFY2(dump.waitForFinished(30000) && dump.exitCode() == 0, qPrintable(tool + u" could not run"_s));
        const QString dynamic = QString::fromLatin1(dump.readAllStandardOutput());
        QVERIFY2(dynamic.contains("libQt6Widgets"_L1),
                 qPrintable(dynamic)); // the output is what it should be
        QVERIFY2(dynamic.contains("libQt6Network"_L1), qPrintable(dynamic));
        QVERIFY2(dynamic.contains("libqt6keychain"_L1), qPrintable(dynamic));
        // The simulated cloud is cvm-sandbox's, not the desktop program's.
        QVERIFY2(!dynamic.contains("libQt6HttpServer"_L1), qPrintable(dynamic));
    }

    void sandboxFromTheBuildTree() { checkSandboxRun(QStringLiteral(CVM_GUI_PATH)); }

    // What `cmake --install` (and so the .deb) puts in place: both programs in bin/, and no modules.
    void sandboxFromAnInstallation()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        QProcess install;
        install.start(QStringLiteral(CVM_CMAKE_COMMAND),
                      {u"--install"_s, QStringLiteral(CVM_BUILD_DIR), u"--prefix"_s, prefix.path()});
        QVERIFY2(install.waitForFinished(120000) && install.exitCode() == 0,
                 install.readAllStandardError().constData());
        const QDir root(prefix.path());
        QVERIFY(
            QFileInfo(root.filePath(QStringLiteral(CVM_INSTALL_BINDIR) + u"/cvm-sandbox"_s)).isExecutable());
        QVERIFY2(!QFileInfo::exists(root.filePath(QStringLiteral(CVM_INSTALL_LIBDIR) + u"/cvm-purchaser"_s)),
                 "modules are installed again");
        // The documentation goes with the programs: a manual page each, the CLI's bash completion, the
        // README.
        for (const QString &page : {u"cvm-purchaser.1"_s, u"cvm-purchaser-cli.1"_s, u"cvm-sandbox.1"_s})
            QVERIFY2(
                QFileInfo::exists(root.filePath(QStringLiteral(CVM_INSTALL_MANDIR) + u"/man1/"_s + page)),
                qPrintable(page));
        QVERIFY(QFileInfo::exists(root.filePath(QStringLiteral(CVM_INSTALL_DATADIR) +
                                                u"/bash-completion/completions/cvm-purchaser-cli"_s)));
        QVERIFY(QFileInfo::exists(
            root.filePath(QStringLiteral(CVM_INSTALL_DATADIR) + u"/doc/cvm-purchaser/README.md"_s)));
        checkSandboxRun(root.filePath(QStringLiteral(CVM_INSTALL_BINDIR) + u"/cvm-purchaser"_s));
    }

    // Without the shown mark: the benchmark's hook, and a plain start on the sandbox.
    void shownMarkOnTheSandbox()
    {
        const Run r = runGui(QStringLiteral(CVM_GUI_PATH), {u"--sandbox"_s}, u"1"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"shown\n"_s);
        QVERIFY2(!r.err.contains("cvm-sandbox"_L1), qPrintable(r.err));
    }

    // Killed, the program cannot stop its child; on Linux the kernel does (PR_SET_PDEATHSIG).
    void noSandboxOutlivesAKilledProgram()
    {
#ifndef Q_OS_LINUX
        QSKIP("the child is ended with the program only on a normal exit here");
#else
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.remove(u"CVM_PURCHASER_EXIT_WHEN_SHOWN"_s);
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(CVM_GUI_PATH), {u"--sandbox"_s});
        QVERIFY(gui.waitForStarted());
        qint64 child = 0;
        QTRY_VERIFY_WITH_TIMEOUT((child = sandboxChildOf(gui.processId())) != 0, 20000);
        gui.kill();
        QVERIFY(gui.waitForFinished());
        QTRY_VERIFY2_WITH_TIMEOUT(!runs(child), "cvm-sandbox outlived the killed cvm-purchaser", 10000);
#endif
    }

    void saysSoWithoutCvmSandbox()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString program = dir.filePath(u"cvm-purchaser"_s);
        QVERIFY(copyExecutable(QStringLiteral(CVM_GUI_PATH), program));
        const Run r = runGui(program, {u"--sandbox"_s}, u"1"_s);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString()); // no window
        QVERIFY2(r.err.contains("the sandbox needs the cvm-sandbox program in "_L1), qPrintable(r.err));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(dir.path())), qPrintable(r.err));
    }

    void saysSoWhenCvmSandboxFails_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("message");
        QTest::newRow("ends at once")
            << QByteArray("#!/bin/sh\necho 'cvm-sandbox: no port for you' >&2\nexit 2\n")
            << u"cvm-sandbox ended before it was listening (exit status 2)."_s;
        QTest::newRow("says something else")
            << QByteArray("#!/bin/sh\necho 'hello'\nexec sleep 30\n")
            << u"cvm-sandbox said \"hello\" instead of which port it listens on."_s;
        QTest::newRow("not a program")
            << QByteArray("not a program\n") << u"cvm-sandbox could not be started"_s;
    }

    void saysSoWhenCvmSandboxFails()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString program = dir.filePath(u"cvm-purchaser"_s);
        QVERIFY(copyExecutable(QStringLiteral(CVM_GUI_PATH), program));
        QFile fake(dir.filePath(u"cvm-sandbox"_s));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write(script);
        fake.close();
        QVERIFY(fake.setPermissions(fake.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser));
        QElapsedTimer timer;
        timer.start();
        const Run r = runGui(program, {u"--sandbox"_s}, u"1"_s);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        // A child that would sleep on is ended, not waited for.
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestGuiSandbox)
#include "common/ProgramRun.h"
#include "tst_gui_sandbox.moc"
