#include "protocol/ApiReplies.h"

#include "api/ServerText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

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
    return QCoreApplication::translate("ApiReplies", "maintenance");
}

QString givenName(const QString &cloudName)
{
    return cloudName == QStringView(u"未命名") ? QString() : cloudName;
}

bool isInstanceId(const QString &id)
{
    static const QRegularExpression pattern(u"^ins-[a-z0-9]{8}$"_s);
    return pattern.match(id).hasMatch();
}

bool isResourceId(const QString &id, QLatin1StringView prefix)
{
    static const QRegularExpression pattern(u"^[a-z]+-[a-z0-9]{8}$"_s);
    return id.startsWith(prefix) && id.size() == prefix.size() + 9 && id.at(prefix.size()) == u'-' &&
           pattern.match(id).hasMatch();
}

RunInstances boughtIds(const QJsonValue &ids, QLatin1StringView field, int ordered)
{
    RunInstances r;
    auto untrusted = [&r, field](const QString &why) {
        r.instanceIds.clear();
        r.error = QCoreApplication::translate("ApiReplies", "the reply's \"%1\" cannot be trusted: %2").arg(field, why);
        return r;
    };
    if (!ids.isArray() || ids.toArray().isEmpty())
        return untrusted(QCoreApplication::translate("ApiReplies", "it holds no list of instance ids"));
    const QJsonArray array = ids.toArray();
    if (array.size() != ordered)
        return untrusted(QCoreApplication::translate("ApiReplies", "it names %1 instances for an order of %2")
                             .arg(array.size())
                             .arg(ordered));
    QSet<QString> seen;
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            const QByteArray json = QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact);
            return untrusted(QCoreApplication::translate("ApiReplies", "%1 is not an instance id")
                                 .arg(ServerText::shown(QString::fromUtf8(json.mid(1, json.size() - 2)))));
        }
        const QString id = item.toString();
        if (!isInstanceId(id))
            return untrusted(
                QCoreApplication::translate("ApiReplies", "\"%1\" is not an instance id (ins- and 8 letters or digits)")
                    .arg(ServerText::shown(id.left(64))));
        if (seen.contains(id))
            return untrusted(QCoreApplication::translate("ApiReplies", "it names %1 twice").arg(id));
        seen.insert(id);
        r.instanceIds.append(id);
    }
    return r;
}

} // namespace ApiReplies
