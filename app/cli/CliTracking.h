#pragma once

#include "purchase/InstanceStatus.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class ApiClient;
class CliReporter;
class InstanceTracker;
class PurchaseJournal;
struct ApiResult;

// Follows instances for purchase, status and resume: the shared
// InstanceTracker underneath, its progress through the reporter (state events,
// counts as they change, the done event), and the outcome as an exit status.
class CliTracking final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliTracking)

public:
    // A snapshot gives up after this many rounds whose polls failed in a retryable way.
    static constexpr int kSnapshotAttempts = 4;

    struct Options
    {
        // One round, then stop: status without --wait.
        bool snapshot = false;
        int timeoutMs = 600'000;
        // Records each instance in the journal entry as it settles.
        PurchaseJournal *journal = nullptr;
        QString journalEntry;
        // Instances of the same purchase that settled before this run (resume): counted and reported with the
        // rest.
        QList<InstanceStatus> alreadySettled;
    };

    CliTracking(ApiClient *client, CliReporter &reporter, QObject *parent = nullptr);
    ~CliTracking() override;

    void start(const QString &region, const QStringList &instanceIds, const QDateTime &since,
               const Options &options);

Q_SIGNALS:
    // 0 all running (or, for a snapshot, none failed), 4 some failed, 5 timed out,
    // 3 or 6 when the cloud refused or could not be asked.
    void finished(int exitStatus);

private:
    void onPollFailed(const ApiResult &result);
    void onRoundFinished();
    void onTrackerFinished(const TrackingSummary &summary);
    QList<InstanceStatus> everything() const;
    void end(int exitStatus);

    CliReporter &m_reporter;
    InstanceTracker *m_tracker;
    Options m_options;
    bool m_roundFailed = false;
    int m_failedRounds = 0;
    bool m_ended = false;
};
