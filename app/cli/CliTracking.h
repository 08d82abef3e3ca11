#pragma once

#include "purchase/InstanceStatus.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class CliReporter;
class InstanceTracker;
struct ApiResult;

// Follows instances for purchase, status and resume: the progress of a shared
// InstanceTracker (its own for status, a PurchaseRun's otherwise) through the
// reporter (state events, counts as they change, the done event), and the
// outcome as an exit status.
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
        QString region; // where the instances are, for the opening line
        // Instances of the same purchase that settled before this run (resume): counted and reported with the
        // rest.
        QList<InstanceStatus> alreadySettled;
    };

    // Reports what tracker sees from its start on; whoever owns the tracker starts it.
    CliTracking(InstanceTracker *tracker, const Options &options, CliReporter &reporter,
                QObject *parent = nullptr);
    ~CliTracking() override;

Q_SIGNALS:
    // 0 all running (or, for a snapshot, none failed), 4 some failed, 5 timed out,
    // 3 or 6 when the cloud refused or could not be asked.
    void finished(int exitStatus);

private:
    void onStarted(const QList<InstanceStatus> &instances);
    void onPollFailed(const ApiResult &result);
    void onRoundFinished();
    void onTrackerFinished(const TrackingSummary &summary);
    QList<InstanceStatus> everything() const;
    void end(int exitStatus);

    CliReporter &m_reporter;
    QPointer<InstanceTracker> m_tracker;
    Options m_options;
    bool m_roundFailed = false;
    int m_failedRounds = 0;
    bool m_ended = false;
};
