#include "purchase/PurchaseJournal.h"

#include "api/ApiResult.h"
#include "order/OrderTemplate.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// A value as compact JSON text (QJsonDocument only serialises objects and arrays).
QByteArray compact(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// QJsonObject sorts its keys; a person reading the file wants "type" and "entry" first.
QByteArray orderedLine(const QJsonObject &record, const QStringList &keyOrder)
{
    QByteArray line = "{";
    auto add = [&](const QString &key) {
        if (line.size() > 1)
            line += ',';
        line += compact(key) + ':' + compact(record.value(key));
    };
    for (const QString &key : keyOrder)
        if (record.contains(key))
            add(key);
    for (auto it = record.begin(); it != record.end(); ++it)
        if (!keyOrder.contains(it.key()))
            add(it.key());
    return line + '}';
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QStringList stringArray(const QJsonValue &value, bool *ok)
{
    *ok = value.isArray();
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            *ok = false;
            return {};
        }
        out.append(item.toString());
    }
    return out;
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
        if (!settledStatus(id))
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

QString PurchaseJournal::defaultPath()
{
    // Not AppLocalDataLocation: that depends on the organisation and application
    // names, which tests and the CLI may not set; CONTRACTS.md fixes the folder.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           "/cvm-purchaser/journal.jsonl"_L1;
}

QString PurchaseJournal::secretKey(const QString &entryId)
{
    return "journal/"_L1 + entryId;
}

PurchaseJournal::PurchaseJournal(const QString &path, QObject *parent) : QObject(parent), m_path(path)
{
    reload();
}

bool PurchaseJournal::reload()
{
    m_entries.clear();
    m_index.clear();
    m_warnings.clear();
    m_lastError.clear();

    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = tr("The purchase journal %1 cannot be read: %2").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray content = file.readAll();
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const int lineNumber = int(i + 1);
        // Everything after the last newline is a line whose writing may have been cut short.
        const bool unterminated = i == lines.size() - 1;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            if (unterminated)
                m_warnings.append(
                    tr("Line %1 of the purchase journal is incomplete (the program stopped while "
                       "writing it) and was ignored.")
                        .arg(lineNumber));
            else
                m_warnings.append(
                    tr("Line %1 of the purchase journal is not a journal record and was skipped.")
                        .arg(lineNumber));
            continue;
        }
        // A complete record that only lacks its newline is kept: the next append ends the line first.
        const QString problem = apply(doc.object());
        if (!problem.isEmpty())
            m_warnings.append(
                tr("Line %1 of the purchase journal was skipped: %2").arg(lineNumber).arg(problem));
    }
    return true;
}

QList<JournalEntry> PurchaseJournal::entries(JournalEntry::State state) const
{
    QList<JournalEntry> out;
    for (const JournalEntry &e : m_entries)
        if (e.state() == state)
            out.append(e);
    return out;
}

std::optional<JournalEntry> PurchaseJournal::entry(const QString &entryId) const
{
    const auto it = m_index.constFind(entryId);
    if (it == m_index.constEnd())
        return std::nullopt;
    return m_entries.at(*it);
}

std::optional<JournalEntry> PurchaseJournal::entryForToken(const QString &clientToken) const
{
    for (const JournalEntry &e : m_entries)
        if (e.clientToken == clientToken)
            return e;
    return std::nullopt;
}

JournalEntry *PurchaseJournal::find(const QString &entryId)
{
    const auto it = m_index.constFind(entryId);
    return it == m_index.constEnd() ? nullptr : &m_entries[*it];
}

QString PurchaseJournal::apply(const QJsonObject &record)
{
    const QString type = record.value("type"_L1).toString();
    const QString entryId = record.value("entry"_L1).toString();
    if (type.isEmpty() || entryId.isEmpty())
        return tr("it has no \"type\" or no \"entry\".");

    if (type == "submit"_L1) {
        if (m_index.contains(entryId))
            return tr("entry %1 was already submitted.").arg(entryId);
        JournalEntry e;
        e.id = entryId;
        e.time = QDateTime::fromString(record.value("time"_L1).toString(), Qt::ISODateWithMs);
        e.clientToken = record.value("clientToken"_L1).toString();
        e.endpoint = record.value("endpoint"_L1).toString();
        e.region = record.value("region"_L1).toString();
        const QJsonValue hasPassword = record.value("hasPassword"_L1);
        const QJsonValue order = record.value("order"_L1);
        if (e.clientToken.isEmpty() || e.endpoint.isEmpty() || !order.isObject() || !hasPassword.isBool())
            return tr("the submit record of entry %1 lacks its clientToken, endpoint, order or hasPassword.")
                .arg(entryId);
        e.hasPassword = hasPassword.toBool();
        const OrderTemplate::ReadResult read =
            OrderTemplate::read(QJsonDocument(order.toObject()).toJson(QJsonDocument::Compact));
        e.order = read.order;
        for (const FieldProblem &p : read.problems)
            e.orderProblems.append(p.field + u": "_s + p.message);
        e.order.clientToken = e.clientToken;
        // The region the request went to is the one recorded beside the order.
        if (!e.region.isEmpty())
            e.order.region = e.region;
        m_index.insert(entryId, m_entries.size());
        m_entries.append(e);
        return {};
    }

    JournalEntry *e = find(entryId);
    if (!e)
        return tr("it names entry %1, which was never submitted.").arg(entryId);

    if (type == "ids"_L1) {
        bool ok = false;
        const QStringList ids = stringArray(record.value("instanceIds"_L1), &ok);
        if (!ok || ids.isEmpty())
            return tr("the ids record of entry %1 has no instance ids.").arg(entryId);
        // The same token always returns the same ids; a second record (after a resume) repeats them.
        if (!e->instanceIds.isEmpty() && e->instanceIds != ids)
            return tr("entry %1 already has other instance ids.").arg(entryId);
        e->instanceIds = ids;
        return {};
    }
    if (type == "settled"_L1) {
        InstanceStatus s;
        s.instanceId = record.value("instanceId"_L1).toString();
        if (!e->instanceIds.contains(s.instanceId))
            return tr("instance \"%1\" is not one of entry %2's.").arg(s.instanceId, entryId);
        bool stateOk = false;
        s.state = InstanceStatus::stateFromName(record.value("state"_L1).toString(), &stateOk);
        if (!stateOk)
            return tr("the settled record of %1 has no known state.").arg(s.instanceId);
        s.status = record.value("status"_L1).toInt();
        s.name = record.value("name"_L1).toString();
        s.statusText = record.value("statusText"_L1).toString();
        s.lanIp = record.value("lanIp"_L1).toString();
        bool wanOk = false;
        s.wanIps = stringArray(record.value("wanIps"_L1), &wanOk);
        s.elapsedMs = record.value("elapsedMs"_L1).toInteger(); // range-checked: a corrupt 1e300 is no UB
        s.listed = s.status != 0;
        s.settled = true;
        for (InstanceStatus &existing : e->settled) {
            if (existing.instanceId == s.instanceId) {
                existing = s; // settled again after a later resume: the newest word counts
                return {};
            }
        }
        e->settled.append(s);
        return {};
    }
    if (type == "refused"_L1) {
        e->refusalName = record.value("error"_L1).toString();
        e->refusalMessage = record.value("message"_L1).toString();
        if (e->refusalName.isEmpty())
            return tr("the refused record of entry %1 names no error.").arg(entryId);
        return {};
    }
    if (type == "dismissed"_L1) {
        e->dismissed = true;
        return {};
    }
    return tr("the record type \"%1\" is unknown.").arg(type);
}

bool PurchaseJournal::append(const QJsonObject &record, const QStringList &keyOrder)
{
    m_lastError.clear();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_lastError =
            tr("The folder %1 for the purchase journal cannot be created.").arg(info.absolutePath());
        return false;
    }
    const bool created = !info.exists();

    QByteArray out;
    if (!created) {
        // A crash mid-write can leave the last line without its newline: end it
        // first, or this record would be glued to the torn one and lost with it.
        QFile probe(m_path);
        if (probe.open(QIODevice::ReadOnly) && probe.size() > 0 && probe.seek(probe.size() - 1)) {
            char last = '\n';
            if (probe.getChar(&last) && last != '\n')
                out += '\n';
        }
    }
    out += orderedLine(record, keyOrder) + '\n';

    QFile file(m_path);
    // The journal names endpoints and orders: the owner's business only.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_lastError =
            tr("The purchase journal %1 cannot be opened for writing: %2").arg(m_path, file.errorString());
        return false;
    }
    if (file.write(out) != out.size() || !file.flush()) {
        m_lastError = tr("The purchase journal %1 cannot be written: %2").arg(m_path, file.errorString());
        return false;
    }
    // flush() only reaches the kernel; the record must survive a power cut before the request leaves.
    if (::fsync(file.handle()) != 0) {
        m_lastError = tr("The purchase journal %1 cannot be synced to disk: %2").arg(m_path, systemError());
        return false;
    }
    file.close();
    if (created) {
        // A new file's name lives in its folder: sync that too, or the whole file can vanish.
        const int dir = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
        const bool synced = dir >= 0 && ::fsync(dir) == 0;
        if (dir >= 0)
            ::close(dir);
        if (!synced) {
            m_lastError =
                tr("The folder of the purchase journal cannot be synced to disk: %1").arg(systemError());
            return false;
        }
    }
    return true;
}

QString PurchaseJournal::recordSubmit(const PurchaseOrder &order, const QString &endpoint,
                                      const QString &wantedId)
{
    if (order.clientToken.isEmpty()) {
        m_lastError = tr("A purchase is journaled with its clientToken; this order has none.");
        return {};
    }
    if (entryForToken(order.clientToken)) {
        m_lastError =
            tr("The clientToken %1 already belongs to a journaled purchase.").arg(order.clientToken);
        return {};
    }
    const QString entryId =
        wantedId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : wantedId;
    if (m_index.contains(entryId)) {
        m_lastError = tr("The purchase journal already has an entry %1.").arg(entryId);
        return {};
    }
    // OrderTemplate::write leaves out the password and the clientToken by design.
    const QJsonObject orderObject = QJsonDocument::fromJson(OrderTemplate::write(order)).object();
    const QJsonObject record{
        {"type"_L1, u"submit"_s},
        {"entry"_L1, entryId},
        {"time"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {"clientToken"_L1, order.clientToken},
        {"endpoint"_L1, endpoint},
        {"region"_L1, order.region},
        {"order"_L1, orderObject},
        {"hasPassword"_L1, !order.password.isEmpty()},
    };
    if (!append(record, {u"type"_s, u"entry"_s, u"time"_s, u"clientToken"_s, u"endpoint"_s, u"region"_s,
                         u"order"_s, u"hasPassword"_s}))
        return {};
    const QString problem = apply(record);
    Q_ASSERT(problem.isEmpty());
    Q_EMIT entryChanged(entryId);
    return entryId;
}

bool PurchaseJournal::recordIds(const QString &entryId, const QStringList &instanceIds)
{
    const QJsonObject record{
        {"type"_L1, u"ids"_s},
        {"entry"_L1, entryId},
        {"instanceIds"_L1, QJsonArray::fromStringList(instanceIds)},
    };
    const JournalEntry *e = find(entryId);
    if (!e) {
        m_lastError = tr("The purchase journal has no entry %1.").arg(entryId);
        return false;
    }
    if (e->instanceIds == instanceIds)
        return true; // already recorded, by an earlier attempt or process
    if (!e->instanceIds.isEmpty()) {
        m_lastError = tr("Entry %1 already has other instance ids.").arg(entryId);
        return false;
    }
    if (!append(record, {u"type"_s, u"entry"_s, u"instanceIds"_s}))
        return false;
    apply(record);
    Q_EMIT entryChanged(entryId);
    return true;
}

bool PurchaseJournal::recordSettled(const QString &entryId, const InstanceStatus &status)
{
    const JournalEntry *e = find(entryId);
    if (!e || !e->instanceIds.contains(status.instanceId)) {
        m_lastError =
            tr("The purchase journal has no instance %1 in entry %2.").arg(status.instanceId, entryId);
        return false;
    }
    const QJsonObject record{
        {"type"_L1, u"settled"_s},
        {"entry"_L1, entryId},
        {"instanceId"_L1, status.instanceId},
        {"name"_L1, status.name},
        {"status"_L1, status.status},
        {"state"_L1, InstanceStatus::stateName(status.state)},
        {"statusText"_L1, status.statusText},
        {"lanIp"_L1, status.lanIp},
        {"wanIps"_L1, QJsonArray::fromStringList(status.wanIps)},
        {"elapsedMs"_L1, double(status.elapsedMs)},
    };
    if (!append(record, {u"type"_s, u"entry"_s, u"instanceId"_s, u"name"_s, u"status"_s, u"state"_s,
                         u"statusText"_s, u"lanIp"_s, u"wanIps"_s, u"elapsedMs"_s}))
        return false;
    apply(record);
    Q_EMIT entryChanged(entryId);
    return true;
}

bool PurchaseJournal::recordRefused(const QString &entryId, const ApiResult &result)
{
    if (!find(entryId)) {
        m_lastError = tr("The purchase journal has no entry %1.").arg(entryId);
        return false;
    }
    const QJsonObject record{
        {"type"_L1, u"refused"_s},
        {"entry"_L1, entryId},
        {"error"_L1, result.errorName()},
        {"message"_L1, result.describe()},
    };
    if (!append(record, {u"type"_s, u"entry"_s, u"error"_s, u"message"_s}))
        return false;
    apply(record);
    Q_EMIT entryChanged(entryId);
    return true;
}

bool PurchaseJournal::dismiss(const QString &entryId, SecretStore *secrets)
{
    const JournalEntry *e = find(entryId);
    if (!e) {
        m_lastError = tr("The purchase journal has no entry %1.").arg(entryId);
        return false;
    }
    const bool heldPassword = e->hasPassword && e->instanceIds.isEmpty() && e->refusalName.isEmpty();
    const QJsonObject record{{"type"_L1, u"dismissed"_s}, {"entry"_L1, entryId}};
    if (!append(record, {u"type"_s, u"entry"_s}))
        return false;
    apply(record);
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
