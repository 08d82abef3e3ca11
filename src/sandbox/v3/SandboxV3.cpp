#include "sandbox/v3/SandboxV3.h"

#include "order/Catalog.h"
#include "order/NamePattern.h"
#include "order/OrderValidator.h"
#include "order/PurchaseOrder.h"
#include "protocol/TemplateValues.h"
#include "protocol/v3/Tc3Signer.h"
#include "protocol/v3/V3Protocol.h"
#include "sandbox/SandboxServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct SandboxType
{
    const char *type;
    const char *family;
    const char *typeName;
    int cpu;
    int memory;
    bool soldOut;
};

// What every sandbox zone sells by the hour; one type is sold out everywhere,
// so that clients can show and refuse it.
constexpr SandboxType kTypes[] = {
    {"S5.SMALL2", "S5", "Standard S5", 1, 2, false},
    {"S5.MEDIUM4", "S5", "Standard S5", 2, 4, false},
    {"S5.MEDIUM8", "S5", "Standard S5", 2, 8, false},
    {"S5.LARGE8", "S5", "Standard S5", 4, 8, false},
    {"S5.LARGE16", "S5", "Standard S5", 4, 16, false},
    {"S5.2XLARGE16", "S5", "Standard S5", 8, 16, false},
    {"S5.2XLARGE32", "S5", "Standard S5", 8, 32, true},
    {"SA2.MEDIUM4", "SA2", "Standard AMD SA2", 2, 4, false},
    {"SA2.LARGE8", "SA2", "Standard AMD SA2", 4, 8, false},
    {"S1.SMALL1", "S1", "Standard S1", 1, 1, false},
    {"S1.SMALL2", "S1", "Standard S1", 1, 2, false},
};
constexpr const char *kSoldOutReason = "The zone has no stock of this instance type left.";
// As the cloud says it to a request in Chinese (X-TC-Language: zh-CN).
constexpr const char16_t *kSoldOutReasonZh = u"该可用区已没有此机型的库存。";

struct DiskRate
{
    const char *type;
    double perGbHour;
};
constexpr DiskRate kDiskRates[] = {
    {"LOCAL_BASIC", 0.0002},   {"LOCAL_SSD", 0.0006},  {"CLOUD_BASIC", 0.0003}, {"CLOUD_SSD", 0.001},
    {"CLOUD_PREMIUM", 0.0005}, {"CLOUD_BSSD", 0.0007}, {"CLOUD_HSSD", 0.0012}};

const char *const kImageTypeNames[] = {"", "PRIVATE_IMAGE", "PUBLIC_IMAGE", "MARKET_IMAGE", "SHARED_IMAGE"};

const SandboxType *findType(const QString &type)
{
    for (const SandboxType &t : kTypes)
        if (type == QLatin1StringView(t.type))
            return &t;
    return nullptr;
}

QJsonObject error(const QString &code, const QString &message)
{
    return {
        {"Response"_L1, QJsonObject{{"Error"_L1, QJsonObject{{"Code"_L1, code}, {"Message"_L1, message}}},
                                    {"RequestId"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces)}}}};
}

QJsonObject success(QJsonObject response = {})
{
    response.insert("RequestId"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces));
    return {{"Response"_L1, response}};
}

// The fields of the official SDK's models (cvm_models.d.ts): the cloud answers any other with
// UnknownParameter (PROTOCOL.md section 11).
constexpr const char *kRunInstancesFields[] = {"InstanceChargeType",
                                               "InstanceChargePrepaid",
                                               "Placement",
                                               "InstanceType",
                                               "ImageId",
                                               "SystemDisk",
                                               "DataDisks",
                                               "VirtualPrivateCloud",
                                               "InternetAccessible",
                                               "InstanceCount",
                                               "MinCount",
                                               "InstanceName",
                                               "LoginSettings",
                                               "SecurityGroupIds",
                                               "EnhancedService",
                                               "ClientToken",
                                               "HostName",
                                               "ActionTimer",
                                               "DisasterRecoverGroupIds",
                                               "TagSpecification",
                                               "InstanceMarketOptions",
                                               "UserData",
                                               "Metadata",
                                               "DryRun",
                                               "CpuTopology",
                                               "CamRoleName",
                                               "HpcClusterId",
                                               "LaunchTemplate",
                                               "DedicatedClusterId",
                                               "ChcIds",
                                               "PartitionNumber",
                                               "DisableApiTermination",
                                               "EnableJumboFrame",
                                               "NetworkInterfaces"};
constexpr const char *kInquiryPriceFields[] = {"Placement",          "ImageId",
                                               "InstanceChargeType", "InstanceChargePrepaid",
                                               "InstanceType",       "SystemDisk",
                                               "DataDisks",          "VirtualPrivateCloud",
                                               "InternetAccessible", "InstanceCount",
                                               "InstanceName",       "LoginSettings",
                                               "SecurityGroupIds",   "EnhancedService",
                                               "ClientToken",        "HostName",
                                               "TagSpecification",   "InstanceMarketOptions",
                                               "Metadata",           "HpcClusterId",
                                               "CpuTopology",        "LaunchTemplate",
                                               "NetworkInterfaces"};
constexpr const char *kActionTimerFields[] = {"TimerAction",   "ActionTime", "Externals",
                                              "ActionTimerId", "Status",     "InstanceId"};
constexpr const char *kDataDiskFields[] = {
    "DiskSize",   "DiskType",         "DiskId",   "DeleteWithInstance",
    "SnapshotId", "Encrypt",          "KmsKeyId", "ThroughputPerformance",
    "CdcId",      "BurstPerformance", "DiskName"};

template <typename Names> bool known(const QString &name, const Names &names)
{
    return std::any_of(std::begin(names), std::end(names),
                       [&](const char *known) { return name == QLatin1StringView(known); });
}

// What the cloud answers a RunInstances or InquiryPriceRunInstances body its model does not describe: a
// field it lacks (UnknownParameter), a value of the wrong JSON type (InvalidParameter), UserData that is no
// base64 (InvalidParameterValue). Types are checked for the fields the settings admins use carry.
QJsonObject shapeRefusal(const QJsonObject &body, bool inquiry)
{
    const auto unknown = [](const QString &where) {
        return error(u"UnknownParameter"_s, u"the parameter %1 is not known"_s.arg(where));
    };
    const auto wrongType = [](const QString &where, const char *type) {
        return error(u"InvalidParameter"_s, u"%1 must be a JSON %2"_s.arg(where, QLatin1StringView(type)));
    };
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!(inquiry ? known(it.key(), kInquiryPriceFields) : known(it.key(), kRunInstancesFields)))
            return unknown(it.key());
    for (const char *name : {"HostName", "UserData"})
        if (body.contains(QLatin1StringView(name)) && !body.value(QLatin1StringView(name)).isString())
            return wrongType(QLatin1StringView(name), "string");
    if (body.contains("DisableApiTermination"_L1) && !body.value("DisableApiTermination"_L1).isBool())
        return wrongType(u"DisableApiTermination"_s, "boolean");
    if (body.contains("DataDisks"_L1)) {
        if (!body.value("DataDisks"_L1).isArray())
            return wrongType(u"DataDisks"_s, "array");
        const QJsonArray disks = body.value("DataDisks"_L1).toArray();
        for (qsizetype i = 0; i < disks.size(); ++i) {
            const QString where = u"DataDisks.%1"_s.arg(i);
            if (!disks.at(i).isObject())
                return wrongType(where, "object");
            const QJsonObject disk = disks.at(i).toObject();
            for (auto it = disk.begin(); it != disk.end(); ++it)
                if (!known(it.key(), kDataDiskFields))
                    return unknown(where + u'.' + it.key());
            if (!disk.value("DiskSize"_L1).isDouble())
                return wrongType(where + u".DiskSize"_s, "number");
            if (disk.contains("DiskType"_L1) && !disk.value("DiskType"_L1).isString())
                return wrongType(where + u".DiskType"_s, "string");
            if (disk.contains("DeleteWithInstance"_L1) && !disk.value("DeleteWithInstance"_L1).isBool())
                return wrongType(where + u".DeleteWithInstance"_s, "boolean");
        }
    }
    if (body.contains("TagSpecification"_L1)) {
        if (!body.value("TagSpecification"_L1).isArray())
            return wrongType(u"TagSpecification"_s, "array");
        const QJsonArray specs = body.value("TagSpecification"_L1).toArray();
        for (qsizetype i = 0; i < specs.size(); ++i) {
            const QString where = u"TagSpecification.%1"_s.arg(i);
            const QJsonObject spec = specs.at(i).toObject();
            if (!specs.at(i).isObject())
                return wrongType(where, "object");
            for (auto it = spec.begin(); it != spec.end(); ++it)
                if (it.key() != "ResourceType"_L1 && it.key() != "Tags"_L1)
                    return unknown(where + u'.' + it.key());
            if (!spec.value("ResourceType"_L1).isString())
                return wrongType(where + u".ResourceType"_s, "string");
            if (!spec.value("Tags"_L1).isArray())
                return wrongType(where + u".Tags"_s, "array");
            const QJsonArray tags = spec.value("Tags"_L1).toArray();
            // A resource carries at most 50 tags (the tag service's quota); the code is RunInstances' own
            // (tencentcloud-sdk-go cvm/v20170312/errors.go).
            if (tags.size() > 50)
                return error(u"InvalidParameterValue.TagQuotaLimitExceeded"_s,
                             u"%1.Tags: at most 50 tags per resource"_s.arg(where));
            for (qsizetype t = 0; t < tags.size(); ++t) {
                const QString tagWhere = u"%1.Tags.%2"_s.arg(where).arg(t);
                const QJsonObject tag = tags.at(t).toObject();
                if (!tags.at(t).isObject())
                    return wrongType(tagWhere, "object");
                for (auto it = tag.begin(); it != tag.end(); ++it)
                    if (it.key() != "Key"_L1 && it.key() != "Value"_L1)
                        return unknown(tagWhere + u'.' + it.key());
                if (!tag.value("Key"_L1).isString())
                    return wrongType(tagWhere + u".Key"_s, "string");
                if (!tag.value("Value"_L1).isString())
                    return wrongType(tagWhere + u".Value"_s, "string");
            }
        }
    }
    // ActionTimer as the cloud takes it at purchase: destruction only, at a UTC time more than 5 minutes
    // ahead.
    if (body.contains("ActionTimer"_L1)) {
        if (!body.value("ActionTimer"_L1).isObject())
            return wrongType(u"ActionTimer"_s, "object");
        const QJsonObject timer = body.value("ActionTimer"_L1).toObject();
        for (auto it = timer.begin(); it != timer.end(); ++it)
            if (!known(it.key(), kActionTimerFields))
                return unknown(u"ActionTimer."_s + it.key());
        for (const char *name : {"TimerAction", "ActionTime"})
            if (timer.contains(QLatin1StringView(name)) && !timer.value(QLatin1StringView(name)).isString())
                return wrongType(u"ActionTimer."_s + QLatin1StringView(name), "string");
        if (timer.value("TimerAction"_L1).toString() != "TerminateInstances"_L1)
            return error(u"InvalidParameterValue"_s, u"ActionTimer.TimerAction must be TerminateInstances"_s);
        static const QRegularExpression utcForm(
            u"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"_s);
        const QString timeText = timer.value("ActionTime"_L1).toString();
        const QDateTime time = QDateTime::fromString(timeText, Qt::ISODate);
        if (!utcForm.match(timeText).hasMatch() || !time.isValid())
            return error(u"InvalidParameterValue"_s,
                         u"ActionTimer.ActionTime must be a UTC time like 2026-12-08T10:00:00Z"_s);
        if (time.toSecsSinceEpoch() <= QDateTime::currentSecsSinceEpoch() + 5 * 60)
            return error(u"InvalidParameterValue"_s,
                         u"ActionTimer.ActionTime must be more than 5 minutes ahead"_s);
    }
    if (body.contains("UserData"_L1) &&
        !QByteArray::fromBase64Encoding(body.value("UserData"_L1).toString().toLatin1(),
                                        QByteArray::AbortOnBase64DecodingErrors))
        return error(u"InvalidParameterValue"_s, u"UserData must be base64"_s);
    return {};
}

QJsonArray tagArray(const QList<QPair<QString, QString>> &tags)
{
    QJsonArray out;
    for (const auto &[key, value] : tags)
        out.append(QJsonObject{{"Key"_L1, key}, {"Value"_L1, value}});
    return out;
}

// Filters [{Name, Values}] as name -> values.
QHash<QString, QStringList> filtersOf(const QJsonObject &body)
{
    QHash<QString, QStringList> out;
    for (const QJsonValue &f : body.value("Filters"_L1).toArray()) {
        QStringList values;
        for (const QJsonValue &v : f.toObject().value("Values"_L1).toArray())
            values.append(v.toString());
        out.insert(f.toObject().value("Name"_L1).toString(), values);
    }
    return out;
}

// The sandbox's zones of a 3.0 region: the built-in catalog's, named "<region>-<n>".
QList<QPair<QString, Catalog::Zone>> zonesOf(const QString &region)
{
    QList<QPair<QString, Catalog::Zone>> out;
    const Catalog::Region *r = Catalog::builtIn().region(V3Protocol::legacyRegion(region));
    if (!r)
        return out;
    for (const Catalog::Zone &zone : r->zones)
        out.append({region + u'-' + QString::number(zone.id % 100), zone});
    return out;
}

bool isZoneOf(const QString &zone, const QString &region)
{
    const auto zones = zonesOf(region);
    return std::any_of(zones.cbegin(), zones.cend(), [&](const auto &z) { return z.first == zone; });
}

// The services the sandbox serves, each with its API version (PROTOCOL.md section 11): a request is the
// service's its credential scope names, as the real cloud's endpoint of that service takes it.
struct Service
{
    const char *name;
    const char *version;
};
const Service kServices[] = {
    {Tc3Signer::kService, V3Protocol::kVersion},
    {V3Protocol::kVpcService, V3Protocol::kVpcVersion},
    {V3Protocol::kTagService, V3Protocol::kTagVersion},
};

const Service *findService(const QByteArray &name)
{
    for (const Service &service : kServices)
        if (name == service.name)
            return &service;
    return nullptr;
}

// The service whose action it is (cvm's: every other action the sandbox knows, and those it does not).
QString serviceOfAction(const QString &action)
{
    if (action == "DescribeVpcs"_L1 || action == "DescribeSubnets"_L1 ||
        action == "DescribeSecurityGroups"_L1)
        return QString::fromLatin1(V3Protocol::kVpcService);
    if (action == "DescribeProjects"_L1)
        return QString::fromLatin1(V3Protocol::kTagService);
    return QString::fromLatin1(Tc3Signer::kService);
}

// The demo account's resources. Ids have the cloud's form, "<prefix>-" and 8 lowercase letters or digits,
// derived from the region and the resource's name so that they stay the same from run to run.
QString demoId(const char *prefix, const QString &region, const QString &name)
{
    static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    const QByteArray hash =
        QCryptographicHash::hash((region + u'/' + name).toUtf8(), QCryptographicHash::Sha256);
    QString id = QString::fromLatin1(prefix) + u'-';
    for (int i = 0; i < 8; ++i)
        id += QLatin1Char(kAlphabet[quint8(hash.at(i)) % 36]);
    return id;
}

struct DemoVpc
{
    QString id;
    QString name;
    QString cidr;
    bool isDefault;
};

struct DemoSubnet
{
    QString id;
    QString name;
    QString vpcId;
    QString zone;
    QString cidr;
    int availableIps;
    bool isDefault;
};

struct DemoGroup
{
    QString id;
    QString name;
    QString description;
    bool isDefault;
};

// Per region: the default VPC and a second one.
QList<DemoVpc> vpcsOf(const QString &region)
{
    if (V3Protocol::legacyRegion(region).isEmpty())
        return {};
    return {{demoId("vpc", region, u"Default-VPC"_s), u"Default-VPC"_s, u"172.16.0.0/16"_s, true},
            {demoId("vpc", region, u"prod-vpc"_s), u"prod-vpc"_s, u"10.0.0.0/16"_s, false}};
}

// The default VPC has a subnet in every zone of the region, the second one in its first two zones; each
// has its own count of free addresses.
QList<DemoSubnet> subnetsOf(const QString &region)
{
    const QList<DemoVpc> vpcs = vpcsOf(region);
    QList<DemoSubnet> out;
    if (vpcs.isEmpty())
        return out;
    const auto zones = zonesOf(region);
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const QString zone = zones.at(i).first;
        const QString name = u"Default-Subnet-"_s + zone;
        out.append({demoId("subnet", region, name), name, vpcs.at(0).id, zone,
                    u"172.16.%1.0/20"_s.arg(i * 16), int(4093 - 37 * i), true});
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(2, zones.size()); ++i) {
        const QString zone = zones.at(i).first;
        const QString name = u"prod-web-"_s + zone;
        out.append({demoId("subnet", region, name), name, vpcs.at(1).id, zone, u"10.0.%1.0/24"_s.arg(i + 1),
                    int(251 - 12 * (i + 1)), false});
    }
    return out;
}

QList<DemoGroup> securityGroupsOf(const QString &region)
{
    if (V3Protocol::legacyRegion(region).isEmpty())
        return {};
    const auto group = [&](const QString &name, const QString &description, bool isDefault) {
        return DemoGroup{demoId("sg", region, name), name, description, isDefault};
    };
    return {group(u"default"_s, u"System created security group"_s, true),
            group(u"web-80-443"_s, u"HTTP and HTTPS from anywhere"_s, false),
            group(u"ssh-office"_s, u"SSH from the office only"_s, false),
            group(u"db-internal"_s, u"MySQL within the VPC"_s, false)};
}

struct DemoProject
{
    qint64 id;
    const char *name;
};
// The account's projects besides the default project 0, which every account has (the sandbox lists the
// others only).
constexpr DemoProject kProjects[] = {{1001, "web-shop"}, {1002, "data-platform"}, {1003, "ops-tools"}};

// The fields of the official SDK's models of the lookups (vpc_models.d.ts, tag_models.d.ts).
constexpr const char *kDescribeVpcsFields[] = {"VpcIds", "Filters", "Offset", "Limit"};
constexpr const char *kDescribeSubnetsFields[] = {"SubnetIds", "Filters",    "Offset",
                                                  "Limit",     "MaxResults", "NextToken"};
constexpr const char *kDescribeSecurityGroupsFields[] = {
    "SecurityGroupIds", "Filters", "Offset", "Limit", "OrderField", "OrderDirection"};
constexpr const char *kDescribeProjectsFields[] = {"AllList", "Limit", "Offset", "ProjectId", "ProjectName"};

// A lookup's body as its model has it: no unknown field (UnknownParameter), vpc's Offset and Limit strings
// of whole numbers and tag's numbers (InvalidParameter otherwise), Limit within the service's maximum
// (InvalidParameterValue.Range, an error code of vpc's and tag's). `required` lists the fields that must be
// there (tag's AllList, Limit and Offset: MissingParameter). The page is returned in *offset and *limit.
template <typename Names>
QJsonObject pageRefusal(const QJsonObject &body, const Names &fields, bool numbers, int maxLimit,
                        std::initializer_list<const char *> required, int *offset, int *limit)
{
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!known(it.key(), fields))
            return error(u"UnknownParameter"_s, u"the parameter %1 is not known"_s.arg(it.key()));
    for (const char *name : required)
        if (!body.contains(QLatin1StringView(name)))
            return error(u"MissingParameter"_s,
                         u"the parameter %1 is required"_s.arg(QLatin1StringView(name)));
    *offset = 0;
    *limit = 20;
    for (const auto &[name, out] : {std::pair<const char *, int *>{"Offset", offset}, {"Limit", limit}}) {
        const QJsonValue v = body.value(QLatin1StringView(name));
        if (v.isUndefined())
            continue;
        bool ok = numbers ? v.isDouble() && TemplateValues::isInteger(v) : v.isString();
        const qint64 n = numbers ? qint64(v.toDouble()) : v.toString().toLongLong(&ok);
        if (!ok)
            return error(u"InvalidParameter"_s,
                         u"%1 must be a JSON %2 of a whole number"_s.arg(
                             QLatin1StringView(name), numbers ? u"number"_s : u"string"_s));
        if (n < 0 || n > 1'000'000'000)
            return error(u"InvalidParameterValue.Range"_s,
                         u"%1 is out of range"_s.arg(QLatin1StringView(name)));
        *out = int(n);
    }
    if (*limit < 1 || *limit > maxLimit)
        return error(u"InvalidParameterValue.Range"_s, u"Limit must be 1 to %1"_s.arg(maxLimit));
    return {};
}

// The Filters of a vpc lookup: [{Name, Values: [strings]}] with names the action knows
// (InvalidParameter.FilterInvalidKey, vpc's error code, otherwise).
QJsonObject filterRefusal(const QJsonObject &body, const QStringList &names)
{
    const QJsonValue filters = body.value("Filters"_L1);
    if (filters.isUndefined())
        return {};
    if (!filters.isArray())
        return error(u"InvalidParameter"_s, u"Filters must be a JSON array"_s);
    for (const QJsonValue &f : filters.toArray()) {
        const QJsonObject filter = f.toObject();
        if (!f.isObject() || !filter.value("Name"_L1).isString() || !filter.value("Values"_L1).isArray())
            return error(u"InvalidParameter"_s,
                         u"each filter must be {\"Name\": string, \"Values\": [string]}"_s);
        for (const QJsonValue &value : filter.value("Values"_L1).toArray())
            if (!value.isString())
                return error(u"InvalidParameter"_s, u"filter values must be strings"_s);
        if (!names.contains(filter.value("Name"_L1).toString()))
            return error(u"InvalidParameter.FilterInvalidKey"_s,
                         u"the filter \"%1\" does not exist"_s.arg(filter.value("Name"_L1).toString()));
    }
    return {};
}

// An id list field (VpcIds, SubnetIds, SecurityGroupIds): the ids asked for, or none.
QStringList idsOf(const QJsonObject &body, const char *field)
{
    QStringList out;
    for (const QJsonValue &v : body.value(QLatin1StringView(field)).toArray())
        out.append(v.toString());
    return out;
}

QJsonArray pageOf(const QJsonArray &all, int offset, int limit)
{
    QJsonArray out;
    for (qsizetype i = offset; i < all.size() && out.size() < limit; ++i)
        out.append(all.at(i));
    return out;
}

struct Price
{
    double instancePerHour = 0; // all instances
    double bandwidth = 0;
    QString bandwidthUnit;
};

Price priceOf(const PurchaseOrder &o, const SandboxType &type, bool windows)
{
    auto diskRate = [](const QString &diskType) {
        for (const DiskRate &r : kDiskRates)
            if (diskType == QLatin1StringView(r.type))
                return r.perGbHour;
        return 0.0;
    };
    double perInstance = type.cpu * SandboxServer::kPricePerCore + type.memory * SandboxServer::kPricePerGb +
                         (windows ? SandboxServer::kWindowsPerCore * type.cpu : 0);
    perInstance += diskRate(o.systemDisk.type) * o.systemDisk.size;
    for (const PurchaseOrder::Disk &d : o.dataDisks)
        perInstance += diskRate(d.type) * d.size;
    Price p;
    p.instancePerHour = SandboxServer::roundPrice(perInstance * o.goodsNum);
    const bool byTraffic = o.internetChargeType == "TRAFFIC_POSTPAID_BY_HOUR"_L1;
    p.bandwidth = SandboxServer::roundPrice(o.bandwidth <= 0 ? 0
                                            : byTraffic      ? SandboxServer::kTrafficPerGb
                                                        : o.bandwidth * SandboxServer::kBandwidthPerMbpsHour *
                                                              o.goodsNum);
    p.bandwidthUnit = byTraffic ? u"GB"_s : u"HOUR"_s;
    return p;
}

// RunInstances' VirtualPrivateCloud and SecurityGroupIds against the demo account's resources of the region.
QJsonObject networkRefusal(const QJsonObject &body, const QString &zone, const QString &region)
{
    const QJsonObject vpc = body.value("VirtualPrivateCloud"_L1).toObject();
    const QString vpcId = vpc.value("VpcId"_L1).toString();
    const QString subnetId = vpc.value("SubnetId"_L1).toString();
    if (!vpcId.isEmpty()) {
        const QList<DemoVpc> vpcs = vpcsOf(region);
        if (std::none_of(vpcs.begin(), vpcs.end(), [&](const DemoVpc &v) { return v.id == vpcId; }))
            return error(u"InvalidParameterValue.VpcIdNotExist"_s,
                         u"the VPC %1 does not exist in %2"_s.arg(vpcId, region));
    }
    if (!subnetId.isEmpty()) {
        const QList<DemoSubnet> subnets = subnetsOf(region);
        const auto subnet = std::find_if(subnets.begin(), subnets.end(),
                                         [&](const DemoSubnet &s) { return s.id == subnetId; });
        if (subnet == subnets.end())
            return error(u"InvalidParameterValue.SubnetNotExist"_s,
                         u"the subnet %1 does not exist in %2"_s.arg(subnetId, region));
        if (subnet->vpcId != vpcId)
            return error(u"InvalidParameterValue.VpcIdSubnetIdNotMatch"_s,
                         u"the subnet %1 is in the VPC %2, not in %3"_s.arg(subnetId, subnet->vpcId, vpcId));
        if (subnet->zone != zone)
            return error(u"InvalidParameterValue.SubnetIdZoneIdNotMatch"_s,
                         u"the subnet %1 is in the zone %2, not in %3"_s.arg(subnetId, subnet->zone, zone));
    }
    const QList<DemoGroup> groups = securityGroupsOf(region);
    for (const QJsonValue &id : body.value("SecurityGroupIds"_L1).toArray())
        if (std::none_of(groups.begin(), groups.end(),
                         [&](const DemoGroup &g) { return g.id == id.toString(); }))
            return error(u"InvalidSecurityGroupId.NotFound"_s,
                         u"the security group %1 does not exist in %2"_s.arg(id.toString(), region));
    return {};
}

} // namespace

SandboxProtocol::Kind SandboxV3::kind(const SandboxRequest &request) const
{
    const QByteArray action = request.header("X-TC-Action");
    if (action == "RunInstances")
        return Kind::Run;
    return action == "DescribeInstances" ? Kind::Describe : Kind::Other;
}

QJsonObject SandboxV3::busyReply() const
{
    return error(u"RequestLimitExceeded"_s, u"too many requests; try again later"_s);
}

QJsonObject SandboxV3::handle(const SandboxRequest &request)
{
    const QString action = QString::fromLatin1(request.header("X-TC-Action"));
    QString serviceName;
    const QJsonObject refusal = check(request, action, &serviceName);
    if (!refusal.isEmpty())
        return refusal;
    // An action of another service than the credential scope's is unknown to the service the request is for.
    if (serviceOfAction(action) != serviceName)
        return error(u"InvalidAction"_s, u"the service %1 has no action \"%2\""_s.arg(serviceName, action));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString region = QString::fromLatin1(request.header("X-TC-Region"));
    m_cloud.countRequest(action);
    if (action == "RunInstances"_L1)
        return runInstances(body, region);
    if (action == "DescribeInstances"_L1)
        return describeInstances(body, region);
    if (action == "TerminateInstances"_L1)
        return terminateInstances(body, region);
    if (action == "DescribeZones"_L1)
        return describeZones(region);
    if (action == "DescribeZoneInstanceConfigInfos"_L1)
        return describeZoneConfigs(body, region, request.header("X-TC-Language") == "zh-CN");
    if (action == "DescribeImages"_L1)
        return describeImages(body);
    if (action == "DescribeKeyPairs"_L1)
        return describeKeyPairs(body);
    if (action == "InquiryPriceRunInstances"_L1)
        return inquiryPrice(body, region);
    if (action == "DescribeVpcs"_L1)
        return describeVpcs(body, region);
    if (action == "DescribeSubnets"_L1)
        return describeSubnets(body, region);
    if (action == "DescribeSecurityGroups"_L1)
        return describeSecurityGroups(body, region);
    if (action == "DescribeProjects"_L1)
        return describeProjects(body);
    return error(u"InvalidAction"_s, u"the sandbox does not know the action \"%1\""_s.arg(action));
}

QJsonObject SandboxV3::check(const SandboxRequest &request, const QString &action, QString *serviceName)
{
    if (request.method != "POST")
        return error(u"UnsupportedProtocol"_s, u"the sandbox takes API 3.0 requests as JSON POST"_s);
    if (action.isEmpty())
        return error(u"MissingParameter"_s, u"the header X-TC-Action is missing"_s);

    // "TC3-HMAC-SHA256 Credential=ID/DATE/cvm/tc3_request, SignedHeaders=a;b, Signature=hex"
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith(QByteArray(QByteArray(Tc3Signer::kAlgorithm) + ' ')))
        return error(u"AuthFailure.InvalidAuthorization"_s, u"Authorization must use TC3-HMAC-SHA256"_s);
    QHash<QByteArray, QByteArray> parts;
    for (const QByteArray &part : authorization.mid(qstrlen(Tc3Signer::kAlgorithm) + 1).split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq > 0)
            parts.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    const QByteArrayList credential = parts.value("Credential").split('/');
    if (credential.size() != 4 || credential.at(3) != "tc3_request" || !parts.contains("SignedHeaders") ||
        !parts.contains("Signature"))
        return error(u"AuthFailure.InvalidAuthorization"_s, u"the Authorization header is malformed"_s);
    // The scope's service is the endpoint's the request was signed for: one the sandbox serves, or a
    // signature that cannot match.
    const Service *service = findService(credential.at(2));
    if (!service)
        return error(u"AuthFailure.SignatureFailure"_s,
                     u"the credential scope names the service \"%1\", which this endpoint is not"_s.arg(
                         QString::fromLatin1(credential.at(2))));
    *serviceName = QString::fromLatin1(service->name);
    if (request.header("X-TC-Version") != service->version)
        return error(u"NoSuchVersion"_s, u"the service %1 has the version %2"_s.arg(
                                             *serviceName, QLatin1StringView(service->version)));
    if (QString::fromUtf8(credential.at(0)) != m_cloud.options().secretId)
        return error(u"AuthFailure.SecretIdNotFound"_s, u"the SecretId is not known to the sandbox"_s);

    bool timestampOk = false;
    const qint64 timestamp = request.header("X-TC-Timestamp").toLongLong(&timestampOk);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!timestampOk || std::abs(now - timestamp) > m_cloud.options().timestampWindow)
        return error(u"AuthFailure.SignatureExpire"_s,
                     u"the request's X-TC-Timestamp is more than %1 seconds from the server's clock"_s.arg(
                         m_cloud.options().timestampWindow));
    if (credential.at(1) != Tc3Signer::utcDate(timestamp))
        return error(u"AuthFailure.SignatureFailure"_s,
                     u"the credential's date is not the timestamp's UTC date"_s);

    const QByteArrayList signedNames = parts.value("SignedHeaders").split(';');
    if (!signedNames.contains("content-type") || !signedNames.contains("host"))
        return error(u"AuthFailure.SignatureFailure"_s, u"content-type and host must be signed"_s);
    // The host is signed bare by the official SDKs, with its port by some others: accept both.
    const QByteArray host = request.header("Host");
    const qsizetype colon = host.lastIndexOf(':');
    const QByteArray bareHost = colon > host.lastIndexOf(']') ? host.left(colon) : host;
    bool signatureOk = false;
    for (const QByteArray &hostForm : {host, bareHost}) {
        Tc3Signer::Input in;
        in.secretKey = m_cloud.options().secretKey;
        in.service = service->name;
        in.timestamp = timestamp;
        in.payload = request.body;
        in.method = request.method;
        for (const QByteArray &name : signedNames)
            in.signedHeaders.append({name, name == "host" ? hostForm : request.header(name)});
        signatureOk = signatureOk || Tc3Signer::signature(in) == parts.value("Signature");
    }
    if (!signatureOk)
        return error(u"AuthFailure.SignatureFailure"_s, u"the signature does not match the request"_s);

    // TC3 has no nonce and no replay rule (PROTOCOL.md section 11): the very same signed request sent twice
    // within the window is answered twice, as the cloud does.

    if (!QJsonDocument::fromJson(request.body).isObject())
        return error(u"InvalidParameter"_s, u"the body must be a JSON object"_s);
    const QString region = QString::fromLatin1(request.header("X-TC-Region"));
    if (V3Protocol::legacyRegion(region).isEmpty())
        return error(u"InvalidParameterValue.Region"_s, u"the region \"%1\" does not exist"_s.arg(region));
    return {};
}

QJsonObject SandboxV3::runInstances(const QJsonObject &body, const QString &region)
{
    if (const QJsonObject refusal = shapeRefusal(body, false); !refusal.isEmpty())
        return refusal;
    PurchaseOrder order = V3Protocol::orderFromRunInstances(body, region);
    const bool dryRun = body.value("DryRun"_L1).toBool(false);
    if (body.value("InstanceChargeType"_L1).toString(u"PREPAID"_s) != "POSTPAID_BY_HOUR"_L1)
        return error(u"InvalidParameterValue.InstanceChargeType"_s,
                     u"the sandbox sells POSTPAID_BY_HOUR only"_s);
    const QStringList known = m_cloud.purchasedWith(order.clientToken);
    if (!order.clientToken.isEmpty() && !known.isEmpty())
        return success({{"InstanceIdSet"_L1, QJsonArray::fromStringList(known)}});

    const SandboxServer::Image *image = SandboxServer::findImage(order.imageId);
    if (!image)
        return error(u"InvalidImageId.NotFound"_s, u"image %1 does not exist"_s.arg(order.imageId));
    const bool windows = SandboxServer::isWindows(*image);
    order.osFamily = windows ? PurchaseOrder::OsFamily::Windows : PurchaseOrder::OsFamily::Linux;

    for (const FieldProblem &problem : OrderValidator(Catalog::builtIn()).validate(order)) {
        if (!problem.isError())
            continue;
        if (problem.field == "password"_L1)
            return error(u"InvalidPassword"_s, problem.message);
        if (problem.field == "zone"_L1 || problem.field == "region"_L1)
            return error(u"InvalidZone.MismatchRegion"_s, problem.message);
        return error(u"InvalidParameterValue"_s, u"%1: %2"_s.arg(problem.field, problem.message));
    }
    if (!isZoneOf(order.zone, region))
        return error(u"InvalidZone.MismatchRegion"_s, u"the zone %1 is not in %2"_s.arg(order.zone, region));
    // The account's network as the cloud checks it. Error codes from the official SDKs' list of RunInstances'
    // errors (tencentcloud-sdk-go, cvm/v20170312/errors.go).
    if (const QJsonObject refusal = networkRefusal(body, order.zone, region); !refusal.isEmpty())
        return refusal;
    const SandboxType *type = findType(order.instanceType);
    if (!type)
        return error(u"InvalidParameterValue.InstanceTypeNotFound"_s,
                     u"the instance type %1 is not sold"_s.arg(order.instanceType));
    if (type->soldOut)
        return error(
            u"ResourceInsufficient.SpecifiedInstanceType"_s,
            u"%1 in %2: %3"_s.arg(order.instanceType, order.zone, QLatin1StringView(kSoldOutReason)));
    const Price price = priceOf(order, *type, windows);
    if (price.instancePerHour > SandboxServer::kDemoBalancePerHour)
        return error(u"InvalidAccount.InsufficientBalance"_s,
                     u"the demo account's balance covers %1 CNY an hour; this order costs %2"_s
                         .arg(SandboxServer::kDemoBalancePerHour)
                         .arg(price.instancePerHour));
    if (dryRun)
        return success(); // every check passed; nothing is bought

    SandboxServer::Instance prototype;
    prototype.zone = order.zone;
    prototype.instanceType = order.instanceType;
    prototype.cpu = type->cpu;
    prototype.mem = type->memory;
    prototype.createTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    prototype.protectedFromTermination = body.value("DisableApiTermination"_L1).toBool(false);
    for (const QJsonValue &spec : body.value("TagSpecification"_L1).toArray())
        if (spec.toObject().value("ResourceType"_L1).toString() == "instance"_L1)
            for (const QJsonValue &tag : spec.toObject().value("Tags"_L1).toArray())
                prototype.tags.append(
                    {tag.toObject().value("Key"_L1).toString(), tag.toObject().value("Value"_L1).toString()});
    // What DescribeInstances shows of the order's settings, as the cloud keeps them.
    QJsonArray disks;
    for (const QJsonValue &d : body.value("DataDisks"_L1).toArray()) {
        const QJsonObject disk = d.toObject();
        disks.append(
            QJsonObject{{"DiskType"_L1, disk.value("DiskType"_L1).toString(u"CLOUD_BASIC"_s)},
                        {"DiskSize"_L1, disk.value("DiskSize"_L1)},
                        {"DeleteWithInstance"_L1, disk.value("DeleteWithInstance"_L1).toBool(true)}});
    }
    prototype.described.insert("DataDisks"_L1, disks);
    // Names and host names numbered from their patterns as the cloud does ({IP}: each one's own address).
    const QString name = body.value("InstanceName"_L1).toString();
    const QStringList names = NamePattern::instanceNames(name, order.goodsNum);
    const QString hostName = body.value("HostName"_L1).toString();
    const auto finish = [&](int index, SandboxServer::Instance &instance) {
        if (!name.isEmpty())
            instance.name = names.at(index);
        if (!hostName.isEmpty())
            instance.described.insert(
                "HostName"_L1,
                NamePattern::hostNames(hostName, order.goodsNum, QStringList(order.goodsNum, instance.lanIp))
                    .at(index));
    };
    const QStringList ids = m_cloud.createInstances(order, prototype, finish);
    return success({{"InstanceIdSet"_L1, QJsonArray::fromStringList(ids)}});
}

QJsonObject SandboxV3::describeInstances(const QJsonObject &body, const QString &region)
{
    QStringList wanted;
    for (const QJsonValue &v : body.value("InstanceIds"_L1).toArray())
        wanted.append(v.toString());
    if (body.contains("Filters"_L1)) {
        // The instances of the request's region that pass every filter (each: any of its values).
        const QHash<QString, QStringList> filters = filtersOf(body);
        for (auto it = filters.cbegin(); it != filters.cend(); ++it)
            if (!QStringList{u"zone"_s, u"instance-name"_s, u"tag-key"_s}.contains(it.key()) &&
                !it.key().startsWith("tag:"_L1))
                return error(u"InvalidFilter"_s, u"the sandbox has no filter \"%1\""_s.arg(it.key()));
        const auto passes = [&filters](const SandboxServer::Instance &instance) {
            for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
                bool any = false;
                for (const auto &[key, value] : instance.tags)
                    any = any || (it.key() == "tag-key"_L1 && it.value().contains(key)) ||
                          (it.key() == "tag:"_L1 + key && it.value().contains(value));
                any = any || (it.key() == "zone"_L1 && it.value().contains(instance.zone)) ||
                      (it.key() == "instance-name"_L1 && it.value().contains(instance.name));
                if (!any)
                    return false;
            }
            return true;
        };
        for (const SandboxServer::Instance &instance : m_cloud.instances())
            if (!instance.zone.isEmpty() && isZoneOf(instance.zone, region) && passes(instance))
                wanted.append(instance.id);
        if (wanted.isEmpty())
            return success({{"TotalCount"_L1, 0}, {"InstanceSet"_L1, QJsonArray{}}});
    }
    const int offset = body.value("Offset"_L1).toInt(0);
    const int limit = body.value("Limit"_L1).toInt(20);
    if (offset < 0 || limit < 1 || limit > 100)
        return error(u"InvalidParameterValue"_s, u"Offset must be 0 or more and Limit 1 to 100"_s);
    if (wanted.size() > 100)
        return error(u"InvalidParameterValue.LimitExceeded"_s, u"at most 100 InstanceIds per call"_s);

    int total = 0;
    QJsonArray set;
    for (const SandboxServer::Instance &instance : m_cloud.describeInstances(wanted, offset, limit, &total)) {
        const QString state = instance.isTerminating() ? u"TERMINATING"_s
                              : instance.status == 3   ? u"PENDING"_s
                              : instance.status == 2   ? u"RUNNING"_s
                                                       : u"LAUNCH_FAILED"_s;
        const SandboxServer::Image *image = SandboxServer::findImage(instance.imageId);
        QJsonObject described{
            {"InstanceId"_L1, instance.id},
            {"InstanceName"_L1, instance.name},
            {"InstanceState"_L1, state},
            {"InstanceType"_L1, instance.instanceType},
            {"CPU"_L1, instance.cpu},
            {"Memory"_L1, instance.mem},
            {"Placement"_L1, QJsonObject{{"Zone"_L1, instance.zone}}},
            {"PrivateIpAddresses"_L1, QJsonArray::fromStringList({instance.lanIp})},
            {"PublicIpAddresses"_L1, QJsonArray::fromStringList(instance.wanIps)},
            {"CreatedTime"_L1, instance.createTime},
            {"ImageId"_L1, instance.imageId},
            {"OsName"_L1, image ? QString::fromUtf8(image->osName) : QString()},
            {"Tags"_L1, tagArray(instance.tags)},
            {"DisableApiTermination"_L1, instance.protectedFromTermination},
            {"LatestOperation"_L1, instance.isTerminating() ? u"TerminateInstances"_s : u"RunInstances"_s},
            {"LatestOperationState"_L1, instance.status == 3 || instance.isTerminating() ? u"OPERATING"_s
                                        : instance.status == 2                           ? u"SUCCESS"_s
                                                                                         : u"FAILED"_s},
        };
        for (auto it = instance.described.begin(); it != instance.described.end(); ++it)
            described.insert(it.key(), it.value());
        if (state == "LAUNCH_FAILED"_L1)
            described.insert("LatestOperationErrorMsg"_L1,
                             QString::fromLatin1(SandboxServer::kFailureMessage));
        set.append(described);
    }
    return success({{"TotalCount"_L1, total}, {"InstanceSet"_L1, set}});
}

QJsonObject SandboxV3::terminateInstances(const QJsonObject &body, const QString &region)
{
    const QJsonValue ids = body.value("InstanceIds"_L1);
    if (!ids.isArray() || ids.toArray().isEmpty())
        return error(u"MissingParameter"_s, u"InstanceIds must be a list of one or more instance ids"_s);
    if (ids.toArray().size() > ApiProtocol::kTerminateBatchSize)
        return error(u"InvalidParameterValue.LimitExceeded"_s, u"at most 100 InstanceIds per call"_s);
    QStringList wanted;
    for (const QJsonValue &id : ids.toArray()) {
        if (!id.isString())
            return error(u"InvalidParameter"_s, u"InstanceIds must hold strings"_s);
        if (!ApiReplies::isInstanceId(id.toString()))
            return error(u"InvalidInstanceId.Malformed"_s,
                         u"\"%1\" is not an instance id"_s.arg(id.toString()));
        const SandboxServer::Instance *instance = m_cloud.instance(id.toString());
        if (!instance || !isZoneOf(instance->zone, region))
            return error(u"InvalidInstanceId.NotFound"_s,
                         u"the instance %1 does not exist in %2"_s.arg(id.toString(), region));
        // The whole request is refused, as the cloud refuses a batch with an instance it may not touch.
        if (instance->protectedFromTermination)
            return error(u"InvalidInstance.NotSupported"_s,
                         u"the instance %1 is protected from termination (DisableApiTermination)"_s.arg(
                             id.toString()));
        wanted.append(id.toString());
    }
    for (const QString &id : std::as_const(wanted))
        m_cloud.terminate(id);
    return success();
}

QJsonObject SandboxV3::describeZones(const QString &region)
{
    QJsonArray set;
    for (const auto &[name, zone] : zonesOf(region))
        set.append(QJsonObject{{"Zone"_L1, name},
                               {"ZoneName"_L1, zone.nameZh},
                               {"ZoneId"_L1, QString::number(zone.id)},
                               {"ZoneState"_L1, u"AVAILABLE"_s}});
    return success({{"TotalCount"_L1, int(set.size())}, {"ZoneSet"_L1, set}});
}

QJsonObject SandboxV3::describeZoneConfigs(const QJsonObject &body, const QString &region, bool chinese)
{
    const QString soldOutReason =
        chinese ? QString::fromUtf16(kSoldOutReasonZh) : QString::fromLatin1(kSoldOutReason);
    const QHash<QString, QStringList> filters = filtersOf(body);
    const QStringList chargeTypes = filters.value(u"instance-charge-type"_s);
    if (!chargeTypes.isEmpty() && !chargeTypes.contains(u"POSTPAID_BY_HOUR"_s))
        return success({{"InstanceTypeQuotaSet"_L1, QJsonArray()}});
    auto passes = [&](const QString &filter, const QString &value) {
        return !filters.contains(filter) || filters.value(filter).contains(value);
    };
    QJsonArray set;
    for (const auto &[zone, catalogZone] : zonesOf(region)) {
        if (!passes(u"zone"_s, zone))
            continue;
        for (const SandboxType &t : kTypes) {
            if (!passes(u"instance-family"_s, QLatin1StringView(t.family)) ||
                !passes(u"instance-type"_s, QLatin1StringView(t.type)))
                continue;
            set.append(QJsonObject{
                {"Zone"_L1, zone},
                {"InstanceType"_L1, QLatin1StringView(t.type)},
                {"InstanceFamily"_L1, QLatin1StringView(t.family)},
                {"TypeName"_L1, QLatin1StringView(t.typeName)},
                {"InstanceChargeType"_L1, u"POSTPAID_BY_HOUR"_s},
                {"Cpu"_L1, t.cpu},
                {"Memory"_L1, t.memory},
                {"Status"_L1, t.soldOut ? u"SOLD_OUT"_s : u"SELL"_s},
                {"SoldOutReason"_L1, t.soldOut ? soldOutReason : QString()},
                {"Price"_L1, QJsonObject{{"UnitPrice"_L1,
                                          SandboxServer::roundPrice(t.cpu * SandboxServer::kPricePerCore +
                                                                    t.memory * SandboxServer::kPricePerGb)},
                                         {"ChargeUnit"_L1, u"HOUR"_s}}},
            });
        }
    }
    return success({{"InstanceTypeQuotaSet"_L1, set}});
}

QJsonObject SandboxV3::describeImages(const QJsonObject &body)
{
    const QStringList types = filtersOf(body).value(u"image-type"_s);
    QJsonArray set;
    for (const SandboxServer::Image &image : SandboxServer::images()) {
        const QString type = QString::fromLatin1(kImageTypeNames[image.imageType]);
        if (!types.isEmpty() && !types.contains(type))
            continue;
        const QString os = QString::fromUtf8(image.osName);
        set.append(QJsonObject{
            {"ImageId"_L1, QLatin1StringView(image.id)},
            {"ImageName"_L1, QString::fromUtf8(image.name)},
            {"OsName"_L1, os},
            {"Platform"_L1, SandboxServer::isWindows(image) ? u"Windows"_s : os.section(u' ', 0, 0)},
            {"ImageType"_L1, type}});
    }
    // A page as asked (cvm's Offset and Limit are numbers; Limit at most 100, 20 when absent).
    const int offset = body.value("Offset"_L1).toInt(0);
    const int limit = body.value("Limit"_L1).toInt(20);
    if (offset < 0 || limit < 1 || limit > 100)
        return error(u"InvalidParameterValue"_s, u"Offset must be 0 or more and Limit 1 to 100"_s);
    return success({{"TotalCount"_L1, int(set.size())}, {"ImageSet"_L1, pageOf(set, offset, limit)}});
}

QJsonObject SandboxV3::describeKeyPairs(const QJsonObject &body)
{
    QJsonArray set;
    for (const SandboxServer::KeyPair &key : SandboxServer::keyPairs())
        set.append(QJsonObject{{"KeyId"_L1, QLatin1StringView(key.id)},
                               {"KeyName"_L1, QLatin1StringView(key.name)}});
    const int offset = body.value("Offset"_L1).toInt(0);
    const int limit = body.value("Limit"_L1).toInt(20);
    if (offset < 0 || limit < 1 || limit > 100)
        return error(u"InvalidParameterValue"_s, u"Offset must be 0 or more and Limit 1 to 100"_s);
    return success({{"TotalCount"_L1, int(set.size())}, {"KeyPairSet"_L1, pageOf(set, offset, limit)}});
}

QJsonObject SandboxV3::inquiryPrice(const QJsonObject &body, const QString &region)
{
    if (const QJsonObject refusal = shapeRefusal(body, true); !refusal.isEmpty())
        return refusal;
    const PurchaseOrder order = V3Protocol::orderFromRunInstances(body, region);
    const SandboxType *type = findType(order.instanceType);
    if (!type)
        return error(u"InvalidParameterValue.InstanceTypeNotFound"_s,
                     u"the instance type %1 is not sold"_s.arg(order.instanceType));
    const SandboxServer::Image *image = SandboxServer::findImage(order.imageId);
    if (!image)
        return error(u"InvalidImageId.NotFound"_s, u"image %1 does not exist"_s.arg(order.imageId));
    if (order.goodsNum < 1 || order.goodsNum > 500)
        return error(u"InvalidParameterValue"_s, u"InstanceCount must be 1 to 500"_s);
    const Price price = priceOf(order, *type, SandboxServer::isWindows(*image));
    return success(
        {{"Price"_L1,
          QJsonObject{{"InstancePrice"_L1,
                       QJsonObject{{"UnitPrice"_L1, price.instancePerHour}, {"ChargeUnit"_L1, u"HOUR"_s}}},
                      {"BandwidthPrice"_L1, QJsonObject{{"UnitPrice"_L1, price.bandwidth},
                                                        {"ChargeUnit"_L1, price.bandwidthUnit}}}}}});
}

QJsonObject SandboxV3::describeVpcs(const QJsonObject &body, const QString &region)
{
    int offset = 0;
    int limit = 0;
    if (QJsonObject refusal = pageRefusal(body, kDescribeVpcsFields, false, 100, {}, &offset, &limit);
        !refusal.isEmpty())
        return refusal;
    if (QJsonObject refusal = filterRefusal(body, {u"vpc-id"_s, u"vpc-name"_s, u"is-default"_s});
        !refusal.isEmpty())
        return refusal;
    const QHash<QString, QStringList> filters = filtersOf(body);
    const QStringList ids = idsOf(body, "VpcIds");
    QJsonArray all;
    for (const DemoVpc &vpc : vpcsOf(region)) {
        if ((!ids.isEmpty() && !ids.contains(vpc.id)) ||
            (filters.contains(u"vpc-id"_s) && !filters.value(u"vpc-id"_s).contains(vpc.id)) ||
            (filters.contains(u"vpc-name"_s) && !filters.value(u"vpc-name"_s).contains(vpc.name)) ||
            (filters.contains(u"is-default"_s) &&
             !filters.value(u"is-default"_s).contains(vpc.isDefault ? u"true"_s : u"false"_s)))
            continue;
        all.append(QJsonObject{{"VpcId"_L1, vpc.id},
                               {"VpcName"_L1, vpc.name},
                               {"CidrBlock"_L1, vpc.cidr},
                               {"IsDefault"_L1, vpc.isDefault},
                               {"EnableMulticast"_L1, false},
                               {"CreatedTime"_L1, u"2024-03-01 10:00:00"_s}});
    }
    return success({{"TotalCount"_L1, int(all.size())}, {"VpcSet"_L1, pageOf(all, offset, limit)}});
}

QJsonObject SandboxV3::describeSubnets(const QJsonObject &body, const QString &region)
{
    int offset = 0;
    int limit = 0;
    if (QJsonObject refusal = pageRefusal(body, kDescribeSubnetsFields, false, 100, {}, &offset, &limit);
        !refusal.isEmpty())
        return refusal;
    if (QJsonObject refusal =
            filterRefusal(body, {u"vpc-id"_s, u"subnet-id"_s, u"subnet-name"_s, u"zone"_s, u"is-default"_s});
        !refusal.isEmpty())
        return refusal;
    const QHash<QString, QStringList> filters = filtersOf(body);
    const auto passes = [&filters](const QString &name, const QString &value) {
        return !filters.contains(name) || filters.value(name).contains(value);
    };
    const QStringList ids = idsOf(body, "SubnetIds");
    QJsonArray all;
    for (const DemoSubnet &subnet : subnetsOf(region)) {
        if ((!ids.isEmpty() && !ids.contains(subnet.id)) || !passes(u"vpc-id"_s, subnet.vpcId) ||
            !passes(u"subnet-id"_s, subnet.id) || !passes(u"subnet-name"_s, subnet.name) ||
            !passes(u"zone"_s, subnet.zone) ||
            !passes(u"is-default"_s, subnet.isDefault ? u"true"_s : u"false"_s))
            continue;
        all.append(QJsonObject{{"VpcId"_L1, subnet.vpcId},
                               {"SubnetId"_L1, subnet.id},
                               {"SubnetName"_L1, subnet.name},
                               {"CidrBlock"_L1, subnet.cidr},
                               {"IsDefault"_L1, subnet.isDefault},
                               {"Zone"_L1, subnet.zone},
                               {"AvailableIpAddressCount"_L1, subnet.availableIps},
                               {"TotalIpAddressCount"_L1, subnet.isDefault ? 4093 : 253},
                               {"CreatedTime"_L1, u"2024-03-01 10:00:00"_s}});
    }
    return success({{"TotalCount"_L1, int(all.size())}, {"SubnetSet"_L1, pageOf(all, offset, limit)}});
}

QJsonObject SandboxV3::describeSecurityGroups(const QJsonObject &body, const QString &region)
{
    int offset = 0;
    int limit = 0;
    if (QJsonObject refusal =
            pageRefusal(body, kDescribeSecurityGroupsFields, false, 100, {}, &offset, &limit);
        !refusal.isEmpty())
        return refusal;
    if (QJsonObject refusal = filterRefusal(body, {u"security-group-id"_s, u"security-group-name"_s});
        !refusal.isEmpty())
        return refusal;
    const QHash<QString, QStringList> filters = filtersOf(body);
    const QStringList ids = idsOf(body, "SecurityGroupIds");
    QJsonArray all;
    for (const DemoGroup &group : securityGroupsOf(region)) {
        if ((!ids.isEmpty() && !ids.contains(group.id)) ||
            (filters.contains(u"security-group-id"_s) &&
             !filters.value(u"security-group-id"_s).contains(group.id)) ||
            (filters.contains(u"security-group-name"_s) &&
             !filters.value(u"security-group-name"_s).contains(group.name)))
            continue;
        all.append(QJsonObject{{"SecurityGroupId"_L1, group.id},
                               {"SecurityGroupName"_L1, group.name},
                               {"SecurityGroupDesc"_L1, group.description},
                               {"ProjectId"_L1, u"0"_s},
                               {"IsDefault"_L1, group.isDefault},
                               {"CreatedTime"_L1, u"2024-03-01 10:00:00"_s}});
    }
    return success({{"TotalCount"_L1, int(all.size())}, {"SecurityGroupSet"_L1, pageOf(all, offset, limit)}});
}

QJsonObject SandboxV3::describeProjects(const QJsonObject &body)
{
    int offset = 0;
    int limit = 0;
    if (QJsonObject refusal = pageRefusal(body, kDescribeProjectsFields, true, 1000,
                                          {"AllList", "Limit", "Offset"}, &offset, &limit);
        !refusal.isEmpty())
        return refusal;
    const QJsonValue allList = body.value("AllList"_L1);
    if (!allList.isDouble() || (allList.toDouble() != 0 && allList.toDouble() != 1))
        return error(u"InvalidParameter"_s, u"AllList must be the JSON number 0 or 1"_s);
    QJsonArray all;
    for (const DemoProject &project : kProjects)
        all.append(QJsonObject{{"ProjectId"_L1, project.id},
                               {"ProjectName"_L1, QLatin1StringView(project.name)},
                               {"CreatorUin"_L1, 100000000001LL},
                               {"ProjectInfo"_L1, QString()},
                               {"CreateTime"_L1, u"2024-03-01 10:00:00"_s}});
    return success({{"Total"_L1, int(all.size())}, {"Projects"_L1, pageOf(all, offset, limit)}});
}
