// The purchase history on disk (SQLite): what each record holds, how entries
// derive their state, how an old journal.jsonl is taken over (a torn or corrupt
// line survived), and how damage is found: a changed record, a history cut
// short or emptied.
#include "api/ApiResult.h"
#include "order/OrderTemplate.h"
#include "protocol/v2/V2Replies.h"
#include "purchase/PurchaseJournal.h"
#include "purchase/PurchaseTestSupport.h"
#include "secrets/MemorySecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using PurchaseTest::testPassword;
using PurchaseTest::validOrder;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs one statement on the history through a connection of its own, as another program would.
bool tamper(const QString &historyPath, const QString &statement)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(historyPath);
        ok = db.open() && QSqlQuery(db).exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    return ok;
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
// A submit record as the old journal wrote it.
QByteArray legacySubmit(const QString &entryId, const QString &token)
{
    const QJsonObject record{
        {u"type"_s, u"submit"_s},
        {u"entry"_s, entryId},
        {u"time"_s, u"2026-03-01T10:00:00.000Z"_s},
        {u"clientToken"_s, token},
        {u"endpoint"_s, u"http://127.0.0.1:1/v2/index.php"_s},
        {u"region"_s, u"gz"_s},
        {u"order"_s, QJsonDocument::fromJson(OrderTemplate::write(tokenOrder(token))).object()},
        {u"hasPassword"_s, false},
    };
    return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray legacyIds(const QString &entryId, const QStringList &ids)
{
    return QJsonDocument(QJsonObject{{u"type"_s, u"ids"_s},
                                     {u"entry"_s, entryId},
                                     {u"instanceIds"_s, QJsonArray::fromStringList(ids)}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
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
        QCOMPARE(PurchaseJournal::defaultPath(), QDir(dataHome).filePath(u"cvm-purchaser/history.sqlite"_s));
        QCOMPARE(PurchaseJournal::legacyPath(PurchaseJournal::defaultPath()),
                 QDir(dataHome).filePath(u"cvm-purchaser/journal.jsonl"_s));
        QCOMPARE(PurchaseJournal::secretKey(u"abc"_s), u"journal/abc"_s);
    }

    void missingFileIsAnEmptyJournal()
    {
        PurchaseJournal journal(path("nothing/history.sqlite"));
        QVERIFY(journal.isUsable());
        QVERIFY(journal.isEmpty());
        QVERIFY(journal.entries().isEmpty());
        QVERIFY(journal.warnings().isEmpty());
        QVERIFY(journal.problems().isEmpty());
    }

    void recordsRoundTripThroughTheFile()
    {
        const QString file = path("roundtrip/history.sqlite");
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

        // The password is nowhere in the files: neither in the database nor in its write-ahead log.
        QVERIFY(!readAll(file).contains(testPassword().toUtf8()));
        QVERIFY(!readAll(file + u"-wal"_s).contains(testPassword().toUtf8()));
        QCOMPARE(journal.entry(id)->endpoint, u"http://127.0.0.1:1/v2/index.php"_s);
        QCOMPARE(journal.entry(id)->region, u"gz"_s);
        QVERIFY(journal.entry(id)->time.isValid());
        QVERIFY(qAbs(journal.entry(id)->time.secsTo(QDateTime::currentDateTimeUtc())) < 60);

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

    void oldJournalIsTakenOverOnceAndKept()
    {
        const QString history = path("takeover/history.sqlite");
        const QString legacy = PurchaseJournal::legacyPath(history);
        const QByteArray old = legacySubmit(u"e-1"_s, u"token-old-1"_s) +
                               legacyIds(u"e-1"_s, {u"ins-old00001"_s}) +
                               legacySubmit(u"e-2"_s, u"token-old-2"_s);
        writeFile(legacy, old);
        {
            PurchaseJournal journal(history);
            QVERIFY(journal.problems().isEmpty());
            QCOMPARE(journal.count(), 2);
            QCOMPARE(journal.entry(u"e-1"_s)->state(), JournalEntry::State::Tracking);
            QCOMPARE(journal.entry(u"e-1"_s)->instanceIds, QStringList{u"ins-old00001"_s});
            QCOMPARE(journal.entry(u"e-1"_s)->time,
                     QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc()));
            QVERIFY(!journal.entry(u"e-2"_s)->isDamaged());
            QCOMPARE(journal.entries(JournalEntry::State::Unfinished).size(), 1);
            QCOMPARE(journal.entryForToken(u"token-old-2"_s)->id, u"e-2"_s);
            QCOMPARE(journal.warnings().size(), 1);
            QVERIFY2(journal.warnings().first().contains(u"journal.jsonl.imported"_s),
                     qPrintable(journal.warnings().first()));
        }
        // Kept beside it, byte for byte, under a name nothing appends to; the next start reads nothing again.
        QVERIFY(!QFile::exists(legacy));
        QCOMPARE(readAll(legacy + u".imported"_s), old);
        PurchaseJournal reread(history);
        QCOMPARE(reread.count(), 2);
        QVERIFY(reread.warnings().isEmpty());
    }

    void tornLastLineOfAnOldJournalIsReported()
    {
        const QString history = path("torn/history.sqlite");
        // The old program died halfway through a record, or the file was cut short.
        writeFile(PurchaseJournal::legacyPath(history),
                  legacySubmit(u"e-1"_s, u"token-torn-1"_s) + legacyIds(u"e-1"_s, {u"ins-torn0001"_s}) +
                      "{\"type\":\"settled\",\"entry\":\"e-1\",\"instanceId\":\"ins-to");
        PurchaseJournal journal(history);
        QCOMPARE(journal.count(), 1);
        QCOMPARE(journal.entry(u"e-1"_s)->state(), JournalEntry::State::Tracking);
        QCOMPARE(journal.warnings().size(), 2);
        const QString warning = journal.warnings().first();
        QVERIFY2(warning.contains(u"Line 3"_s), qPrintable(warning));
        QVERIFY(warning.contains(u"incomplete"_s));
        // It cannot tell a crash from a cut: it names both.
        QVERIFY(warning.contains(u"cut short"_s));
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
        const QString history =
            path("corrupt/%1/history.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()));
        writeFile(PurchaseJournal::legacyPath(history), legacySubmit(u"e-c"_s, u"token-corrupt"_s) + damage +
                                                            '\n' + legacyIds(u"e-c"_s, {u"ins-corrupt1"_s}));
        PurchaseJournal journal(history);
        QCOMPARE(journal.warnings().size(), 2);
        QVERIFY2(journal.warnings().first().contains(u"Line 2"_s), qPrintable(journal.warnings().first()));
        // The records around the damage still count.
        QCOMPARE(journal.count(), 1);
        QCOMPARE(journal.entry(u"e-c"_s)->instanceIds, QStringList{u"ins-corrupt1"_s});
    }

    void changedRecordIsDamagedAndKeepsWhatCanBeRead_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("why");
        // One character of the token: resent, it would buy the order a second time.
        QTest::newRow("token flipped")
            << u"UPDATE purchases SET client_token = 'token-dAmaged'"_s << u"checksum"_s;
        QTest::newRow("token unprintable")
            << u"UPDATE purchases SET client_token = 'token' || char(10) || 'damaged'"_s << u"clientToken"_s;
        QTest::newRow("order changed")
            << u"UPDATE purchases SET order_json = replace(order_json, '\"goodsNum\":1', '\"goodsNum\":9')"_s
            << u"checksum"_s;
        QTest::newRow("endpoint changed")
            << u"UPDATE purchases SET endpoint = 'http://127.0.0.1:2/v2/index.php'"_s << u"checksum"_s;
    }

    void changedRecordIsDamagedAndKeepsWhatCanBeRead()
    {
        QFETCH(QString, statement);
        QFETCH(QString, why);
        const QString history =
            path("tampered/%1/history.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()));
        QString id;
        {
            PurchaseJournal journal(history);
            id = journal.recordSubmit(tokenOrder(u"token-damaged"_s), u"http://127.0.0.1:1/v2/index.php"_s);
            QVERIFY(!id.isEmpty());
            QVERIFY(!journal.entry(id)->isDamaged());
        }
        QVERIFY(tamper(history, statement));
        PurchaseJournal journal(history);
        const QList<JournalEntry> unfinished = journal.entries(JournalEntry::State::Unfinished);
        QCOMPARE(unfinished.size(), 1);
        QVERIFY(unfinished.first().isDamaged());
        QVERIFY2(unfinished.first().damage.contains(why), qPrintable(unfinished.first().damage));
        QCOMPARE(unfinished.first().order.instanceType, validOrder().instanceType);
    }

    void historyCutShortIsReportedAndKept()
    {
        const QString history = path("cut/history.sqlite");
        {
            PurchaseJournal journal(history);
            for (int i = 0; i < 20; ++i)
                QVERIFY(!journal
                             .recordSubmit(tokenOrder(u"token-cut-%1"_s.arg(i)),
                                           u"http://127.0.0.1:1/v2/index.php"_s)
                             .isEmpty());
        }
        const QByteArray whole = readAll(history);
        QVERIFY(whole.size() > 4096);
        writeFile(history, whole.chopped(10));
        PurchaseJournal journal(history);
        QVERIFY(!journal.isUsable());
        QCOMPARE(journal.problems().size(), 1);
        QVERIFY2(journal.problems().first().contains(u"cut short"_s) ||
                     journal.problems().first().contains(u"damaged"_s),
                 qPrintable(journal.problems().first()));
        // Reported, never overwritten; and a purchase is refused rather than recorded in a new, empty
        // history.
        QCOMPARE(readAll(history), whole.chopped(10));
        QVERIFY(journal.recordSubmit(tokenOrder(u"token-after-cut"_s), u"http://127.0.0.1:1/v2/index.php"_s)
                    .isEmpty());
        QVERIFY(!journal.lastError().isEmpty());
        QCOMPARE(readAll(history), whole.chopped(10));
    }

    // A page scrambled in the middle: the file keeps its size, only PRAGMA quick_check finds it. Checked at
    // open (the CLI) or on a thread once the window shows (every write waits for the verdict first, and
    // starts the check if nothing has).
    void damagedPagesAreFoundAtOpenOrInTheBackground_data()
    {
        QTest::addColumn<bool>("background");
        QTest::addColumn<bool>("started"); // startCheck() called, as the window does once it is shown
        QTest::newRow("at open") << false << false;
        QTest::newRow("in the background, started by a write") << true << false;
        QTest::newRow("in the background, started when shown") << true << true;
    }

    void damagedPagesAreFoundAtOpenOrInTheBackground()
    {
        QFETCH(bool, background);
        QFETCH(bool, started);
        const QString history =
            path("scrambled/%1/history.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()));
        {
            PurchaseJournal journal(history);
            for (int i = 0; i < 40; ++i)
                QVERIFY(!journal
                             .recordSubmit(tokenOrder(u"token-page-%1"_s.arg(i)),
                                           u"http://127.0.0.1:1/v2/index.php"_s)
                             .isEmpty());
        }
        QByteArray bytes = readAll(history);
        QVERIFY(bytes.size() >= 4 * 4096);
        // The header of the second page: its type byte and cell count.
        bytes[4096] = char(0x42);
        bytes[4096 + 3] = char(0x7f);
        writeFile(history, bytes);

        PurchaseJournal journal(history, nullptr,
                                background ? PurchaseJournal::Check::InBackground
                                           : PurchaseJournal::Check::AtOpen);
        if (background) {
            QSignalSpy changed(&journal, &PurchaseJournal::problemsChanged);
            if (started) {
                journal.startCheck();
                QTRY_COMPARE(changed.size(), 1); // reported while the window runs, without a write
                changed.clear();
            }
            // A write waits for the verdict: nothing is recorded in a damaged history.
            QVERIFY(
                journal.recordSubmit(tokenOrder(u"token-page-new"_s), u"http://127.0.0.1:1/v2/index.php"_s)
                    .isEmpty());
            QCOMPARE(changed.size(), started ? 0 : 1);
        }
        QVERIFY(!journal.isUsable());
        const QStringList problems = journal.problems();
        QVERIFY2(std::any_of(problems.cbegin(), problems.cend(),
                             [](const QString &p) { return p.contains(u"is damaged"_s); }),
                 qPrintable(problems.join(u'\n')));
        // Copied aside as it was, the original left alone.
        const QStringList copies =
            QDir(QFileInfo(history).absolutePath()).entryList({u"history.sqlite.damaged-*"_s});
        QCOMPARE(copies.size(), 1);
        QCOMPARE(readAll(QFileInfo(history).absolutePath() + u'/' + copies.first()), bytes);
        QCOMPARE(readAll(history), bytes);
        QVERIFY(journal.entries(JournalEntry::State::Unfinished).isEmpty());
    }

    void emptiedHistoryIsReported()
    {
        const QString history = path("emptied/history.sqlite");
        {
            PurchaseJournal journal(history);
            QVERIFY(!journal.recordSubmit(tokenOrder(u"token-gone-1"_s), u"http://127.0.0.1:1/v2/index.php"_s)
                         .isEmpty());
            QVERIFY(!journal.recordSubmit(tokenOrder(u"token-gone-2"_s), u"http://127.0.0.1:1/v2/index.php"_s)
                         .isEmpty());
        }
        writeFile(history, QByteArray());
        PurchaseJournal journal(history);
        QCOMPARE(journal.count(), 0);
        QCOMPARE(journal.problems().size(), 1);
        QVERIFY2(journal.problems().first().contains(u"it had 2"_s), qPrintable(journal.problems().first()));
    }

    void historyOfANewerProgramIsLeftAlone()
    {
        const QString history = path("newer/history.sqlite");
        {
            PurchaseJournal journal(history);
            QVERIFY(!journal.recordSubmit(tokenOrder(u"token-newer"_s), u"http://127.0.0.1:1/v2/index.php"_s)
                         .isEmpty());
        }
        QVERIFY(tamper(history, u"PRAGMA user_version = 99"_s));
        PurchaseJournal journal(history);
        QVERIFY(!journal.isUsable());
        QVERIFY2(journal.lastError().contains(u"newer"_s), qPrintable(journal.lastError()));
    }

    void aClientTokenStartsOneEntryOnly()
    {
        PurchaseJournal journal(path("tokens/history.sqlite"));
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
        PurchaseJournal journal(path("ids/history.sqlite"));
        const QString id =
            journal.recordSubmit(tokenOrder(u"token-ids"_s), u"http://127.0.0.1:1/v2/index.php"_s);
        QVERIFY(journal.recordIds(id, {u"ins-1"_s}));
        QVERIFY(journal.recordIds(id, {u"ins-1"_s})); // a resume confirming the same ids: nothing new
        QVERIFY(!journal.recordIds(id, {u"ins-2"_s}));
        QVERIFY(!journal.recordIds(u"no-such-entry"_s, {u"ins-1"_s}));
        QVERIFY(!journal.recordSettled(id, settledStatus(u"ins-9"_s, ApiReplies::InstanceState::Running, 2)));
        QCOMPARE(journal.entry(id)->instanceIds, QStringList{u"ins-1"_s});
    }

    void unwritableJournalSaysWhy()
    {
        // A file where the folder should be.
        const QString blocker = path("blocker");
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        PurchaseJournal journal(blocker + u"/cvm-purchaser/history.sqlite"_s);
        QVERIFY(journal.recordSubmit(tokenOrder(u"token-blocked"_s), u"http://127.0.0.1:1/v2/index.php"_s)
                    .isEmpty());
        QVERIFY(!journal.lastError().isEmpty());
        QVERIFY(journal.entries().isEmpty());
    }

    void journalFileIsPrivate()
    {
        const QString file = path("private/history.sqlite");
        PurchaseJournal journal(file);
        QVERIFY(!journal.recordSubmit(tokenOrder(u"token-private"_s), u"http://127.0.0.1:1/v2/index.php"_s)
                     .isEmpty());
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void dismissReleasesTheHeldPassword()
    {
        MemorySecretStore secrets;
        PurchaseJournal journal(path("dismiss/history.sqlite"));
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
