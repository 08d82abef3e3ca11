#pragma once

#include "protocol/ApiReplies.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One instance as tracking last saw it: what the tracker emits, the status
// model shows and the journal records once the instance has settled.
struct InstanceStatus
{
    QString instanceId;
    QString name;
    int status = 0; // the API's status code (PROTOCOL.md section 5); 0 until the cloud lists the instance
    // A freshly bought instance that is not listed yet counts as creating.
    ApiReplies::InstanceState state = ApiReplies::InstanceState::Creating;
    QString statusText; // the console's words, or why it failed ("not found")
    QString lanIp;
    QStringList wanIps;
    qint64 elapsedMs = 0; // time since the purchase when this was observed
    bool listed = false;  // the cloud listed it in the last successful poll
    bool settled = false; // running or failed: nothing more to wait for

    // Everything a person would see change; the elapsed time always moves, so it does not count.
    bool sameObservation(const InstanceStatus &other) const;

    // Stable English names for files and scripts: creating, running, failed, other.
    static QString stateName(ApiReplies::InstanceState state);
    // The reverse; unknown names give Other and *ok false.
    static ApiReplies::InstanceState stateFromName(const QString &name, bool *ok = nullptr);
};

// How a tracking run ended.
struct TrackingSummary
{
    Q_DECLARE_TR_FUNCTIONS(TrackingSummary)

public:
    enum class Outcome {
        Settled,  // every instance is running or failed
        TimedOut, // the overall timeout passed with instances still pending
        Cancelled,
    };

    Outcome outcome = Outcome::Settled;
    QStringList running;
    QStringList failed;
    QStringList pending; // neither running nor failed when tracking ended
    qint64 elapsedMs = 0;

    bool allRunning() const { return failed.isEmpty() && pending.isEmpty(); }
    // One sentence for a person, naming the instances that did not reach running.
    QString describe() const;
};

Q_DECLARE_METATYPE(InstanceStatus)
Q_DECLARE_METATYPE(TrackingSummary)
Q_DECLARE_METATYPE(ApiReplies::InstanceState)
