#include "protocol/v2/V2Replies.h"

#include "api/ServerText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ApiReplies;

namespace V2Replies {
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


// A whole number, or a string holding one; anything else is not a code.
int wholeNumber(const QJsonValue &v, bool *ok)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        *ok = d == std::floor(d) && d >= -2147483648.0 && d <= 2147483647.0;
        return *ok ? int(d) : 0;
    }
    return v.toString().toInt(ok);
}
} // namespace

ApiResult parseReply(int httpStatus, const QByteArray &body)
{
    ApiResult r;
    r.httpStatus = httpStatus;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        if (httpStatus != 200) {
            r.status = ApiResult::Status::HttpError;
            return r;
        }
        r.status = ApiResult::Status::BadReply;
        r.message = parseError.error != QJsonParseError::NoError ? QCoreApplication::translate("ApiResult", "not JSON (%1)").arg(parseError.errorString())
                                                                   : QCoreApplication::translate("ApiResult", "not a JSON object");
        return r;
    }
    const QJsonObject object = doc.object();
    bool codeOk = false;
    r.code = wholeNumber(object.value("code"_L1), &codeOk);
    if (!codeOk) {
        r.status = httpStatus == 200 ? ApiResult::Status::BadReply : ApiResult::Status::HttpError;
        r.message =
            object.value("Response"_L1).isObject()
                ? QCoreApplication::translate("ApiResult", "the endpoint answered like an API 3.0 endpoint; an API 2.0 order needs an API 2.0 "
                     "endpoint, such as https://cvm.api.qcloud.com/v2/index.php")
                : QCoreApplication::translate("ApiResult", "the reply has no numeric \"code\"");
        return r;
    }
    r.message = object.value("message"_L1).toString();
    r.codeDesc = object.value("codeDesc"_L1).toString();
    if (r.code != 0) {
        r.status = ApiResult::Status::ApiError;
        return r;
    }
    r.status = ApiResult::Status::Ok;
    r.data = object;
    return r;
}

RunInstances parseRunInstances(const QJsonObject &reply, int ordered)
{
    return boughtIds(field(reply, "unInstanceIds"_L1), "unInstanceIds"_L1, ordered);
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
        if (i.instanceId.isEmpty() || ServerText::hasControls(i.instanceId))
            continue; // nothing to track it by
        bool statusOk = false;
        i.status = looseInt(o.value("status"_L1), 0, &statusOk);
        i.state = statusOk ? stateForStatus(i.status) : InstanceState::Other;
        // API 2.0 says no more of a failure than its status.
        if (i.state == InstanceState::Failed)
            i.failureReason = QCoreApplication::translate("ApiReplies", "the cloud reports “%1” (status %2)")
                                  .arg(statusText(i.status))
                                  .arg(i.status);
        i.instanceName = givenName(ServerText::shown(looseString(o.value("instanceName"_L1))));
        i.lanIp = ServerText::shown(looseString(o.value("lanIp"_L1)));
        for (const QString &ip : stringList(o.value("wanIpSet"_L1)))
            i.wanIps.append(ServerText::shown(ip));
        i.zoneId = looseInt(o.value("zoneId"_L1));
        i.cpu = looseInt(o.value("cpu"_L1));
        i.mem = looseInt(o.value("mem"_L1));
        i.createTime = looseString(o.value("createTime"_L1));
        i.os = ServerText::shown(looseString(o.value("os"_L1)));
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
            r.zones.append({id, ServerText::shown(looseString(o.value("zoneName"_L1))), QString::number(id)});
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
        i.imageName = ServerText::shown(looseString(o.value("imageName"_L1)));
        i.osName = ServerText::shown(looseString(o.value("osName"_L1)));
        i.imageType = looseInt(o.value("imageType"_L1));
        i.isWindows = i.osName.contains("windows"_L1, Qt::CaseInsensitive);
        i.platform = i.isWindows ? u"Windows"_s : i.osName.section(u' ', 0, 0);
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
            r.keyPairs.append({id, ServerText::shown(looseString(o.value("keyName"_L1)))});
    }
    r.totalCount = int(r.keyPairs.size()); // all of them, at once
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

} // namespace V2Replies
