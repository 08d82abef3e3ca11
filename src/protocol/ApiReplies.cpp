#include "protocol/ApiReplies.h"

using namespace Qt::StringLiterals;

namespace ApiReplies {
namespace {

const char *const kContext = "ApiReplies";

struct StatusName
{
    int status;
    const char *text;
};

// PROTOCOL.md section 5 (translated names as the console shows them in zh_CN).
constexpr StatusName kStatusNames[] = {
    {-1, QT_TRANSLATE_NOOP("ApiReplies", "creation failed")},
    {1, QT_TRANSLATE_NOOP("ApiReplies", "fault")},
    {2, QT_TRANSLATE_NOOP("ApiReplies", "running")},
    {3, QT_TRANSLATE_NOOP("ApiReplies", "creating")},
    {4, QT_TRANSLATE_NOOP("ApiReplies", "shut down")},
    {5, QT_TRANSLATE_NOOP("ApiReplies", "returned")},
    {6, QT_TRANSLATE_NOOP("ApiReplies", "returning")},
    {7, QT_TRANSLATE_NOOP("ApiReplies", "rebooting")},
    {8, QT_TRANSLATE_NOOP("ApiReplies", "starting")},
    {9, QT_TRANSLATE_NOOP("ApiReplies", "shutting down")},
    {10, QT_TRANSLATE_NOOP("ApiReplies", "resetting password")},
    {11, QT_TRANSLATE_NOOP("ApiReplies", "formatting")},
    {12, QT_TRANSLATE_NOOP("ApiReplies", "making image")},
    {13, QT_TRANSLATE_NOOP("ApiReplies", "setting bandwidth")},
    {14, QT_TRANSLATE_NOOP("ApiReplies", "reinstalling")},
    {15, QT_TRANSLATE_NOOP("ApiReplies", "binding domain")},
    {16, QT_TRANSLATE_NOOP("ApiReplies", "unbinding domain")},
    {17, QT_TRANSLATE_NOOP("ApiReplies", "binding load balancer")},
    {18, QT_TRANSLATE_NOOP("ApiReplies", "unbinding load balancer")},
    {19, QT_TRANSLATE_NOOP("ApiReplies", "upgrading")},
    {20, QT_TRANSLATE_NOOP("ApiReplies", "issuing key")},
};

} // namespace

InstanceState stateForStatus(int status)
{
    switch (status) {
    case 3:
        return InstanceState::Creating;
    case 2:
        return InstanceState::Running;
    case -1:
    case 1:
    case 5:
    case 6:
        return InstanceState::Failed;
    default:
        return InstanceState::Other;
    }
}

QString statusText(int status)
{
    for (const StatusName &s : kStatusNames)
        if (s.status == status)
            return QCoreApplication::translate(kContext, s.text);
    return QCoreApplication::translate(kContext, "maintenance");
}

} // namespace ApiReplies
