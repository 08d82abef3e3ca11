#include "order/PurchaseOrder.h"

#include "protocol/ApiProtocol.h"

#include <QJsonArray>

#include <algorithm>
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

void PurchaseOrder::setOwn(const QString &key, const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    const bool unset = value.isNull() || value.isUndefined() || (value.isBool() && !value.toBool()) ||
                       (value.isString() && value.toString().isEmpty()) ||
                       (value.isObject() && value.toObject().isEmpty()) ||
                       (value.isArray() && std::all_of(array.begin(), array.end(),
                                                       [](const QJsonValue &v) { return v.isNull(); }));
    if (unset)
        own.remove(key);
    else
        own.insert(key, value);
}

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
    return ApiProtocol::forApi(api).name();
}

std::optional<PurchaseOrder::Api> PurchaseOrder::apiFromName(const QString &name)
{
    if (const ApiProtocol *protocol = ApiProtocol::forName(name))
        return protocol->api();
    return std::nullopt;
}
