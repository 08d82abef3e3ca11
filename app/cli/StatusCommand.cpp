#include "cli/StatusCommand.h"

#include "cli/CliTracking.h"
#include "purchase/InstanceTracker.h"

StatusCommand::StatusCommand(const Options &options, CliReporter &reporter, QObject *parent)
    : CliCommand(reporter, parent), m_options(options)
{
}

StatusCommand::~StatusCommand() = default;

void StatusCommand::start()
{
    resolveCredentials(m_options.profile, [this](const Credentials &credentials) {
        auto *tracker = new InstanceTracker(createClient(m_options.endpoint, credentials), this);
        CliTracking::Options options;
        options.snapshot = !m_options.wait;
        options.timeoutMs = m_options.timeoutMs;
        options.region = m_options.region;
        m_tracking = new CliTracking(tracker, options, m_reporter, this);
        connect(m_tracking, &CliTracking::finished, this, &StatusCommand::finish);
        tracker->start(m_options.region, m_options.instanceIds, m_options.since);
    });
}
