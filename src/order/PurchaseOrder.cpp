#include "order/PurchaseOrder.h"

#include <tuple>

namespace {
auto tied(const PurchaseOrder &o)
{
    return std::tie(o.api, o.region, o.zone, o.instanceType, o.cpu, o.mem, o.imageId, o.imageType, o.osFamily,
                    o.systemDisk, o.dataDisks, o.internetChargeType, o.bandwidth, o.wanIp, o.vpcId, o.subnetId,
                    o.password, o.keyIds, o.needSecurityAgent, o.needMonitorAgent, o.projectId, o.goodsNum,
                    o.instanceName, o.clientToken, o.own);
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
