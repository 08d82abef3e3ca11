#include "ApiReplies.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ApiReplies {
namespace {

const char *const kContext = "ApiReplies";

QString missing(const char *field)
{
    return QCoreApplication::translate(kContext, "the reply has no usable \"%1\"").arg(QLatin1StringView(field));
}

// A number, or a string holding one; otherwise fallback.
int looseInt(const QJsonValue &v, int fallback = 0, bool *ok = nullptr)
{
    bool good = false;
    int n = fallback;
    if (v.isDouble()) {
        const double d = v.toDouble();
        good = d >= -2147483648.0 && d <= 2147483647.0;
        if (good)
            n = int(d);
    } else if (v.isString()) {
        n = v.toString().trimmed().toInt(&good);
        if (!good)
            n = fallback;
    }
    if (ok)
        *ok = good;
    return n;
}

double looseDouble(const QJsonValue &v, bool *ok)
{
    if (v.isDouble()) {
        *ok = true;
        return v.toDouble();
    }
    return v.toString().trimmed().toDouble(ok);
}

// A string, or a number written out; other types give an empty string.
QString looseString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isString() && !v.toString().isEmpty())
        out.append(v.toString());
    for (const QJsonValue &item : v.toArray()) {
        const QString s = looseString(item);
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

// Replies put lists either at the top level or under "data".
QJsonValue field(const QJsonObject &reply, QLatin1StringView name)
{
    const QJsonValue top = reply.value(name);
    return top.isUndefined() ? reply.value("data"_L1).toObject().value(name) : top;
}

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

RunInstances parseRunInstances(const QJsonObject &reply)
{
    RunInstances r;
    const QJsonValue ids = field(reply, "unInstanceIds"_L1);
    r.instanceIds = stringList(ids);
    if (r.instanceIds.isEmpty())
        r.error = missing("unInstanceIds");
    return r;
}

DescribeInstances parseDescribeInstances(const QJsonObject &reply)
{
    DescribeInstances r;
    const QJsonValue set = field(reply, "instanceSet"_L1);
    if (!set.isArray()) {
        r.error = missing("instanceSet");
        return r;
    }
    for (const QJsonValue &v : set.toArray()) {
        const QJsonObject o = v.toObject();
        Instance i;
        i.instanceId = looseString(o.value("unInstanceId"_L1));
        if (i.instanceId.isEmpty())
            i.instanceId = looseString(o.value("instanceId"_L1));
        if (i.instanceId.isEmpty())
            continue; // nothing to track it by
        bool statusOk = false;
        i.status = looseInt(o.value("status"_L1), 0, &statusOk);
        i.state = statusOk ? stateForStatus(i.status) : InstanceState::Other;
        i.instanceName = looseString(o.value("instanceName"_L1));
        i.lanIp = looseString(o.value("lanIp"_L1));
        i.wanIps = stringList(o.value("wanIpSet"_L1));
        i.zoneId = looseInt(o.value("zoneId"_L1));
        i.cpu = looseInt(o.value("cpu"_L1));
        i.mem = looseInt(o.value("mem"_L1));
        i.createTime = looseString(o.value("createTime"_L1));
        i.os = looseString(o.value("os"_L1));
        r.instances.append(i);
    }
    r.totalCount = looseInt(field(reply, "totalCount"_L1), int(r.instances.size()));
    return r;
}

Zones parseZones(const QJsonObject &reply)
{
    Zones r;
    const QJsonValue set = field(reply, "zoneSet"_L1);
    if (!set.isArray()) {
        r.error = missing("zoneSet");
        return r;
    }
    for (const QJsonValue &v : set.toArray()) {
        const QJsonObject o = v.toObject();
        bool ok = false;
        const int id = looseInt(o.value("zoneId"_L1), 0, &ok);
        if (ok && id > 0)
            r.zones.append({id, looseString(o.value("zoneName"_L1))});
    }
    return r;
}

Images parseImages(const QJsonObject &reply)
{
    Images r;
    const QJsonValue set = field(reply, "imageSet"_L1);
    if (!set.isArray()) {
        r.error = missing("imageSet");
        return r;
    }
    for (const QJsonValue &v : set.toArray()) {
        const QJsonObject o = v.toObject();
        Image i;
        i.imageId = looseString(o.value("unImgId"_L1));
        if (i.imageId.isEmpty())
            continue;
        i.imageName = looseString(o.value("imageName"_L1));
        i.osName = looseString(o.value("osName"_L1));
        i.imageType = looseInt(o.value("imageType"_L1));
        i.isWindows = i.osName.contains("windows"_L1, Qt::CaseInsensitive);
        r.images.append(i);
    }
    r.totalCount = looseInt(field(reply, "totalCount"_L1), int(r.images.size()));
    return r;
}

KeyPairs parseKeyPairs(const QJsonObject &reply)
{
    KeyPairs r;
    const QJsonValue set = field(reply, "sshSet"_L1);
    if (!set.isArray()) {
        r.error = missing("sshSet");
        return r;
    }
    for (const QJsonValue &v : set.toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = looseString(o.value("keyId"_L1));
        if (!id.isEmpty())
            r.keyPairs.append({id, looseString(o.value("keyName"_L1))});
    }
    return r;
}

Price parsePrice(const QJsonObject &reply)
{
    Price r;
    const QJsonObject data = reply.value("data"_L1).toObject();
    const QJsonObject cvm = data.value("cvm"_L1).toObject();
    bool ok = false;
    r.instancePerHour = looseDouble(cvm.value("price"_L1), &ok);
    if (!ok || r.instancePerHour < 0) {
        r.error = missing("data.cvm.price");
        return r;
    }
    r.instanceUnit = looseString(cvm.value("price_unit"_L1));
    const QJsonObject bandwidth = data.value("bandwidth"_L1).toObject();
    bool bandwidthOk = false;
    const double bandwidthPrice = looseDouble(bandwidth.value("price"_L1), &bandwidthOk);
    r.bandwidthPerHour = bandwidthOk && bandwidthPrice >= 0 ? bandwidthPrice : 0;
    r.bandwidthUnit = looseString(bandwidth.value("price_unit"_L1));
    return r;
}

} // namespace ApiReplies
