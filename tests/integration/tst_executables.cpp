// The three executables as users and scripts meet them: --help, --version,
// cvm-purchaser-cli validate's lines and exit statuses, cvm-sandbox's first line.
#include "common/ContractsExample.h"
#include "common/ProgramRun.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Run = ProgramRun;

Run run(const QString &program, const QStringList &arguments)
{
    return runProgram(program, arguments);
}

} // namespace

class TestExecutables : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void helpAndVersion_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::newRow("cli") << QStringLiteral(CVM_CLI_PATH) << u"cvm-purchaser-cli"_s;
        QTest::newRow("sandbox") << QStringLiteral(CVM_SANDBOX_PATH) << u"cvm-sandbox"_s;
        QTest::newRow("gui") << QStringLiteral(CVM_GUI_PATH) << u"cvm-purchaser"_s;
    }

    void helpAndVersion()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        const Run help = run(program, {u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("Usage:"_L1), qPrintable(help.out));
        QVERIFY(help.out.contains("--version"_L1));
        const Run version = run(program, {u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), name + u' ' + QStringLiteral(CVM_PURCHASER_VERSION));
    }

    // On a server, over SSH, in a script: no display, no platform chosen. Asking for the usage or the version
    // needs no window.
    void guiHelpAndVersionWithoutADisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        const Run help = runProgram(QStringLiteral(CVM_GUI_PATH), {u"--help"_s}, env);
        QVERIFY2(help.exitCode == 0, qPrintable(help.err));
        QVERIFY2(help.out.startsWith("Usage: "_L1), qPrintable(help.out));
        for (const char *flag : {"--sandbox", "--endpoint", "--profile", "--template", "--version"})
            QVERIFY2(help.out.contains(QLatin1StringView(flag)), flag);
        const Run version = runProgram(QStringLiteral(CVM_GUI_PATH), {u"--version"_s}, env);
        QVERIFY2(version.exitCode == 0, qPrintable(version.err));
        QCOMPARE(version.out.trimmed(), u"cvm-purchaser "_s + QStringLiteral(CVM_PURCHASER_VERSION));
        // -h is --help.
        const Run shortHelp = runProgram(QStringLiteral(CVM_GUI_PATH), {u"-h"_s}, env);
        QCOMPARE(shortHelp.exitCode, 0);
        QCOMPARE(shortHelp.out, help.out);
    }

    void validateAcceptsTheContractExample()
    {
        const Run r = run(QStringLiteral(CVM_CLI_PATH), {u"validate"_s, writeFile(u"ok.json"_s, kContractsExample)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString()); // stdout carries problems only
        QVERIFY(r.err.contains("valid"_L1));
    }

    void validateReportsEveryProblem_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("memory not sold") << QByteArray(R"("mem": 2)") << QByteArray(R"("mem": 3)")
                                         << QStringList{u"mem"_s};
        QTest::newRow("two problems") << QByteArray(R"("goodsNum": 1)")
                                      << QByteArray(R"("goodsNum": 101, "storageSize": 55)")
                                      << QStringList{u"goodsNum"_s, u"storageSize"_s};
        QTest::newRow("password in template") << QByteArray(R"("keyId": "")")
                                              << QByteArray(R"("keyId": "", "password": "Secret123!")")
                                              << QStringList{u"password"_s};
        QTest::newRow("unknown key") << QByteArray(R"("keyId": "")") << QByteArray(R"("keyId": "", "zone": 1)")
                                     << QStringList{u"zone"_s};
        QTest::newRow("wrong type") << QByteArray(R"("cpu": 1)") << QByteArray(R"("cpu": "1")")
                                    << QStringList{u"cpu"_s};
        QTest::newRow("zone of another region") << QByteArray(R"("zoneId": 100001)")
                                                << QByteArray(R"("zoneId": 800001)") << QStringList{u"zoneId"_s};
        QTest::newRow("not JSON") << QByteArray(R"("cpu": 1,)") << QByteArray(R"("cpu": 1,,)")
                                  << QStringList{u"template"_s};
    }

    void validateReportsEveryProblem()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QStringList, fields);
        QByteArray content = kContractsExample;
        QVERIFY(content.contains(from));
        content.replace(from, to);
        const Run r = run(QStringLiteral(CVM_CLI_PATH), {u"validate"_s, writeFile(u"bad.json"_s, content)});
        QCOMPARE(r.exitCode, 1);
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), fields.size());
        lines.sort();
        fields.sort();
        for (int i = 0; i < lines.size(); ++i) {
            QVERIFY2(lines.at(i).startsWith(fields.at(i) + ": "_L1), qPrintable(lines.at(i)));
            QVERIFY(lines.at(i).size() > fields.at(i).size() + 10); // a real sentence follows
        }
        QVERIFY(!r.out.contains("Secret123!"_L1) && !r.err.contains("Secret123!"_L1));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"buy"_s};
        QTest::newRow("validate without file") << QStringList{u"validate"_s};
        QTest::newRow("validate with two files") << QStringList{u"validate"_s, u"a"_s, u"b"_s};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(QStringLiteral(CVM_CLI_PATH), arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--help"_L1));
    }

    void unreadableTemplateIsInvalid()
    {
        const Run r = run(QStringLiteral(CVM_CLI_PATH), {u"validate"_s, m_dir.filePath(u"missing.json"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.startsWith("template: "_L1));
        QVERIFY(r.out.contains("missing.json"_L1));
    }

    void sandboxPrintsItsPort()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(CVM_SANDBOX_PATH), {u"--port"_s, u"0"_s});
        QVERIFY(sandbox.waitForReadyRead(10000));
        const QByteArray line = sandbox.readLine().trimmed();
        sandbox.terminate();
        sandbox.waitForFinished();
        QVERIFY2(line.startsWith("listening "), line.constData());
        bool ok = false;
        const int port = line.mid(10).toInt(&ok);
        QVERIFY(ok && port > 0 && port < 65536);
    }

    void sandboxRefusesBadArguments()
    {
        QCOMPARE(run(QStringLiteral(CVM_SANDBOX_PATH), {u"--port"_s, u"70000"_s}).exitCode, 2);
        QCOMPARE(run(QStringLiteral(CVM_SANDBOX_PATH), {u"--running-after"_s, u"0"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
