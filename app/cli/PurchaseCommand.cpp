#include "cli/PurchaseCommand.h"

#include "api/ApiResult.h"
#include "cli/Cli.h"
#include "cli/CliReporter.h"
#include "cli/CliTracking.h"
#include "purchase/PurchaseJournal.h"
#include "purchase/PurchaseRun.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"

using namespace Qt::StringLiterals;

namespace {
// Read, never written: whether the keychain answers at all.
const QString kProbeKey = u"cli/keychain-check"_s;
} // namespace

PurchaseCommand::PurchaseCommand(const Options &options, CliReporter &reporter, QObject *parent)
    : CliCommand(reporter, parent), m_options(options)
{
    m_reporter.addSecret(m_options.order.password);
}

PurchaseCommand::~PurchaseCommand() = default;

void PurchaseCommand::start()
{
    resolveCredentials(m_options.profile, [this](const Credentials &credentials) {
        chooseSecretStore([this, credentials](SecretStore *secrets) { submit(credentials, secrets); });
    });
}

void PurchaseCommand::chooseSecretStore(std::function<void(SecretStore *store)> then)
{
    if (m_options.order.password.isEmpty()) {
        then(nullptr); // nothing to hold
        return;
    }
    keychain()->read(kProbeKey, [this, then = std::move(then)](SecretStore::Error error, const QString &,
                                                               const QString &message) {
        if (error == SecretStore::Error::None || error == SecretStore::Error::NotFound) {
            then(keychain());
            return;
        }
        m_reporter.warning(tr("the instance password is held in memory for this run only, because the system "
                              "keychain cannot "
                              "hold it: if the run is interrupted before the cloud confirms the purchase, "
                              "`cvm-purchaser-cli "
                              "resume` cannot send it again. The keychain said: %1")
                               .arg(message));
        m_memory = new MemorySecretStore(this);
        then(m_memory);
    });
}

void PurchaseCommand::submit(const Credentials &credentials, SecretStore *secrets)
{
    m_client = createClient(m_options.endpoint, credentials);
    m_journal = new PurchaseJournal(PurchaseJournal::defaultPath(), this);
    for (const QString &warning : m_journal->warnings())
        m_reporter.warning(warning);
    for (const QString &problem : m_journal->problems())
        m_reporter.warning(problem);
    m_run = new PurchaseRun(network(), m_client, m_journal, secrets, this);
    m_run->setWaitForInstances(!m_options.noWait);

    connect(m_run, &PurchaseRun::journaled, this, [this](const QString &entryId, const QString &clientToken) {
        m_reporter.progress(
            tr("Journaled as purchase %1 with clientToken %2; sending %4 for %n instance(s) to %3. If "
               "this run is interrupted, `cvm-purchaser-cli resume` finishes it with the same "
               "clientToken.",
               nullptr, m_options.order.goodsNum)
                .arg(entryId, clientToken, m_options.endpoint.url().toString(),
                     m_client->protocol().runInstances(m_options.order).action));
    });
    connect(m_run, &PurchaseRun::retrying, this, [this](int attempt, const QString &reason, int delayMs) {
        m_reporter.retry(attempt, reason, delayMs);
    });
    // Bought, not recorded: an error event and exit 6, the purchase left unconfirmed for resume.
    connect(m_run, &PurchaseRun::recordFailed, this, [this](const QString &reason) {
        m_reporter.error(u"HistoryWriteFailed"_s, reason);
        m_run->cancel();
        finish(Cli::NetworkFailure);
    });
    connect(m_run, &PurchaseRun::submitted, this, &PurchaseCommand::onSubmitted);
    connect(m_run, &PurchaseRun::failed, this, &PurchaseCommand::onFailed);
    connect(m_run, &PurchaseRun::orderInvalid, this, [this](const QList<FieldProblem> &problems) {
        for (const FieldProblem &p : problems)
            if (p.isError())
                m_reporter.error(u"InvalidOrder"_s, u"%1: %2"_s.arg(p.field, p.message));
        finish(Cli::InvalidOrder);
    });
    connect(m_run, &PurchaseRun::notSent, this, [this](const QString &reason) {
        m_reporter.error(u"NotSent"_s, tr("nothing was sent: %1").arg(reason));
        finish(Cli::UsageError);
    });
    m_run->submit(m_options.order);

    // The run tracks the instances once it has their ids (unless --no-wait); this reports it.
    CliTracking::Options options;
    options.timeoutMs = m_options.timeoutMs;
    options.region = m_options.order.region;
    auto *tracking = new CliTracking(m_run->tracker(), options, m_reporter, this);
    connect(tracking, &CliTracking::finished, this, &PurchaseCommand::finish);
}

void PurchaseCommand::onSubmitted(const QStringList &instanceIds)
{
    m_reporter.submitted(m_run->clientToken(), instanceIds);
    if (!m_options.noWait)
        return; // tracking follows
    QStringList follow = instanceIds;
    if (!m_options.endpoint.isDefault())
        follow = QStringList{u"--endpoint"_s, m_options.endpoint.url().toString()} + follow;
    m_reporter.progress(tr("Not waiting (--no-wait). Follow them with: cvm-purchaser-cli status --wait %1")
                            .arg(follow.join(u' ')));
    finish(Cli::Success);
}

void PurchaseCommand::onFailed(const ApiResult &result)
{
    m_reporter.error(result.errorName(), result.describe());
    const std::optional<JournalEntry> entry =
        m_run->entryId().isEmpty() ? std::nullopt : m_journal->entry(m_run->entryId());
    if (entry && entry->state() == JournalEntry::State::Unfinished)
        m_reporter.warning(
            tr("the cloud may have bought the instances without the answer arriving. Run "
               "`cvm-purchaser-cli resume` to ask again with the same clientToken %1: it never "
               "buys twice.")
                .arg(entry->clientToken));
    else if (result.neverSent)
        m_reporter.progress(tr("The request never left this computer, so nothing was bought; the purchase is "
                               "closed, and `cvm-purchaser-cli resume` does not send it again."));
    else
        m_reporter.progress(tr("Nothing was bought."));
    finish(exitStatusFor(result));
}
