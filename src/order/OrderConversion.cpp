#include "order/OrderConversion.h"

#include "order/Catalog.h"
#include "order/NamePattern.h"
#include "protocol/ApiProtocol.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {
// API 2.0's storage types (the built-in catalog's ids) as API 3.0's disk types of the same kind.
QString diskType(const QString &storageType)
{
    static const QHash<QString, QString> types{{u"1"_s, u"LOCAL_BASIC"_s},
                                               {u"2"_s, u"CLOUD_BASIC"_s},
                                               {u"3"_s, u"LOCAL_SSD"_s},
                                               {u"4"_s, u"CLOUD_SSD"_s}};
    return types.value(storageType);
}

// API 2.0's bandwidth billing as API 3.0's internet charge type.
QString internetChargeType(const QString &bandwidthType)
{
    if (bandwidthType == "PayByHour"_L1)
        return u"BANDWIDTH_POSTPAID_BY_HOUR"_s;
    if (bandwidthType == "PayByTraffic"_L1)
        return u"TRAFFIC_POSTPAID_BY_HOUR"_s;
    return {};
}
} // namespace

OrderConversion::Result OrderConversion::toApi3(const PurchaseOrder &from)
{
    Result result;
    if (from.api != PurchaseOrder::Api::V2) {
        result.order = from;
        return result;
    }
    auto cannot = [&](const char *key, const char *rule, const QString &what, const QString &why) {
        result.unconvertible.append({QLatin1StringView(key), QLatin1StringView(rule),
                                     tr("%1 has no API 3.0 equivalent: %2").arg(what, why),
                                     FieldProblem::Severity::Error});
    };
    const ApiProtocol &v3 = ApiProtocol::forApi(PurchaseOrder::Api::V3);
    PurchaseOrder &to = result.order;
    to = v3.newOrder();

    // Where: the region by its API 3.0 name, the zone by the name the cloud gives the same zone id.
    to.region = v3.regionName(from.region);
    if (to.region == from.region)
        cannot("region", "region", tr("Region \"%1\"").arg(from.region),
               tr("it is not in the built-in list of regions, so its API 3.0 name is unknown."));
    const int zoneId = from.zone.toInt();
    for (const ApiReplies::Zone &zone : v3.builtInZones(to.region))
        if (zone.zoneId == zoneId)
            to.zone = zone.id;
    if (to.zone.isEmpty() && !from.zone.isEmpty())
        cannot("zoneId", "zone", tr("Zone %1").arg(from.zone),
               tr("it is not in the built-in list of zones of %1, so its API 3.0 name is unknown.")
                   .arg(from.region));

    // What: the legacy type with its cores and memory is one API 3.0 type of the same family.
    const QString family = from.instanceType.section(u'.', -1);
    for (const ApiReplies::InstanceTypeConfig &c : v3.builtInInstanceTypes({}))
        if (c.family == family && c.cpu == from.cpu && c.memory == from.mem)
            to.instanceType = c.instanceType;
    to.cpu = from.cpu;
    to.mem = from.mem;
    if (to.instanceType.isEmpty() && from.cpu > 0 && from.mem > 0)
        cannot("instanceType", "instanceType",
               tr("%1 (CPU %2, memory %3 GB)").arg(from.instanceType).arg(from.cpu).arg(from.mem),
               tr("the built-in catalog sells no such combination, so no API 3.0 type name can be given."));
    // The image is found by its id; API 3.0 needs no imageType to know where it comes from.
    to.imageId = from.imageId;
    to.osFamily = from.osFamily;

    // Disks: API 2.0's one storage type for the system disk and the data disk.
    const QString type = diskType(from.systemDisk.type);
    if (type.isEmpty())
        cannot("storageType", "storageType", tr("Disk type %1").arg(from.systemDisk.type),
               tr("API 3.0 knows the disk types 1 to 4 of API 2.0 only."));
    to.systemDisk = {type, from.systemDisk.size};
    for (const PurchaseOrder::Disk &disk : from.dataDisks)
        if (disk.size > 0)
            to.dataDisks.append({type, disk.size});

    // Network
    to.internetChargeType = internetChargeType(from.internetChargeType);
    if (to.internetChargeType.isEmpty())
        cannot("bandwidthType", "bandwidthType", tr("Bandwidth billing \"%1\"").arg(from.internetChargeType),
               tr("API 3.0 bills bandwidth by the hour or by traffic only."));
    to.bandwidth = from.bandwidth;
    to.wanIp = from.wanIp;
    to.vpcId = from.vpcId;
    to.subnetId = from.subnetId;
    if (from.own.value("isVpcGateway"_L1).toInt() == 1)
        cannot("isVpcGateway", "isVpcGateway", tr("A public network gateway (isVpcGateway 1)"),
               tr("RunInstances cannot make an instance its VPC's gateway. Set isVpcGateway to 0 to convert "
                  "the order, then route the VPC through the instance in the VPC console once it runs."));

    // Login: the key; a password is never carried over (it is typed again for the new order).
    to.keyIds = from.keyIds;

    // Options
    to.needSecurityAgent = from.needSecurityAgent;
    to.needMonitorAgent = from.needMonitorAgent;
    to.projectId = from.projectId;
    to.goodsNum = from.goodsNum;
    to.instanceName = from.instanceName;
    if (NamePattern::hasPattern(from.instanceName, false))
        cannot("instanceName", "instanceName", tr("The name \"%1\"").arg(from.instanceName),
               tr("API 3.0 reads {R:…} in a name as a number pattern, so the instances would be named "
                  "differently. Rename them without braces to convert the order."));
    return result;
}
