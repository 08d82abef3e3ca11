#include "purchase/InstanceTracker.h"

#include "api/ApiClient.h"
#include "protocol/ApiReplies.h"
#include "purchase/PurchaseJournal.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

InstanceTracker::InstanceTracker(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_roundTimer(new QTimer(this)), m_timeoutTimer(new QTimer(this))
{
    m_roundTimer->setSingleShot(true);
    m_timeoutTimer->setSingleShot(true);
    connect(m_roundTimer, &QTimer::timeout, this, &InstanceTracker::startRound);
    connect(m_timeoutTimer, &QTimer::timeout, this, [this] { finish(TrackingSummary::Outcome::TimedOut); });
}

InstanceTracker::~InstanceTracker()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_calls))
        if (call)
            disconnect(call, nullptr, this, nullptr);
}

void InstanceTracker::setJournal(PurchaseJournal *journal, const QString &entryId)
{
    m_journal = journal;
    m_journalEntry = entryId;
}

void InstanceTracker::start(const QString &region, const QStringList &instanceIds, const QDateTime &since)
{
    if (m_active) {
        qWarning("InstanceTracker: already tracking; cancel first");
        return;
    }
    m_active = true;
    m_region = region;
    m_ids.clear();
    m_status.clear();
    m_missingSince.clear();
    m_round = 0;
    m_intervalMs = m_options.quickIntervalMs;
    m_offsetMs = since.isValid() ? std::max<qint64>(0, since.msecsTo(QDateTime::currentDateTimeUtc())) : 0;
    m_clock.start();

    QSet<QString> seen;
    for (const QString &id : instanceIds) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        m_ids.append(id);
        InstanceStatus s;
        s.instanceId = id;
        s.statusText = tr("waiting for the cloud to list it");
        s.elapsedMs = m_offsetMs;
        m_status.insert(id, s);
    }
    Q_EMIT started(instances());
    m_timeoutTimer->start(m_options.timeoutMs);
    m_roundTimer->start(0);
}

QList<InstanceStatus> InstanceTracker::instances() const
{
    QList<InstanceStatus> out;
    out.reserve(m_ids.size());
    for (const QString &id : m_ids)
        out.append(m_status.value(id));
    return out;
}

void InstanceTracker::cancel()
{
    if (m_active)
        finish(TrackingSummary::Outcome::Cancelled);
}

void InstanceTracker::startRound()
{
    if (!m_active)
        return;
    QStringList unsettled;
    for (const QString &id : std::as_const(m_ids))
        if (!m_status.value(id).settled)
            unsettled.append(id);
    if (unsettled.isEmpty()) {
        finish(TrackingSummary::Outcome::Settled);
        return;
    }
    ++m_round;
    m_changedThisRound.clear();
    // Every call of the round is out before any answer is handled, so a quick
    // answer cannot end the round while other batches are still unsent.
    QList<QStringList> batches;
    for (qsizetype i = 0; i < unsettled.size(); i += kBatchSize)
        batches.append(unsettled.mid(i, kBatchSize));
    for (const QStringList &batch : std::as_const(batches)) {
        ApiCall *call = m_client->send(m_region, m_client->protocol().describeInstances(batch));
        m_calls.append(call);
        connect(call, &ApiCall::finished, this,
                [this, call, batch](const ApiResult &result) { onBatchFinished(call, batch, result); });
    }
}

void InstanceTracker::onBatchFinished(ApiCall *call, const QStringList &batch, const ApiResult &result)
{
    m_calls.removeIf([call](const QPointer<ApiCall> &c) { return c.isNull() || c == call; });
    if (!m_active)
        return;

    ApiResult failure = result;
    const ApiReplies::DescribeInstances parsed = m_client->protocol().readDescribeInstances(&failure);
    if (!failure.ok()) {
        // A failed poll says nothing about the instances: they keep their last state.
        Q_EMIT pollFailed(failure);
    } else {
        const qint64 now = elapsedMs();
        QSet<QString> listed;
        for (const ApiReplies::Instance &instance : std::as_const(parsed.instances)) {
            if (!batch.contains(instance.instanceId) || listed.contains(instance.instanceId))
                continue; // not asked for, or listed twice
            listed.insert(instance.instanceId);
            m_missingSince.remove(instance.instanceId);
            InstanceStatus next = m_status.value(instance.instanceId);
            next.listed = true;
            next.name = instance.instanceName;
            next.status = instance.status;
            next.state = instance.state;
            next.statusText =
                instance.state == ApiReplies::InstanceState::Failed && !instance.failureReason.isEmpty()
                    ? instance.failureReason
                    : ApiReplies::statusText(instance.status);
            next.lanIp = instance.lanIp;
            next.wanIps = instance.wanIps;
            next.elapsedMs = now;
            next.settled = instance.state == ApiReplies::InstanceState::Running ||
                           instance.state == ApiReplies::InstanceState::Failed;
            update(next);
        }
        for (const QString &id : batch) {
            if (listed.contains(id))
                continue;
            InstanceStatus next = m_status.value(id);
            // Never listed: missing since the purchase. Listed before: since it vanished.
            const qint64 missingSince = m_missingSince.contains(id) ? m_missingSince.value(id)
                                        : next.listed               ? now
                                                                    : 0;
            m_missingSince.insert(id, missingSince);
            next.elapsedMs = now;
            if (next.listed) {
                next.listed = false;
                next.statusText = tr("no longer listed by the cloud");
            }
            if (now - missingSince >= m_options.notListedGraceMs) {
                next.state = ApiReplies::InstanceState::Failed;
                next.settled = true;
                next.statusText = tr("not found: the cloud does not list this instance");
            }
            update(next);
        }
    }

    if (m_calls.isEmpty())
        finishRound();
}

void InstanceTracker::update(InstanceStatus next)
{
    InstanceStatus &current = m_status[next.instanceId];
    const bool changed = !next.sameObservation(current);
    // A settled instance keeps the elapsed time at which it settled.
    current = next;
    if (!changed)
        return;
    m_changedThisRound.append(next.instanceId);
    Q_EMIT instanceChanged(next);
    if (next.settled && m_journal && !m_journalEntry.isEmpty() &&
        !m_journal->recordSettled(m_journalEntry, next))
        qWarning("InstanceTracker: %s could not be journaled as settled: %s", qPrintable(next.instanceId),
                 qPrintable(m_journal->lastError()));
}

void InstanceTracker::finishRound()
{
    m_calls.clear();
    QList<InstanceStatus> changed;
    for (const QString &id : std::as_const(m_ids))
        if (m_changedThisRound.contains(id))
            changed.append(m_status.value(id));
    // Quick while things move; otherwise back off, failed polls included, so a
    // struggling endpoint is not hammered.
    m_intervalMs =
        !changed.isEmpty()
            ? m_options.quickIntervalMs
            : std::min(m_options.slowIntervalMs,
                       std::max(m_options.quickIntervalMs, int(m_intervalMs * m_options.backoffFactor)));
    const int round = m_round;
    Q_EMIT roundFinished(round, changed);
    if (!m_active)
        return; // cancelled from a slot
    const bool allSettled = std::all_of(m_ids.cbegin(), m_ids.cend(),
                                        [this](const QString &id) { return m_status.value(id).settled; });
    if (allSettled)
        finish(TrackingSummary::Outcome::Settled);
    else
        m_roundTimer->start(m_intervalMs);
}

void InstanceTracker::finish(TrackingSummary::Outcome outcome)
{
    if (!m_active)
        return;
    m_active = false;
    m_roundTimer->stop();
    m_timeoutTimer->stop();
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call) {
            disconnect(call, nullptr, this, nullptr);
            call->abort();
        }
    }
    m_calls.clear();

    TrackingSummary summary;
    summary.outcome = outcome;
    summary.elapsedMs = elapsedMs();
    for (const QString &id : std::as_const(m_ids)) {
        const InstanceStatus &s = m_status[id];
        if (s.settled && s.state == ApiReplies::InstanceState::Running)
            summary.running.append(id);
        else if (s.settled)
            summary.failed.append(id);
        else
            summary.pending.append(id);
    }
    Q_EMIT finished(summary);
}
