#include "cli/StatusCommand.h"

#include "cli/CliTracking.h"

StatusCommand::StatusCommand(const Options &options, CliReporter &reporter, QObject *parent)
    : CliCommand(reporter, parent), m_options(options)
{
}

StatusCommand::~StatusCommand() = default;

void StatusCommand::start()
{
    resolveCredentials(m_options.profile, [this](const Credentials &credentials) {
        ApiClient *client = createClient(m_options.endpoint, credentials);
        CliTracking::Options options;
        options.snapshot = !m_options.wait;
        options.timeoutMs = m_options.timeoutMs;
        m_tracking = new CliTracking(client, m_reporter, this);
        connect(m_tracking, &CliTracking::finished, this, &StatusCommand::finish);
        m_tracking->start(m_options.region, m_options.instanceIds, m_options.since, options);
    });
}
