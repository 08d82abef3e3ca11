#include "purchase/PurchaseSubmission.h"

#include "api/ApiClient.h"
#include "order/Catalog.h"
#include "protocol/ApiProtocol.h"
#include "protocol/ApiReplies.h"
#include "purchase/PurchaseJournal.h"
#include "secrets/SecretStore.h"

#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// An answer with a non-zero code means the cloud handled the request and did
// not buy; except partial success (5400) and internal errors (6000), after
// which some instances may exist, and a replay (4500): the network stack
// resends a request whose connection dropped, and the first copy may have bought.
// A request that never left (no such host, connection refused, TLS handshake
// or certificate failed) cannot have bought anything either.
bool provesNothingBought(const ApiResult &result)
{
    if (result.neverSent)
        return true;
    return result.status == ApiResult::Status::ApiError && result.code != 5400 && result.code != 6000 &&
           result.code != 4500;
}
} // namespace

int RetryPolicy::delayBound(int attempt) const
{
    const int exponent = std::max(0, attempt - 2);
    const double bound = double(baseDelayMs) * std::pow(factor, exponent);
    return int(std::clamp(bound, 0.0, double(std::max(0, maxDelayMs))));
}

int RetryPolicy::delayBefore(int attempt) const
{
    const int bound = delayBound(attempt);
    const int delay = jitter ? jitter(bound) : int(QRandomGenerator::global()->bounded(quint32(bound) + 1));
    return std::clamp(delay, 0, bound);
}

PurchaseSubmission::PurchaseSubmission(ApiClient *client, PurchaseJournal *journal, SecretStore *secrets,
                                       QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal), m_secrets(secrets),
      m_retryTimer(new QTimer(this)), m_deadlineTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    m_deadlineTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &PurchaseSubmission::sendAttempt);
    connect(m_deadlineTimer, &QTimer::timeout, this, &PurchaseSubmission::onDeadline);
}

PurchaseSubmission::~PurchaseSubmission()
{
    // Going away mid-request: the call must not report to a dead object. What
    // was sent stays in the journal as unfinished, to be resumed with its token.
    if (m_call)
        disconnect(m_call, nullptr, this, nullptr);
}

bool PurchaseSubmission::start()
{
    if (m_started) {
        // A second submit would mean a second token or a second entry for one object.
        qWarning("PurchaseSubmission: one submission object sends one purchase; create another");
        return false;
    }
    m_started = true;
    m_active = true;
    return true;
}

void PurchaseSubmission::submit(const PurchaseOrder &order)
{
    if (!start())
        return;
    m_order = order;
    if (m_order.clientToken.isEmpty())
        m_order.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (!sameApi())
        return;
    const QList<FieldProblem> problems = OrderValidator(Catalog::builtIn()).validate(m_order);
    if (OrderValidator::hasErrors(problems)) {
        // Queued, so that every outcome arrives from the event loop, never inside submit().
        QTimer::singleShot(0, this, [this, problems] {
            if (!m_active)
                return;
            m_active = false;
            Q_EMIT orderInvalid(problems);
            Q_EMIT finished();
        });
        return;
    }
    if (m_journal->entryForToken(m_order.clientToken)) {
        refuseLocally(
            tr("The clientToken %1 already belongs to a journaled purchase: resume that one instead.")
                .arg(m_order.clientToken));
        return;
    }
    m_entryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_order.password.isEmpty())
        QTimer::singleShot(0, this, [this] { journalThenSend(); });
    else
        holdPasswordThenJournal();
}

bool PurchaseSubmission::sameApi()
{
    const PurchaseOrder::Api endpointApi = m_client->endpoint().api();
    const QUrl url = m_client->endpoint().url();
    if (m_order.api == endpointApi) {
        const ApiProtocol &own = ApiProtocol::forApi(m_order.api);
        if (own.hasEndpointShape(url))
            return true;
        for (const ApiProtocol *other : ApiProtocol::all()) {
            if (other == &own || !other->hasEndpointShape(url))
                continue;
            refuseLocally(tr("%1 is an endpoint of API %2, and the order is written for API %3. Give an endpoint "
                             "of API %3, or write the order for API %2.")
                              .arg(url.toString(), other->name(), own.name()));
            return false;
        }
        return true;
    }
    refuseLocally(
        tr("The order is written for API %1, and the endpoint %2 is used with API %3: nothing was sent.")
            .arg(PurchaseOrder::apiName(m_order.api), m_client->endpoint().url().toString(),
                 PurchaseOrder::apiName(endpointApi)));
    return false;
}

void PurchaseSubmission::holdPasswordThenJournal()
{
    if (!m_secrets) {
        refuseLocally(
            tr("The instance password has nowhere to be kept for a resume after a crash, so nothing "
               "was sent."));
        return;
    }
    // The password goes first: a journal entry that promises a password nobody
    // holds could never be resumed.
    const QPointer<PurchaseSubmission> self(this);
    const QString key = PurchaseJournal::secretKey(m_entryId);
    m_secrets->write(key, m_order.password, [self, key](SecretStore::Error error, const QString &message) {
        if (!self)
            return;
        if (!self->m_active) {
            if (error == SecretStore::Error::None && self->m_secrets)
                self->m_secrets->remove(key, [](SecretStore::Error, const QString &) {});
            return;
        }
        if (error != SecretStore::Error::None) {
            self->refuseLocally(
                tr("The instance password could not be kept in the keychain for a resume after a "
                   "crash, so nothing was sent: %1")
                    .arg(message.isEmpty() ? tr("unknown error") : message));
            return;
        }
        self->journalThenSend();
    });
}

void PurchaseSubmission::journalThenSend()
{
    if (!m_active)
        return;
    const QString recorded =
        m_journal->recordSubmit(m_order, m_client->endpoint().url().toString(), m_entryId);
    if (recorded.isEmpty()) {
        if (!m_order.password.isEmpty() && m_secrets)
            m_secrets->remove(PurchaseJournal::secretKey(m_entryId),
                              [](SecretStore::Error, const QString &) {});
        refuseLocally(tr("The purchase could not be written to the purchase history: %1")
                          .arg(m_journal->lastError()));
        return;
    }
    Q_EMIT journaled(m_entryId, m_order.clientToken);
    if (!m_active)
        return; // cancelled from a slot
    m_elapsed.start();
    m_deadlineTimer->start(m_policy.deadlineMs);
    sendAttempt();
}

void PurchaseSubmission::resume(const QString &entryId)
{
    if (!start())
        return;
    m_entryId = entryId;
    // Another process may have written since this journal was read.
    m_journal->reload();
    const std::optional<JournalEntry> entry = m_journal->entry(entryId);
    if (!entry) {
        refuseLocally(tr("The purchase journal has no entry %1.").arg(entryId));
        return;
    }
    if (entry->isDamaged()) {
        refuseLocally(tr("The record of purchase %1 is damaged (%2), so it is not sent again: what it would buy "
                         "is no longer known for sure.")
                          .arg(entryId, entry->damage));
        return;
    }
    if (entry->state() != JournalEntry::State::Unfinished) {
        refuseLocally(tr("Purchase %1 is %2: only an unfinished purchase is sent again.")
                          .arg(entryId, JournalEntry::stateText(entry->state())));
        return;
    }
    if (!entry->orderProblems.isEmpty()) {
        refuseLocally(tr("The journaled order of purchase %1 cannot be read back: %2")
                          .arg(entryId, entry->orderProblems.join(u"; "_s)));
        return;
    }
    // Resending elsewhere could buy a second time (a sandbox entry resumed against the real cloud).
    const QString endpoint = m_client->endpoint().url().toString();
    if (entry->endpoint != endpoint) {
        refuseLocally(tr("Purchase %1 was sent to %2; it is only resent there, not to %3.")
                          .arg(entryId, entry->endpoint, endpoint));
        return;
    }
    m_order = entry->order;
    if (!sameApi())
        return;
    // What an earlier process sent is unknown: a refusal now does not prove nothing was bought.
    m_nothingBought = false;

    auto validateThenSend = [this] {
        if (!m_active)
            return;
        // A rule about the time now (a destroy-at time at least 5 minutes ahead) holds back a new order,
        // never the resend of a recorded one: the first attempt may have bought, and only the resend's
        // answer, under the same token, names those instances. The cloud decides what it accepts.
        QList<FieldProblem> problems = OrderValidator(Catalog::builtIn()).validate(m_order);
        problems.removeIf([](const FieldProblem &p) { return p.rule == "tooSoon"_L1; });
        if (OrderValidator::hasErrors(problems)) {
            m_active = false;
            Q_EMIT orderInvalid(problems);
            Q_EMIT finished();
            return;
        }
        Q_EMIT journaled(m_entryId, m_order.clientToken);
        if (!m_active)
            return;
        m_elapsed.start();
        m_deadlineTimer->start(m_policy.deadlineMs);
        sendAttempt();
    };

    if (!entry->hasPassword) {
        QTimer::singleShot(0, this, validateThenSend);
        return;
    }
    if (!m_secrets) {
        refuseLocally(
            tr("Purchase %1 used a password, and there is no keychain to read it back from.").arg(entryId));
        return;
    }
    const QPointer<PurchaseSubmission> self(this);
    m_secrets->read(PurchaseJournal::secretKey(entryId), [self, entryId, validateThenSend](
                                                             SecretStore::Error error, const QString &secret,
                                                             const QString &message) {
        if (!self || !self->m_active)
            return;
        if (error != SecretStore::Error::None || secret.isEmpty()) {
            // Sent without it, the cloud would pick a random password: another order.
            self->refuseLocally(
                error == SecretStore::Error::NotFound
                    ? tr("The password of purchase %1 is no longer in the keychain, so it cannot be "
                         "sent again as it was; dismiss it and buy anew.")
                          .arg(entryId)
                    : tr("The password of purchase %1 could not be read from the keychain: %2")
                          .arg(entryId, message));
            return;
        }
        self->m_order.password = secret;
        validateThenSend();
    });
}

void PurchaseSubmission::cancel()
{
    if (!m_active)
        return;
    m_active = false;
    m_retryTimer->stop();
    m_deadlineTimer->stop();
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
        m_call.clear();
    }
}

void PurchaseSubmission::sendAttempt()
{
    if (!m_active)
        return;
    ++m_attempt;
    // The same order and clientToken every time: this is what makes a retry safe.
    m_call = m_client->send(m_order.region, m_client->protocol().runInstances(m_order));
    connect(m_call, &ApiCall::finished, this, &PurchaseSubmission::onAttemptFinished);
}

void PurchaseSubmission::onAttemptFinished(const ApiResult &result)
{
    m_call.clear();
    if (!m_active)
        return;
    m_lastResult = result;
    if (result.ok()) {
        const ApiReplies::RunInstances parsed = m_client->protocol().parseRunInstances(result.data, m_order.goodsNum);
        if (!parsed.error.isEmpty()) {
            // "Success" without ids: something may have been bought; a resume asks again with the token.
            ApiResult bad = result;
            bad.status = ApiResult::Status::BadReply;
            bad.message = parsed.error;
            m_nothingBought = false;
            fail(bad);
            return;
        }
        confirm(parsed.instanceIds);
        return;
    }
    if (!provesNothingBought(result))
        m_nothingBought = false;
    if (result.isRetryable() && m_attempt < m_policy.maxAttempts) {
        const int next = m_attempt + 1;
        const int delay = m_policy.delayBefore(next);
        if (m_elapsed.elapsed() + delay < m_policy.deadlineMs) {
            Q_EMIT retrying(next, result.describe(), delay);
            if (m_active)
                m_retryTimer->start(delay);
            return;
        }
    }
    fail(result);
}

void PurchaseSubmission::onDeadline()
{
    if (!m_active)
        return;
    m_retryTimer->stop();
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
        m_call.clear();
        ApiResult timeout;
        timeout.status = ApiResult::Status::Timeout;
        timeout.message = tr("no confirmation within %n second(s)", nullptr, m_policy.deadlineMs / 1000);
        m_nothingBought = false;
        fail(timeout);
        return;
    }
    fail(m_lastResult);
}

void PurchaseSubmission::confirm(const QStringList &ids)
{
    m_retryTimer->stop();
    m_deadlineTimer->stop();
    m_instanceIds = ids;
    if (!m_journal->recordIds(m_entryId, ids)) {
        // Bought but not recorded: the entry still looks unfinished, and a resume
        // with the same token gets these ids back; the password stays held for it.
        const QPointer<PurchaseSubmission> self(this);
        Q_EMIT recordFailed(tr("The cloud confirmed instances %1, but the purchase history could not record them: "
                               "%2. The purchase stays unconfirmed there: once the history can be written again, "
                               "resume asks the cloud with the same clientToken %3 and gets these instances back.")
                                .arg(ids.join(u", "_s), m_journal->lastError(), m_order.clientToken));
        if (!self || !m_active)
            return;
    } else if (!m_order.password.isEmpty() && m_secrets) {
        // Confirmed: the password is not needed for a resume any more.
        const QPointer<PurchaseSubmission> self(this);
        m_secrets->remove(PurchaseJournal::secretKey(m_entryId),
                          [self, ids](SecretStore::Error error, const QString &message) {
                              if (error != SecretStore::Error::None && error != SecretStore::Error::NotFound)
                                  qWarning("PurchaseSubmission: the held password could not be removed: %s",
                                           qPrintable(message));
                              if (!self || !self->m_active)
                                  return;
                              self->m_active = false;
                              Q_EMIT self->submitted(ids);
                              Q_EMIT self->finished();
                          });
        return;
    }
    m_active = false;
    Q_EMIT submitted(ids);
    Q_EMIT finished();
}

void PurchaseSubmission::fail(const ApiResult &result)
{
    m_retryTimer->stop();
    m_deadlineTimer->stop();
    m_active = false;
    if (m_nothingBought && !m_entryId.isEmpty()) {
        // The cloud answered every attempt with a refusal: nothing was bought, the entry is closed.
        if (!m_journal->recordRefused(m_entryId, result))
            qWarning("PurchaseSubmission: the refusal of %s could not be journaled: %s",
                     qPrintable(m_entryId), qPrintable(m_journal->lastError()));
        else if (!m_order.password.isEmpty() && m_secrets)
            m_secrets->remove(PurchaseJournal::secretKey(m_entryId),
                              [](SecretStore::Error, const QString &) {});
    }
    Q_EMIT failed(result);
    Q_EMIT finished();
}

void PurchaseSubmission::refuseLocally(const QString &reason)
{
    // Queued like every other outcome; nothing has been sent.
    QTimer::singleShot(0, this, [this, reason] {
        if (!m_active)
            return; // cancelled meanwhile
        m_active = false;
        Q_EMIT notSent(reason);
        Q_EMIT finished();
    });
}
