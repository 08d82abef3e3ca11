// API 3.0's replies, read tolerantly: anything unusable becomes an error, never a crash.
#include "api/ServerText.h"
#include "protocol/v3/V3Protocol.h"
#include "protocol/v3/V3Values.h"

#include <cmath>

using namespace Qt::StringLiterals;
using namespace V3Values;

ApiReplies::RunInstances V3Protocol::parseRunInstances(const QJsonObject &data, int ordered) const
{
    // The program never sends MinCount: the cloud buys all InstanceCount instances or none.
    return ApiReplies::boughtIds(data.value("InstanceIdSet"_L1), "InstanceIdSet"_L1, ordered);
}

ApiReplies::DescribeInstances V3Protocol::parseDescribeInstances(const QJsonObject &data) const
{
    ApiReplies::DescribeInstances r;
    const QJsonValue set = data.value("InstanceSet"_L1);
    if (!set.isArray()) {
        r.error =
            QCoreApplication::translate("ApiReplies", "the reply has no usable \"%1\"").arg(u"InstanceSet"_s);
        return r;
    }
    r.totalCount = looseInt(data.value("TotalCount"_L1), int(set.toArray().size()));
    for (const QJsonValue &item : set.toArray()) {
        const QJsonObject o = item.toObject();
        ApiReplies::Instance i;
        i.instanceId = o.value("InstanceId"_L1).toString();
        if (i.instanceId.isEmpty() || ServerText::hasControls(i.instanceId))
            continue; // nothing to match it with
        i.instanceName = ApiReplies::givenName(ServerText::shown(o.value("InstanceName"_L1).toString()));
        i.status = statusForState(o.value("InstanceState"_L1).toString());
        i.state = ApiReplies::stateForStatus(i.status);
        if (i.state == ApiReplies::InstanceState::Failed) {
            const QString message = o.value("LatestOperationErrorMsg"_L1).toString();
            i.failureReason = message.isEmpty()
                                  ? QCoreApplication::translate("ApiReplies", "the cloud reports “%1”")
                                        .arg(ServerText::shown(o.value("InstanceState"_L1).toString()))
                                  : ServerText::shown(message);
        }
        const QStringList lanIps = looseStrings(o.value("PrivateIpAddresses"_L1));
        i.lanIp = ServerText::shown(lanIps.value(0));
        for (const QString &ip : looseStrings(o.value("PublicIpAddresses"_L1)))
            i.wanIps.append(ServerText::shown(ip));
        i.cpu = looseInt(o.value("CPU"_L1), 0);
        i.mem = looseInt(o.value("Memory"_L1), 0);
        i.createTime = o.value("CreatedTime"_L1).toString();
        i.os = ServerText::shown(o.value("OsName"_L1).toString());
        i.zone = ServerText::shown(o.value("Placement"_L1).toObject().value("Zone"_L1).toString());
        i.protectedFromTermination = o.value("DisableApiTermination"_L1).toBool(false);
        for (const QJsonValue &tag : o.value("Tags"_L1).toArray())
            if (const QJsonObject t = tag.toObject();
                t.value("Key"_L1).toString() == QLatin1StringView(kPurchaseTokenTag) &&
                !ServerText::hasControls(t.value("Value"_L1).toString()))
                i.purchaseToken = t.value("Value"_L1).toString();
        r.instances.append(i);
    }
    return r;
}

ApiReplies::Zones V3Protocol::parseZones(const QJsonObject &data) const
{
    ApiReplies::Zones r;
    const QJsonValue set = data.value("ZoneSet"_L1);
    if (!set.isArray()) {
        r.error = noUsable("ZoneSet");
        return r;
    }
    for (const QJsonValue &item : set.toArray()) {
        const QJsonObject o = item.toObject();
        ApiReplies::Zone z;
        z.id = o.value("Zone"_L1).toString();
        if (z.id.isEmpty())
            continue;
        z.zoneName = ServerText::shown(o.value("ZoneName"_L1).toString());
        z.zoneId = looseInt(o.value("ZoneId"_L1), 0);
        z.available = o.value("ZoneState"_L1).toString(u"AVAILABLE"_s) == "AVAILABLE"_L1;
        r.zones.append(z);
    }
    return r;
}

ApiReplies::Images V3Protocol::parseImages(const QJsonObject &data) const
{
    ApiReplies::Images r;
    const QJsonValue set = data.value("ImageSet"_L1);
    if (!set.isArray()) {
        r.error = noUsable("ImageSet");
        return r;
    }
    for (const QJsonValue &item : set.toArray()) {
        const QJsonObject o = item.toObject();
        ApiReplies::Image i;
        i.imageId = o.value("ImageId"_L1).toString();
        if (i.imageId.isEmpty() || ServerText::hasControls(i.imageId))
            continue;
        i.imageName = ServerText::shown(o.value("ImageName"_L1).toString());
        i.osName = ServerText::shown(o.value("OsName"_L1).toString());
        const QString type = o.value("ImageType"_L1).toString();
        for (int t = 1; t <= 4; ++t)
            if (type == QLatin1StringView(kImageTypes[t]))
                i.imageType = t;
        i.platform = ServerText::shown(o.value("Platform"_L1).toString());
        i.isWindows = i.platform.contains("windows"_L1, Qt::CaseInsensitive) ||
                      i.osName.contains("windows"_L1, Qt::CaseInsensitive);
        r.images.append(i);
    }
    r.totalCount = looseInt(data.value("TotalCount"_L1), int(r.images.size()));
    return r;
}

ApiReplies::KeyPairs V3Protocol::parseKeyPairs(const QJsonObject &data) const
{
    ApiReplies::KeyPairs r;
    const QJsonValue set = data.value("KeyPairSet"_L1);
    if (!set.isArray()) {
        r.error = noUsable("KeyPairSet");
        return r;
    }
    for (const QJsonValue &item : set.toArray()) {
        const QJsonObject o = item.toObject();
        if (!o.value("KeyId"_L1).toString().isEmpty() &&
            !ServerText::hasControls(o.value("KeyId"_L1).toString()))
            r.keyPairs.append(
                {o.value("KeyId"_L1).toString(), ServerText::shown(o.value("KeyName"_L1).toString())});
    }
    r.totalCount = looseInt(data.value("TotalCount"_L1), int(r.keyPairs.size()));
    return r;
}

ApiReplies::Price V3Protocol::parsePrice(const QJsonObject &data) const
{
    ApiReplies::Price r;
    const QJsonObject price = data.value("Price"_L1).toObject();
    const QJsonObject instance = price.value("InstancePrice"_L1).toObject();
    if (!instance.contains("UnitPrice"_L1)) {
        r.error = noUsable("Price.InstancePrice.UnitPrice");
        return r;
    }
    r.instancePerHour = looseDouble(instance.value("UnitPrice"_L1));
    r.instanceUnit = instance.value("ChargeUnit"_L1).toString();
    const QJsonObject bandwidth = price.value("BandwidthPrice"_L1).toObject();
    r.bandwidthPerHour = looseDouble(bandwidth.value("UnitPrice"_L1));
    r.bandwidthUnit = bandwidth.value("ChargeUnit"_L1).toString();
    auto usable = [](double price) { return std::isfinite(price) && price >= 0; };
    if (!usable(r.instancePerHour) || !usable(r.bandwidthPerHour))
        r = {0, {}, 0, {}, noUsable("Price")};
    return r;
}

ApiReplies::InstanceTypeConfigs V3Protocol::parseInstanceTypes(const QJsonObject &data) const
{
    ApiReplies::InstanceTypeConfigs r;
    const QJsonValue set = data.value("InstanceTypeQuotaSet"_L1);
    if (!set.isArray()) {
        r.error = noUsable("InstanceTypeQuotaSet");
        return r;
    }
    for (const QJsonValue &item : set.toArray()) {
        const QJsonObject o = item.toObject();
        ApiReplies::InstanceTypeConfig c;
        c.instanceType = o.value("InstanceType"_L1).toString();
        if (c.instanceType.isEmpty())
            continue;
        c.zone = o.value("Zone"_L1).toString();
        c.family = o.value("InstanceFamily"_L1).toString();
        c.typeName = ServerText::shown(o.value("TypeName"_L1).toString());
        c.cpu = looseInt(o.value("Cpu"_L1), 0);
        c.memory = looseInt(o.value("Memory"_L1), 0);
        // Anything but SELL cannot be bought now.
        c.soldOut = o.value("Status"_L1).toString() != "SELL"_L1;
        c.soldOutReason = ServerText::shown(o.value("SoldOutReason"_L1).toString());
        const QJsonObject price = o.value("Price"_L1).toObject();
        c.unitPrice = looseDouble(price.value("UnitPrice"_L1));
        if (!std::isfinite(c.unitPrice) || c.unitPrice < 0)
            c.unitPrice = 0; // unknown, never negative
        c.chargeUnit = price.value("ChargeUnit"_L1).toString();
        r.configs.append(c);
    }
    return r;
}
