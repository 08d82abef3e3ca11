#pragma once

#include "api/ApiResult.h"
#include "purchase/InstanceStatus.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class ApiCall;
class ApiClient;
class PurchaseJournal;
class QTimer;

// Watches bought instances until each runs or fails: polls DescribeInstances
// in rounds, each round one call per batch of at most 100 unsettled ids, and
// the next round only after the last answer, so a batch never has two calls in
// flight. Shared by the GUI and the CLI.
class InstanceTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceTracker)

public:
    // DescribeInstances takes at most 100 ids and answers at most limit=100 (PROTOCOL.md section 5).
    static constexpr int kBatchSize = 100;

    struct Options
    {
        // Quick while things change, slower while nothing does, quick again on a change.
        int quickIntervalMs = 2'000;
        int slowIntervalMs = 12'000;
        double backoffFactor = 1.5;
        // A fresh instance can take a while to be listed; after this long unlisted it has failed.
        int notListedGraceMs = 60'000;
        // The whole tracking run; pending instances are named when it passes.
        int timeoutMs = 600'000;
    };

    explicit InstanceTracker(ApiClient *client, QObject *parent = nullptr);
    ~InstanceTracker() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    // Records each instance in the journal entry as it settles (running or failed).
    void setJournal(PurchaseJournal *journal, const QString &entryId);

    // Starts tracking in the region. since is when the instances were bought
    // (elapsed times and the grace for unlisted instances count from there);
    // invalid means now. Emits started() before returning; the first round follows at once.
    void start(const QString &region, const QStringList &instanceIds, const QDateTime &since = {});
    // Stops at once: finished() with Outcome::Cancelled and nothing after it.
    void cancel();

    bool isActive() const { return m_active; }
    QList<InstanceStatus> instances() const; // in the order given to start()
    int rounds() const { return m_round; }
    int currentIntervalMs() const { return m_intervalMs; }

Q_SIGNALS:
    void started(const QList<InstanceStatus> &instances);
    // One instance looks different: state, name, addresses, listed or settled.
    void instanceChanged(const InstanceStatus &status);
    // After every round; changed holds the instances that changed in it, in start() order.
    void roundFinished(int round, const QList<InstanceStatus> &changed);
    // A poll failed; tracking goes on, a little later.
    void pollFailed(const ApiResult &result);
    void finished(const TrackingSummary &summary);

private:
    void startRound();
    void onBatchFinished(ApiCall *call, const QStringList &batch, const ApiResult &result);
    void finishRound();
    void update(InstanceStatus next);
    void finish(TrackingSummary::Outcome outcome);
    qint64 elapsedMs() const { return m_offsetMs + m_clock.elapsed(); }

    ApiClient *m_client;
    QPointer<PurchaseJournal> m_journal;
    QString m_journalEntry;
    Options m_options;
    QString m_region;
    QStringList m_ids;
    QHash<QString, InstanceStatus> m_status;
    QHash<QString, qint64> m_missingSince; // elapsed time when a listed instance vanished from the list
    QList<QPointer<ApiCall>> m_calls;      // this round's calls still in flight
    QStringList m_changedThisRound;
    QTimer *m_roundTimer;
    QTimer *m_timeoutTimer;
    QElapsedTimer m_clock;
    qint64 m_offsetMs = 0;
    int m_round = 0;
    int m_intervalMs = 0;
    bool m_active = false;
};
