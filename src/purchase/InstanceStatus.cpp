#include "purchase/InstanceStatus.h"

using namespace Qt::StringLiterals;

namespace {
struct StateName
{
    ApiReplies::InstanceState state;
    QLatin1StringView name;
};

constexpr StateName kStateNames[] = {
    {ApiReplies::InstanceState::Creating, "creating"_L1},
    {ApiReplies::InstanceState::Running, "running"_L1},
    {ApiReplies::InstanceState::Failed, "failed"_L1},
    {ApiReplies::InstanceState::Other, "other"_L1},
};
} // namespace

bool InstanceStatus::sameObservation(const InstanceStatus &other) const
{
    return instanceId == other.instanceId && name == other.name && status == other.status &&
           state == other.state && statusText == other.statusText && lanIp == other.lanIp &&
           wanIps == other.wanIps && listed == other.listed && settled == other.settled;
}

QString InstanceStatus::stateName(ApiReplies::InstanceState state)
{
    for (const StateName &s : kStateNames)
        if (s.state == state)
            return QString(s.name);
    return u"other"_s;
}

ApiReplies::InstanceState InstanceStatus::stateFromName(const QString &name, bool *ok)
{
    for (const StateName &s : kStateNames) {
        if (name == s.name) {
            if (ok)
                *ok = true;
            return s.state;
        }
    }
    if (ok)
        *ok = false;
    return ApiReplies::InstanceState::Other;
}

QString TrackingSummary::describe() const
{
    const int total = int(running.size() + failed.size() + pending.size());
    QString text;
    switch (outcome) {
    case Outcome::Settled:
        text = failed.isEmpty() ? tr("All %n instance(s) are running.", nullptr, total)
                                : tr("%1 of %2 instances are running; failed: %3.")
                                      .arg(running.size())
                                      .arg(total)
                                      .arg(failed.join(u", "_s));
        break;
    case Outcome::TimedOut:
        text = tr("Stopped waiting: %1 of %2 instances are running; still pending: %3.")
                   .arg(running.size())
                   .arg(total)
                   .arg(pending.join(u", "_s));
        if (!failed.isEmpty())
            text += u' ' + tr("Failed: %1.").arg(failed.join(u", "_s));
        break;
    case Outcome::Cancelled:
        text = tr("Tracking was cancelled: %1 of %2 instances are running.").arg(running.size()).arg(total);
        if (!pending.isEmpty())
            text += u' ' + tr("Not settled: %1.").arg(pending.join(u", "_s));
        if (!failed.isEmpty())
            text += u' ' + tr("Failed: %1.").arg(failed.join(u", "_s));
        break;
    }
    return text;
}
