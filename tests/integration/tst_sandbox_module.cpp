// cvm-purchaser --sandbox loads the simulated endpoint from a module of its own
// (cvm-purchaser-sandbox.so): next to the program in a build tree, in the lib
// folder where it is installed; without it, a clear message and exit status 1.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Starts the GUI offscreen; it leaves as soon as its window is shown, or with exitWhen "network" once the
// Account page's Test connection has answered.
Run runGui(const QString &program, const QStringList &arguments, const QString &exitWhen = u"1"_s)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"CVM_PURCHASER_EXIT_WHEN_SHOWN"_s, exitWhen);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

bool copyExecutable(const QString &from, const QString &to)
{
    return QFile::copy(from, to) &&
           QFile::setPermissions(to, QFile::permissions(to) | QFileDevice::ExeOwner | QFileDevice::ExeUser);
}
} // namespace

class TestSandboxModule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsFromTheBuildTree()
    {
        const Run r = runGui(QStringLiteral(CVM_GUI_PATH), {u"--sandbox"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains("cannot"_L1), qPrintable(r.err));
        // The start-up benchmark's mark (tests/bench/run_bench.py times the product to it).
        QCOMPARE(r.out, u"shown\n"_s);
    }

    void startsFromTheInstalledLayout()
    {
        // The folders `cmake --install` and the .deb put the program and the modules in.
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        const QDir root(prefix.path());
        QVERIFY(root.mkpath(u"bin"_s));
        QVERIFY(root.mkpath(QStringLiteral(CVM_MODULE_INSTALL_DIR)));
        const QString program = root.filePath(u"bin/cvm-purchaser"_s);
        QVERIFY(copyExecutable(QStringLiteral(CVM_GUI_PATH), program));
        const QString module = QStringLiteral(CVM_SANDBOX_MODULE_PATH);
        QVERIFY(QFile::copy(module, root.filePath(QStringLiteral(CVM_MODULE_INSTALL_DIR) + u'/' +
                                                  QFileInfo(module).fileName())));
        const Run r = runGui(program, {u"--sandbox"_s}, u"network"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains("cannot"_L1), qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"shown\ntest connection: ✔"_s), qPrintable(r.out));
    }

    // One portable program: QtNetwork and the keychain are linked, not loaded.
    void theProgramLinksTheNetworkLibraries()
    {
        QProcess readelf;
        readelf.start(u"readelf"_s, {u"--dynamic"_s, QStringLiteral(CVM_GUI_PATH)});
        QVERIFY2(readelf.waitForFinished(30000) && readelf.exitCode() == 0, "readelf (binutils) could not run");
        const QString dynamic = QString::fromLatin1(readelf.readAllStandardOutput());
        QVERIFY(dynamic.contains("libQt6Widgets"_L1)); // the output is what it should be
        QVERIFY2(dynamic.contains("libQt6Network"_L1), qPrintable(dynamic));
        QVERIFY2(dynamic.contains("keychain"_L1), qPrintable(dynamic));
    }

    // The Account page's Test connection reaches the sandbox.
    void testConnectionReachesTheSandbox()
    {
        const Run r = runGui(QStringLiteral(CVM_GUI_PATH), {u"--sandbox"_s}, u"network"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"shown\ntest connection: ✔"_s), qPrintable(r.out));
    }

    void saysSoWhenTheModuleIsMissing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString program = dir.filePath(u"cvm-purchaser"_s);
        QVERIFY(copyExecutable(QStringLiteral(CVM_GUI_PATH), program));
        const Run r = runGui(program, {u"--sandbox"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("the built-in sandbox cannot be loaded"_L1), qPrintable(r.err));
        QVERIFY2(r.err.contains(QFileInfo(QStringLiteral(CVM_SANDBOX_MODULE_PATH)).fileName()),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSandboxModule)
#include "tst_sandbox_module.moc"
