#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What the replies of either API mean, once its protocol has read them (protocol/v2/V2Replies,
// the v3/V3Replies part of V3Protocol): bought instance ids, instances, zones, images, key pairs,
// instance types, prices. Names and other texts meant for display arrive with their control characters
// escaped (ServerText); ids that hold one are dropped, never escaped into something else.
namespace ApiReplies {

struct RunInstances
{
    QStringList instanceIds;
    QString error;
};

enum class InstanceState { Creating, Running, Failed, Other };

struct Instance
{
    QString instanceId;
    QString instanceName;
    int status = 0;
    InstanceState state = InstanceState::Other;
    QString lanIp;
    QStringList wanIps;
    int zoneId = 0;
    int cpu = 0;
    int mem = 0;
    QString createTime;
    QString os;
    QString zone;          // API 3.0's zone name
    QString purchaseToken; // its ApiProtocol::kPurchaseTokenTag tag, when it has one
    QString failureReason; // a failed instance: the cloud's own words for it, escaped (ServerText::shown)
    bool protectedFromTermination = false; // API 3.0 DisableApiTermination: the API cannot destroy it
};

struct DescribeInstances
{
    int totalCount = 0;
    QList<Instance> instances;
    QString error;
};

struct Zone
{
    Zone(int numericId = 0, const QString &name = {}, const QString &orderId = {}, bool isAvailable = true)
        : zoneId(numericId), zoneName(name), id(orderId), available(isAvailable)
    {
    }
    int zoneId = 0; // the numeric id both APIs know (100003), which the catalog names
    QString zoneName;
    QString id;            // as an order names the zone: "100003" (API 2.0), "ap-guangzhou-3" (API 3.0)
    bool available = true; // API 3.0: ZoneState AVAILABLE
};

struct Zones
{
    QList<Zone> zones;
    QString error;
};

struct Image
{
    QString imageId;
    QString imageName;
    QString osName;
    QString platform;  // "TencentOS", "Ubuntu", "Windows" (API 2.0: the first word of the OS name)
    int imageType = 0; // 1 private, 2 public, 3 marketplace, 4 shared
    bool isWindows = false;
};

struct Images
{
    int totalCount = 0;
    QList<Image> images;
    QString error;
};

struct KeyPair
{
    QString keyId;
    QString keyName;
};

struct KeyPairs
{
    int totalCount = 0;
    QList<KeyPair> keyPairs;
    QString error;
};

// The account's network resources and projects (API 3.0's vpc and tag services). Each reply is one page of
// the account's list and says how many there are in all (totalCount); a reply whose items are not objects,
// lack their id or have an id of the wrong form, or whose total cannot be, is refused whole (error).
struct Vpc
{
    QString vpcId; // "vpc-" and 8 lowercase letters or digits
    QString name;
    QString cidr;
    bool isDefault = false;
};

struct Vpcs
{
    int totalCount = 0;
    QList<Vpc> vpcs;
    QString error;
};

struct Subnet
{
    QString subnetId; // "subnet-" and 8 lowercase letters or digits
    QString name;
    QString vpcId;
    QString zone;
    QString cidr;
    int availableIps = 0;
    bool isDefault = false;
};

struct Subnets
{
    int totalCount = 0;
    QList<Subnet> subnets;
    QString error;
};

struct SecurityGroup
{
    QString securityGroupId; // "sg-" and 8 lowercase letters or digits
    QString name;
    QString description;
    bool isDefault = false;
};

struct SecurityGroups
{
    int totalCount = 0;
    QList<SecurityGroup> securityGroups;
    QString error;
};

struct Project
{
    qint64 projectId = 0; // 0 is the default project
    QString name;
};

struct Projects
{
    int totalCount = 0;
    QList<Project> projects;
    QString error;
};

// One line of API 3.0's live catalog (DescribeZoneInstanceConfigInfos).
struct InstanceTypeConfig
{
    QString zone;
    QString instanceType; // "S5.MEDIUM4"
    QString family;       // "S5"
    QString typeName;
    int cpu = 0;
    int memory = 0; // GB
    bool soldOut = false;
    QString soldOutReason;
    double unitPrice = 0; // per ChargeUnit, one instance
    QString chargeUnit;
};

struct InstanceTypeConfigs
{
    QList<InstanceTypeConfig> configs;
    QString error;
};

struct Price
{
    double instancePerHour = 0; // for all instances of the inquiry
    QString instanceUnit;
    double bandwidthPerHour = 0; // per bandwidthUnit: an hour, or a GB of traffic
    QString bandwidthUnit;
    QString error;

    // Bandwidth billed by traffic is priced per GB (both APIs say "GB"): never a part of the hourly total.
    bool bandwidthPerGb() const
    {
        return bandwidthUnit.compare(QLatin1StringView("GB"), Qt::CaseInsensitive) == 0;
    }
    // What the instances and the bandwidth cost per hour together, as far as both are hourly.
    double hourly() const { return instancePerHour + (bandwidthPerGb() ? 0 : bandwidthPerHour); }
};

// An instance id as both APIs write it: "ins-" and 8 lowercase letters or digits.
bool isInstanceId(const QString &id);
// A resource id of the form "<prefix>-" and 8 lowercase letters or digits ("vpc", "subnet", "sg").
bool isResourceId(const QString &id, QLatin1StringView prefix);
// The ids of a purchase reply's field (API 2.0 unInstanceIds, 3.0 InstanceIdSet), trusted only when they are
// what was ordered: an array of exactly `ordered` distinct instance ids. Anything else is an answer that
// cannot be trusted: error says what was wrong (server text escaped) and instanceIds stays empty.
RunInstances boughtIds(const QJsonValue &ids, QLatin1StringView field, int ordered);

// The name an instance has as far as anyone gave it one: the cloud shows an instance bought without a name as
// "未命名" ("unnamed", RunInstances' InstanceName), which is no name of the user's and, kept, would stay
// Chinese in an English window; it reads as none, for the program to say so in the user's language.
QString givenName(const QString &cloudName);

// PROTOCOL.md section 5: 3 is progress, 2 is done, -1, 1, 5 and 6 are failures.
InstanceState stateForStatus(int status);
// The console's words for a status code, in the user's language.
QString statusText(int status);

} // namespace ApiReplies
