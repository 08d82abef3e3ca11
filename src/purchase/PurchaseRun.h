#pragma once

#include "api/ApiResult.h"
#include "order/OrderValidator.h"
#include "order/PurchaseOrder.h"
#include "purchase/InstanceStatus.h"
#include "purchase/PurchaseSubmission.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class ApiClient;
class Endpoint;
class InstanceTracker;
class PurchaseJournal;
class QNetworkAccessManager;
class SecretStore;
struct JournalEntry;

// One purchase from order to outcome, the same for the window and the
// terminal: submit (journaled before it is sent, retried under one
// clientToken), or resend a journaled one, or pick up one whose instance ids
// are known; then track its instances until each runs or fails, recording
// them in the journal. Callers only map the signals to what they show.
// One object, one purchase: call submit(), resume() or track() once.
class PurchaseRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseRun)

public:
    // client speaks to the endpoint in use; for a journaled purchase written in
    // another API or sent to another endpoint the run makes its own client on
    // network, with the same credentials. The journal and the store stay their owner's.
    PurchaseRun(QNetworkAccessManager *network, ApiClient *client, PurchaseJournal *journal,
                SecretStore *secrets, QObject *parent = nullptr);
    ~PurchaseRun() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    // false: the run ends with submitted(), nothing is tracked (the CLI's --no-wait).
    void setWaitForInstances(bool wait) { m_wait = wait; }

    // A new purchase (PurchaseSubmission::submit), then its instances tracked.
    void submit(const PurchaseOrder &order);
    // An unfinished journaled purchase sent again with its own clientToken, then tracked.
    void resume(const QString &entryId);
    // A journaled purchase with confirmed ids: its unsettled instances tracked, nothing sent.
    void track(const QString &entryId);
    // Stops. A request already sent may still buy (the entry stays unfinished for a
    // resume); tracking ends with finished() and an Outcome::Cancelled summary.
    void cancel();

    // From submit(), resume() or track() until the outcome.
    bool isActive() const { return m_active; }
    QString entryId() const { return m_entryId; }
    QString clientToken() const { return m_clientToken; }
    // The tracker of the instances, there from submit(), resume() or track() on, so
    // that a view can follow it (and a test speed it up) before it starts.
    InstanceTracker *tracker() const { return m_tracker; }

Q_SIGNALS:
    // As PurchaseSubmission's: the entry is on disk and the request about to leave.
    void journaled(const QString &entryId, const QString &clientToken);
    void retrying(int attempt, const QString &reason, int delayMs);
    // The ids are in the journal; tracking starts right after (unless a slot cancels).
    void submitted(const QStringList &instanceIds);
    // As PurchaseSubmission's: bought, but the ids could not be recorded (before submitted).
    void recordFailed(const QString &reason);
    // Outcomes before tracking: each ends the run.
    void failed(const ApiResult &result);
    void orderInvalid(const QList<FieldProblem> &problems);
    void notSent(const QString &reason);
    // The tracker's progress.
    void instanceChanged(const InstanceStatus &status);
    void roundFinished(int round, const QList<InstanceStatus> &changed);
    void pollFailed(const ApiResult &result);
    // The outcome of the whole purchase, instances settled before this run included.
    void finished(const TrackingSummary &summary);

private:
    bool begin();
    // The client that speaks the entry's API at the endpoint it was sent to.
    ApiClient *clientFor(const JournalEntry &entry);
    // A client of the run's own for the endpoint, or the given one when the run has no network to make one.
    ApiClient *ownClient(const Endpoint &endpoint);
    void prepareSubmission(ApiClient *client);
    void prepareTracker(ApiClient *client);
    void onSubmitted(const QStringList &instanceIds);
    void startTracking(const QStringList &instanceIds);
    void onTrackerFinished(const TrackingSummary &summary);

    QNetworkAccessManager *m_network;
    ApiClient *m_client;
    PurchaseJournal *m_journal;
    QPointer<SecretStore> m_secrets;
    RetryPolicy m_retryPolicy;
    QPointer<PurchaseSubmission> m_submission;
    InstanceTracker *m_tracker = nullptr;
    QString m_entryId;
    QString m_clientToken;
    QString m_region;
    QList<InstanceStatus> m_settledBefore; // of this purchase, settled before this run tracked the rest
    bool m_wait = true;
    bool m_started = false;
    bool m_active = false;
};
