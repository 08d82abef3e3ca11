#include "purchase/PurchaseRun.h"

#include "api/ApiClient.h"
#include "purchase/InstanceTracker.h"
#include "purchase/PurchaseJournal.h"
#include "secrets/SecretStore.h"

#include <QTimer>
#include <QUrl>

PurchaseRun::PurchaseRun(QNetworkAccessManager *network, ApiClient *client, PurchaseJournal *journal,
                         SecretStore *secrets, QObject *parent)
    : QObject(parent), m_network(network), m_client(client), m_journal(journal), m_secrets(secrets)
{
}

PurchaseRun::~PurchaseRun() = default;

bool PurchaseRun::begin()
{
    if (m_started) {
        // A second start would mean a second token, or two trackers journaling one purchase.
        qWarning("PurchaseRun: one run drives one purchase; create another");
        return false;
    }
    m_started = true;
    m_active = true;
    return true;
}

ApiClient *PurchaseRun::clientFor(const JournalEntry &entry)
{
    if (entry.order.api == m_client->endpoint().api() && QUrl(entry.endpoint) == m_client->endpoint().url())
        return ownClient(m_client->endpoint());
    Endpoint endpoint(entry.order.api);
    QString problem;
    // An unusable URL in the journal: the submission refuses it, saying where the purchase went.
    if (!m_network || !Endpoint::fromUrl(entry.endpoint, &endpoint, &problem, entry.order.api))
        return m_client;
    return ownClient(endpoint);
}

ApiClient *PurchaseRun::ownClient(const Endpoint &endpoint)
{
    // The given client may be shared (the window's follows the order being made, to another API or
    // endpoint): a run keeps talking to where it bought, with the credentials it bought with.
    if (!m_network)
        return m_client;
    auto *client = new ApiClient(m_network, endpoint, m_client->credentials(), this);
    client->setTimeout(m_client->timeout());
    return client;
}

void PurchaseRun::prepareSubmission(ApiClient *client)
{
    m_submission = new PurchaseSubmission(client, m_journal, m_secrets, this);
    m_submission->setRetryPolicy(m_retryPolicy);
    connect(m_submission, &PurchaseSubmission::journaled, this,
            [this](const QString &entryId, const QString &clientToken) {
                m_entryId = entryId;
                m_clientToken = clientToken;
                Q_EMIT journaled(entryId, clientToken);
            });
    connect(m_submission, &PurchaseSubmission::retrying, this, &PurchaseRun::retrying);
    connect(m_submission, &PurchaseSubmission::recordFailed, this, &PurchaseRun::recordFailed);
    connect(m_submission, &PurchaseSubmission::submitted, this, &PurchaseRun::onSubmitted);
    auto end = [this] { m_active = false; };
    connect(m_submission, &PurchaseSubmission::failed, this, [this, end](const ApiResult &result) {
        end();
        Q_EMIT failed(result);
    });
    connect(m_submission, &PurchaseSubmission::orderInvalid, this,
            [this, end](const QList<FieldProblem> &problems) {
                end();
                Q_EMIT orderInvalid(problems);
            });
    connect(m_submission, &PurchaseSubmission::notSent, this, [this, end](const QString &reason) {
        end();
        Q_EMIT notSent(reason);
    });
    connect(m_submission, &PurchaseSubmission::finished, m_submission, &QObject::deleteLater);
}

void PurchaseRun::prepareTracker(ApiClient *client)
{
    m_tracker = new InstanceTracker(client, this);
    connect(m_tracker, &InstanceTracker::instanceChanged, this, &PurchaseRun::instanceChanged);
    connect(m_tracker, &InstanceTracker::roundFinished, this, &PurchaseRun::roundFinished);
    connect(m_tracker, &InstanceTracker::pollFailed, this, &PurchaseRun::pollFailed);
    connect(m_tracker, &InstanceTracker::finished, this, &PurchaseRun::onTrackerFinished);
}

void PurchaseRun::submit(const PurchaseOrder &order)
{
    if (!begin())
        return;
    m_region = order.region;
    ApiClient *client = ownClient(m_client->endpoint());
    prepareSubmission(client);
    prepareTracker(client);
    m_submission->submit(order);
}

void PurchaseRun::resume(const QString &entryId)
{
    if (!begin())
        return;
    m_entryId = entryId;
    const std::optional<JournalEntry> entry = m_journal->entry(entryId);
    if (entry) {
        m_clientToken = entry->clientToken;
        m_region = entry->region;
    }
    // A missing entry: the submission reads the journal again and says so.
    ApiClient *client = entry ? clientFor(*entry) : m_client;
    prepareSubmission(client);
    prepareTracker(client);
    m_submission->resume(entryId);
}

void PurchaseRun::track(const QString &entryId)
{
    if (!begin())
        return;
    m_entryId = entryId;
    const std::optional<JournalEntry> entry = m_journal->entry(entryId);
    prepareTracker(entry ? clientFor(*entry) : m_client);
    if (!entry) {
        QTimer::singleShot(0, this, [this, entryId] {
            if (!m_active)
                return;
            m_active = false;
            Q_EMIT notSent(tr("The purchase journal has no entry %1.").arg(entryId));
        });
        return;
    }
    m_clientToken = entry->clientToken;
    m_region = entry->region;
    // From the event loop, as every other start: whoever called track() can follow the tracker first.
    QTimer::singleShot(0, this, [this, ids = entry->unsettledIds()] {
        if (m_active)
            startTracking(ids);
    });
}

void PurchaseRun::cancel()
{
    if (!m_active)
        return;
    if (m_submission)
        m_submission->cancel();
    if (m_tracker && m_tracker->isActive()) {
        m_tracker->cancel(); // finished(), through onTrackerFinished
        return;
    }
    m_active = false;
}

void PurchaseRun::onSubmitted(const QStringList &instanceIds)
{
    Q_EMIT submitted(instanceIds);
    if (!m_active)
        return; // cancelled from a slot
    if (!m_wait) {
        m_active = false;
        return;
    }
    startTracking(instanceIds);
}

void PurchaseRun::startTracking(const QStringList &instanceIds)
{
    const std::optional<JournalEntry> entry = m_journal->entry(m_entryId);
    m_settledBefore.clear();
    if (entry)
        for (const InstanceStatus &settled : entry->settled)
            if (!instanceIds.contains(settled.instanceId))
                m_settledBefore.append(settled);
    m_tracker->setJournal(m_journal, m_entryId);
    // Elapsed times, and the grace for instances the cloud does not list yet, count from the purchase.
    m_tracker->start(m_region, instanceIds, entry ? entry->time : QDateTime());
}

void PurchaseRun::onTrackerFinished(const TrackingSummary &summary)
{
    if (!m_active)
        return;
    m_active = false;
    TrackingSummary whole = summary;
    QStringList running;
    QStringList failed;
    for (const InstanceStatus &s : std::as_const(m_settledBefore))
        (s.state == ApiReplies::InstanceState::Running ? running : failed).append(s.instanceId);
    whole.running = running + summary.running;
    whole.failed = failed + summary.failed;
    Q_EMIT finished(whole);
}
