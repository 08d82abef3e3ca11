#include "order/PurchaseOrder.h"

#include <tuple>

namespace {
auto tied(const PurchaseOrder &o)
{
    return std::tie(o.region, o.zoneId, o.instanceType, o.cpu, o.mem, o.imageId, o.imageType, o.osFamily,
                    o.storageType, o.storageSize, o.rootSize, o.bandwidthType, o.bandwidth, o.wanIp, o.vpcId,
                    o.subnetId, o.isVpcGateway, o.password, o.keyId, o.needSecurityAgent, o.needMonitorAgent,
                    o.projectId, o.goodsNum, o.clientToken, o.instanceName, o.api, o.zone, o.systemDiskType,
                    o.systemDiskSize, o.dataDisks, o.internetChargeType, o.keyIds, o.securityGroupIds);
}
} // namespace

bool PurchaseOrder::operator==(const PurchaseOrder &other) const
{
    return tied(*this) == tied(other);
}

QString PurchaseOrder::osFamilyName(OsFamily family)
{
    return family == OsFamily::Windows ? QStringLiteral("windows") : QStringLiteral("linux");
}

QString PurchaseOrder::apiName(Api api)
{
    return api == Api::V3 ? QStringLiteral("3.0") : QStringLiteral("2.0");
}

std::optional<PurchaseOrder::Api> PurchaseOrder::apiFromName(const QString &name)
{
    if (name == QLatin1StringView("2.0"))
        return Api::V2;
    if (name == QLatin1StringView("3.0"))
        return Api::V3;
    return std::nullopt;
}

const QList<PurchaseOrder::Field> &PurchaseOrder::fields()
{
    using O = PurchaseOrder;
    constexpr int both = Field::Template | Field::Request;
    static const QList<Field> table{
        {"region", Field::Template, nullptr, &O::region},
        {"zoneId", both, &O::zoneId, nullptr},
        {"instanceType", both, nullptr, &O::instanceType},
        {"cpu", both, &O::cpu, nullptr},
        {"mem", both, &O::mem, nullptr},
        {"imageId", both, nullptr, &O::imageId},
        {"imageType", both, &O::imageType, nullptr},
        {"storageType", both, &O::storageType, nullptr},
        {"storageSize", both, &O::storageSize, nullptr},
        {"rootSize", both, &O::rootSize, nullptr},
        {"bandwidthType", both, nullptr, &O::bandwidthType},
        {"bandwidth", both, &O::bandwidth, nullptr},
        {"wanIp", both, &O::wanIp, nullptr},
        {"vpcId", both, nullptr, &O::vpcId},
        {"subnetId", both, nullptr, &O::subnetId},
        {"isVpcGateway", both, &O::isVpcGateway, nullptr},
        {"keyId", both, nullptr, &O::keyId},
        {"needSecurityAgent", both, &O::needSecurityAgent, nullptr},
        {"needMonitorAgent", both, &O::needMonitorAgent, nullptr},
        {"projectId", both, &O::projectId, nullptr},
        {"goodsNum", both, &O::goodsNum, nullptr},
        {"instanceName", both, nullptr, &O::instanceName},
        // Never in a template: a secret, and a token that must be fresh for each purchase.
        {"password", Field::Request, nullptr, &O::password},
        {"clientToken", Field::Request, nullptr, &O::clientToken},
    };
    return table;
}
