#pragma once

#include "api/ApiResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class ApiCall;
class ApiClient;
class PurchaseJournal;
class QTimer;

// Destroys instances and watches them go. It first asks the cloud about them (DescribeInstances): one the
// cloud does not list is gone already, and one protected from termination (API 3.0 DisableApiTermination)
// is reported and never sent, since the cloud refuses it every time. The others are sent to
// TerminateInstances, at most 100 a request, and described again until the cloud lists them no more. Each
// instance that goes is recorded in the purchase history. Shared by the window and the CLI.
class InstanceTermination final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceTermination)

public:
    enum class Fate {
        Asking,      // not yet described
        Terminating, // sent; the cloud still lists it
        Gone,        // the cloud lists it no more
        Protected,   // protected from termination: not sent
        Refused,     // the cloud refused to terminate it (reason says why)
        Unknown,     // the request may or may not have reached the cloud (reason says why)
    };
    struct Instance
    {
        QString instanceId;
        Fate fate = Fate::Asking;
        QString reason; // Refused and Unknown: the cloud's or the network's words, escaped
    };
    enum class Outcome {
        Done,     // every instance is gone, protected or refused
        TimedOut, // some were still listed when the time ran out
        Failed,   // a description failed: failure says why; nothing more was sent
    };
    struct Options
    {
        int intervalMs = 2'000;
        int timeoutMs = 600'000;
    };

    explicit InstanceTermination(ApiClient *client, QObject *parent = nullptr);
    ~InstanceTermination() override;

    void setOptions(const Options &options) { m_options = options; }
    void setJournal(PurchaseJournal *journal) { m_journal = journal; }
    // Starts at once with the description; the instances must be in the region. An API without
    // TerminateInstances finishes at once as Failed.
    void start(const QString &region, const QStringList &instanceIds);
    QList<Instance> instances() const; // in start() order
    // Stable English words for scripts: terminating, terminated, protected, refused, unknown.
    static QString fateName(Fate fate);
    // The same for people, in their language.
    static QString fateText(Fate fate);
    // How a run ended, in a sentence for people: "2 instances terminated; 1 not: protected from termination."
    static QString describe(const QList<Instance> &instances, Outcome outcome);

Q_SIGNALS:
    void instanceChanged(const InstanceTermination::Instance &instance);
    void finished(InstanceTermination::Outcome outcome, const ApiResult &failure);

private:
    void describe(bool afterTermination);
    void onDescribed(const QStringList &batch, const ApiResult &result, bool afterTermination);
    void terminate();
    void set(const QString &id, Fate fate, const QString &reason = {});
    void finish(Outcome outcome, const ApiResult &failure = {});
    QStringList withFate(Fate fate) const;

    ApiClient *m_client;
    QPointer<PurchaseJournal> m_journal;
    Options m_options;
    QString m_region;
    QStringList m_ids;
    QHash<QString, Instance> m_instances;
    int m_pending = 0;      // calls of the current step still out
    QSet<QString> m_listed; // listed by the current round of descriptions
    QTimer *m_roundTimer;
    QTimer *m_timeoutTimer;
    bool m_active = false;
};
