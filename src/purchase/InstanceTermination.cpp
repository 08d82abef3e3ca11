#include "purchase/InstanceTermination.h"

#include "api/ApiClient.h"
#include "protocol/ApiProtocol.h"
#include "purchase/PurchaseJournal.h"

#include <QTimer>

using namespace Qt::StringLiterals;

InstanceTermination::InstanceTermination(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_roundTimer(new QTimer(this)), m_timeoutTimer(new QTimer(this))
{
    m_roundTimer->setSingleShot(true);
    m_timeoutTimer->setSingleShot(true);
    connect(m_roundTimer, &QTimer::timeout, this, [this] { describe(true); });
    connect(m_timeoutTimer, &QTimer::timeout, this, [this] { finish(Outcome::TimedOut); });
}

InstanceTermination::~InstanceTermination() = default;

QString InstanceTermination::fateName(Fate fate)
{
    switch (fate) {
    case Fate::Asking:
    case Fate::Terminating:
        return u"terminating"_s;
    case Fate::Gone:
        return u"terminated"_s;
    case Fate::Protected:
        return u"protected"_s;
    case Fate::Refused:
        return u"refused"_s;
    case Fate::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString InstanceTermination::fateText(Fate fate)
{
    switch (fate) {
    case Fate::Asking:
    case Fate::Terminating:
        return tr("terminating");
    case Fate::Gone:
        return tr("terminated");
    case Fate::Protected:
        return tr("protected from termination, not terminated");
    case Fate::Refused:
        return tr("not terminated");
    case Fate::Unknown:
        break;
    }
    return tr("not known whether terminated");
}

QString InstanceTermination::describe(const QList<Instance> &instances, Outcome outcome)
{
    int gone = 0;
    int going = 0;
    QStringList notTerminated;
    for (const Instance &instance : instances) {
        if (instance.fate == Fate::Gone)
            ++gone;
        else if (instance.fate == Fate::Asking || instance.fate == Fate::Terminating)
            ++going;
        else
            notTerminated.append(instance.reason.isEmpty()
                                     ? tr("%1 (%2)").arg(instance.instanceId, fateText(instance.fate))
                                     : tr("%1 (%2)").arg(instance.instanceId, instance.reason));
    }
    QString text = tr("%n instance(s) terminated.", nullptr, gone);
    if (!notTerminated.isEmpty())
        text += u' ' + tr("Not terminated: %1.").arg(notTerminated.join(u"; "_s));
    if (going > 0)
        text += u' ' +
                (outcome == Outcome::TimedOut
                     ? tr("%n still terminating when the wait ended; they go on their own.", nullptr, going)
                     : tr("%n still terminating.", nullptr, going));
    return text;
}

void InstanceTermination::start(const QString &region, const QStringList &instanceIds)
{
    m_region = region;
    m_ids.clear();
    m_instances.clear();
    for (const QString &id : instanceIds)
        if (!m_instances.contains(id)) {
            m_ids.append(id);
            m_instances.insert(id, {id, Fate::Asking, {}});
        }
    m_active = true;
    if (m_client->protocol().terminateInstances(m_ids).action.isEmpty()) {
        ApiResult unsupported;
        unsupported.status = ApiResult::Status::ApiError;
        unsupported.codeDesc = u"UnsupportedOperation"_s;
        unsupported.message = tr("API %1 cannot terminate instances; API 3.0 can.")
                                  .arg(PurchaseOrder::apiName(m_client->endpoint().api()));
        // Reported once the caller has connected to finished().
        QMetaObject::invokeMethod(
            this, [this, unsupported] { finish(Outcome::Failed, unsupported); }, Qt::QueuedConnection);
        return;
    }
    m_timeoutTimer->start(m_options.timeoutMs);
    describe(false);
}

QList<InstanceTermination::Instance> InstanceTermination::instances() const
{
    QList<Instance> out;
    for (const QString &id : m_ids)
        out.append(m_instances.value(id));
    return out;
}

QStringList InstanceTermination::withFate(Fate fate) const
{
    QStringList out;
    for (const QString &id : m_ids)
        if (m_instances.value(id).fate == fate)
            out.append(id);
    return out;
}

void InstanceTermination::describe(bool afterTermination)
{
    if (!m_active)
        return;
    const QStringList ids = withFate(afterTermination ? Fate::Terminating : Fate::Asking);
    m_listed.clear();
    m_pending = 0;
    QList<QStringList> batches;
    for (qsizetype i = 0; i < ids.size(); i += ApiProtocol::kTerminateBatchSize)
        batches.append(ids.mid(i, ApiProtocol::kTerminateBatchSize));
    m_pending = int(batches.size());
    for (const QStringList &batch : std::as_const(batches)) {
        ApiCall *call = m_client->send(m_region, m_client->protocol().describeInstances(batch));
        connect(call, &ApiCall::finished, this, [this, batch, afterTermination](const ApiResult &result) {
            onDescribed(batch, result, afterTermination);
        });
    }
}

void InstanceTermination::onDescribed(const QStringList &batch, const ApiResult &result,
                                      bool afterTermination)
{
    if (!m_active)
        return;
    ApiResult failure = result;
    const ApiReplies::DescribeInstances parsed = m_client->protocol().readDescribeInstances(&failure);
    if (!failure.ok()) {
        if (!afterTermination) {
            finish(Outcome::Failed, failure); // nothing is sent about instances the cloud did not describe
            return;
        }
        // A failed look says nothing about the instances: they are looked at again next round. An instance of
        // this batch must not count as gone for want of a listing.
        for (const QString &id : batch)
            m_listed.insert(id);
    }
    for (const ApiReplies::Instance &instance : std::as_const(parsed.instances)) {
        if (!batch.contains(instance.instanceId))
            continue; // not asked for
        m_listed.insert(instance.instanceId);
        if (!afterTermination && instance.protectedFromTermination)
            set(instance.instanceId, Fate::Protected);
    }
    if (--m_pending > 0)
        return;

    // Every batch answered: what the cloud lists no more is gone.
    for (const QString &id : withFate(afterTermination ? Fate::Terminating : Fate::Asking))
        if (!m_listed.contains(id))
            set(id, Fate::Gone);
    if (!afterTermination) {
        terminate();
    } else if (withFate(Fate::Terminating).isEmpty()) {
        finish(Outcome::Done);
    } else {
        m_roundTimer->start(m_options.intervalMs);
    }
}

void InstanceTermination::terminate()
{
    const QStringList ids = withFate(Fate::Asking);
    if (ids.isEmpty()) {
        finish(Outcome::Done);
        return;
    }
    QList<QStringList> batches;
    for (qsizetype i = 0; i < ids.size(); i += ApiProtocol::kTerminateBatchSize)
        batches.append(ids.mid(i, ApiProtocol::kTerminateBatchSize));
    m_pending = int(batches.size());
    for (const QStringList &batch : std::as_const(batches)) {
        ApiCall *call = m_client->send(m_region, m_client->protocol().terminateInstances(batch));
        connect(call, &ApiCall::finished, this, [this, batch](const ApiResult &result) {
            if (!m_active)
                return;
            // Never sent again by itself: the cloud's no stands, and an unanswered request may have been
            // done.
            const Fate fate = result.ok()                                    ? Fate::Terminating
                              : result.status == ApiResult::Status::ApiError ? Fate::Refused
                                                                             : Fate::Unknown;
            for (const QString &id : batch)
                set(id, fate, result.ok() ? QString() : result.describe());
            if (--m_pending > 0)
                return;
            if (withFate(Fate::Terminating).isEmpty())
                finish(Outcome::Done);
            else
                m_roundTimer->start(m_options.intervalMs);
        });
    }
}

void InstanceTermination::set(const QString &id, Fate fate, const QString &reason)
{
    Instance &instance = m_instances[id];
    if (instance.fate == fate && instance.reason == reason)
        return;
    instance.fate = fate;
    instance.reason = reason;
    if (fate == Fate::Gone && m_journal)
        m_journal->recordTerminated(id);
    Q_EMIT instanceChanged(instance);
}

void InstanceTermination::finish(Outcome outcome, const ApiResult &failure)
{
    if (!m_active)
        return;
    m_active = false;
    m_roundTimer->stop();
    m_timeoutTimer->stop();
    Q_EMIT finished(outcome, failure);
}
