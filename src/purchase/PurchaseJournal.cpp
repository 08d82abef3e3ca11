#include "purchase/PurchaseJournal.h"

#include "api/ApiResult.h"
#include "order/OrderTemplate.h"
#include "purchase/LegacyJournal.h"
#include "secrets/SecretStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// PRAGMA user_version of the schema this program writes. Each step brings a history from the version
// before it; a history from a newer program is left alone.
constexpr int SchemaVersion = 2;

const QStringList &migrationTo(int version)
{
    static const QList<QStringList> steps{
        // 1: the purchases and their instances.
        {
            u"CREATE TABLE purchases ("
            " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
            " id TEXT NOT NULL UNIQUE,"
            " time TEXT NOT NULL,"
            " client_token TEXT NOT NULL UNIQUE,"
            " endpoint TEXT,"
            " api TEXT,"
            " region TEXT,"
            " zone TEXT,"
            " instance_type TEXT,"
            " count INTEGER,"
            " order_json TEXT,"
            " has_password INTEGER NOT NULL,"
            " checksum TEXT NOT NULL,"
            " refusal_name TEXT,"
            " refusal_message TEXT,"
            " dismissed INTEGER NOT NULL DEFAULT 0,"
            " state TEXT NOT NULL)"_s,
            u"CREATE TABLE instances ("
            " purchase_seq INTEGER NOT NULL REFERENCES purchases(seq),"
            " position INTEGER NOT NULL,"
            " instance_id TEXT NOT NULL,"
            " settled_order INTEGER,"
            " name TEXT DEFAULT '',"
            " status INTEGER DEFAULT 0,"
            " state TEXT DEFAULT '',"
            " status_text TEXT DEFAULT '',"
            " lan_ip TEXT DEFAULT '',"
            " wan_ips TEXT DEFAULT '[]',"
            " elapsed_ms INTEGER DEFAULT 0,"
            " PRIMARY KEY (purchase_seq, instance_id))"_s,
            // What is searched and filtered: the unconfirmed ones to resume, a state, a zone, a date, an id.
            u"CREATE INDEX purchases_by_state ON purchases(state, seq)"_s,
            u"CREATE INDEX purchases_by_zone ON purchases(zone, seq)"_s,
            u"CREATE INDEX purchases_by_time ON purchases(time)"_s,
            u"CREATE INDEX instances_by_id ON instances(instance_id)"_s,
        },
        // 2: when an instance was terminated through this program.
        {
            u"ALTER TABLE instances ADD COLUMN terminated_at TEXT"_s,
        },
    };
    return steps.at(version - 1);
}

// What decides what a record buys, hashed: a record changed by anything but this program fails it.
QString checksum(const QString &clientToken, const QString &endpoint, const QString &api,
                 const QString &region, const QString &orderJson, bool hasPassword)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {u"cvm-purchase-v1"_s, clientToken, endpoint, api, region, orderJson,
                                hasPassword ? u"password"_s : u"no password"_s}) {
        const QByteArray bytes = part.toUtf8();
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}

// Why a record cannot be trusted, or an empty string.
QString damageOf(const QString &clientToken, const QString &endpoint, const QString &api,
                 const QString &region, const QString &orderJson, bool hasPassword, const QString &stored)
{
    if (!PurchaseJournal::isWellFormedToken(clientToken))
        return PurchaseJournal::tr("its clientToken \"%1\" is not 1 to 64 printable ASCII characters")
            .arg(clientToken.left(80));
    if (stored != checksum(clientToken, endpoint, api, region, orderJson, hasPassword))
        return PurchaseJournal::tr(
            "its checksum does not match its order, clientToken, endpoint and API: the "
            "record was changed outside CVM Purchaser");
    return {};
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

int connectionSerial()
{
    static int serial = 0;
    return ++serial;
}

} // namespace

JournalEntry::State JournalEntry::state() const
{
    if (dismissed)
        return State::Dismissed;
    if (!refusalName.isEmpty())
        return State::Refused;
    if (instanceIds.isEmpty())
        return State::Unfinished;
    return unsettledIds().isEmpty() ? State::Done : State::Tracking;
}

QStringList JournalEntry::unsettledIds() const
{
    QStringList out;
    for (const QString &id : instanceIds)
        if (!settledStatus(id) && !terminatedIds.contains(id))
            out.append(id);
    return out;
}

const InstanceStatus *JournalEntry::settledStatus(const QString &instanceId) const
{
    for (const InstanceStatus &s : settled)
        if (s.instanceId == instanceId)
            return &s;
    return nullptr;
}

QString JournalEntry::stateText(State state)
{
    switch (state) {
    case State::Unfinished:
        return QCoreApplication::translate("JournalEntry", "unfinished");
    case State::Tracking:
        return QCoreApplication::translate("JournalEntry", "being tracked");
    case State::Done:
        return QCoreApplication::translate("JournalEntry", "done");
    case State::Refused:
        return QCoreApplication::translate("JournalEntry", "refused");
    case State::Dismissed:
        return QCoreApplication::translate("JournalEntry", "dismissed");
    }
    return {};
}

QString JournalEntry::historyState() const
{
    switch (state()) {
    case State::Unfinished:
        return u"unconfirmed"_s;
    case State::Tracking:
        return u"tracking"_s;
    case State::Refused:
    case State::Dismissed:
        return u"failed"_s;
    case State::Done:
        break;
    }
    if (!instanceIds.isEmpty() && terminatedIds.size() == instanceIds.size())
        return u"terminated"_s;
    const qsizetype failed = failedIds().size();
    if (failed == 0)
        return u"running"_s;
    return failed == settled.size() ? u"failed"_s : u"partly-failed"_s;
}

QStringList JournalEntry::failedIds() const
{
    QStringList ids;
    for (const InstanceStatus &s : settled)
        if (s.state == ApiReplies::InstanceState::Failed)
            ids.append(s.instanceId);
    return ids;
}

PurchaseOrder JournalEntry::replacementOrder(int count) const
{
    PurchaseOrder replacement = order;
    replacement.clientToken.clear();
    replacement.password.clear();
    replacement.goodsNum = count;
    return replacement;
}

const QStringList &JournalEntry::historyStates()
{
    static const QStringList states{u"unconfirmed"_s,   u"tracking"_s, u"running"_s,
                                    u"partly-failed"_s, u"failed"_s,   u"terminated"_s};
    return states;
}

QString PurchaseJournal::defaultPath()
{
    // Not AppLocalDataLocation: that depends on the organisation and application
    // names, which tests and the CLI may not set; CONTRACTS.md fixes the folder.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           "/cvm-purchaser/history.sqlite"_L1;
}

QString PurchaseJournal::legacyPath(const QString &historyPath)
{
    return QFileInfo(historyPath).dir().filePath(u"journal.jsonl"_s);
}

QString PurchaseJournal::secretKey(const QString &entryId)
{
    return "journal/"_L1 + entryId;
}

bool PurchaseJournal::isWellFormedToken(const QString &clientToken)
{
    return !clientToken.isEmpty() && clientToken.size() <= 64 &&
           std::all_of(clientToken.cbegin(), clientToken.cend(),
                       [](QChar c) { return c.unicode() >= 0x21 && c.unicode() <= 0x7e; });
}

PurchaseJournal::PurchaseJournal(const QString &path, QObject *parent, Check check)
    : QObject(parent), m_path(path), m_connection(u"cvm-history-%1"_s.arg(connectionSerial())), m_check(check)
{
    // Reading a history that does not exist creates nothing (a `status` that ends in a usage error leaves no
    // file); the first record creates it.
    if (!QFileInfo::exists(m_path) && !QFileInfo::exists(legacyPath(m_path))) {
        m_usable = true;
        checkCount();
        return;
    }
    m_usable = open();
    if (!m_usable)
        return;
    importLegacy();
    checkCount();
}

PurchaseJournal::~PurchaseJournal()
{
    if (m_checkThread) {
        m_checkThread->wait();
        delete m_checkThread;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase PurchaseJournal::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString PurchaseJournal::seenPath() const
{
    return m_path + u".seen"_s;
}

bool PurchaseJournal::open()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_lastError =
            tr("The folder %1 for the purchase history cannot be created.").arg(info.absolutePath());
        return false;
    }
    const bool existed = info.exists();
    // Whole pages only: a file cut short loses the end of its last page, which no check of SQLite's sees
    // when the cut falls in a record. (With a write-ahead log beside it the file may legitimately lag.)
    if (existed && info.size() > 0 && !QFileInfo::exists(m_path + u"-wal"_s) && info.size() % 512 != 0) {
        checkIntegrity(); // reports and copies aside
        if (m_problems.isEmpty())
            m_problems.append(
                tr("The purchase history %1 is %2 bytes long, not a whole number of pages: it was "
                   "cut short.")
                    .arg(m_path)
                    .arg(info.size()));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    // The window and the CLI may write at the same moment: the second waits instead of failing.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        m_lastError = tr("The purchase history %1 cannot be opened: %2").arg(m_path, db.lastError().text());
        return false;
    }
    if (!existed)
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (m_check == Check::AtOpen)
        checkIntegrity();
    if (!m_problems.isEmpty())
        return false;
    QSqlQuery q(db);
    // WAL: readers (the window) never block the writer (a CLI purchase). FULL: every commit is on the disk
    // before the call returns, which is what lets a purchase be sent after its record is committed.
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.exec(u"PRAGMA synchronous=FULL"_s)) {
        m_lastError = tr("The purchase history %1 cannot be set up: %2").arg(m_path, q.lastError().text());
        return false;
    }
    m_opened = createOrMigrate();
    if (m_opened && m_check == Check::InBackground)
        checkIntegrity();
    return m_opened;
}

bool PurchaseJournal::ensureOpen()
{
    awaitCheck(); // nothing is written to a history whose check has not passed
    if (m_opened)
        return true;
    if (!m_usable) {
        if (m_lastError.isEmpty())
            m_lastError = m_problems.isEmpty() ? tr("The purchase history %1 cannot be used.").arg(m_path)
                                               : m_problems.first();
        return false;
    }
    m_usable = open();
    return m_usable;
}

namespace {
// PRAGMA quick_check's verdict on an open connection: empty when it passes.
QString quickCheck(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA quick_check"_s))
        return q.lastError().text();
    QStringList messages;
    while (q.next())
        messages.append(q.value(0).toString());
    return messages == QStringList{u"ok"_s} ? QString() : messages.mid(0, 3).join(u"; "_s);
}
} // namespace

void PurchaseJournal::checkIntegrity()
{
    if (m_check == Check::InBackground && m_opened) {
        m_checkPending = true; // startCheck() or the first write starts it
        return;
    }
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            failure = quickCheck(db);
        } else {
            failure = tr("the file ends in the middle of a page");
        }
    }
    if (!failure.isEmpty())
        damaged(failure);
}

void PurchaseJournal::startCheck()
{
    if (!m_checkPending)
        return;
    m_checkPending = false;
    {
        // A thread with a connection of its own.
        const QString path = m_path;
        const QString connection = m_connection + u"-check"_s;
        m_checkThread = QThread::create([this, path, connection] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                db.setDatabaseName(path);
                db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
                m_checkFailure = db.open() ? quickCheck(db) : db.lastError().text();
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        });
        connect(m_checkThread, &QThread::finished, this, &PurchaseJournal::awaitCheck);
        // Idle priority (SCHED_IDLE on Linux): on a busy machine the check must not slow the window down.
        m_checkThread->start(QThread::IdlePriority);
    }
}

void PurchaseJournal::awaitCheck()
{
    startCheck();
    if (!m_checkThread)
        return;
    m_checkThread->wait();
    m_checkThread->deleteLater();
    m_checkThread = nullptr;
    if (m_checkFailure.isEmpty())
        return;
    m_opened = false;
    m_usable = false;
    damaged(m_checkFailure);
    Q_EMIT problemsChanged();
}

void PurchaseJournal::damaged(const QString &failure)
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    // Kept as it is for whoever can still read something from it; never overwritten by this program.
    const QString copy =
        m_path + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const bool copied = QFile::copy(m_path, copy);
    m_problems.append(
        copied ? tr("The purchase history %1 is damaged (%2). A copy was kept as %3; nothing is read from or "
                    "written to the history until it is repaired or moved away, so no purchase can be "
                    "resumed from it.")
                     .arg(m_path, failure, copy)
               : tr("The purchase history %1 is damaged (%2), and a copy of it could not be kept; nothing is "
                    "read from or written to it, so no purchase can be resumed from it.")
                     .arg(m_path, failure));
    m_lastError = m_problems.last();
}

bool PurchaseJournal::createOrMigrate()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        m_lastError = tr("The purchase history %1 cannot be read: %2").arg(m_path, q.lastError().text());
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > SchemaVersion) {
        m_lastError = tr("The purchase history %1 was written by a newer CVM Purchaser (schema %2; this one "
                         "knows up to %3). It is left as it is.")
                          .arg(m_path)
                          .arg(version)
                          .arg(SchemaVersion);
        return false;
    }
    for (int next = version + 1; next <= SchemaVersion; ++next) {
        if (!q.exec(u"BEGIN IMMEDIATE"_s))
            return failWrite(q, tr("migrated"));
        for (const QString &statement : migrationTo(next))
            if (!q.exec(statement)) {
                const bool failed = failWrite(q, tr("migrated"));
                QSqlQuery(db).exec(u"ROLLBACK"_s);
                return failed;
            }
        if (!q.exec(u"PRAGMA user_version=%1"_s.arg(next)) || !q.exec(u"COMMIT"_s)) {
            const bool failed = failWrite(q, tr("migrated"));
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            return failed;
        }
    }
    return true;
}

bool PurchaseJournal::failWrite(const QSqlQuery &query, const QString &what)
{
    m_lastError = tr("The purchase history %1 cannot be %2: %3").arg(m_path, what, query.lastError().text());
    return false;
}

bool PurchaseJournal::failWrite(const QString &detail)
{
    m_lastError = tr("The purchase history %1 cannot be written: %2").arg(m_path, detail);
    return false;
}

bool PurchaseJournal::reload()
{
    awaitCheck();
    if (m_usable)
        m_lastError.clear();
    return m_usable;
}

void PurchaseJournal::checkCount()
{
    QFile seen(seenPath());
    qsizetype before = -1;
    if (seen.open(QIODevice::ReadOnly))
        before = seen.readAll().trimmed().toLongLong();
    const qsizetype now = recordedCount();
    if (before > now) {
        m_problems.append(
            tr("The purchase history %1 has %n purchase(s); it had %2 when it was last used: it "
               "was emptied, cut short or replaced by an older copy. Purchases that were waiting for "
               "their instance ids may be lost with it: look in the cloud console for instances "
               "nobody tracks.",
               nullptr, int(now))
                .arg(m_path)
                .arg(before));
        return; // stays reported until a new purchase is recorded
    }
    if (before != now && m_opened)
        rememberCount();
}

void PurchaseJournal::rememberCount()
{
    // Beside the database, outside it: what was seen survives the database being emptied or replaced.
    QSaveFile file(seenPath());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QByteArray::number(recordedCount()) + '\n');
        file.commit();
    }
}

void PurchaseJournal::importLegacy()
{
    const QString legacy = legacyPath(m_path);
    QFile file(legacy);
    if (!file.exists() || QFileInfo(legacy) == QFileInfo(m_path))
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        m_warnings.append(tr("The old purchase journal %1 cannot be read, so it was not taken over: %2")
                              .arg(legacy, file.errorString()));
        return;
    }
    const LegacyJournal::Result old = LegacyJournal::parse(file.readAll());
    file.close();
    m_warnings.append(old.warnings);

    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        m_warnings.append(
            tr("The old purchase journal %1 could not be taken over: %2").arg(legacy, q.lastError().text()));
        return;
    }
    int taken = 0;
    for (const JournalEntry &e : old.entries) {
        QSqlQuery exists(db);
        exists.prepare(u"SELECT 1 FROM purchases WHERE id = ? OR client_token = ?"_s);
        exists.addBindValue(e.id);
        exists.addBindValue(e.clientToken);
        if (exists.exec() && exists.next())
            continue; // taken over before (an older program wrote the journal again since)
        if (!insertEntry(e, QString::fromUtf8(old.orderJson.value(e.id)), e.time)) {
            m_warnings.append(
                tr("The old purchase journal %1 could not be taken over: %2").arg(legacy, m_lastError));
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            return;
        }
        ++taken;
    }
    if (!q.exec(u"COMMIT"_s)) {
        m_warnings.append(
            tr("The old purchase journal %1 could not be taken over: %2").arg(legacy, q.lastError().text()));
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return;
    }
    // Kept as the backup it now is, under a name no older program appends to.
    QString backup = legacy + u".imported"_s;
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = legacy + u".imported-%1"_s.arg(n);
    if (QFile::rename(legacy, backup))
        m_warnings.append(tr("The purchase journal %1 was taken over into the purchase history %2 (%n "
                             "purchase(s)); the old file is kept as %3.",
                             nullptr, taken)
                              .arg(legacy, m_path, backup));
    else
        m_warnings.append(tr("The purchase journal %1 was taken over into the purchase history %2 (%n "
                             "purchase(s)), but could not be renamed; it stays where it is.",
                             nullptr, taken)
                              .arg(legacy, m_path));
}

bool PurchaseJournal::insertEntry(const JournalEntry &e, const QString &orderJson, const QDateTime &time)
{
    QSqlDatabase db = database();
    const QString api = PurchaseOrder::apiName(e.order.api);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO purchases (id, time, client_token, endpoint, api, region, zone, instance_type, "
              "count, order_json, has_password, checksum, refusal_name, refusal_message, dismissed, state) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(e.id);
    q.addBindValue(isoTime(time.isValid() ? time : QDateTime::currentDateTimeUtc()));
    q.addBindValue(e.clientToken);
    q.addBindValue(e.endpoint);
    q.addBindValue(api);
    q.addBindValue(e.region);
    q.addBindValue(e.order.zone);
    q.addBindValue(e.order.instanceType);
    q.addBindValue(e.order.goodsNum);
    q.addBindValue(orderJson);
    q.addBindValue(e.hasPassword ? 1 : 0);
    q.addBindValue(checksum(e.clientToken, e.endpoint, api, e.region, orderJson, e.hasPassword));
    q.addBindValue(e.refusalName.isEmpty() ? QVariant() : QVariant(e.refusalName));
    q.addBindValue(e.refusalName.isEmpty() ? QVariant() : QVariant(e.refusalMessage));
    q.addBindValue(e.dismissed ? 1 : 0);
    q.addBindValue(e.historyState());
    if (!q.exec())
        return failWrite(q, tr("written"));
    const qint64 seq = q.lastInsertId().toLongLong();
    for (qsizetype i = 0; i < e.instanceIds.size(); ++i) {
        const QString &id = e.instanceIds.at(i);
        const InstanceStatus *s = e.settledStatus(id);
        QSqlQuery ins(db);
        ins.prepare(
            u"INSERT INTO instances (purchase_seq, position, instance_id, settled_order, name, status, "
            "state, status_text, lan_ip, wan_ips, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        ins.addBindValue(seq);
        ins.addBindValue(int(i));
        ins.addBindValue(id);
        if (s) {
            const auto order = std::find_if(e.settled.cbegin(), e.settled.cend(),
                                            [&](const InstanceStatus &x) { return x.instanceId == id; }) -
                               e.settled.cbegin();
            ins.addBindValue(qint64(order));
            ins.addBindValue(s->name);
            ins.addBindValue(s->status);
            ins.addBindValue(InstanceStatus::stateName(s->state));
            ins.addBindValue(s->statusText);
            ins.addBindValue(s->lanIp);
            ins.addBindValue(QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(s->wanIps)).toJson(QJsonDocument::Compact)));
            ins.addBindValue(s->elapsedMs);
        } else {
            ins.addBindValue(QVariant());
            ins.addBindValue(QString());
            ins.addBindValue(0);
            ins.addBindValue(QString());
            ins.addBindValue(QString());
            ins.addBindValue(QString());
            ins.addBindValue(u"[]"_s);
            ins.addBindValue(0);
        }
        if (!ins.exec())
            return failWrite(ins, tr("written"));
    }
    return true;
}

QList<JournalEntry> PurchaseJournal::select(const QString &where, const QVariantList &values) const
{
    QList<JournalEntry> out;
    if (!openedForReading())
        return out;
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT seq, id, time, client_token, endpoint, api, region, order_json, has_password, checksum, "
        "refusal_name, refusal_message, dismissed FROM purchases p "_s +
        where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    QHash<qint64, qsizetype> bySeq;
    while (q.next()) {
        JournalEntry e;
        const qint64 seq = q.value(0).toLongLong();
        e.id = q.value(1).toString();
        e.time = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        e.clientToken = q.value(3).toString();
        e.endpoint = q.value(4).toString();
        const QString api = q.value(5).toString();
        e.region = q.value(6).toString();
        const QString orderJson = q.value(7).toString();
        e.hasPassword = q.value(8).toInt() != 0;
        const QString stored = q.value(9).toString();
        e.refusalName = q.value(10).toString();
        e.refusalMessage = q.value(11).toString();
        e.dismissed = q.value(12).toInt() != 0;
        const OrderTemplate::ReadResult read = OrderTemplate::read(orderJson.toUtf8());
        e.order = read.order;
        for (const FieldProblem &p : read.problems)
            e.orderProblems.append(p.field + u": "_s + p.message);
        e.order.clientToken = e.clientToken;
        if (!e.region.isEmpty())
            e.order.region = e.region;
        // What can still be read is kept for a person to see; the damage decides that it is never sent.
        e.damage = damageOf(e.clientToken, e.endpoint, api, e.region, orderJson, e.hasPassword, stored);
        if (e.damage.isEmpty() && read.problems.isEmpty() && PurchaseOrder::apiName(e.order.api) != api)
            e.damage = tr("its order is for API %1 but it is recorded under API %2")
                           .arg(PurchaseOrder::apiName(e.order.api), api);
        bySeq.insert(seq, out.size());
        out.append(e);
    }
    if (out.isEmpty())
        return out;

    QSqlQuery ins(db);
    ins.setForwardOnly(true);
    ins.prepare(
        u"SELECT purchase_seq, instance_id, settled_order, name, status, state, status_text, lan_ip, "
        "wan_ips, elapsed_ms, terminated_at FROM instances WHERE purchase_seq IN (SELECT seq FROM purchases p "_s +
        where + u") ORDER BY purchase_seq, position"_s);
    for (const QVariant &v : values)
        ins.addBindValue(v);
    if (!ins.exec())
        return out;
    QHash<qint64, QList<QPair<qint64, InstanceStatus>>> settled;
    while (ins.next()) {
        const qint64 seq = ins.value(0).toLongLong();
        const auto at = bySeq.constFind(seq);
        if (at == bySeq.constEnd())
            continue;
        JournalEntry &e = out[*at];
        const QString id = ins.value(1).toString();
        e.instanceIds.append(id);
        if (!ins.value(10).isNull())
            e.terminatedIds.append(id);
        if (ins.value(2).isNull())
            continue;
        InstanceStatus s;
        s.instanceId = id;
        s.name = ins.value(3).toString();
        s.status = ins.value(4).toInt();
        s.state = InstanceStatus::stateFromName(ins.value(5).toString());
        s.statusText = ins.value(6).toString();
        s.lanIp = ins.value(7).toString();
        for (const QJsonValue &ip : QJsonDocument::fromJson(ins.value(8).toString().toUtf8()).array())
            s.wanIps.append(ip.toString());
        s.elapsedMs = ins.value(9).toLongLong();
        s.listed = s.status != 0;
        s.settled = true;
        settled[seq].append({ins.value(2).toLongLong(), s});
    }
    for (auto it = settled.begin(); it != settled.end(); ++it) {
        std::stable_sort(it->begin(), it->end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        JournalEntry &e = out[bySeq.value(it.key())];
        for (const auto &pair : std::as_const(*it))
            e.settled.append(pair.second);
    }
    return out;
}

bool PurchaseJournal::isEmpty() const
{
    if (!openedForReading())
        return true;
    QSqlQuery q(database());
    return !(q.exec(u"SELECT EXISTS (SELECT 1 FROM purchases)"_s) && q.next() && q.value(0).toBool());
}

qsizetype PurchaseJournal::recordedCount() const
{
    // Purchases are never deleted, so the last sequence number is their number, found without counting.
    if (!openedForReading())
        return 0;
    QSqlQuery q(database());
    return q.exec(u"SELECT coalesce(max(seq), 0) FROM purchases"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

bool PurchaseJournal::openedForReading() const
{
    // Another process may have created it since: then it is opened (and checked) now.
    if (!m_opened && m_usable && QFileInfo::exists(m_path))
        const_cast<PurchaseJournal *>(this)->ensureOpen();
    return m_opened;
}

qsizetype PurchaseJournal::count() const
{
    if (!openedForReading())
        return 0;
    QSqlQuery q(database());
    if (!q.exec(u"SELECT count(*) FROM purchases"_s) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<JournalEntry> PurchaseJournal::entries() const
{
    return select(u"ORDER BY seq"_s, {});
}

QList<JournalEntry> PurchaseJournal::entries(JournalEntry::State state) const
{
    QList<JournalEntry> found;
    switch (state) {
    case JournalEntry::State::Unfinished:
        found = select(u"WHERE state = 'unconfirmed' ORDER BY seq"_s, {});
        break;
    case JournalEntry::State::Tracking:
        found = select(u"WHERE state = 'tracking' ORDER BY seq"_s, {});
        break;
    case JournalEntry::State::Done:
    case JournalEntry::State::Refused:
    case JournalEntry::State::Dismissed:
        found = select(u"WHERE state NOT IN ('unconfirmed', 'tracking') ORDER BY seq"_s, {});
        break;
    }
    QList<JournalEntry> out;
    for (const JournalEntry &e : std::as_const(found))
        if (e.state() == state)
            out.append(e);
    return out;
}

std::optional<JournalEntry> PurchaseJournal::entry(const QString &entryId) const
{
    const QList<JournalEntry> found = select(u"WHERE id = ?"_s, {entryId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<JournalEntry> PurchaseJournal::entryForInstance(const QString &instanceId) const
{
    const QList<JournalEntry> found =
        select(u"WHERE seq IN (SELECT purchase_seq FROM instances WHERE instance_id = ?) ORDER BY seq"_s,
               {instanceId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<JournalEntry> PurchaseJournal::entryForToken(const QString &clientToken) const
{
    const QList<JournalEntry> found = select(u"WHERE client_token = ?"_s, {clientToken});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QString PurchaseJournal::filterClause(const Filter &filter, QVariantList *values)
{
    QStringList conditions;
    if (!filter.search.isEmpty()) {
        // LIKE with the user's text taken literally.
        QString pattern = filter.search;
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        conditions.append(
            u"(p.client_token LIKE ? ESCAPE '\\' OR p.zone LIKE ? ESCAPE '\\' OR p.seq IN "
            "(SELECT purchase_seq FROM instances WHERE instance_id LIKE ? ESCAPE '\\' OR name LIKE ? "
            "ESCAPE '\\'))"_s);
        for (int i = 0; i < 4; ++i)
            values->append(pattern);
    }
    if (filter.since.isValid()) {
        conditions.append(u"p.time >= ?"_s);
        values->append(isoTime(filter.since));
    }
    if (!filter.state.isEmpty()) {
        conditions.append(u"p.state = ?"_s);
        values->append(filter.state);
    }
    if (filter.beforeSeq >= 0) {
        conditions.append(u"p.seq < ?"_s);
        values->append(filter.beforeSeq);
    }
    if (!filter.zone.isEmpty()) {
        conditions.append(u"p.zone = ?"_s);
        values->append(filter.zone);
    }
    QString clause = conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s);
    clause += u" ORDER BY p.seq DESC"_s;
    if (filter.limit >= 0)
        clause += u" LIMIT %1"_s.arg(filter.limit);
    return clause;
}

QList<PurchaseJournal::Summary> PurchaseJournal::summaries(const Filter &filter) const
{
    QList<Summary> out;
    if (!openedForReading())
        return out;
    QVariantList values;
    const QString clause = filterClause(filter, &values);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT p.seq, p.id, p.time, p.client_token, p.api, p.region, p.zone, p.instance_type, p.count, "
        "p.state, (SELECT group_concat(instance_id, ' ') FROM (SELECT instance_id FROM instances WHERE "
        "purchase_seq = p.seq ORDER BY position)), (SELECT count(*) FROM instances WHERE purchase_seq = "
        "p.seq "
        "AND settled_order IS NOT NULL AND state = 'failed'), p.refusal_message, p.dismissed, p.endpoint, "
        "p.order_json, p.has_password, p.checksum, (SELECT count(*) FROM instances WHERE purchase_seq = "
        "p.seq "
        "AND terminated_at IS NOT NULL) FROM purchases p "_s +
        clause);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next()) {
        Summary s;
        s.seq = q.value(0).toLongLong();
        s.id = q.value(1).toString();
        s.time = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        s.clientToken = q.value(3).toString();
        s.api = q.value(4).toString();
        s.region = q.value(5).toString();
        s.zone = q.value(6).toString();
        s.instanceType = q.value(7).toString();
        s.count = q.value(8).toInt();
        s.state = q.value(9).toString();
        s.instanceIds = q.value(10).toString().split(u' ', Qt::SkipEmptyParts);
        s.failed = q.value(11).toInt();
        s.refusal = q.value(12).toString();
        s.dismissed = q.value(13).toInt() != 0;
        const QString orderJson = q.value(15).toString();
        s.damage = damageOf(s.clientToken, q.value(14).toString(), s.api, s.region, orderJson,
                            q.value(16).toInt() != 0, q.value(17).toString());
        s.terminated = q.value(18).toInt();
        // Only API 3.0 orders have a timer; the order is parsed only for those that say so.
        if (orderJson.contains("\"terminateAt\""_L1))
            s.terminateAt = QDateTime::fromString(
                QJsonDocument::fromJson(orderJson.toUtf8()).object().value("terminateAt"_L1).toString(),
                Qt::ISODate);
        out.append(s);
    }
    return out;
}

qsizetype PurchaseJournal::countInState(const QString &historyState) const
{
    if (!openedForReading())
        return 0;
    QSqlQuery q(database());
    q.prepare(u"SELECT count(*) FROM purchases WHERE state = ?"_s);
    q.addBindValue(historyState);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QStringList PurchaseJournal::zones() const
{
    QStringList out;
    if (!openedForReading())
        return out;
    QSqlQuery q(database());
    // One index seek per zone (a skip scan), not a pass over every purchase: the list asks at start-up.
    if (q.exec(
            u"WITH RECURSIVE z(zone) AS (SELECT min(zone) FROM purchases WHERE zone > '' UNION ALL "
            "SELECT (SELECT min(zone) FROM purchases WHERE zone > z.zone) FROM z WHERE z.zone IS NOT NULL) "
            "SELECT zone FROM z WHERE zone IS NOT NULL"_s))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

QList<JournalEntry> PurchaseJournal::find(const Filter &filter) const
{
    QVariantList values;
    const QString clause = filterClause(filter, &values);
    // select() runs the clause twice (purchases, then their instances): bind the values for both.
    return select(clause, values);
}

QString PurchaseJournal::recordSubmit(const PurchaseOrder &order, const QString &endpoint,
                                      const QString &wantedId)
{
    m_lastError.clear();
    if (!ensureOpen())
        return {};
    if (order.clientToken.isEmpty()) {
        m_lastError = tr("A purchase is recorded with its clientToken; this order has none.");
        return {};
    }
    if (entryForToken(order.clientToken)) {
        m_lastError = tr("The clientToken %1 already belongs to a recorded purchase.").arg(order.clientToken);
        return {};
    }
    const QString entryId =
        wantedId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : wantedId;
    if (entry(entryId)) {
        m_lastError = tr("The purchase history already has an entry %1.").arg(entryId);
        return {};
    }
    JournalEntry e;
    e.id = entryId;
    e.clientToken = order.clientToken;
    e.endpoint = endpoint;
    e.region = order.region;
    e.order = order;
    e.hasPassword = !order.password.isEmpty();
    // OrderTemplate::write leaves out the password and the clientToken by design.
    const QString orderJson = QString::fromUtf8(
        QJsonDocument::fromJson(OrderTemplate::write(order)).toJson(QJsonDocument::Compact));
    // One statement, one transaction, committed to the disk (synchronous=FULL) before this returns.
    if (!insertEntry(e, orderJson, QDateTime::currentDateTimeUtc()))
        return {};
    rememberCount();
    Q_EMIT entryChanged(entryId);
    return entryId;
}

bool PurchaseJournal::updateState(qint64 seq)
{
    const QList<JournalEntry> found = select(u"WHERE seq = ?"_s, {seq});
    if (found.isEmpty())
        return false;
    QSqlQuery q(database());
    q.prepare(u"UPDATE purchases SET state = ? WHERE seq = ?"_s);
    q.addBindValue(found.first().historyState());
    q.addBindValue(seq);
    return q.exec() || failWrite(q, tr("written"));
}

namespace {
// One write transaction: BEGIN IMMEDIATE takes the write lock first, so what it read is still true when it
// commits, even with a window and the CLI writing at once.
class WriteTransaction
{
public:
    // Synced: on the disk when commit() returns (synchronous=FULL, the connection's setting). Deferred: in
    // the log at once, on the disk with the next synced commit or checkpoint (synchronous=NORMAL, which in
    // WAL mode never leaves the database damaged): for what a crash may lose because it is found again.
    enum class Durability { Synced, Deferred };

    explicit WriteTransaction(const QSqlDatabase &db, Durability durability = Durability::Synced)
        : m_db(db), m_deferred(durability == Durability::Deferred)
    {
        QSqlQuery q(m_db);
        if (m_deferred)
            q.exec(u"PRAGMA synchronous=NORMAL"_s);
        m_begun = q.exec(u"BEGIN IMMEDIATE"_s);
        if (!m_begun)
            m_error = q.lastError().text();
    }
    ~WriteTransaction()
    {
        QSqlQuery q(m_db);
        if (m_begun)
            q.exec(u"ROLLBACK"_s);
        if (m_deferred)
            q.exec(u"PRAGMA synchronous=FULL"_s);
    }
    bool begun() const { return m_begun; }
    QString error() const { return m_error; }
    bool commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"COMMIT"_s)) {
            m_error = q.lastError().text();
            return false;
        }
        m_begun = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    QString m_error;
    bool m_deferred;
    bool m_begun = false;
};

qint64 seqOf(const QSqlDatabase &db, const QString &entryId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT seq FROM purchases WHERE id = ?"_s);
    q.addBindValue(entryId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

bool PurchaseJournal::recordIds(const QString &entryId, const QStringList &instanceIds)
{
    m_lastError.clear();
    if (!ensureOpen())
        return false;
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return failWrite(transaction.error());
    const std::optional<JournalEntry> e = entry(entryId);
    if (!e) {
        m_lastError = tr("The purchase history has no entry %1.").arg(entryId);
        return false;
    }
    if (e->instanceIds == instanceIds)
        return true; // already recorded, by an earlier attempt or process
    if (!e->instanceIds.isEmpty()) {
        m_lastError = tr("Entry %1 already has other instance ids.").arg(entryId);
        return false;
    }
    const qint64 seq = seqOf(db, entryId);
    for (qsizetype i = 0; i < instanceIds.size(); ++i) {
        QSqlQuery ins(db);
        ins.prepare(u"INSERT INTO instances (purchase_seq, position, instance_id) VALUES (?, ?, ?)"_s);
        ins.addBindValue(seq);
        ins.addBindValue(int(i));
        ins.addBindValue(instanceIds.at(i));
        if (!ins.exec())
            return failWrite(ins, tr("written"));
    }
    if (!updateState(seq))
        return false;
    if (!transaction.commit())
        return failWrite(transaction.error());
    Q_EMIT entryChanged(entryId);
    return true;
}

bool PurchaseJournal::recordSettled(const QString &entryId, const InstanceStatus &status)
{
    m_lastError.clear();
    if (!ensureOpen())
        return false;
    QSqlDatabase db = database();
    // Not synced: the ids are, and a crash that loses how an instance settled leaves the purchase to be
    // tracked again, which asks the cloud. So a purchase costs two synced commits, before it is sent and
    // after its ids.
    WriteTransaction transaction(db, WriteTransaction::Durability::Deferred);
    if (!transaction.begun())
        return failWrite(transaction.error());
    const qint64 seq = seqOf(db, entryId);
    QSqlQuery q(db);
    q.prepare(
        u"UPDATE instances SET settled_order = (SELECT coalesce(max(settled_order), -1) + 1 FROM instances "
        "WHERE purchase_seq = ?), name = ?, status = ?, state = ?, status_text = ?, lan_ip = ?, wan_ips = ?, "
        "elapsed_ms = ? WHERE purchase_seq = ? AND instance_id = ?"_s);
    q.addBindValue(seq);
    q.addBindValue(status.name);
    q.addBindValue(status.status);
    q.addBindValue(InstanceStatus::stateName(status.state));
    q.addBindValue(status.statusText);
    q.addBindValue(status.lanIp);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(status.wanIps)).toJson(QJsonDocument::Compact)));
    q.addBindValue(status.elapsedMs);
    q.addBindValue(seq);
    q.addBindValue(status.instanceId);
    if (!q.exec())
        return failWrite(q, tr("written"));
    if (q.numRowsAffected() != 1) {
        m_lastError =
            tr("The purchase history has no instance %1 in entry %2.").arg(status.instanceId, entryId);
        return false;
    }
    if (!updateState(seq))
        return false;
    if (!transaction.commit())
        return failWrite(transaction.error());
    Q_EMIT entryChanged(entryId);
    return true;
}

bool PurchaseJournal::recordTerminated(const QString &instanceId)
{
    m_lastError.clear();
    if (!ensureOpen())
        return false;
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return failWrite(transaction.error());
    QSqlQuery q(db);
    q.prepare(u"UPDATE instances SET terminated_at = ? WHERE instance_id = ? AND terminated_at IS NULL "
              "RETURNING purchase_seq"_s);
    q.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(instanceId);
    if (!q.exec())
        return failWrite(q, tr("written"));
    QList<qint64> changed;
    while (q.next())
        changed.append(q.value(0).toLongLong());
    q.finish();
    QStringList entries;
    for (qint64 seq : std::as_const(changed)) {
        if (!updateState(seq))
            return false;
        QSqlQuery id(db);
        id.prepare(u"SELECT id FROM purchases WHERE seq = ?"_s);
        id.addBindValue(seq);
        if (id.exec() && id.next())
            entries.append(id.value(0).toString());
    }
    if (!transaction.commit())
        return failWrite(transaction.error());
    for (const QString &entryId : std::as_const(entries))
        Q_EMIT entryChanged(entryId);
    return true;
}

bool PurchaseJournal::recordRefused(const QString &entryId, const ApiResult &result)
{
    m_lastError.clear();
    if (!ensureOpen())
        return false;
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    const qint64 seq = transaction.begun() ? seqOf(db, entryId) : -1;
    if (!transaction.begun())
        return failWrite(transaction.error());
    if (seq < 0) {
        m_lastError = tr("The purchase history has no entry %1.").arg(entryId);
        return false;
    }
    QSqlQuery q(db);
    q.prepare(u"UPDATE purchases SET refusal_name = ?, refusal_message = ? WHERE seq = ?"_s);
    q.addBindValue(result.errorName());
    q.addBindValue(result.describe());
    q.addBindValue(seq);
    if (!q.exec())
        return failWrite(q, tr("written"));
    if (!updateState(seq))
        return false;
    if (!transaction.commit())
        return failWrite(transaction.error());
    Q_EMIT entryChanged(entryId);
    return true;
}

bool PurchaseJournal::dismiss(const QString &entryId, SecretStore *secrets)
{
    m_lastError.clear();
    if (!ensureOpen())
        return false;
    const std::optional<JournalEntry> e = entry(entryId);
    if (!e) {
        m_lastError = tr("The purchase history has no entry %1.").arg(entryId);
        return false;
    }
    const bool heldPassword = e->hasPassword && e->instanceIds.isEmpty() && e->refusalName.isEmpty();
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE purchases SET dismissed = 1 WHERE id = ?"_s);
    q.addBindValue(entryId);
    if (!transaction.begun() || !q.exec() || !updateState(seqOf(db, entryId)) || !transaction.commit()) {
        if (m_lastError.isEmpty())
            failWrite(transaction.error().isEmpty() ? q.lastError().text() : transaction.error());
        return false;
    }
    // The password was only kept to resend this order; nobody will now.
    if (secrets && heldPassword) {
        secrets->remove(secretKey(entryId), [entryId](SecretStore::Error error, const QString &message) {
            if (error != SecretStore::Error::None && error != SecretStore::Error::NotFound)
                qWarning("The password held for dismissed purchase %s could not be removed: %s",
                         qPrintable(entryId), qPrintable(message));
        });
    }
    Q_EMIT entryChanged(entryId);
    return true;
}
