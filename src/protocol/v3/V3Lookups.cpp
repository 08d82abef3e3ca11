// API 3.0's lookups of the account's resources: VPCs, subnets and security groups (the vpc service,
// 2017-03-12, whose Offset and Limit are strings) and projects (the tag service, 2018-08-13, numbers). Their
// replies are read strictly: one item of the wrong shape makes the whole page untrustworthy.
#include "api/ServerText.h"
#include "protocol/TemplateValues.h"
#include "protocol/v3/V3Protocol.h"
#include "protocol/v3/V3Values.h"

#include <QJsonArray>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;
using namespace V3Values;

namespace {

ApiRequest vpcRequest(const char *action, QJsonObject body, int offset)
{
    // The vpc service's model declares Offset and Limit as strings.
    body.insert("Offset"_L1, QString::number(offset));
    body.insert("Limit"_L1, QString::number(V3Protocol::kVpcPageSize));
    return {QString::fromLatin1(action),
            {},
            body,
            QString::fromLatin1(V3Protocol::kVpcService),
            QString::fromLatin1(V3Protocol::kVpcVersion)};
}

// A field that, when present, must be of the JSON type; an absent field reads as empty.
bool optionalString(const QJsonObject &o, const char *field, QString *out)
{
    const QJsonValue v = o.value(QLatin1StringView(field));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return false;
    *out = ServerText::shown(v.toString());
    return true;
}

bool optionalBool(const QJsonObject &o, const char *field, bool *out)
{
    const QJsonValue v = o.value(QLatin1StringView(field));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isBool())
        return false;
    *out = v.toBool();
    return true;
}

QString wrongType(const char *set, qsizetype index, const char *field)
{
    return QCoreApplication::translate("ApiReplies", "item %1 of \"%2\" has a \"%3\" of the wrong type")
        .arg(index + 1)
        .arg(QLatin1StringView(set), QLatin1StringView(field));
}

// Reads one page: `setField` must be an array of objects, `totalField` a whole number no smaller than the
// page; read() takes an item and says what is wrong with it (empty: nothing). Returns the error, or empty.
template <typename Item>
QString readPage(const QJsonObject &data, const char *setField, const char *totalField,
                 const std::function<QString(const QJsonObject &, qsizetype, Item *, QString *)> &read,
                 QList<Item> *items, int *total)
{
    const QJsonValue set = data.value(QLatin1StringView(setField));
    if (!set.isArray())
        return noUsable(setField);
    const QJsonValue totalValue = data.value(QLatin1StringView(totalField));
    if (!totalValue.isDouble() || !TemplateValues::isInteger(totalValue) || totalValue.toDouble() < 0 ||
        totalValue.toDouble() > 1e9)
        return noUsable(totalField);
    const QJsonArray array = set.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return QCoreApplication::translate("ApiReplies", "item %1 of \"%2\" is not an object")
                .arg(i + 1)
                .arg(QLatin1StringView(setField));
        Item item;
        QString id;
        if (const QString problem = read(array.at(i).toObject(), i, &item, &id); !problem.isEmpty())
            return problem;
        if (seen.contains(id))
            return QCoreApplication::translate("ApiReplies", "\"%1\" lists %2 twice")
                .arg(QLatin1StringView(setField), id);
        seen.insert(id);
        items->append(item);
    }
    *total = totalValue.toInt();
    if (*total < items->size())
        return QCoreApplication::translate("ApiReplies",
                                           "\"%1\" says there are %2 in all but the reply lists %3")
            .arg(QLatin1StringView(totalField))
            .arg(*total)
            .arg(items->size());
    return {};
}

// The id field of an item: a string "<prefix>-" and 8 lowercase letters or digits.
QString readId(const QJsonObject &o, qsizetype index, const char *set, const char *field, const char *prefix,
               QString *id)
{
    const QJsonValue v = o.value(QLatin1StringView(field));
    if (!v.isString())
        return QCoreApplication::translate("ApiReplies", "item %1 of \"%2\" has no \"%3\"")
            .arg(index + 1)
            .arg(QLatin1StringView(set), QLatin1StringView(field));
    if (!ApiReplies::isResourceId(v.toString(), QLatin1StringView(prefix)))
        return QCoreApplication::translate("ApiReplies",
                                           "item %1 of \"%2\": \"%3\" is not an id of the form %4-xxxxxxxx")
            .arg(index + 1)
            .arg(QLatin1StringView(set), ServerText::shown(v.toString().left(64)), QLatin1StringView(prefix));
    *id = v.toString();
    return {};
}

} // namespace

ApiRequest V3Protocol::describeVpcs(int offset) const
{
    return vpcRequest("DescribeVpcs", {}, offset);
}

ApiRequest V3Protocol::describeSubnets(const QString &vpcId, const QString &zone, int offset) const
{
    QJsonArray filters;
    if (!vpcId.isEmpty())
        filters.append(filter("vpc-id", vpcId).first());
    if (!zone.isEmpty())
        filters.append(filter("zone", zone).first());
    QJsonObject body;
    if (!filters.isEmpty())
        body.insert("Filters"_L1, filters);
    return vpcRequest("DescribeSubnets", body, offset);
}

ApiRequest V3Protocol::describeSecurityGroups(int offset) const
{
    return vpcRequest("DescribeSecurityGroups", {}, offset);
}

ApiRequest V3Protocol::describeProjects(int offset) const
{
    // AllList 1: every project of the account, those hidden in the console included; numbers in tag's model.
    return {u"DescribeProjects"_s,
            {},
            QJsonObject{{"AllList"_L1, 1}, {"Limit"_L1, kTagPageSize}, {"Offset"_L1, offset}},
            QString::fromLatin1(kTagService),
            QString::fromLatin1(kTagVersion)};
}

ApiReplies::Vpcs V3Protocol::parseVpcs(const QJsonObject &data) const
{
    ApiReplies::Vpcs r;
    const std::function<QString(const QJsonObject &, qsizetype, ApiReplies::Vpc *, QString *)> read =
        [](const QJsonObject &o, qsizetype i, ApiReplies::Vpc *vpc, QString *id) {
            if (QString problem = readId(o, i, "VpcSet", "VpcId", "vpc", id); !problem.isEmpty())
                return problem;
            vpc->vpcId = *id;
            if (!optionalString(o, "VpcName", &vpc->name))
                return wrongType("VpcSet", i, "VpcName");
            if (!optionalString(o, "CidrBlock", &vpc->cidr))
                return wrongType("VpcSet", i, "CidrBlock");
            if (!optionalBool(o, "IsDefault", &vpc->isDefault))
                return wrongType("VpcSet", i, "IsDefault");
            return QString();
        };
    r.error = readPage(data, "VpcSet", "TotalCount", read, &r.vpcs, &r.totalCount);
    if (!r.error.isEmpty())
        r = {0, {}, r.error};
    return r;
}

ApiReplies::Subnets V3Protocol::parseSubnets(const QJsonObject &data) const
{
    ApiReplies::Subnets r;
    const std::function<QString(const QJsonObject &, qsizetype, ApiReplies::Subnet *, QString *)> read =
        [](const QJsonObject &o, qsizetype i, ApiReplies::Subnet *subnet, QString *id) {
            if (QString problem = readId(o, i, "SubnetSet", "SubnetId", "subnet", id); !problem.isEmpty())
                return problem;
            subnet->subnetId = *id;
            QString vpcId;
            if (QString problem = readId(o, i, "SubnetSet", "VpcId", "vpc", &vpcId); !problem.isEmpty())
                return problem;
            subnet->vpcId = vpcId;
            if (!optionalString(o, "SubnetName", &subnet->name))
                return wrongType("SubnetSet", i, "SubnetName");
            if (!optionalString(o, "CidrBlock", &subnet->cidr))
                return wrongType("SubnetSet", i, "CidrBlock");
            if (!o.value("Zone"_L1).isString() || ServerText::hasControls(o.value("Zone"_L1).toString()))
                return wrongType("SubnetSet", i, "Zone");
            subnet->zone = o.value("Zone"_L1).toString();
            if (!optionalBool(o, "IsDefault", &subnet->isDefault))
                return wrongType("SubnetSet", i, "IsDefault");
            const QJsonValue free = o.value("AvailableIpAddressCount"_L1);
            if (!free.isUndefined() && !free.isNull()) {
                if (!free.isDouble() || !TemplateValues::isInteger(free) || free.toDouble() < 0 ||
                    free.toDouble() > 1e9)
                    return wrongType("SubnetSet", i, "AvailableIpAddressCount");
                subnet->availableIps = free.toInt();
            }
            return QString();
        };
    r.error = readPage(data, "SubnetSet", "TotalCount", read, &r.subnets, &r.totalCount);
    if (!r.error.isEmpty())
        r = {0, {}, r.error};
    return r;
}

ApiReplies::SecurityGroups V3Protocol::parseSecurityGroups(const QJsonObject &data) const
{
    ApiReplies::SecurityGroups r;
    const std::function<QString(const QJsonObject &, qsizetype, ApiReplies::SecurityGroup *, QString *)>
        read = [](const QJsonObject &o, qsizetype i, ApiReplies::SecurityGroup *group, QString *id) {
            if (QString problem = readId(o, i, "SecurityGroupSet", "SecurityGroupId", "sg", id);
                !problem.isEmpty())
                return problem;
            group->securityGroupId = *id;
            if (!optionalString(o, "SecurityGroupName", &group->name))
                return wrongType("SecurityGroupSet", i, "SecurityGroupName");
            if (!optionalString(o, "SecurityGroupDesc", &group->description))
                return wrongType("SecurityGroupSet", i, "SecurityGroupDesc");
            if (!optionalBool(o, "IsDefault", &group->isDefault))
                return wrongType("SecurityGroupSet", i, "IsDefault");
            return QString();
        };
    r.error = readPage(data, "SecurityGroupSet", "TotalCount", read, &r.securityGroups, &r.totalCount);
    if (!r.error.isEmpty())
        r = {0, {}, r.error};
    return r;
}

ApiReplies::Projects V3Protocol::parseProjects(const QJsonObject &data) const
{
    ApiReplies::Projects r;
    const std::function<QString(const QJsonObject &, qsizetype, ApiReplies::Project *, QString *)> read =
        [](const QJsonObject &o, qsizetype i, ApiReplies::Project *project, QString *id) {
            const QJsonValue v = o.value("ProjectId"_L1);
            if (v.isUndefined() || v.isNull())
                return QCoreApplication::translate("ApiReplies", "item %1 of \"%2\" has no \"%3\"")
                    .arg(i + 1)
                    .arg(u"Projects"_s, u"ProjectId"_s);
            // tag's model: ProjectId is a number, 0 or more.
            if (!v.isDouble() || !TemplateValues::isInteger(v) || v.toDouble() < 0 || v.toDouble() > 9e15)
                return QCoreApplication::translate(
                           "ApiReplies",
                           "item %1 of \"%2\": its \"%3\" is not a project id (a whole number, 0 or more)")
                    .arg(i + 1)
                    .arg(u"Projects"_s, u"ProjectId"_s);
            project->projectId = qint64(v.toDouble());
            *id = QString::number(project->projectId);
            if (!optionalString(o, "ProjectName", &project->name))
                return wrongType("Projects", i, "ProjectName");
            return QString();
        };
    r.error = readPage(data, "Projects", "Total", read, &r.projects, &r.totalCount);
    if (!r.error.isEmpty())
        r = {0, {}, r.error};
    return r;
}
