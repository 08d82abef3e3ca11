#pragma once

// What the parts of API 3.0 (requests, replies, rules, template) share: its tables (regions, disk and
// charge types, states, error classes) and the tolerant readers of JSON values. Internal to v3/.

#include "order/PurchaseOrder.h"
#include "protocol/TemplateValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace V3Values {
using namespace Qt::StringLiterals;

namespace {
inline const char *const kTemplate = "OrderTemplate";

struct RegionName
{
    const char *name;
    const char *legacy;
};

// PROTOCOL.md section 7's regions under their API 3.0 names.
inline constexpr RegionName kRegions[] = {
    {"ap-guangzhou", "gz"},      {"ap-shanghai", "sh"},       {"ap-hongkong", "hk"},
    {"na-toronto", "ca"},        {"ap-shanghai-fsi", "shjr"}, {"ap-beijing", "bj"},
    {"ap-singapore", "sg"},      {"ap-shenzhen-fsi", "szjr"}, {"ap-guangzhou-open", "gzopen"},
    {"na-siliconvalley", "usw"}, {"ap-chengdu", "cd"},        {"eu-frankfurt", "de"},
    {"ap-seoul", "kr"},
};

inline constexpr const char *kDiskTypes[] = {"LOCAL_BASIC",   "LOCAL_SSD",  "CLOUD_BASIC", "CLOUD_SSD",
                                      "CLOUD_PREMIUM", "CLOUD_BSSD", "CLOUD_HSSD"};
inline constexpr const char *kInternetChargeTypes[] = {"TRAFFIC_POSTPAID_BY_HOUR", "BANDWIDTH_POSTPAID_BY_HOUR",
                                                "BANDWIDTH_PACKAGE", "BANDWIDTH_PREPAID"};
// PROTOCOL.md section 10: one set of specials for both families.
inline constexpr QLatin1StringView kSpecials("()`~!@#$%^&*-+=|{}[]:;',.?/");
inline constexpr int kMaxDataDisks = 21; // at most one of them local (PROTOCOL.md section 11)
inline constexpr const char *kLocalDiskTypes[] = {"LOCAL_BASIC", "LOCAL_SSD"};
inline constexpr int kMaxInstances = 500;
inline constexpr int kMaxInstanceName = 128;
inline constexpr int kMaxTags = 50;
inline constexpr int kMaxTagKey = 127;
inline constexpr int kMaxTagValue = 255;
inline constexpr const char *kReservedTagPrefixes[] = {"qcloud", "tencent", "project"};
inline constexpr int kMaxUserDataBase64 = 16 * 1024;
inline constexpr int kMaxSecurityGroups = 5;

struct StateCode
{
    const char *state;
    int status;
};

// InstanceState onto the API 2.0 status of the same meaning (PROTOCOL.md
// section 5), so that tracking, the journal and the status texts are shared.
inline constexpr StateCode kStates[] = {
    {"PENDING", 3},  {"RUNNING", 2},   {"LAUNCH_FAILED", -1}, {"STOPPED", 4},     {"STARTING", 8},
    {"STOPPING", 9}, {"REBOOTING", 7}, {"SHUTDOWN", 5},       {"TERMINATING", 6},
};

struct ErrorClass
{
    const char *code; // exact, or a prefix when it ends with '*'
    int errorClass;
};

// API 3.0 error codes onto PROTOCOL.md section 6's classes. The first match wins.
inline constexpr ErrorClass kErrorClasses[] = {
    {"InternalError*", 6000},
    {"RequestLimitExceeded*", 4400},
    {"AuthFailure.SignatureExpire", 4200},
    {"ReplayAttack", 4500},
    {"AuthFailure*", 4100},
    {"UnauthorizedOperation*", 4300},
    {"InvalidAccount.InsufficientBalance", 5300},
    {"InvalidAccount*", 5500},
    {"ResourceInsufficient*", 5200},
    {"ResourceUnavailable*", 5200},
    {"ResourcesSoldOut*", 5200},
    {"ResourceNotFound*", 5000},
    {"InvalidInstanceId.NotFound", 5000},
    {"LimitExceeded*", 4400},
    {"InvalidAction", 4000},
    {"InvalidParameter*", 4000},
    {"MissingParameter*", 4000},
    {"UnknownParameter*", 4000},
    {"InvalidPassword", 4000},
    {"InvalidZone*", 4000},
    {"InvalidRegion*", 4000},
    {"InvalidInstanceType*", 4000},
    {"InvalidImageId*", 4000},
    {"UnsupportedProtocol", 4600},
    {"UnsupportedRegion", 4000},
    {"NoSuchVersion", 6100},
    {"ServiceUnavailable", 6200},
};

inline bool isIdOf(const QString &value, QLatin1StringView prefix)
{
    static const QRegularExpression tail(u"^[a-z0-9]+$"_s);
    return value.startsWith(prefix) && tail.match(QStringView(value).mid(prefix.size())).hasMatch();
}

template <typename Names> inline bool isOneOf(const QString &value, const Names &names)
{
    for (const char *name : names)
        if (value == QLatin1StringView(name))
            return true;
    return false;
}

template <typename Names> inline QString joined(const Names &names)
{
    QStringList out;
    for (const char *name : names)
        out.append(QString::fromLatin1(name));
    return out.join(u", "_s);
}

inline QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

inline QJsonArray diskArray(const QList<PurchaseOrder::Disk> &disks, const char *typeKey, const char *sizeKey)
{
    QJsonArray out;
    for (const PurchaseOrder::Disk &d : disks)
        out.append(QJsonObject{{QLatin1StringView(typeKey), d.type}, {QLatin1StringView(sizeKey), d.size}});
    return out;
}

inline QStringList looseStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        if (item.isString() && !item.toString().isEmpty())
            out.append(item.toString());
    return out;
}

inline int looseInt(const QJsonValue &v, int fallback)
{
    if (v.isDouble())
        return TemplateValues::isInteger(v) ? v.toInt() : fallback;
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}
} // namespace

inline const char *const kImageTypes[] = {"", "PRIVATE_IMAGE", "PUBLIC_IMAGE", "MARKET_IMAGE", "SHARED_IMAGE"};

inline QString noUsable(const char *field)
{
    return QCoreApplication::translate("ApiReplies", "the reply has no usable \"%1\"")
        .arg(QLatin1StringView(field));
}

inline double looseDouble(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : v.toString().toDouble();
}

inline QJsonArray filter(const char *name, const QString &value)
{
    return QJsonArray{QJsonObject{{"Name"_L1, QLatin1StringView(name)}, {"Values"_L1, QJsonArray{value}}}};
}

// API 3.0's own settings in PurchaseOrder::own.
inline QStringList securityGroupIds(const PurchaseOrder &o)
{
    QStringList ids;
    for (const QJsonValue &id : o.own.value("securityGroupIds"_L1).toArray())
        ids.append(id.toString());
    return ids;
}

// An empty list is no setting: the project's default group.
inline void setSecurityGroupIds(PurchaseOrder &o, const QStringList &ids)
{
    if (ids.isEmpty())
        o.own.remove("securityGroupIds"_L1);
    else
        o.own.insert("securityGroupIds"_L1, QJsonArray::fromStringList(ids));
}

// The other 3.0-only settings (CONTRACTS.md, "Order template for API 3.0"), each in PurchaseOrder::own under
// its template key only when it is set: "tags" {key: value}, "hostName" and "userData" texts,
// "disableApiTermination" true, and "deleteWithInstance", one entry per data disk (true, false, or null for
// the API's default, which is true).
inline QJsonObject tags(const PurchaseOrder &o)
{
    return o.own.value("tags"_L1).toObject();
}

inline QString ownText(const PurchaseOrder &o, QLatin1StringView key)
{
    return o.own.value(key).toString();
}

inline bool disableApiTermination(const PurchaseOrder &o)
{
    return o.own.value("disableApiTermination"_L1).toBool(false);
}

// "terminateAt": when the cloud destroys the instances (ActionTimer), as typed: ISO 8601 with a zone.
enum class ZonedTime { Ok, Format, NoZone };

// Reads an ISO 8601 time such as 2026-12-08T18:00:00+08:00 (or ...Z); *time is set when it is one.
inline ZonedTime readZonedTime(const QString &text, QDateTime *time)
{
    static const QRegularExpression form(
        u"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2})?$"_s);
    const QRegularExpressionMatch match = form.match(text);
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!match.hasMatch() || !parsed.isValid())
        return ZonedTime::Format;
    if (match.captured(2).isEmpty())
        return ZonedTime::NoZone;
    *time = parsed;
    return ZonedTime::Ok;
}

// ActionTimer's ActionTime: UTC, YYYY-MM-DDThh:mm:ssZ.
inline QString actionTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

// An unset value (empty text, object or list, false, null) leaves no trace in the order.
inline void setOwn(PurchaseOrder &o, const QString &key, const QJsonValue &value)
{
    o.setOwn(key, value);
}

// Whether data disk `index` goes with its instance: unset means the API's default.
inline QJsonValue deleteWithInstance(const PurchaseOrder &o, qsizetype index)
{
    const QJsonValue flag = o.own.value("deleteWithInstance"_L1).toArray().at(index);
    return flag.isBool() ? flag : QJsonValue();
}

// The data disks as {type, size[, deleteWithInstance]} under the given names.
inline QJsonArray dataDiskArray(const PurchaseOrder &o, const char *typeKey, const char *sizeKey,
                                const char *deleteKey)
{
    QJsonArray out = diskArray(o.dataDisks, typeKey, sizeKey);
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (const QJsonValue flag = deleteWithInstance(o, i); flag.isBool()) {
            QJsonObject disk = out.at(i).toObject();
            disk.insert(QLatin1StringView(deleteKey), flag);
            out.replace(i, disk);
        }
    }
    return out;
}
} // namespace V3Values
