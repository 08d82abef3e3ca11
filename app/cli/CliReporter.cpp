#include "cli/CliReporter.h"

#include "api/ServerText.h"
#include "secrets/Redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
// A value as compact JSON text (QJsonDocument only serialises objects and arrays).
QByteArray compact(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}
} // namespace

CliReporter::CliReporter(QTextStream &out, QTextStream &err, bool json) : m_out(out), m_err(err), m_json(json)
{
}

void CliReporter::addSecret(const QString &secret)
{
    if (!secret.isEmpty() && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString CliReporter::redact(QString text) const
{
    return Redaction::redactSecrets(std::move(text), m_secrets);
}

QString CliReporter::shown(const QString &line) const
{
    // Every line for people carries server text (ids, names, messages): one that holds a control character
    // could retitle or clear the terminal, or forge a line such as "Done: all running".
    return ServerText::shown(redact(line));
}

QJsonValue CliReporter::redact(const QJsonValue &value) const
{
    if (value.isString())
        return redact(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(redact(item));
        return array;
    }
    return value;
}

void CliReporter::event(const QList<Field> &fields)
{
    // CONTRACTS.md writes "event" first; QJsonObject would sort the keys.
    QByteArray line = "{";
    for (const Field &field : fields) {
        if (line.size() > 1)
            line += ',';
        line += compact(field.first) + ':' + compact(redact(field.second));
    }
    line += '}';
    m_out << redact(QString::fromUtf8(line)) << '\n';
    m_out.flush();
}

void CliReporter::human(const QString &line)
{
    QTextStream &stream = m_json ? m_err : m_out;
    stream << shown(line) << '\n';
    stream.flush();
}

void CliReporter::progress(const QString &line)
{
    human(line);
}

void CliReporter::note(const QString &line)
{
    m_err << shown(line) << '\n';
    m_err.flush();
}

void CliReporter::warning(const QString &message)
{
    m_err << "cvm-purchaser-cli: " << shown(tr("warning: %1").arg(message)) << '\n';
    m_err.flush();
}

void CliReporter::error(const QString &code, const QString &message)
{
    if (m_json)
        event({{u"event"_s, u"error"_s}, {u"code"_s, code}, {u"message"_s, message}});
    m_err << "cvm-purchaser-cli: " << shown(message) << '\n';
    m_err.flush();
}

void CliReporter::submitted(const QString &clientToken, const QStringList &instanceIds)
{
    if (m_json)
        event({{u"event"_s, u"submitted"_s},
               {u"clientToken"_s, clientToken},
               {u"instanceIds"_s, QJsonArray::fromStringList(instanceIds)}});
    human(tr("Bought %n instance(s) (clientToken %1): %2", nullptr, int(instanceIds.size()))
              .arg(clientToken, instanceIds.join(u", "_s)));
}

void CliReporter::untracked(const QString &region, const QString &clientToken, const QStringList &instanceIds)
{
    if (m_json)
        event({{u"event"_s, u"untracked"_s},
               {u"region"_s, region},
               {u"clientToken"_s, clientToken},
               {u"instanceIds"_s, QJsonArray::fromStringList(instanceIds)}});
    human(tr("%n instance(s) in %1 bought with clientToken %2 are not in the purchase history: %3. They cost "
             "money while they run; follow them with `CVM_PURCHASER_API=3.0 cvm-purchaser-cli status "
             "--region %1 --wait %4`.",
             nullptr, int(instanceIds.size()))
              .arg(region, clientToken, instanceIds.join(u", "_s), instanceIds.join(u' ')));
}

void CliReporter::dryRunAccepted(int instanceCount, const ApiReplies::Price *price)
{
    if (m_json) {
        QList<Field> fields{
            {u"event"_s, u"dryRun"_s}, {u"accepted"_s, true}, {u"instanceCount"_s, instanceCount}};
        if (price)
            fields << Field{u"instancePrice"_s, price->instancePerHour}
                   << Field{u"instanceUnit"_s, price->instanceUnit}
                   << Field{u"bandwidthPrice"_s, price->bandwidthPerHour}
                   << Field{u"bandwidthUnit"_s, price->bandwidthUnit};
        event(fields);
    }
    human(
        tr("Dry run: the cloud checked the order for %n instance(s) and would accept it. Nothing was bought.",
           nullptr, instanceCount));
    if (price)
        human(tr("Price: %1 per %2 for the instances, plus %3 per %4 for the bandwidth.")
                  .arg(price->instancePerHour)
                  .arg(price->instanceUnit)
                  .arg(price->bandwidthPerHour)
                  .arg(price->bandwidthUnit));
}

void CliReporter::retry(int attempt, const QString &reason, int delayMs)
{
    if (m_json)
        event({{u"event"_s, u"retry"_s}, {u"attempt"_s, attempt}, {u"reason"_s, reason}});
    human(tr("Attempt %1 with the same clientToken in %2 s: %3")
              .arg(attempt)
              .arg(double(delayMs) / 1000.0, 0, 'f', 1)
              .arg(reason));
}

QString CliReporter::stateName(const InstanceStatus &status)
{
    return InstanceStatus::stateName(status.state);
}

void CliReporter::state(const InstanceStatus &status)
{
    const QString name = stateName(status);
    // Scripts see the state and the addresses; a person also sees the console's words change.
    // A failure carries the cloud's own words for it (escaped when read).
    const bool failed = status.state == ApiReplies::InstanceState::Failed;
    const QString reason = failed ? status.statusText : QString();
    const QString scriptView = name + u'\x1f' + status.name + u'\x1f' + status.lanIp + u'\x1f' +
                               status.wanIps.join(u',') + u'\x1f' + reason;
    const QString personView = scriptView + u'\x1f' + status.statusText;
    if (m_json && m_printedForScripts.value(status.instanceId) != scriptView) {
        m_printedForScripts.insert(status.instanceId, scriptView);
        QList<Field> fields{
            {u"event"_s, u"state"_s},   {u"instanceId"_s, status.instanceId},
            {u"name"_s, status.name},   {u"status"_s, name},
            {u"lanIp"_s, status.lanIp}, {u"wanIps"_s, QJsonArray::fromStringList(status.wanIps)}};
        if (failed)
            fields.append({u"reason"_s, reason});
        event(fields);
    }
    if (m_printedForPeople.value(status.instanceId) == personView)
        return;
    m_printedForPeople.insert(status.instanceId, personView);
    QString line = u"%1  %2"_s.arg(status.instanceId, name);
    if (!status.statusText.isEmpty() && status.statusText.compare(name, Qt::CaseInsensitive) != 0)
        line += u" (%1)"_s.arg(status.statusText);
    if (!status.lanIp.isEmpty())
        line += u"  "_s + tr("LAN %1").arg(status.lanIp);
    if (!status.wanIps.isEmpty())
        line += u"  "_s + tr("WAN %1").arg(status.wanIps.join(u", "_s));
    human(line);
}

void CliReporter::counts(const QList<InstanceStatus> &instances)
{
    int running = 0;
    int failed = 0;
    int pending = 0;
    for (const InstanceStatus &s : instances) {
        if (s.settled && s.state == ApiReplies::InstanceState::Running)
            ++running;
        else if (s.settled)
            ++failed;
        else
            ++pending;
    }
    const auto now = std::make_tuple(int(instances.size()), running, pending, failed);
    if (now == m_lastCounts)
        return;
    m_lastCounts = now;
    human(tr("Instances: %1 of %2 running, %3 pending, %4 failed")
              .arg(running)
              .arg(instances.size())
              .arg(pending)
              .arg(failed));
}

void CliReporter::terminationState(const QString &instanceId, const QString &fate, const QString &reason)
{
    if (m_json) {
        QList<Field> fields{{u"event"_s, u"state"_s}, {u"instanceId"_s, instanceId}, {u"status"_s, fate}};
        if (!reason.isEmpty())
            fields.append({u"reason"_s, reason});
        event(fields);
    }
    human(reason.isEmpty() ? u"%1  %2"_s.arg(instanceId, fate)
                           : u"%1  %2 (%3)"_s.arg(instanceId, fate, reason));
}

void CliReporter::terminationDone(const QStringList &terminated, const QStringList &notTerminated,
                                  const QStringList &pending)
{
    if (m_json)
        event({{u"event"_s, u"done"_s},
               {u"terminated"_s, QJsonArray::fromStringList(terminated)},
               {u"failed"_s, QJsonArray::fromStringList(notTerminated)},
               {u"pending"_s, QJsonArray::fromStringList(pending)}});
    QString line = tr("Done: %1 terminated, %2 not terminated, %3 still going.")
                       .arg(terminated.size())
                       .arg(notTerminated.size())
                       .arg(pending.size());
    if (!notTerminated.isEmpty())
        line += u' ' + tr("Not terminated: %1.").arg(notTerminated.join(u", "_s));
    if (!pending.isEmpty())
        line += u' ' + tr("Still going: %1.").arg(pending.join(u", "_s));
    human(line);
}

void CliReporter::done(const QStringList &running, const QStringList &failed, const QStringList &pending)
{
    if (m_json)
        event({{u"event"_s, u"done"_s},
               {u"running"_s, QJsonArray::fromStringList(running)},
               {u"failed"_s, QJsonArray::fromStringList(failed)},
               {u"pending"_s, QJsonArray::fromStringList(pending)}});
    QString line = tr("Done: %1 running, %2 failed, %3 pending.")
                       .arg(running.size())
                       .arg(failed.size())
                       .arg(pending.size());
    if (!failed.isEmpty())
        line += u' ' + tr("Failed: %1.").arg(failed.join(u", "_s));
    if (!pending.isEmpty())
        line += u' ' + tr("Pending: %1.").arg(pending.join(u", "_s));
    human(line);
}
