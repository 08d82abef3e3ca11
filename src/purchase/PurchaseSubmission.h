#pragma once

#include "api/ApiResult.h"
#include "order/OrderValidator.h"
#include "order/PurchaseOrder.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class ApiCall;
class ApiClient;
class PurchaseJournal;
class QTimer;
class SecretStore;

// When and how often a failed RunInstancesHour is sent again (PROTOCOL.md
// section 6: only retryable failures, always with the same clientToken).
struct RetryPolicy
{
    int maxAttempts = 4;
    int baseDelayMs = 1000;
    double factor = 2.0;
    int maxDelayMs = 15'000;
    // Covers every attempt and pause; four 30 s request timeouts plus the pauses fit.
    int deadlineMs = 180'000;
    // Full jitter: the pause before a retry is uniform in [0, bound]. Tests pass
    // their own source so they neither wait nor depend on chance.
    std::function<int(int bound)> jitter;

    // The longest pause before attempt number `attempt` (2 for the first retry):
    // base * factor^(attempt - 2), capped at maxDelayMs.
    int delayBound(int attempt) const;
    int delayBefore(int attempt) const; // jitter applied
};

// One purchase from order to confirmed instance ids: validates, journals the
// order (and holds the password in the SecretStore) before anything is sent,
// sends RunInstancesHour, retries what is safe to retry with the same
// clientToken, then records the ids and releases the password.
// One object, one purchase, one clientToken: submit() or resume() once.
class PurchaseSubmission final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseSubmission)

public:
    PurchaseSubmission(ApiClient *client, PurchaseJournal *journal, SecretStore *secrets,
                       QObject *parent = nullptr);
    ~PurchaseSubmission() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }

    // A new purchase. An empty clientToken gets a fresh UUID; a token already in
    // the journal is refused (resume that entry instead).
    void submit(const PurchaseOrder &order);
    // Sends a journaled, unconfirmed purchase again: the same order, the same
    // clientToken, the same endpoint, the password read back from the SecretStore.
    void resume(const QString &entryId);
    // Stops waiting. A request already sent may still buy; the entry stays
    // unfinished so that a resume finds out with the same token.
    void cancel();

    bool isActive() const { return m_active; }
    QString entryId() const { return m_entryId; }
    QString clientToken() const { return m_order.clientToken; }
    QString region() const { return m_order.region; }
    int attempts() const { return m_attempt; }
    QStringList instanceIds() const { return m_instanceIds; }

Q_SIGNALS:
    // The entry is on disk and the request is about to leave (emitted before each first send).
    void journaled(const QString &entryId, const QString &clientToken);
    // Attempt number `attempt` (2 for the first retry) follows in delayMs.
    void retrying(int attempt, const QString &reason, int delayMs);
    // The cloud confirmed the ids but the history could not record them (disk full, read-only, I/O
    // error): the purchase stays unconfirmed there, for a resume with the same token. Before submitted().
    void recordFailed(const QString &reason);
    // The ids are in the journal and the held password is released.
    void submitted(const QStringList &instanceIds);
    // The cloud refused, or could not be reached within the attempts and the deadline.
    void failed(const ApiResult &result);
    // Nothing was sent: the order breaks a rule.
    void orderInvalid(const QList<FieldProblem> &problems);
    // Nothing was sent: the journal or the SecretStore could not do its part,
    // or the entry cannot be resumed.
    void notSent(const QString &reason);
    // After any one of submitted, failed, orderInvalid or notSent.
    void finished();

private:
    void holdPasswordThenJournal();
    void journalThenSend();
    void sendAttempt();
    void onAttemptFinished(const ApiResult &result);
    void onDeadline();
    void confirm(const QStringList &ids);
    void fail(const ApiResult &result);
    void refuseLocally(const QString &reason);
    bool start();
    // The order and the client speak the same API; otherwise refuses locally.
    bool sameApi();

    ApiClient *m_client;
    PurchaseJournal *m_journal;
    QPointer<SecretStore> m_secrets;
    RetryPolicy m_policy;
    PurchaseOrder m_order;
    QString m_entryId;
    QStringList m_instanceIds;
    QPointer<ApiCall> m_call;
    QTimer *m_retryTimer;
    QTimer *m_deadlineTimer;
    ApiResult m_lastResult;
    QElapsedTimer m_elapsed; // since the first send, against the deadline
    int m_attempt = 0;
    // Every answer so far proves nothing was bought: a refusal can then close the entry.
    bool m_nothingBought = true;
    bool m_started = false;
    bool m_active = false;
};
