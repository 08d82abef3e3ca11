#include "purchase/LegacyJournal.h"

#include "order/OrderTemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

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

// Rebuilds the entries record by record, as the journal did when it was the store.
struct Reader
{
    QList<JournalEntry> m_entries;
    QHash<QString, qsizetype> m_index;
    QHash<QString, QByteArray> m_orderJson;

    JournalEntry *find(const QString &entryId)
    {
        const auto it = m_index.constFind(entryId);
        return it == m_index.constEnd() ? nullptr : &m_entries[*it];
    }
    // Applies one record; returns why it was not applied, or an empty string.
    QString apply(const QJsonObject &record);
};

QString Reader::apply(const QJsonObject &record)
{
    const QString type = record.value("type"_L1).toString();
    const QString entryId = record.value("entry"_L1).toString();
    if (type.isEmpty() || entryId.isEmpty())
        return QCoreApplication::translate("LegacyJournal", "it has no \"type\" or no \"entry\".");

    if (type == "submit"_L1) {
        if (m_index.contains(entryId))
            return QCoreApplication::translate("LegacyJournal", "entry %1 was already submitted.")
                .arg(entryId);
        JournalEntry e;
        e.id = entryId;
        e.time = QDateTime::fromString(record.value("time"_L1).toString(), Qt::ISODateWithMs);
        e.clientToken = record.value("clientToken"_L1).toString();
        e.endpoint = record.value("endpoint"_L1).toString();
        e.region = record.value("region"_L1).toString();
        const QJsonValue hasPassword = record.value("hasPassword"_L1);
        const QJsonValue order = record.value("order"_L1);
        if (e.clientToken.isEmpty() || e.endpoint.isEmpty() || !order.isObject() || !hasPassword.isBool())
            return QCoreApplication::translate(
                       "LegacyJournal",
                       "the submit record of entry %1 lacks its clientToken, endpoint, order or hasPassword.")
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
        m_orderJson.insert(entryId, QJsonDocument(order.toObject()).toJson(QJsonDocument::Compact));
        m_index.insert(entryId, m_entries.size());
        m_entries.append(e);
        return {};
    }

    JournalEntry *e = find(entryId);
    if (!e)
        return QCoreApplication::translate("LegacyJournal", "it names entry %1, which was never submitted.")
            .arg(entryId);

    if (type == "ids"_L1) {
        bool ok = false;
        const QStringList ids = stringArray(record.value("instanceIds"_L1), &ok);
        if (!ok || ids.isEmpty())
            return QCoreApplication::translate("LegacyJournal",
                                               "the ids record of entry %1 has no instance ids.")
                .arg(entryId);
        // The same token always returns the same ids; a second record (after a resume) repeats them.
        if (!e->instanceIds.isEmpty() && e->instanceIds != ids)
            return QCoreApplication::translate("LegacyJournal", "entry %1 already has other instance ids.")
                .arg(entryId);
        e->instanceIds = ids;
        return {};
    }
    if (type == "settled"_L1) {
        InstanceStatus s;
        s.instanceId = record.value("instanceId"_L1).toString();
        if (!e->instanceIds.contains(s.instanceId))
            return QCoreApplication::translate("LegacyJournal", "instance \"%1\" is not one of entry %2's.")
                .arg(s.instanceId, entryId);
        bool stateOk = false;
        s.state = InstanceStatus::stateFromName(record.value("state"_L1).toString(), &stateOk);
        if (!stateOk)
            return QCoreApplication::translate("LegacyJournal",
                                               "the settled record of %1 has no known state.")
                .arg(s.instanceId);
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
            return QCoreApplication::translate("LegacyJournal",
                                               "the refused record of entry %1 names no error.")
                .arg(entryId);
        return {};
    }
    if (type == "dismissed"_L1) {
        e->dismissed = true;
        return {};
    }
    return QCoreApplication::translate("LegacyJournal", "the record type \"%1\" is unknown.").arg(type);
}

} // namespace

LegacyJournal::Result LegacyJournal::parse(const QByteArray &content)
{
    Reader reader;
    Result result;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const int lineNumber = int(i + 1);
        const bool unterminated = i == lines.size() - 1;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            // A last line without its newline was cut short: by a crash while writing it, or by whatever
            // shortened the file. Which one cannot be told from the file, so the warning names both.
            if (unterminated)
                result.warnings.append(
                    QCoreApplication::translate(
                        "LegacyJournal",
                        "Line %1 of the old purchase journal is incomplete (the file ends in the "
                        "middle of it: the program stopped while writing it, or the file was "
                        "cut short) and was not taken over.")
                        .arg(lineNumber));
            else
                result.warnings.append(
                    QCoreApplication::translate(
                        "LegacyJournal",
                        "Line %1 of the old purchase journal is not a journal record and was not "
                        "taken over.")
                        .arg(lineNumber));
            continue;
        }
        // A complete record that only lacks its newline is kept.
        const QString problem = reader.apply(doc.object());
        if (!problem.isEmpty())
            result.warnings.append(
                QCoreApplication::translate("LegacyJournal",
                                            "Line %1 of the old purchase journal was not taken over: %2")
                    .arg(lineNumber)
                    .arg(problem));
    }
    result.entries = reader.m_entries;
    result.orderJson = reader.m_orderJson;
    return result;
}
