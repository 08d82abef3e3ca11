// The purchase journal on disk: what each record holds, how entries derive
// their state, and how damage (a torn or corrupt line) is survived.
#include "api/ApiResult.h"
#include "protocol/v2/V2Replies.h"
#include "purchase/PurchaseJournal.h"
#include "purchase/PurchaseTestSupport.h"
#include "secrets/MemorySecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using PurchaseTest::testPassword;
using PurchaseTest::validOrder;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void appendRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    QCOMPARE(file.write(bytes), bytes.size());
}

PurchaseOrder tokenOrder(const QString &token)
{
    PurchaseOrder order = validOrder();
    order.clientToken = token;
    return order;
}

InstanceStatus settledStatus(const QString &id, ApiReplies::InstanceState state, int status)
{
    InstanceStatus s;
    s.instanceId = id;
    s.name = u"web"_s;
    s.status = status;
    s.state = state;
    s.statusText = ApiReplies::statusText(status);
    s.lanIp = u"10.0.0.7"_s;
    s.wanIps = {u"203.0.113.7"_s};
    s.elapsedMs = 4200;
    s.listed = true;
    s.settled = true;
    return s;
}
} // namespace

class TestPurchaseJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1StringView(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaultPathIsUnderXdgDataHome()
    {
        // CTest gives every test its own XDG_DATA_HOME; the path must follow it, whatever the app name.
        const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
        if (dataHome.isEmpty())
            QSKIP("XDG_DATA_HOME is not set (run through CTest)");
        QCOMPARE(PurchaseJournal::defaultPath(), QDir(dataHome).filePath(u"cvm-purchaser/journal.jsonl"_s));
        QCOMPARE(PurchaseJournal::secretKey(u"abc"_s), u"journal/abc"_s);
    }

    void missingFileIsAnEmptyJournal()
    {
        PurchaseJournal journal(path("nothing/here.jsonl"));
        QVERIFY(journal.entries().isEmpty());
        QVERIFY(journal.warnings().isEmpty());
        QVERIFY(!QFile::exists(path("nothing/here.jsonl")));
    }

    void recordsRoundTripThroughTheFile()
    {
        const QString file = path("roundtrip.jsonl");
        PurchaseJournal journal(file);
        QSignalSpy changed(&journal, &PurchaseJournal::entryChanged);
        PurchaseOrder order = tokenOrder(u"token-roundtrip"_s);
        order.goodsNum = 2;
        order.password = testPassword();
        const QString id = journal.recordSubmit(order, u"http://127.0.0.1:1/v2/index.php"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(journal.lastError()));
        QCOMPARE(journal.entry(id)->state(), JournalEntry::State::Unfinished);
        QVERIFY(journal.recordIds(id, {u"ins-aaaa1111"_s, u"ins-bbbb2222"_s}));
        QCOMPARE(journal.entry(id)->state(), JournalEntry::State::Tracking);
        QVERIFY(journal.recordSettled(
            id, settledStatus(u"ins-aaaa1111"_s, ApiReplies::InstanceState::Running, 2)));
        QCOMPARE(journal.entry(id)->unsettledIds(), QStringList{u"ins-bbbb2222"_s});
        QVERIFY(journal.recordSettled(
            id, settledStatus(u"ins-bbbb2222"_s, ApiReplies::InstanceState::Failed, 1)));
        QCOMPARE(journal.entry(id)->state(), JournalEntry::State::Done);
        QCOMPARE(changed.size(), 4);

        // A person can read it: one JSON object per line, the record type first.
        const QList<QByteArray> lines = readAll(file).trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        for (const QByteArray &line : lines) {
            QVERIFY2(line.startsWith("{\"type\":"), line.constData());
            QVERIFY(QJsonDocument::fromJson(line).isObject());
        }
        const QJsonObject submit = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(submit.value("clientToken"_L1).toString(), u"token-roundtrip"_s);
        QCOMPARE(submit.value("endpoint"_L1).toString(), u"http://127.0.0.1:1/v2/index.php"_s);
        QCOMPARE(submit.value("region"_L1).toString(), u"gz"_s);
        QCOMPARE(submit.value("hasPassword"_L1).toBool(), true);
        QCOMPARE(submit.value("order"_L1).toObject().value("goodsNum"_L1).toInt(), 2);
        QVERIFY(QDateTime::fromString(submit.value("time"_L1).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(!readAll(file).contains(testPassword().toUtf8()));

        // Another process reading the same file sees the same thing.
        PurchaseJournal reread(file);
        QVERIFY(reread.warnings().isEmpty());
        QCOMPARE(reread.entries().size(), 1);
        const JournalEntry e = reread.entries().first();
        QCOMPARE(e.id, id);
        QCOMPARE(e.state(), JournalEntry::State::Done);
        QCOMPARE(e.clientToken, u"token-roundtrip"_s);
        QVERIFY(e.hasPassword);
        QVERIFY(e.orderProblems.isEmpty());
        PurchaseOrder expected = order;
        expected.password.clear(); // never in the journal
        QCOMPARE(e.order, expected);
        QCOMPARE(e.instanceIds, (QStringList{u"ins-aaaa1111"_s, u"ins-bbbb2222"_s}));
        const InstanceStatus *failed = e.settledStatus(u"ins-bbbb2222"_s);
        QVERIFY(failed);
        QCOMPARE(failed->state, ApiReplies::InstanceState::Failed);
        QCOMPARE(failed->status, 1);
        QCOMPARE(failed->statusText, ApiReplies::statusText(1));
        QCOMPARE(failed->lanIp, u"10.0.0.7"_s);
        QCOMPARE(failed->wanIps, QStringList{u"203.0.113.7"_s});
    }

    void entryStates_data()
    {
        QTest::addColumn<QStringList>("records"); // after the submit record
        QTest::addColumn<int>("state");
        QTest::newRow("submitted only") << QStringList{} << int(JournalEntry::State::Unfinished);
        QTest::newRow("ids, nothing settled") << QStringList{u"ids"_s} << int(JournalEntry::State::Tracking);
        QTest::newRow("one of two settled")
            << QStringList{u"ids"_s, u"settle1"_s} << int(JournalEntry::State::Tracking);
        QTest::newRow("all settled") << QStringList{u"ids"_s, u"settle1"_s, u"settle2"_s}
                                     << int(JournalEntry::State::Done);
        QTest::newRow("dismissed unfinished")
            << QStringList{u"dismiss"_s} << int(JournalEntry::State::Dismissed);
        QTest::newRow("dismissed while tracking")
            << QStringList{u"ids"_s, u"dismiss"_s} << int(JournalEntry::State::Dismissed);
        QTest::newRow("refused") << QStringList{u"refuse"_s} << int(JournalEntry::State::Refused);
    }

    void entryStates()
    {
        QFETCH(QStringList, records);
        QFETCH(int, state);
        const QString file = path(QTest::currentDataTag());
        QString id;
        {
            PurchaseJournal journal(file);
            id = journal.recordSubmit(
                tokenOrder(u"t-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')),
                u"http://127.0.0.1:1/v2/index.php"_s);
            QVERIFY(!id.isEmpty());
            for (const QString &r : records) {
                if (r == "ids"_L1)
                    QVERIFY(journal.recordIds(id, {u"ins-1"_s, u"ins-2"_s}));
                else if (r == "settle1"_L1)
                    QVERIFY(journal.recordSettled(
                        id, settledStatus(u"ins-1"_s, ApiReplies::InstanceState::Running, 2)));
                else if (r == "settle2"_L1)
                    QVERIFY(journal.recordSettled(
                        id, settledStatus(u"ins-2"_s, ApiReplies::InstanceState::Running, 2)));
                else if (r == "dismiss"_L1)
                    QVERIFY(journal.dismiss(id));
                else if (r == "refuse"_L1)
                    QVERIFY(journal.recordRefused(
                        id, V2Replies::parseReply(200, "{\"code\":4100,\"message\":\"no\"}")));
            }
            QCOMPARE(int(journal.entry(id)->state()), state);
        }
        PurchaseJournal reread(file);
        QCOMPARE(int(reread.entry(id)->state()), state);
        QCOMPARE(reread.entries(JournalEntry::State(state)).size(), 1);
        QVERIFY(reread.warnings().isEmpty());
    }

    void tornLastLineIsIgnoredAndReported()
    {
        const QString file = path("torn.jsonl");
        QString first;
        {
            PurchaseJournal journal(file);
            first = journal.recordSubmit(tokenOrder(u"token-torn-1"_s), u"http://127.0.0.1:1/v2/index.php"_s);
            QVERIFY(!first.isEmpty());
            QVERIFY(journal.recordIds(first, {u"ins-torn0001"_s}));
        }
        // The program died halfway through the next record.
        appendRaw(file,
                  "{\"type\":\"settled\",\"entry\":\"" + first.toLatin1() + "\",\"instanceId\":\"ins-to");

        PurchaseJournal journal(file);
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(journal.entry(first)->state(), JournalEntry::State::Tracking);
        QCOMPARE(journal.warnings().size(), 1);
        QVERIFY2(journal.warnings().first().contains(u"Line 3"_s), qPrintable(journal.warnings().first()));
        QVERIFY(journal.warnings().first().contains(u"incomplete"_s));

        // The next record starts on a line of its own instead of being glued to the torn one.
        const QString second =
            journal.recordSubmit(tokenOrder(u"token-torn-2"_s), u"http://127.0.0.1:1/v2/index.php"_s);
        QVERIFY(!second.isEmpty());
        PurchaseJournal reread(file);
        QCOMPARE(reread.entries().size(), 2);
        QCOMPARE(reread.entry(second)->clientToken, u"token-torn-2"_s);
        QCOMPARE(reread.warnings().size(), 1); // the torn line, now in the middle, is still only reported
    }

    void completeLastLineWithoutNewlineIsKept()
    {
        const QString file = path("unterminated.jsonl");
        QString id;
        {
            PurchaseJournal journal(file);
            id = journal.recordSubmit(tokenOrder(u"token-unterminated"_s),
                                      u"http://127.0.0.1:1/v2/index.php"_s);
        }
        // Cut exactly before the newline: the record itself is whole.
        QByteArray content = readAll(file);
        QVERIFY(content.endsWith('\n'));
        content.chop(1);
        QFile rewrite(file);
        QVERIFY(rewrite.open(QIODevice::WriteOnly | QIODevice::Truncate));
        rewrite.write(content);
        rewrite.close();

        PurchaseJournal journal(file);
        QVERIFY(journal.warnings().isEmpty());
        QVERIFY(journal.entry(id));
        QVERIFY(journal.recordIds(id, {u"ins-unterm01"_s}));
        PurchaseJournal reread(file);
        QVERIFY(reread.warnings().isEmpty());
        QCOMPARE(reread.entry(id)->state(), JournalEntry::State::Tracking);
    }

    void corruptMiddleLinesAreSkippedAndReported_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::newRow("garbage") << QByteArray("\x01\x02 not json at all");
        QTest::newRow("JSON array") << QByteArray("[1,2,3]");
        QTest::newRow("no type") << QByteArray("{\"entry\":\"x\"}");
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"teleport\",\"entry\":\"x\"}");
        QTest::newRow("unknown entry")
            << QByteArray("{\"type\":\"ids\",\"entry\":\"nobody\",\"instanceIds\":[\"ins-1\"]}");
        QTest::newRow("submit without order")
            << QByteArray("{\"type\":\"submit\",\"entry\":\"y\",\"clientToken\":\"t\"}");
    }

    void corruptMiddleLinesAreSkippedAndReported()
    {
        QFETCH(QByteArray, damage);
        const QString file = path("corrupt.jsonl");
        QFile::remove(file);
        QString id;
        {
            PurchaseJournal journal(file);
            id = journal.recordSubmit(tokenOrder(u"token-corrupt"_s), u"http://127.0.0.1:1/v2/index.php"_s);
            QVERIFY(!id.isEmpty());
        }
        appendRaw(file, damage + '\n');
        {
            PurchaseJournal journal(file);
            QVERIFY(journal.recordIds(id, {u"ins-corrupt1"_s}));
        }
        PurchaseJournal journal(file);
        QCOMPARE(journal.warnings().size(), 1);
        QVERIFY2(journal.warnings().first().contains(u"Line 2"_s), qPrintable(journal.warnings().first()));
        // The records around the damage still count.
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(journal.entry(id)->instanceIds, QStringList{u"ins-corrupt1"_s});
    }

    void aClientTokenStartsOneEntryOnly()
    {
        PurchaseJournal journal(path("tokens.jsonl"));
        QVERIFY(!journal.recordSubmit(tokenOrder(u"same-token"_s), u"http://127.0.0.1:1/v2/index.php"_s)
                     .isEmpty());
        QVERIFY(journal.recordSubmit(tokenOrder(u"same-token"_s), u"http://127.0.0.1:1/v2/index.php"_s)
                    .isEmpty());
        QVERIFY(!journal.lastError().isEmpty());
        QVERIFY(journal.recordSubmit(tokenOrder(QString()), u"http://127.0.0.1:1/v2/index.php"_s).isEmpty());
        QCOMPARE(journal.entries().size(), 1);
    }

    void idsAreConfirmedOnce()
    {
        PurchaseJournal journal(path("ids.jsonl"));
        const QString id =
            journal.recordSubmit(tokenOrder(u"token-ids"_s), u"http://127.0.0.1:1/v2/index.php"_s);
        QVERIFY(journal.recordIds(id, {u"ins-1"_s}));
        QVERIFY(journal.recordIds(id, {u"ins-1"_s})); // a resume confirming the same ids: nothing new
        QVERIFY(!journal.recordIds(id, {u"ins-2"_s}));
        QVERIFY(!journal.recordIds(u"no-such-entry"_s, {u"ins-1"_s}));
        QVERIFY(!journal.recordSettled(id, settledStatus(u"ins-9"_s, ApiReplies::InstanceState::Running, 2)));
        QCOMPARE(readAll(path("ids.jsonl")).count('\n'), 2);
    }

    void unwritableJournalSaysWhy()
    {
        // A file where the folder should be.
        const QString blocker = path("blocker");
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        PurchaseJournal journal(blocker + u"/cvm-purchaser/journal.jsonl"_s);
        QVERIFY(journal.recordSubmit(tokenOrder(u"token-blocked"_s), u"http://127.0.0.1:1/v2/index.php"_s)
                    .isEmpty());
        QVERIFY(!journal.lastError().isEmpty());
        QVERIFY(journal.entries().isEmpty());
    }

    void journalFileIsPrivate()
    {
        const QString file = path("private/journal.jsonl");
        PurchaseJournal journal(file);
        QVERIFY(!journal.recordSubmit(tokenOrder(u"token-private"_s), u"http://127.0.0.1:1/v2/index.php"_s)
                     .isEmpty());
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void dismissReleasesTheHeldPassword()
    {
        MemorySecretStore secrets;
        PurchaseJournal journal(path("dismiss.jsonl"));
        PurchaseOrder order = tokenOrder(u"token-dismiss"_s);
        order.password = testPassword();
        const QString id = journal.recordSubmit(order, u"http://127.0.0.1:1/v2/index.php"_s);
        bool written = false;
        secrets.write(
            PurchaseJournal::secretKey(id), testPassword(),
            [&](SecretStore::Error e, const QString &) { written = e == SecretStore::Error::None; });
        QTRY_VERIFY(written);
        QCOMPARE(secrets.size(), 1);
        QVERIFY(journal.dismiss(id, &secrets));
        QTRY_COMPARE(secrets.size(), 0);
        QCOMPARE(journal.entry(id)->state(), JournalEntry::State::Dismissed);
    }
};

QTEST_GUILESS_MAIN(TestPurchaseJournal)
#include "tst_purchase_journal.moc"
