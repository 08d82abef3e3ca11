#include "cli/ResumeCommand.h"

#include "api/ApiResult.h"
#include "cli/Cli.h"
#include "cli/CliReporter.h"
#include "cli/CliTracking.h"
#include "purchase/PurchaseJournal.h"
#include "purchase/PurchaseRun.h"
#include "secrets/KeychainSecretStore.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

ResumeCommand::ResumeCommand(const Options &options, CliReporter &reporter, QObject *parent)
    : CliCommand(reporter, parent), m_options(options)
{
}

ResumeCommand::~ResumeCommand() = default;

void ResumeCommand::start()
{
    m_journal = new PurchaseJournal(PurchaseJournal::defaultPath(), this);
    for (const QString &warning : m_journal->warnings())
        m_reporter.warning(warning);
    // A history that is damaged or lost purchases cannot say there is nothing to resume.
    for (const QString &problem : m_journal->problems()) {
        m_reporter.error(u"HistoryDamaged"_s, problem);
        m_worst = Cli::UsageError;
        m_historyDamaged = true;
    }
    if (!m_journal->isUsable()) {
        if (m_journal->problems().isEmpty()) {
            m_reporter.error(u"History"_s, m_journal->lastError());
            finish(Cli::UsageError);
        } else {
            end(); // what the cloud still holds is all that can be told
        }
        return;
    }

    // Resent elsewhere, an order could be bought twice: each entry goes back to its own endpoint only.
    const QString here = m_options.endpoint.url().toString();
    // Found by an indexed query: the history is never read whole.
    QList<JournalEntry> open = m_journal->entries(JournalEntry::State::Unfinished) +
                               m_journal->entries(JournalEntry::State::Tracking);
    std::stable_sort(open.begin(), open.end(),
                     [](const JournalEntry &a, const JournalEntry &b) { return a.time < b.time; });
    for (const JournalEntry &entry : open) {
        if (entry.isDamaged()) {
            // Never resent: a changed token or order would buy something nobody asked for, or buy twice.
            m_reporter.error(
                u"RecordDamaged"_s,
                tr("purchase %1 is damaged and is not sent again: %2. What can still be read: "
                   "clientToken %3, submitted %4 to %5, %6 × %7 in %8. Look in the cloud for its "
                   "instances before buying it again.")
                    .arg(entry.id, entry.damage, entry.clientToken, entry.time.toString(Qt::ISODate),
                         entry.endpoint, QString::number(entry.order.goodsNum), entry.order.instanceType,
                         entry.order.zone));
            m_worst = Cli::UsageError;
            m_historyDamaged = true;
            continue;
        }
        // The default endpoint is another URL for each API; a given endpoint is the same for both.
        const QString here = m_options.endpoint.withApi(entry.order.api).url().toString();
        if (entry.endpoint != here) {
            m_reporter.warning(tr("purchase %1 (clientToken %2) was sent to %3, not to %4; finish it with "
                                  "`cvm-purchaser-cli resume --endpoint %3`.")
                                   .arg(entry.id, entry.clientToken, entry.endpoint, here));
            continue;
        }
        m_queue.append(entry.id);
    }
    if (m_queue.isEmpty() && m_worst != Cli::Success) {
        end();
        return;
    }
    if (m_queue.isEmpty()) {
        m_reporter.progress(tr("Nothing to resume: no purchase sent to %1 is waiting for its instance ids or "
                               "for its instances to settle.")
                                .arg(here));
        finish(Cli::Success);
        return;
    }
    m_reporter.progress(tr("%n purchase(s) to finish at %1.", nullptr, int(m_queue.size())).arg(here));
    resolveCredentials(m_options.profile, [this](const Credentials &credentials) {
        m_client = createClient(m_options.endpoint, credentials);
        next();
    });
}

void ResumeCommand::next()
{
    if (m_queue.isEmpty()) {
        end();
        return;
    }
    const QString entryId = m_queue.takeFirst();
    m_journal->reload(); // another process may have finished it meanwhile
    const std::optional<JournalEntry> entry = m_journal->entry(entryId);
    if (!entry) {
        next();
        return;
    }
    switch (entry->state()) {
    case JournalEntry::State::Unfinished:
        resend(*entry);
        return;
    case JournalEntry::State::Tracking:
        m_reporter.progress(tr("Following purchase %1 (clientToken %2).").arg(entry->id, entry->clientToken));
        m_reporter.submitted(entry->clientToken, entry->instanceIds);
        newRun()->track(entry->id);
        follow(*entry);
        return;
    case JournalEntry::State::Done:
    case JournalEntry::State::Refused:
    case JournalEntry::State::Dismissed:
        break;
    }
    m_reporter.progress(
        tr("Purchase %1 is %2 now; nothing to do.").arg(entry->id, JournalEntry::stateText(entry->state())));
    next();
}

void ResumeCommand::end()
{
    // Only API 3.0 purchases carry the tag; an endpoint of API 2.0 only (its /v2/index.php) cannot be asked.
    const Endpoint v3 = m_options.endpoint.withApi(PurchaseOrder::Api::V3);
    if (!m_historyDamaged || !ApiProtocol::forApi(PurchaseOrder::Api::V3).hasEndpointShape(v3.url())) {
        finish(m_worst);
        return;
    }
    resolveCredentials(m_options.profile, [this, v3](const Credentials &credentials) {
        ApiClient *client = createClient(v3, credentials);
        QStringList regions;
        for (const auto &[name, label] : client->protocol().regionNames())
            regions.append(name);
        reportUntrackedThenFinish(client, m_journal, regions, m_worst);
    });
}

PurchaseRun *ResumeCommand::newRun()
{
    // The password comes back from the keychain, where the purchase held it. An entry written in another API
    // than this run's goes back in its own API to its own endpoint: the run picks the client.
    m_run = new PurchaseRun(network(), m_client, m_journal, keychain(), this);
    return m_run;
}

void ResumeCommand::resend(const JournalEntry &entry)
{
    newRun();
    connect(m_run, &PurchaseRun::journaled, this, [this](const QString &id, const QString &clientToken) {
        m_reporter.progress(tr("Sending purchase %1 again with its clientToken %2 to %3: the cloud answers "
                               "with the instances it bought for it, or buys them once.")
                                .arg(id, clientToken, m_options.endpoint.url().toString()));
    });
    connect(m_run, &PurchaseRun::retrying, this, [this](int attempt, const QString &reason, int delayMs) {
        m_reporter.retry(attempt, reason, delayMs);
    });
    connect(m_run, &PurchaseRun::recordFailed, this, [this](const QString &reason) {
        m_reporter.error(u"HistoryWriteFailed"_s, reason);
        m_run->cancel();
        entryDone(Cli::NetworkFailure);
    });
    connect(m_run, &PurchaseRun::submitted, this, [this](const QStringList &instanceIds) {
        m_reporter.submitted(m_run->clientToken(), instanceIds);
    });
    connect(m_run, &PurchaseRun::failed, this, [this](const ApiResult &result) {
        m_reporter.error(result.errorName(), result.describe());
        entryDone(exitStatusFor(result));
    });
    connect(m_run, &PurchaseRun::orderInvalid, this, [this](const QList<FieldProblem> &problems) {
        for (const FieldProblem &p : problems)
            if (p.isError())
                m_reporter.error(u"InvalidOrder"_s, u"%1: %2"_s.arg(p.field, p.message));
        entryDone(Cli::InvalidOrder);
    });
    connect(m_run, &PurchaseRun::notSent, this, [this](const QString &reason) {
        m_reporter.error(u"NotSent"_s, tr("nothing was sent: %1").arg(reason));
        entryDone(Cli::UsageError);
    });
    m_run->resume(entry.id);
    follow(entry);
}

void ResumeCommand::follow(const JournalEntry &entry)
{
    CliTracking::Options options;
    options.timeoutMs = m_options.timeoutMs;
    options.region = entry.region;
    // Instances that settled in an earlier run are counted and reported with the rest.
    options.alreadySettled = entry.settled;
    m_tracking = new CliTracking(m_run->tracker(), options, m_reporter, this);
    connect(m_tracking, &CliTracking::finished, this, &ResumeCommand::entryDone);
}

void ResumeCommand::entryDone(int exitStatus)
{
    m_worst = std::max(m_worst, exitStatus);
    if (m_run) {
        m_run->deleteLater();
        m_run = nullptr;
    }
    if (m_tracking) {
        m_tracking->deleteLater();
        m_tracking = nullptr;
    }
    QTimer::singleShot(0, this, &ResumeCommand::next);
}
