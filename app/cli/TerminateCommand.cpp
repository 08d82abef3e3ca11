#include "cli/TerminateCommand.h"

#include "cli/Cli.h"
#include "cli/CliReporter.h"
#include "purchase/InstanceTermination.h"
#include "purchase/PurchaseJournal.h"

TerminateCommand::TerminateCommand(const Options &options, CliReporter &reporter, QObject *parent)
    : CliCommand(reporter, parent), m_options(options)
{
}

void TerminateCommand::start()
{
    resolveCredentials(m_options.profile, [this](const Credentials &credentials) {
        auto *termination = new InstanceTermination(createClient(m_options.endpoint, credentials), this);
        termination->setJournal(m_options.history);
        InstanceTermination::Options options;
        options.timeoutMs = m_options.timeoutMs;
        termination->setOptions(options);
        connect(termination, &InstanceTermination::instanceChanged, this,
                [this](const InstanceTermination::Instance &instance) {
                    m_reporter.terminationState(
                        instance.instanceId, InstanceTermination::fateName(instance.fate), instance.reason);
                });
        connect(termination, &InstanceTermination::finished, this,
                [this, termination](InstanceTermination::Outcome outcome, const ApiResult &failure) {
                    if (outcome == InstanceTermination::Outcome::Failed) {
                        m_reporter.error(failure.errorName(), failure.describe());
                        finish(exitStatusFor(failure));
                        return;
                    }
                    QStringList terminated;
                    QStringList notTerminated;
                    QStringList pending;
                    for (const InstanceTermination::Instance &instance : termination->instances()) {
                        switch (instance.fate) {
                        case InstanceTermination::Fate::Gone:
                            terminated.append(instance.instanceId);
                            break;
                        case InstanceTermination::Fate::Asking:
                        case InstanceTermination::Fate::Terminating:
                            pending.append(instance.instanceId);
                            break;
                        default:
                            notTerminated.append(instance.instanceId);
                        }
                    }
                    m_reporter.terminationDone(terminated, notTerminated, pending);
                    if (m_options.history && !m_options.history->lastError().isEmpty())
                        m_reporter.warning(m_options.history->lastError());
                    finish(!pending.isEmpty()         ? Cli::TimedOut
                           : !notTerminated.isEmpty() ? Cli::InstancesFailed
                                                      : Cli::Success);
                });
        termination->start(m_options.region, m_options.instanceIds);
    });
}
