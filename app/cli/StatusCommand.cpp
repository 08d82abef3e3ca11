#include "cli/StatusCommand.h"

#include "cli/CliTracking.h"
#include "purchase/InstanceTracker.h"
#include "purchase/PurchaseJournal.h"

StatusCommand::StatusCommand(const Options &options, CliReporter &reporter, QObject *parent)
    : CliCommand(reporter, parent), m_options(options)
{
}

StatusCommand::~StatusCommand() = default;

void StatusCommand::start()
{
    resolveCredentials(m_options.profile, [this](const Credentials &credentials) {
        m_client = createClient(m_options.endpoint, credentials);
        auto *tracker = new InstanceTracker(m_client, this);
        CliTracking::Options options;
        options.snapshot = !m_options.wait;
        options.timeoutMs = m_options.timeoutMs;
        options.region = m_options.region;
        m_tracking = new CliTracking(tracker, options, m_reporter, this);
        connect(m_tracking, &CliTracking::finished, this, [this](int exitStatus) {
            if (m_options.history && !m_options.history->problems().isEmpty())
                reportUntrackedThenFinish(m_client, m_options.history, {m_options.region}, exitStatus);
            else
                finish(exitStatus);
        });
        tracker->start(m_options.region, m_options.instanceIds, m_options.since);
    });
}
