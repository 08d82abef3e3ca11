#include "cli/CliTracking.h"

#include "api/ApiResult.h"
#include "cli/Cli.h"
#include "cli/CliCommand.h"
#include "cli/CliReporter.h"
#include "purchase/InstanceTracker.h"

using namespace Qt::StringLiterals;

CliTracking::CliTracking(InstanceTracker *tracker, const Options &options, CliReporter &reporter,
                         QObject *parent)
    : QObject(parent), m_reporter(reporter), m_tracker(tracker), m_options(options)
{
    InstanceTracker::Options trackerOptions = m_tracker->options();
    trackerOptions.timeoutMs = options.timeoutMs;
    m_tracker->setOptions(trackerOptions);
    connect(m_tracker, &InstanceTracker::started, this, &CliTracking::onStarted);
    connect(m_tracker, &InstanceTracker::instanceChanged, this, [this](const InstanceStatus &status) {
        if (m_options.snapshot)
            return; // a snapshot prints every instance once, after the round
        m_reporter.state(status);
        m_reporter.counts(everything());
    });
    connect(m_tracker, &InstanceTracker::pollFailed, this, &CliTracking::onPollFailed);
    connect(m_tracker, &InstanceTracker::roundFinished, this, &CliTracking::onRoundFinished);
    connect(m_tracker, &InstanceTracker::finished, this, &CliTracking::onTrackerFinished);
}

CliTracking::~CliTracking() = default;

void CliTracking::onStarted(const QList<InstanceStatus> &instances)
{
    const int count = int(instances.size());
    m_reporter.resetCounts();
    m_reporter.progress(
        m_options.snapshot
            ? tr("Asking for the state of %n instance(s) in %1.", nullptr, count).arg(m_options.region)
            : tr("Waiting for %n instance(s) in %1 to run or fail.", nullptr, count).arg(m_options.region));
    m_reporter.counts(everything());
}

QList<InstanceStatus> CliTracking::everything() const
{
    return m_options.alreadySettled + (m_tracker ? m_tracker->instances() : QList<InstanceStatus>());
}

void CliTracking::onPollFailed(const ApiResult &result)
{
    m_roundFailed = true;
    if (result.status == ApiResult::Status::ApiError && !result.isRetryable()) {
        // Authentication, access, parameters: asking again gets the same answer.
        m_reporter.error(result.errorName(),
                         tr("The cloud refused to describe the instances: %1").arg(result.describe()));
        end(Cli::RefusedByApi);
        return;
    }
    if (result.certificateError || (m_options.snapshot && !result.isRetryable())) {
        // A certificate that fails verification (or, for one snapshot, any failure not worth repeating): asking
        // again meets the same, so it is not asked again, and the message claims no attempts never made.
        m_reporter.error(result.errorName(),
                         tr("The instances' status could not be read: %1").arg(result.describe()));
        end(CliCommand::exitStatusFor(result));
        return;
    }
    if (m_options.snapshot && m_failedRounds + 1 >= kSnapshotAttempts) {
        m_reporter.error(result.errorName(),
                         tr("The instances' status could not be read in %n attempt(s): %1", nullptr,
                            m_failedRounds + 1)
                             .arg(result.describe()));
        end(CliCommand::exitStatusFor(result));
        return;
    }
    m_reporter.progress(
        tr("The instances' status could not be read, trying again shortly: %1").arg(result.describe()));
}

void CliTracking::onRoundFinished()
{
    if (m_ended)
        return;
    const bool failed = m_roundFailed;
    m_roundFailed = false;
    if (failed)
        ++m_failedRounds;
    if (!m_options.snapshot || failed)
        return;
    const QList<InstanceStatus> all = everything();
    for (const InstanceStatus &status : all)
        m_reporter.state(status);
    m_reporter.counts(all);
    m_tracker->cancel(); // the summary follows from finished()
}

void CliTracking::onTrackerFinished(const TrackingSummary &summary)
{
    if (m_ended)
        return;
    QStringList running;
    QStringList failed;
    for (const InstanceStatus &s : std::as_const(m_options.alreadySettled))
        (s.state == ApiReplies::InstanceState::Running ? running : failed).append(s.instanceId);
    running += summary.running;
    failed += summary.failed;
    m_reporter.done(running, failed, summary.pending);

    if (!failed.isEmpty()) {
        m_reporter.error(
            u"InstancesFailed"_s,
            tr("%n instance(s) failed: %1", nullptr, int(failed.size())).arg(failed.join(u", "_s)));
        end(Cli::InstancesFailed);
    } else if (summary.outcome == TrackingSummary::Outcome::TimedOut) {
        m_reporter.error(u"WaitTimedOut"_s, tr("Stopped waiting after %n second(s); still pending: %1",
                                               nullptr, int(m_options.timeoutMs / 1000))
                                                .arg(summary.pending.join(u", "_s)));
        end(Cli::TimedOut);
    } else {
        end(Cli::Success);
    }
}

void CliTracking::end(int exitStatus)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_tracker)
        m_tracker->cancel();
    Q_EMIT finished(exitStatus);
}
