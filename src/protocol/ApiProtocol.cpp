#include "protocol/ApiProtocol.h"

#include "protocol/v2/V2Protocol.h"
#include "protocol/v3/V3Protocol.h"

#include <QJsonArray>

QUrl ApiProtocol::urlForAction(const QUrl &endpointUrl, bool, const QString &) const
{
    return endpointUrl;
}

QUrl ApiProtocol::urlForRequest(const QUrl &endpointUrl, bool isDefaultEndpoint,
                                const ApiRequest &request) const
{
    return urlForAction(endpointUrl, isDefaultEndpoint, request.action);
}

QString ApiProtocol::regionName(const QString &catalogCode) const
{
    for (const auto &[name, code] : regionNames())
        if (code == catalogCode)
            return name;
    return catalogCode;
}

ApiRequest ApiProtocol::describeVpcs(int) const
{
    return {};
}

ApiReplies::Vpcs ApiProtocol::parseVpcs(const QJsonObject &) const
{
    return {};
}

ApiRequest ApiProtocol::describeSubnets(const QString &, const QString &, int) const
{
    return {};
}

ApiReplies::Subnets ApiProtocol::parseSubnets(const QJsonObject &) const
{
    return {};
}

ApiRequest ApiProtocol::describeSecurityGroups(int) const
{
    return {};
}

ApiReplies::SecurityGroups ApiProtocol::parseSecurityGroups(const QJsonObject &) const
{
    return {};
}

ApiRequest ApiProtocol::describeProjects(int) const
{
    return {};
}

ApiReplies::Projects ApiProtocol::parseProjects(const QJsonObject &) const
{
    return {};
}

ApiRequest ApiProtocol::describeInstanceTypes(const QString &) const
{
    return {};
}

ApiReplies::InstanceTypeConfigs ApiProtocol::parseInstanceTypes(const QJsonObject &) const
{
    return {};
}

QList<ApiReplies::InstanceTypeConfig> ApiProtocol::builtInInstanceTypes(const QString &) const
{
    return {};
}

ApiRequest ApiProtocol::dryRun(const PurchaseOrder &) const
{
    return {};
}

ApiRequest ApiProtocol::describeTaggedInstances(int) const
{
    return {};
}

ApiRequest ApiProtocol::terminateInstances(const QStringList &) const
{
    return {};
}

ApiReplies::DescribeInstances ApiProtocol::readDescribeInstances(ApiResult *result) const
{
    if (!result->ok())
        return {};
    ApiReplies::DescribeInstances parsed = parseDescribeInstances(result->data);
    if (!parsed.error.isEmpty()) {
        result->status = ApiResult::Status::BadReply;
        result->message = parsed.error;
        parsed.instances.clear();
    }
    return parsed;
}

QDateTime ApiProtocol::terminateAt(const PurchaseOrder &order)
{
    const QDateTime time =
        QDateTime::fromString(order.own.value(QLatin1StringView("terminateAt")).toString(), Qt::ISODate);
    return time.timeSpec() == Qt::LocalTime ? QDateTime() : time; // no zone, no time
}

void ApiProtocol::setTerminateAt(PurchaseOrder *order, const QDateTime &time)
{
    if (time.isValid())
        order->own.insert(QLatin1StringView("terminateAt"),
                          time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate));
    else
        order->own.remove(QLatin1StringView("terminateAt"));
}

QStringList ApiProtocol::chosenSecurityGroups(const PurchaseOrder &order)
{
    QStringList ids;
    for (const QJsonValue &id : order.own.value(QLatin1StringView("securityGroupIds")).toArray())
        ids.append(id.toString());
    return ids;
}

void ApiProtocol::setChosenSecurityGroups(PurchaseOrder *order, const QStringList &ids)
{
    if (ids.isEmpty())
        order->own.remove(QLatin1StringView("securityGroupIds"));
    else
        order->own.insert(QLatin1StringView("securityGroupIds"), QJsonArray::fromStringList(ids));
}

QJsonObject ApiProtocol::sdkRequestBody(const PurchaseOrder &) const
{
    return {};
}

QString ApiProtocol::terraformResource(const PurchaseOrder &) const
{
    return {};
}

const QList<const ApiProtocol *> &ApiProtocol::all()
{
    static const V2Protocol v2;
    static const V3Protocol v3;
    static const QList<const ApiProtocol *> protocols{&v2, &v3};
    return protocols;
}

const ApiProtocol &ApiProtocol::assumed()
{
    for (const ApiProtocol *p : all())
        if (p->isAssumedWhenUnsaid())
            return *p;
    return *all().first();
}

const ApiProtocol &ApiProtocol::current()
{
    return *all().last();
}

const ApiProtocol &ApiProtocol::forApi(PurchaseOrder::Api api)
{
    for (const ApiProtocol *p : all())
        if (p->api() == api)
            return *p;
    return *all().first();
}

const ApiProtocol *ApiProtocol::forName(const QString &name)
{
    for (const ApiProtocol *p : all())
        if (p->name() == name)
            return p;
    return nullptr;
}
