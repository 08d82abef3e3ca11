// cvm-purchaser-cli's commands and exit statuses against the cvm-sandbox
// executable, as a script runs them: --json parsed line by line, every request
// seen on the wire by a relay, the sandbox asked afterwards what it sold.
#include "cli/CliTestSupport.h"
#include "order/OrderTemplate.h"

#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;
using CliTest::Relay;
using CliTest::Result;
using CliTest::Sandbox;

namespace {
const QString kRun = u"RunInstancesHour"_s;
const QString kDescribe = u"DescribeInstances"_s;

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<CliTest::Cli> m_cli;

    QString home() const { return m_home->path(); }
    QString templatePath(const QJsonObject &object, const QString &name = u"order.json"_s)
    {
        return CliTest::writeTemplate(home() + u"/templates/"_s + name, object);
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ApiResult>(); }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_cli = std::make_unique<CliTest::Cli>(m_home->path());
    }

    void cleanup()
    {
        m_cli.reset();
        m_home.reset();
    }

    // Three past purchases written through the history itself: one done, one never confirmed, one with a failed
    // instance. `history` finds each by what a person knows of it and prints CONTRACTS.md's objects.
    QList<QJsonObject> historyObjects(const Result &r)
    {
        QList<QJsonObject> out;
        for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts))
            out.append(QJsonDocument::fromJson(line.toUtf8()).object());
        return out;
    }

    void historyFindsPastPurchases()
    {
        const QString endpoint = u"http://127.0.0.1:1/v2/index.php"_s;
        PurchaseOrder order =
            OrderTemplate::read(QJsonDocument(CliTest::contractTemplate(2)).toJson()).order;
        {
            PurchaseJournal history(m_cli->journalPath());
            order.clientToken = u"token-done-0001"_s;
            const QString done = history.recordSubmit(order, endpoint);
            QVERIFY(history.recordIds(done, {u"ins-aaaa0001"_s, u"ins-aaaa0002"_s}));
            for (const QString &id : {u"ins-aaaa0001"_s, u"ins-aaaa0002"_s}) {
                InstanceStatus s;
                s.instanceId = id;
                s.name = u"web-blue"_s;
                s.status = 2;
                s.state = ApiReplies::InstanceState::Running;
                QVERIFY(history.recordSettled(done, s));
            }
            order.clientToken = u"token-open-0002"_s;
            QVERIFY(!history.recordSubmit(order, endpoint).isEmpty());
            order.clientToken = u"token-part-0003"_s;
            const QString part = history.recordSubmit(order, endpoint);
            QVERIFY(history.recordIds(part, {u"ins-cccc0001"_s, u"ins-cccc0002"_s}));
            InstanceStatus failed;
            failed.instanceId = u"ins-cccc0001"_s;
            failed.state = ApiReplies::InstanceState::Failed;
            QVERIFY(history.recordSettled(part, failed));
            InstanceStatus running = failed;
            running.instanceId = u"ins-cccc0002"_s;
            running.state = ApiReplies::InstanceState::Running;
            QVERIFY(history.recordSettled(part, running));
        }

        const Result all = m_cli->run({u"history"_s, u"--json"_s});
        QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
        const QList<QJsonObject> objects = historyObjects(all);
        QCOMPARE(objects.size(), 3);
        // Newest first, with exactly the keys CONTRACTS.md names.
        QCOMPARE(objects.at(0).value(u"clientToken"_s).toString(), u"token-part-0003"_s);
        QCOMPARE(objects.at(0).value(u"state"_s).toString(), u"partly-failed"_s);
        QCOMPARE(objects.at(1).value(u"state"_s).toString(), u"unconfirmed"_s);
        QCOMPARE(objects.at(1).value(u"instanceIds"_s).toArray().size(), 0);
        const QJsonObject done = objects.at(2);
        QCOMPARE(done.keys(), (QStringList{u"api"_s, u"clientToken"_s, u"count"_s, u"instanceIds"_s,
                                           u"instanceType"_s, u"region"_s, u"state"_s, u"time"_s, u"zone"_s}));
        QCOMPARE(done.value(u"state"_s).toString(), u"running"_s);
        QCOMPARE(done.value(u"api"_s).toString(), u"2.0"_s);
        QCOMPARE(done.value(u"region"_s).toString(), u"gz"_s);
        QCOMPARE(done.value(u"instanceType"_s).toString(), u"CVM.S1"_s);
        QCOMPARE(done.value(u"count"_s).toInt(), 2);
        QCOMPARE(done.value(u"instanceIds"_s).toArray(), (QJsonArray{u"ins-aaaa0001"_s, u"ins-aaaa0002"_s}));
        QVERIFY(QDateTime::fromString(done.value(u"time"_s).toString(), Qt::ISODateWithMs).isValid());

        // By an instance id, a name, a client token; by state; a limit; a date after everything.
        const auto tokensOf = [this](const QStringList &arguments) {
            const Result r = m_cli->run(QStringList{u"history"_s, u"--json"_s} + arguments);
            QStringList tokens;
            for (const QJsonObject &o : historyObjects(r))
                tokens.append(o.value(u"clientToken"_s).toString());
            return r.exitCode == 0 ? tokens : QStringList{u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)};
        };
        QCOMPARE(tokensOf({u"--search"_s, u"ins-aaaa0002"_s}), QStringList{u"token-done-0001"_s});
        QCOMPARE(tokensOf({u"--search"_s, u"web-blue"_s}), QStringList{u"token-done-0001"_s});
        QCOMPARE(tokensOf({u"--search"_s, u"open-00"_s}), QStringList{u"token-open-0002"_s});
        QCOMPARE(tokensOf({u"--search"_s, u"ins-zzzz"_s}), QStringList());
        QCOMPARE(tokensOf({u"--state"_s, u"unconfirmed"_s}), QStringList{u"token-open-0002"_s});
        QCOMPARE(tokensOf({u"--state"_s, u"running"_s}), QStringList{u"token-done-0001"_s});
        QCOMPARE(tokensOf({u"--limit"_s, u"1"_s}), QStringList{u"token-part-0003"_s});
        QCOMPARE(tokensOf({u"--since"_s, u"2999-01-01"_s}), QStringList());
        QCOMPARE(tokensOf({u"--since"_s, u"2000-01-01T00:00:00"_s}).size(), 3);

        // One line each for a person, the instance ids in it.
        const Result text = m_cli->run({u"history"_s, u"--search"_s, u"ins-aaaa0001"_s});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count(u'\n'), 1);
        QVERIFY2(text.out.contains(u"token-done-0001"_s) && text.out.contains(u"ins-aaaa0001, ins-aaaa0002"_s),
                 qPrintable(text.out));
    }

    void historyRefusesWhatItCannotUse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown state") << QStringList{u"--state"_s, u"sold"_s} << u"--state"_s;
        QTest::newRow("limit zero") << QStringList{u"--limit"_s, u"0"_s} << u"--limit"_s;
        QTest::newRow("limit words") << QStringList{u"--limit"_s, u"ten"_s} << u"--limit"_s;
        QTest::newRow("since words") << QStringList{u"--since"_s, u"yesterday"_s} << u"--since"_s;
        QTest::newRow("positional") << QStringList{u"ins-aaaa0001"_s} << u"--search"_s;
    }

    void historyRefusesWhatItCannotUse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Result r = m_cli->run(QStringList{u"history"_s} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // Reading creates nothing.
        QVERIFY(!QFile::exists(m_cli->journalPath()));
    }

    void helpNamesEveryCommandAndFlag()
    {
        const Result r = m_cli->run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *word : {"validate TEMPLATE",
                                 "purchase TEMPLATE",
                                 "status ",
                                 "resume ",
                                 "history ",
                                 "--search TEXT",
                                 "credentials set",
                                 "credentials delete",
                                 "credentials list",
                                 "--endpoint URL",
                                 "--profile NAME",
                                 "--password-stdin",
                                 "--no-wait",
                                 "--timeout SECONDS",
                                 "--json",
                                 "--region R",
                                 "--wait",
                                 "--help",
                                 "--version",
                                 "INSTANCE_ID",
                                 "TENCENTCLOUD_SECRET_ID",
                                 "TENCENTCLOUD_SECRET_KEY",
                                 "CVM_PURCHASER_ENDPOINT",
                                 "history.sqlite"})
            QVERIFY2(r.out.contains(QLatin1StringView(word)), word);
        for (int status = 0; status <= 6; ++status)
            QVERIFY2(r.out.contains(QRegularExpression(u"\\n  %1  \\S"_s.arg(status))), qPrintable(r.out));
        for (const char *event : {"submitted", "state", "retry", "done", "error"})
            QVERIFY2(r.out.contains(u"\"event\":\"%1\""_s.arg(QLatin1StringView(event))), event);
        // Each command's own --help lists that command's options, as its parser takes them, and says where
        // the rest is.
        const QList<std::pair<const char *, QStringList>> commands{
            {"validate", {}},
            {"purchase",
             {u"--endpoint <URL>"_s, u"--profile <NAME>"_s, u"--password-stdin"_s, u"--no-wait"_s,
              u"--timeout <SECONDS>"_s, u"--dry-run"_s, u"--json"_s}},
            {"status",
             {u"--region <R>"_s, u"--endpoint <URL>"_s, u"--profile <NAME>"_s, u"--wait"_s,
              u"--timeout <SECONDS>"_s, u"--json"_s}},
            {"resume", {u"--endpoint <URL>"_s, u"--profile <NAME>"_s, u"--json"_s}},
            {"credentials", {u"--profile <NAME>"_s, u"--api <VERSION>"_s}}};
        for (const auto &[command, options] : commands) {
            const Result sub = m_cli->run({QString::fromLatin1(command), u"--help"_s});
            QCOMPARE(sub.exitCode, 0);
            QVERIFY2(sub.out.startsWith(
                         u"Usage: cvm-purchaser-cli %1 [options]\n"_s.arg(QLatin1StringView(command))),
                     qPrintable(sub.out));
            QVERIFY2(sub.out.contains("-h, --help"_L1), qPrintable(sub.out));
            for (const QString &option : options)
                QVERIFY2(sub.out.contains(option), qPrintable(QLatin1StringView(command) + u": "_s + option));
            QVERIFY(sub.out.contains("man cvm-purchaser-cli"_L1));
        }
        const Result version = m_cli->run({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), u"cvm-purchaser-cli "_s + QStringLiteral(CVM_PURCHASER_VERSION));
    }

    // Three instances bought and followed until they run; a script reads everything from the events.
    void purchaseWaitsUntilEveryInstanceRuns()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--running-after"_s, u"2"_s}));
        Relay relay(sandbox.port());
        QVERIFY(relay.listen());
        m_cli->useDemoCredentials();

        const Result r = m_cli->run({u"purchase"_s, templatePath(CliTest::contractTemplate(3)),
                                     u"--endpoint"_s, relay.url(), u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));

        // submitted first, done last, states between; nothing else.
        QVERIFY(r.events.size() >= 8);
        QCOMPARE(r.events.first().value(u"event"_s).toString(), u"submitted"_s);
        QCOMPARE(r.events.last().value(u"event"_s).toString(), u"done"_s);
        for (qsizetype i = 1; i + 1 < r.events.size(); ++i)
            QCOMPARE(r.events.at(i).value(u"event"_s).toString(), u"state"_s);

        const QJsonObject submitted = r.events.first();
        const QString token = submitted.value(u"clientToken"_s).toString();
        const QStringList ids = strings(submitted.value(u"instanceIds"_s));
        QCOMPARE(ids.size(), 3);

        // From the events alone: each instance's last state, with its addresses.
        QHash<QString, QJsonObject> last;
        QSet<QString> seenCreating;
        for (const QJsonObject &e : r.eventsNamed(u"state"_s)) {
            const QString id = e.value(u"instanceId"_s).toString();
            QVERIFY2(ids.contains(id), qPrintable(id));
            QVERIFY(e.value(u"lanIp"_s).isString());
            QVERIFY(e.value(u"wanIps"_s).isArray());
            if (e.value(u"status"_s).toString() == "creating"_L1)
                seenCreating.insert(id);
            last.insert(id, e);
        }
        QCOMPARE(seenCreating.size(), 3); // --running-after 2: each was seen creating first
        for (const QString &id : ids) {
            QCOMPARE(last.value(id).value(u"status"_s).toString(), u"running"_s);
            QVERIFY(last.value(id).value(u"lanIp"_s).toString().startsWith("10."_L1));
            QCOMPARE(strings(last.value(id).value(u"wanIps"_s)).size(), 1);
        }
        const QJsonObject done = r.events.last();
        QCOMPARE(sorted(strings(done.value(u"running"_s))), sorted(ids));
        QVERIFY(strings(done.value(u"failed"_s)).isEmpty());
        QVERIFY(strings(done.value(u"pending"_s)).isEmpty());

        // The people's progress, counts included, went to standard error.
        QVERIFY2(r.err.contains("Instances: 0 of 3 running, 3 pending, 0 failed"_L1), qPrintable(r.err));
        QVERIFY2(r.err.contains("Instances: 3 of 3 running, 0 pending, 0 failed"_L1), qPrintable(r.err));

        // One request bought them, with the journaled token; the sandbox sold three instances.
        QCOMPARE(relay.requests(kRun).size(), 1);
        QCOMPARE(relay.runTokens(), QStringList{token});
        QCOMPARE(sandbox.instanceCount(), 3);
        const QList<JournalEntry> journal = m_cli->journal();
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.first().clientToken, token);
        QCOMPARE(journal.first().instanceIds, ids);
        QCOMPARE(journal.first().state(), JournalEntry::State::Done);
    }

    void purchaseWithoutJsonPrintsProgressForPeople()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--running-after"_s, u"1"_s}));
        m_cli->useDemoCredentials();
        const Result r = m_cli->run(
            {u"purchase"_s, templatePath(CliTest::contractTemplate(2)), u"--endpoint"_s, sandbox.url()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Instances: 2 of 2 running, 0 pending, 0 failed"_L1), qPrintable(r.out));
        QVERIFY(r.out.contains("Done: 2 running, 0 failed, 0 pending."_L1));
        QVERIFY(r.out.contains("WAN 203.0.113."_L1));
        QVERIFY(!r.out.contains("{\"event\""_L1));
        QCOMPARE(sandbox.instanceCount(), 2);
    }

    void noWaitExitsOnceSubmitted()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start());
        Relay relay(sandbox.port());
        QVERIFY(relay.listen());
        m_cli->useDemoCredentials();
        const Result r = m_cli->run({u"purchase"_s, templatePath(CliTest::contractTemplate(2)),
                                     u"--no-wait"_s, u"--json"_s, u"--endpoint"_s, relay.url()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.first().value(u"event"_s).toString(), u"submitted"_s);
        QCOMPARE(strings(r.events.first().value(u"instanceIds"_s)).size(), 2);
        QCOMPARE(relay.requests(kRun).size(), 1);
        QCOMPARE(relay.requests(kDescribe).size(), 0); // not waited for
        QCOMPARE(m_cli->journal().first().state(), JournalEntry::State::Tracking);
    }

    void invalidOrderSendsNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("field");
        const QJsonObject good = CliTest::contractTemplate();
        auto with = [&good](const QString &key, const QJsonValue &value) {
            QJsonObject o = good;
            o.insert(key, value);
            return QJsonDocument(o).toJson();
        };
        QTest::newRow("memory not sold") << with(u"mem"_s, 3) << QByteArray() << u"mem"_s;
        QTest::newRow("unknown key") << with(u"zone"_s, 1) << QByteArray() << u"zone"_s;
        QTest::newRow("password in template")
            << with(u"password"_s, u"Secret123!"_s) << QByteArray() << u"password"_s;
        QTest::newRow("zone of another region") << with(u"zoneId"_s, 800001) << QByteArray() << u"zoneId"_s;
        QTest::newRow("not JSON") << QByteArray("{\"schema\": 1,,}") << QByteArray() << u"template"_s;
        QTest::newRow("password breaks the policy")
            << QJsonDocument(good).toJson() << QByteArray("short7\n") << u"password"_s;
        QTest::newRow("password and key")
            << with(u"keyId"_s, u"skey-3glfot13"_s) << QByteArray("Passw0rd-ok\n") << u"keyId"_s;
    }

    void invalidOrderSendsNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, password);
        QFETCH(QString, field);
        Sandbox sandbox;
        QVERIFY(sandbox.start());
        Relay relay(sandbox.port());
        QVERIFY(relay.listen());
        m_cli->useDemoCredentials();
        const QString path = CliTest::writeFile(home() + u"/bad.json"_s, content);
        QStringList arguments{u"purchase"_s, path, u"--json"_s, u"--endpoint"_s, relay.url()};
        if (!password.isEmpty())
            arguments.append(u"--password-stdin"_s);
        const Result r = m_cli->run(arguments, password);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
        QVERIFY(!r.events.isEmpty());
        bool named = false;
        for (const QJsonObject &e : r.events) {
            QCOMPARE(e.value(u"event"_s).toString(), u"error"_s);
            QCOMPARE(e.value(u"code"_s).toString(), u"InvalidOrder"_s);
            named = named || e.value(u"message"_s).toString().startsWith(field + ": "_L1);
        }
        QVERIFY2(named, qPrintable(r.out));
        QVERIFY(r.err.contains("nothing was sent"_L1));
        if (!password.isEmpty()) {
            const QString secret = QString::fromUtf8(password.trimmed());
            QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
        }
        // Nothing reached the endpoint, nothing was journaled.
        QCOMPARE(relay.connections(), 0);
        QVERIFY(!QFile::exists(m_cli->journalPath()));
        QCOMPARE(sandbox.instanceCount(), 0);
    }

    void unreadableTemplateIsInvalid()
    {
        const Result r = m_cli->run({u"purchase"_s, home() + u"/missing.json"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("missing.json"_L1));
    }

    // A template is a small regular file: a device, a pipe or a huge file is refused at once, never read
    // without end (validate /dev/zero grew to gigabytes; a FIFO blocked).
    void templatesAreSmallRegularFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("said");
        QTest::newRow("device") << u"/dev/zero"_s << u"not a regular file"_s;
        QTest::newRow("fifo") << u"@FIFO"_s << u"not a regular file"_s;
        QTest::newRow("2 MiB") << u"@BIG"_s << u"larger than 1024 KiB"_s;
    }
    void templatesAreSmallRegularFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, said);
        if (path == "@FIFO"_L1) {
            path = home() + u"/order.fifo"_s;
            QCOMPARE(QProcess::execute(u"mkfifo"_s, {path}), 0);
        } else if (path == "@BIG"_L1) {
            QByteArray big = QJsonDocument(CliTest::contractTemplate()).toJson();
            big.insert(1, QByteArray(2 * 1024 * 1024, ' '));
            path = CliTest::writeFile(home() + u"/big.json"_s, big);
        }
        const Result validated = m_cli->run({u"validate"_s, path}, {}, 20'000);
        QVERIFY2(validated.exitCode == 1, qPrintable(validated.describe()));
        QVERIFY2(validated.out.startsWith(u"template: "_s) && validated.out.contains(said),
                 qPrintable(validated.describe()));
        const Result bought = m_cli->run({u"purchase"_s, path, u"--endpoint"_s, u"http://127.0.0.1:1/"_s}, {}, 20'000);
        QVERIFY2(bought.exitCode == 1 && bought.err.contains(said), qPrintable(bought.describe()));
    }

    // A history that cannot be written (a disk that is full: a symlink to /dev/full; a device; a folder in its
    // place) ends the run before anything is sent, with a clear message, and nothing grows without bound
    // (a journal symlinked to /dev/full drove purchase to gigabytes).
    void unwritableHistoryStopsBeforeSending_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("disk full") << u"/dev/full"_s;
        QTest::newRow("device") << u"/dev/zero"_s;
        QTest::newRow("a folder in its place") << u"@DIR"_s;
    }
    void unwritableHistoryStopsBeforeSending()
    {
        QFETCH(QString, target);
        Relay relay(CliTest::deadPort());
        QVERIFY(relay.listen());
        m_cli->useDemoCredentials();
        const QString history = m_cli->journalPath();
        QVERIFY(QDir().mkpath(QFileInfo(history).absolutePath()));
        if (target == "@DIR"_L1)
            QVERIFY(QDir().mkpath(history));
        else
            QVERIFY(QFile::link(target, history));
        for (const QString &command : {u"purchase"_s, u"resume"_s}) {
            QStringList arguments{command, u"--json"_s, u"--endpoint"_s, relay.url()};
            if (command == "purchase"_L1)
                arguments.insert(1, templatePath(CliTest::contractTemplate()));
            const Result r = m_cli->run(arguments, {}, 30'000);
            QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
            QVERIFY2(r.err.contains(u"purchase history"_s), qPrintable(r.describe()));
            QCOMPARE(relay.connections(), 0);
        }
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("no command") << QStringList{} << QByteArray();
        QTest::newRow("unknown command") << QStringList{u"buy"_s} << QByteArray();
        QTest::newRow("purchase without template") << QStringList{u"purchase"_s} << QByteArray();
        QTest::newRow("purchase with two templates")
            << QStringList{u"purchase"_s, u"@T"_s, u"@T"_s} << QByteArray();
        QTest::newRow("unknown option") << QStringList{u"purchase"_s, u"@T"_s, u"--bogus"_s} << QByteArray();
        QTest::newRow("timeout zero")
            << QStringList{u"purchase"_s, u"@T"_s, u"--timeout"_s, u"0"_s} << QByteArray();
        QTest::newRow("timeout words")
            << QStringList{u"purchase"_s, u"@T"_s, u"--timeout"_s, u"soon"_s} << QByteArray();
        QTest::newRow("timeout without value")
            << QStringList{u"purchase"_s, u"@T"_s, u"--timeout"_s} << QByteArray();
        QTest::newRow("http endpoint off loopback")
            << QStringList{u"purchase"_s, u"@T"_s, u"--endpoint"_s, u"http://cvm.example.com/v2/index.php"_s}
            << QByteArray();
        // An unset shell variable must not buy from the default cloud (the environment's endpoint here).
        QTest::newRow("empty endpoint") << QStringList{u"purchase"_s, u"@T"_s, u"--endpoint"_s, u""_s} << QByteArray();
        QTest::newRow("empty endpoint after =")
            << QStringList{u"purchase"_s, u"@T"_s, u"--endpoint="_s, u"--no-wait"_s} << QByteArray();
        QTest::newRow("status empty endpoint")
            << QStringList{u"status"_s, u"--endpoint="_s, u"--region"_s, u"gz"_s, u"ins-3wnd9xpl"_s} << QByteArray();
        QTest::newRow("resume empty endpoint") << QStringList{u"resume"_s, u"--endpoint"_s, u""_s} << QByteArray();
        QTest::newRow("endpoint twice")
            << QStringList{u"purchase"_s, u"@T"_s, u"--endpoint"_s, u"http://127.0.0.1:1/v2/index.php"_s,
                           u"--endpoint"_s, u"http://127.0.0.1:2/v2/index.php"_s}
            << QByteArray();
        QTest::newRow("json twice") << QStringList{u"purchase"_s, u"@T"_s, u"--json"_s, u"--json"_s} << QByteArray();
        QTest::newRow("profile value is the next option")
            << QStringList{u"purchase"_s, u"@T"_s, u"--profile"_s, u"--no-wait"_s} << QByteArray();
        QTest::newRow("endpoint with a user and password")
            << QStringList{u"purchase"_s, u"@T"_s, u"--endpoint"_s, u"http://ops:hunter2@127.0.0.1:1/v2/index.php"_s}
            << QByteArray();
        QTest::newRow("empty password line")
            << QStringList{u"purchase"_s, u"@T"_s, u"--password-stdin"_s} << QByteArray("\n");
        QTest::newRow("password line longer than 1 KiB")
            << QStringList{u"purchase"_s, u"@T"_s, u"--password-stdin"_s} << QByteArray(5000, 'a');
        QTest::newRow("credentials line longer than 1 KiB")
            << QStringList{u"credentials"_s, u"set"_s} << QByteArray(5000, 'a') + "\nkey\n";
        QTest::newRow("no password line")
            << QStringList{u"purchase"_s, u"@T"_s, u"--password-stdin"_s} << QByteArray();
        QTest::newRow("bad profile name")
            << QStringList{u"purchase"_s, u"@T"_s, u"--profile"_s, u" x"_s} << QByteArray();
        QTest::newRow("status without ids")
            << QStringList{u"status"_s, u"--region"_s, u"gz"_s} << QByteArray();
        QTest::newRow("status unknown region")
            << QStringList{u"status"_s, u"--region"_s, u"mars"_s, u"ins-1"_s} << QByteArray();
        QTest::newRow("status id unknown to the journal")
            << QStringList{u"status"_s, u"ins-1"_s} << QByteArray();
        QTest::newRow("status wait takes no value")
            << QStringList{u"status"_s, u"--wait=yes"_s, u"--region"_s, u"gz"_s, u"ins-1"_s} << QByteArray();
        QTest::newRow("resume with an argument") << QStringList{u"resume"_s, u"@T"_s} << QByteArray();
        QTest::newRow("resume no-wait") << QStringList{u"resume"_s, u"--no-wait"_s} << QByteArray();
        QTest::newRow("credentials alone") << QStringList{u"credentials"_s} << QByteArray();
        QTest::newRow("credentials unknown") << QStringList{u"credentials"_s, u"show"_s} << QByteArray();
        QTest::newRow("credentials list profile")
            << QStringList{u"credentials"_s, u"list"_s, u"--profile"_s, u"x"_s} << QByteArray();
        QTest::newRow("credentials set one line")
            << QStringList{u"credentials"_s, u"set"_s} << QByteArray("AKIDonly\n");
        QTest::newRow("validate json") << QStringList{u"validate"_s, u"@T"_s, u"--json"_s} << QByteArray();
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        Relay relay(CliTest::deadPort());
        QVERIFY(relay.listen());
        m_cli->useDemoCredentials();
        m_cli->setEnv(u"CVM_PURCHASER_ENDPOINT"_s, relay.url());
        const QString path = templatePath(CliTest::contractTemplate());
        arguments.replaceInStrings(u"@T"_s, path);
        const Result r = m_cli->run(arguments, input);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QCOMPARE(r.out, QString());
        QVERIFY(r.err.startsWith("cvm-purchaser-cli: "_L1));
        QCOMPARE(relay.connections(), 0);
        QVERIFY(!QFile::exists(m_cli->journalPath()));
        QVERIFY2(!r.err.contains(u"hunter2"_s), qPrintable(r.err));
    }

    // A password (or key) on the command line is refused, never echoed, and nothing is sent.
    void secretArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("--password") << QStringList{u"purchase"_s, u"@T"_s, u"--password"_s, u"Zq8-wXy!Pv3m"_s}
                                    << u"--password-stdin"_s;
        QTest::newRow("--password=") << QStringList{u"purchase"_s, u"@T"_s, u"--password=Zq8-wXy!Pv3m"_s}
                                     << u"--password-stdin"_s;
        QTest::newRow("-password first")
            << QStringList{u"purchase"_s, u"-password"_s, u"Zq8-wXy!Pv3m"_s, u"@T"_s}
            << u"--password-stdin"_s;
        QTest::newRow("--secret-key") << QStringList{u"status"_s, u"--secret-key=Zq8-wXy!Pv3m"_s, u"ins-1"_s}
                                      << u"TENCENTCLOUD_SECRET_KEY"_s;
        QTest::newRow("credentials set --secret-key")
            << QStringList{u"credentials"_s, u"set"_s, u"--secret-key"_s, u"Zq8-wXy!Pv3m"_s}
            << u"credentials set"_s;
    }

    void secretArgumentsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, pointer);
        Relay relay(CliTest::deadPort());
        QVERIFY(relay.listen());
        m_cli->useDemoCredentials();
        m_cli->setEnv(u"CVM_PURCHASER_ENDPOINT"_s, relay.url());
        arguments.replaceInStrings(u"@T"_s, templatePath(CliTest::contractTemplate()));
        const Result r = m_cli->run(arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(pointer), qPrintable(r.err));
        QVERIFY(!r.out.contains("Zq8-wXy"_L1) && !r.err.contains("Zq8-wXy"_L1));
        QCOMPARE(relay.connections(), 0);
    }

    // The password read from standard input is sent, and appears in no output, journal or settings file.
    void passwordFromStdinIsSentAndNeverPrinted()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--running-after"_s, u"1"_s}));
        Relay relay(sandbox.port());
        QVERIFY(relay.listen());
        m_cli->useDemoCredentials();
        const QString password = u"Zq8-wXy!Pv3m"_s;
        const Result r = m_cli->run({u"purchase"_s, templatePath(CliTest::contractTemplate()),
                                     u"--password-stdin"_s, u"--json"_s, u"--endpoint"_s, relay.url()},
                                    password.toUtf8() + "\nthe rest of the input is not read\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<CliTest::Request> runs = relay.requests(kRun);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().value(u"password"_s), password);
        QVERIFY(!r.out.contains(password) && !r.err.contains(password));
        QCOMPARE(CliTest::filesContaining(home(), password), QStringList());
        QVERIFY(m_cli->journal().first().hasPassword);
    }

    // Wrong key: refused at once (no retry), nothing bought, and neither secret printed.
    void refusedByTheApiExitsThree()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start());
        Relay relay(sandbox.port());
        QVERIFY(relay.listen());
        const QString wrongKey = u"WrongKeyWrongKeyWrongKey12345678"_s;
        const QString password = u"Zq8-wXy!Pv3m"_s;
        m_cli->setEnv(u"TENCENTCLOUD_SECRET_ID"_s, CliTest::kDemoId);
        m_cli->setEnv(u"TENCENTCLOUD_SECRET_KEY"_s, wrongKey);
        const Result r = m_cli->run({u"purchase"_s, templatePath(CliTest::contractTemplate()), u"--json"_s,
                                     u"--password-stdin"_s, u"--endpoint"_s, relay.url()},
                                    password.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
        QCOMPARE(r.eventsNamed(u"retry"_s).size(), 0);
        const QList<QJsonObject> errors = r.eventsNamed(u"error"_s);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().value(u"code"_s).toString().startsWith("AuthFailure"_L1), qPrintable(r.out));
        QVERIFY(!errors.first().value(u"message"_s).toString().isEmpty());
        for (const QString &secret : {wrongKey, password})
            QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), qPrintable(r.describe()));
        QCOMPARE(CliTest::filesContaining(home(), wrongKey), QStringList());
        QCOMPARE(relay.requests(kRun).size(), 1);
        QCOMPARE(sandbox.instanceCount(), 0);
        QCOMPARE(m_cli->journal().first().state(), JournalEntry::State::Refused);
    }

    void noCredentialsNamesTheFix()
    {
        Relay relay(CliTest::deadPort());
        QVERIFY(relay.listen());
        const Result r = m_cli->run({u"purchase"_s, templatePath(CliTest::contractTemplate()), u"--json"_s,
                                     u"--endpoint"_s, relay.url()});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("no credentials: set TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY or run "
                                "`cvm-purchaser-cli credentials set`"_L1),
                 qPrintable(r.err));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
        QCOMPARE(r.eventsNamed(u"error"_s).size(), 1);
        QCOMPARE(relay.connections(), 0);

        const Result named = m_cli->run({u"status"_s, u"--profile"_s, u"nobody"_s, u"--region"_s, u"gz"_s,
                                         u"--endpoint"_s, relay.url(), u"ins-1"_s});
        QCOMPARE(named.exitCode, 2);
        QVERIFY2(named.err.contains("\"nobody\""_L1) &&
                     named.err.contains("credentials set --profile nobody"_L1),
                 qPrintable(named.err));
        QCOMPARE(relay.connections(), 0);
    }

    void someInstancesFailedExitsFour()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--faults"_s, u"fail-one"_s, u"--running-after"_s, u"1"_s}));
        m_cli->useDemoCredentials();
        const Result r = m_cli->run({u"purchase"_s, templatePath(CliTest::contractTemplate(3)), u"--json"_s,
                                     u"--endpoint"_s, sandbox.url()});
        QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
        const QList<QJsonObject> done = r.eventsNamed(u"done"_s);
        QCOMPARE(done.size(), 1);
        QCOMPARE(strings(done.first().value(u"running"_s)).size(), 2);
        const QStringList failed = strings(done.first().value(u"failed"_s));
        QCOMPARE(failed.size(), 1);
        bool stateSaysFailed = false;
        for (const QJsonObject &e : r.eventsNamed(u"state"_s))
            stateSaysFailed = stateSaysFailed || (e.value(u"instanceId"_s).toString() == failed.first() &&
                                                  e.value(u"status"_s).toString() == "failed"_L1);
        QVERIFY(stateSaysFailed);
        QCOMPARE(sandbox.instanceCount(), 3);
    }

    void waitingTooLongExitsFive()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--running-after"_s, u"100000"_s}));
        m_cli->useDemoCredentials();
        QElapsedTimer clock;
        clock.start();
        const Result r = m_cli->run({u"purchase"_s, templatePath(CliTest::contractTemplate(2)),
                                     u"--timeout"_s, u"1"_s, u"--json"_s, u"--endpoint"_s, sandbox.url()});
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        QVERIFY(clock.elapsed() < 20'000);
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
        const QStringList ids = strings(r.eventsNamed(u"submitted"_s).value(0).value(u"instanceIds"_s));
        QCOMPARE(ids.size(), 2);
        const QJsonObject done = r.eventsNamed(u"done"_s).value(0);
        QCOMPARE(sorted(strings(done.value(u"pending"_s))), sorted(ids));
        QVERIFY(strings(done.value(u"running"_s)).isEmpty());
        QCOMPARE(m_cli->journal().first().state(), JournalEntry::State::Tracking);
    }

    // Nobody listens: four attempts with the same token, then 6. Later the endpoint answers, and resume
    // buys once with that token.
    // Nothing listens at the endpoint: the connection is refused before a byte of the request leaves, so the
    // purchase is closed as not bought (issue 16), every message says so, and resume never sends it.
    void refusedConnectionClosesThePurchaseAsNotSent()
    {
        const quint16 port = CliTest::deadPort();
        const QString endpoint = u"http://127.0.0.1:%1/v2/index.php"_s.arg(port);
        m_cli->useDemoCredentials();
        const Result failed = m_cli->run(
            {u"purchase"_s, templatePath(CliTest::contractTemplate(2)), u"--json"_s, u"--endpoint"_s, endpoint});
        QVERIFY2(failed.exitCode == 6, qPrintable(failed.describe()));
        QCOMPARE(failed.eventsNamed(u"error"_s).value(0).value(u"code"_s).toString(), u"NetworkError"_s);
        QVERIFY2(failed.err.contains(u"never left this computer"_s), qPrintable(failed.err));
        QVERIFY2(!failed.err.contains(u"may have bought"_s), qPrintable(failed.err));
        QCOMPARE(m_cli->journal().size(), 1);
        QCOMPARE(m_cli->journal().first().state(), JournalEntry::State::Refused);

        // Later resumes leave it alone, even with the endpoint reachable.
        Sandbox sandbox;
        QVERIFY(sandbox.start());
        Relay relay(sandbox.port());
        QVERIFY2(relay.listen(port), "the port was taken meanwhile");
        const Result resumed = m_cli->run({u"resume"_s, u"--json"_s, u"--endpoint"_s, endpoint});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
        QVERIFY2(resumed.err.contains(u"Nothing to resume"_s), qPrintable(resumed.err));
        QCOMPARE(relay.connections(), 0);
        QCOMPARE(sandbox.instanceCount(), 0);
    }

    void networkFailureExitsSixAndResumeBuysOnce()
    {
        const quint16 port = CliTest::deadPort();
        const QString endpoint = u"http://127.0.0.1:%1/v2/index.php"_s.arg(port);
        m_cli->useDemoCredentials();
        const QString path = templatePath(CliTest::contractTemplate(2));
        std::optional<Relay> cut;
        // The request leaves, then the connection is cut before an answer: it may have bought.
        cut.emplace(CliTest::deadPort());
        QVERIFY(cut->listen(port));
        const Result failed = m_cli->run({u"purchase"_s, path, u"--json"_s, u"--endpoint"_s, endpoint});
        QVERIFY(!cut->requests(u"RunInstancesHour"_s).isEmpty()); // it left
        cut.reset();
        QVERIFY2(failed.exitCode == 6, qPrintable(failed.describe()));
        QVERIFY2(failed.jsonProblem.isEmpty(), qPrintable(failed.jsonProblem));
        const QList<QJsonObject> retries = failed.eventsNamed(u"retry"_s);
        QCOMPARE(retries.size(), 3); // the default policy: four attempts
        for (int i = 0; i < retries.size(); ++i) {
            QCOMPARE(retries.at(i).value(u"attempt"_s).toInt(), i + 2);
            QVERIFY(!retries.at(i).value(u"reason"_s).toString().isEmpty());
        }
        QCOMPARE(failed.eventsNamed(u"error"_s).value(0).value(u"code"_s).toString(), u"NetworkError"_s);
        QVERIFY2(failed.err.contains("cvm-purchaser-cli resume"_L1), qPrintable(failed.err));
        const QList<JournalEntry> before = m_cli->journal();
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().state(), JournalEntry::State::Unfinished);
        const QString token = before.first().clientToken;

        // Resent elsewhere it could be bought twice: another endpoint leaves it alone and says where it
        // belongs.
        Relay elsewhere(CliTest::deadPort());
        QVERIFY(elsewhere.listen());
        const Result skipped = m_cli->run({u"resume"_s, u"--json"_s, u"--endpoint"_s, elsewhere.url()});
        QCOMPARE(skipped.exitCode, 0);
        QCOMPARE(skipped.out, QString());
        QVERIFY2(skipped.err.contains(u"resume --endpoint "_s + endpoint), qPrintable(skipped.err));
        QCOMPARE(elsewhere.connections(), 0);
        QCOMPARE(m_cli->journal().first().state(), JournalEntry::State::Unfinished);

        // The same endpoint URL now reaches a sandbox.
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--running-after"_s, u"1"_s}));
        Relay relay(sandbox.port());
        QVERIFY2(relay.listen(port), "the port was taken meanwhile");
        const Result resumed = m_cli->run({u"resume"_s, u"--json"_s, u"--endpoint"_s, endpoint});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
        QVERIFY2(resumed.jsonProblem.isEmpty(), qPrintable(resumed.jsonProblem));
        QCOMPARE(resumed.eventsNamed(u"submitted"_s).value(0).value(u"clientToken"_s).toString(), token);
        QCOMPARE(strings(resumed.eventsNamed(u"done"_s).value(0).value(u"running"_s)).size(), 2);
        QCOMPARE(relay.runTokens(), QStringList{token});
        QCOMPARE(sandbox.instanceCount(), 2);
        QCOMPARE(m_cli->journal().first().state(), JournalEntry::State::Done);

        // Nothing left: a second resume sends nothing.
        const Result again = m_cli->run({u"resume"_s, u"--json"_s, u"--endpoint"_s, endpoint});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, QString());
        QCOMPARE(relay.requests(kRun).size(), 1);
    }

    void statusSnapshotWaitAndResumeOfTracking()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--running-after"_s, u"3"_s}));
        Relay relay(sandbox.port());
        QVERIFY(relay.listen());
        m_cli->useDemoCredentials();
        m_cli->setEnv(u"CVM_PURCHASER_ENDPOINT"_s, relay.url()); // the environment's endpoint, for a change
        const Result bought = m_cli->run(
            {u"purchase"_s, templatePath(CliTest::contractTemplate(2)), u"--no-wait"_s, u"--json"_s});
        QVERIFY2(bought.exitCode == 0, qPrintable(bought.describe()));
        const QStringList ids = strings(bought.events.value(0).value(u"instanceIds"_s));
        QCOMPARE(ids.size(), 2);

        // A snapshot: the region comes from the journal; one poll, every instance once.
        const Result snapshot = m_cli->run(QStringList{u"status"_s, u"--json"_s} + ids);
        QVERIFY2(snapshot.exitCode == 0, qPrintable(snapshot.describe()));
        QVERIFY2(snapshot.jsonProblem.isEmpty(), qPrintable(snapshot.jsonProblem));
        QCOMPARE(snapshot.eventsNamed(u"state"_s).size(), 2);
        for (const QJsonObject &e : snapshot.eventsNamed(u"state"_s))
            QCOMPARE(e.value(u"status"_s).toString(), u"creating"_s);
        QCOMPARE(sorted(strings(snapshot.eventsNamed(u"done"_s).value(0).value(u"pending"_s))), sorted(ids));
        QCOMPARE(relay.requests(kDescribe).size(), 1);

        // --wait follows them until they run.
        const Result waited =
            m_cli->run(QStringList{u"status"_s, u"--wait"_s, u"--region"_s, u"gz"_s, u"--json"_s} + ids);
        QVERIFY2(waited.exitCode == 0, qPrintable(waited.describe()));
        QCOMPARE(sorted(strings(waited.eventsNamed(u"done"_s).value(0).value(u"running"_s))), sorted(ids));
        QCOMPARE(waited.eventsNamed(u"state"_s).last().value(u"status"_s).toString(), u"running"_s);

        // status records nothing: the journal still waits, and resume follows the purchase to its end.
        QCOMPARE(m_cli->journal().first().state(), JournalEntry::State::Tracking);
        const Result resumed = m_cli->run({u"resume"_s, u"--json"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
        QCOMPARE(resumed.eventsNamed(u"submitted"_s).size(), 1);
        QCOMPARE(sorted(strings(resumed.eventsNamed(u"done"_s).value(0).value(u"running"_s))), sorted(ids));
        QCOMPARE(m_cli->journal().first().state(), JournalEntry::State::Done);
        QCOMPARE(relay.requests(kRun).size(), 1);
        QCOMPARE(sandbox.instanceCount(), 2);

        // An instance the cloud does not know has failed.
        const Result unknown = m_cli->run({u"status"_s, u"--region"_s, u"gz"_s, u"ins-00000000"_s});
        QCOMPARE(unknown.exitCode, 4);
        QVERIFY2(unknown.out.contains("not found"_L1), qPrintable(unknown.describe()));
    }

    void statusRefusedExitsThree()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start());
        m_cli->setEnv(u"TENCENTCLOUD_SECRET_ID"_s, CliTest::kDemoId);
        m_cli->setEnv(u"TENCENTCLOUD_SECRET_KEY"_s, u"WrongKeyWrongKeyWrongKey12345678"_s);
        const Result r = m_cli->run({u"status"_s, u"--wait"_s, u"--region"_s, u"gz"_s, u"--json"_s,
                                     u"--endpoint"_s, sandbox.url(), u"ins-1"_s});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY(r.eventsNamed(u"error"_s).value(0).value(u"code"_s).toString().startsWith("AuthFailure"_L1));
        QVERIFY(!r.err.contains("WrongKeyWrongKey"_L1));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
