// API 3.0's requests as the official SDK's models define them (PROTOCOL.md sections 10 and 11).
#include "protocol/v3/V3Protocol.h"
#include "protocol/v3/V3Values.h"
#include "secrets/Redaction.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace V3Values;

namespace {
// A JSON request body with every password shown as ••••.
QJsonObject redactedBody(QJsonObject body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == "Password"_L1)
            it.value() = QString::fromUtf16(Redaction::kMask);
        else if (it.value().isObject())
            it.value() = redactedBody(it.value().toObject());
    }
    return body;
}
} // namespace

ApiRequest V3Protocol::runInstances(const PurchaseOrder &o) const
{
    QJsonObject body{
        {"InstanceChargeType"_L1, u"POSTPAID_BY_HOUR"_s},
        {"Placement"_L1, QJsonObject{{"Zone"_L1, o.zone}, {"ProjectId"_L1, o.projectId}}},
        {"InstanceType"_L1, o.instanceType},
        {"ImageId"_L1, o.imageId},
        {"SystemDisk"_L1,
         QJsonObject{{"DiskType"_L1, o.systemDisk.type}, {"DiskSize"_L1, o.systemDisk.size}}},
        {"InternetAccessible"_L1, QJsonObject{{"InternetChargeType"_L1, o.internetChargeType},
                                              {"InternetMaxBandwidthOut"_L1, o.bandwidth},
                                              {"PublicIpAssigned"_L1, o.wanIp == 1}}},
        {"InstanceCount"_L1, o.goodsNum},
        {"EnhancedService"_L1,
         QJsonObject{{"SecurityService"_L1, QJsonObject{{"Enabled"_L1, o.needSecurityAgent == 1}}},
                     {"MonitorService"_L1, QJsonObject{{"Enabled"_L1, o.needMonitorAgent == 1}}}}},
    };
    if (!o.dataDisks.isEmpty())
        body.insert("DataDisks"_L1, dataDiskArray(o, "DiskType", "DiskSize", "DeleteWithInstance"));
    if (!o.vpcId.isEmpty() || !o.subnetId.isEmpty())
        body.insert("VirtualPrivateCloud"_L1,
                    QJsonObject{{"VpcId"_L1, o.vpcId}, {"SubnetId"_L1, o.subnetId}});
    if (!o.instanceName.isEmpty())
        body.insert("InstanceName"_L1, o.instanceName);
    if (!o.password.isEmpty())
        body.insert("LoginSettings"_L1, QJsonObject{{"Password"_L1, o.password}});
    else if (!o.keyIds.isEmpty())
        body.insert("LoginSettings"_L1, QJsonObject{{"KeyIds"_L1, stringArray(o.keyIds)}});
    if (const QStringList groups = securityGroupIds(o); !groups.isEmpty())
        body.insert("SecurityGroupIds"_L1, stringArray(groups));
    if (const QString hostName = ownText(o, "hostName"_L1); !hostName.isEmpty())
        body.insert("HostName"_L1, hostName);
    if (const QString userData = ownText(o, "userData"_L1); !userData.isEmpty())
        body.insert("UserData"_L1, QString::fromLatin1(userData.toUtf8().toBase64()));
    // A terminateAt that is no time is refused by validate(); unread, it sends no timer.
    if (QDateTime time; readZonedTime(ownText(o, "terminateAt"_L1), &time) == ZonedTime::Ok)
        body.insert("ActionTimer"_L1, QJsonObject{{"TimerAction"_L1, u"TerminateInstances"_s},
                                                  {"ActionTime"_L1, actionTime(time)}});
    if (disableApiTermination(o))
        body.insert("DisableApiTermination"_L1, true);
    // The order's own tags, and the purchase's token as one more, so that its instances can be found again,
    // unless the order's tags fill the cloud's quota per instance (validate() warns of it).
    QJsonArray tagList;
    const QJsonObject ownTags = tags(o);
    for (auto it = ownTags.begin(); it != ownTags.end(); ++it)
        tagList.append(QJsonObject{{"Key"_L1, it.key()}, {"Value"_L1, it.value().toString()}});
    if (!o.clientToken.isEmpty()) {
        body.insert("ClientToken"_L1, o.clientToken);
        if (ownTags.size() < kMaxTags)
            tagList.append(
                QJsonObject{{"Key"_L1, QString::fromLatin1(kPurchaseTokenTag)}, {"Value"_L1, o.clientToken}});
    }
    if (!tagList.isEmpty())
        body.insert("TagSpecification"_L1,
                    QJsonArray{QJsonObject{{"ResourceType"_L1, u"instance"_s}, {"Tags"_L1, tagList}}});
    return {u"RunInstances"_s, {}, body};
}

QString V3Protocol::requestPreview(const PurchaseOrder &order, const QUrl &endpointUrl) const
{
    // A JSON body: the action and region travel in headers.
    const ApiRequest request = runInstances(order);
    return u"POST %1\nX-TC-Action: %2\nX-TC-Region: %3\n\n%4\n%5"_s.arg(
        endpointUrl.toString(), request.action, order.region,
        QString::fromUtf8(QJsonDocument(redactedBody(request.body)).toJson(QJsonDocument::Indented))
            .trimmed(),
        tr("(The timestamp, the version and the TC3-HMAC-SHA256 signature are added when it is sent.)"));
}

PurchaseOrder V3Protocol::orderFromRunInstances(const QJsonObject &body, const QString &region)
{
    PurchaseOrder o = ApiProtocol::forApi(PurchaseOrder::Api::V3).newOrder();
    o.region = region;
    const QJsonObject placement = body.value("Placement"_L1).toObject();
    o.zone = placement.value("Zone"_L1).toString();
    o.projectId = looseInt(placement.value("ProjectId"_L1), 0);
    o.instanceType = body.value("InstanceType"_L1).toString();
    o.imageId = body.value("ImageId"_L1).toString();
    if (body.contains("SystemDisk"_L1)) {
        const QJsonObject disk = body.value("SystemDisk"_L1).toObject();
        o.systemDisk.type = disk.value("DiskType"_L1).toString(o.systemDisk.type);
        o.systemDisk.size = looseInt(disk.value("DiskSize"_L1), disk.contains("DiskSize"_L1) ? -1 : 50);
    }
    QJsonArray deleteFlags;
    for (const QJsonValue &d : body.value("DataDisks"_L1).toArray()) {
        o.dataDisks.append({d.toObject().value("DiskType"_L1).toString(u"CLOUD_BASIC"_s),
                            looseInt(d.toObject().value("DiskSize"_L1), -1)});
        const QJsonValue flag = d.toObject().value("DeleteWithInstance"_L1);
        deleteFlags.append(flag.isBool() ? flag : QJsonValue());
    }
    setOwn(o, u"deleteWithInstance"_s, deleteFlags);
    const QJsonObject vpc = body.value("VirtualPrivateCloud"_L1).toObject();
    o.vpcId = vpc.value("VpcId"_L1).toString();
    o.subnetId = vpc.value("SubnetId"_L1).toString();
    const QJsonObject internet = body.value("InternetAccessible"_L1).toObject();
    o.internetChargeType = internet.value("InternetChargeType"_L1).toString(o.internetChargeType);
    o.bandwidth = looseInt(internet.value("InternetMaxBandwidthOut"_L1), 0);
    const QJsonValue publicIp = internet.value("PublicIpAssigned"_L1);
    o.wanIp = publicIp.isUndefined() ? (o.bandwidth > 0 ? 1 : 0) : (publicIp.toBool() ? 1 : 0);
    o.goodsNum = body.contains("InstanceCount"_L1) ? looseInt(body.value("InstanceCount"_L1), -1) : 1;
    o.instanceName = body.value("InstanceName"_L1).toString();
    const QJsonObject login = body.value("LoginSettings"_L1).toObject();
    o.password = login.value("Password"_L1).toString();
    o.keyIds = looseStrings(login.value("KeyIds"_L1));
    setSecurityGroupIds(o, looseStrings(body.value("SecurityGroupIds"_L1)));
    const QJsonObject enhanced = body.value("EnhancedService"_L1).toObject();
    o.needSecurityAgent =
        enhanced.value("SecurityService"_L1).toObject().value("Enabled"_L1).toBool(true) ? 1 : 0;
    o.needMonitorAgent =
        enhanced.value("MonitorService"_L1).toObject().value("Enabled"_L1).toBool(true) ? 1 : 0;
    o.clientToken = body.value("ClientToken"_L1).toString();
    setOwn(o, u"hostName"_s, body.value("HostName"_L1).toString());
    // UserData that is no base64 (or no text) reads as more than any rule allows.
    const auto userData = QByteArray::fromBase64Encoding(body.value("UserData"_L1).toString().toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
    setOwn(o, u"userData"_s, userData ? QString::fromUtf8(*userData) : QString(kMaxUserDataBase64 + 1, u'?'));
    setOwn(o, u"disableApiTermination"_s, body.value("DisableApiTermination"_L1).toBool(false));
    setOwn(o, u"terminateAt"_s, body.value("ActionTimer"_L1).toObject().value("ActionTime"_L1).toString());
    // The instance tags but the purchase's token, which runInstances() adds to every order.
    QJsonObject ownTags;
    for (const QJsonValue &spec : body.value("TagSpecification"_L1).toArray()) {
        if (spec.toObject().value("ResourceType"_L1).toString() != "instance"_L1)
            continue;
        for (const QJsonValue &tag : spec.toObject().value("Tags"_L1).toArray()) {
            const QString key = tag.toObject().value("Key"_L1).toString();
            if (key != QLatin1StringView(kPurchaseTokenTag))
                ownTags.insert(key, tag.toObject().value("Value"_L1).toString());
        }
    }
    setOwn(o, u"tags"_s, ownTags);
    return o;
}

ApiRequest V3Protocol::describeInstances(const QStringList &instanceIds) const
{
    return {u"DescribeInstances"_s,
            {},
            QJsonObject{{"InstanceIds"_L1, stringArray(instanceIds)}, {"Offset"_L1, 0}, {"Limit"_L1, 100}}};
}

ApiRequest V3Protocol::describeTaggedInstances(int offset) const
{
    return {u"DescribeInstances"_s,
            {},
            QJsonObject{{"Filters"_L1, filter("tag-key", QString::fromLatin1(kPurchaseTokenTag))},
                        {"Offset"_L1, offset},
                        {"Limit"_L1, 100}}};
}

ApiRequest V3Protocol::terminateInstances(const QStringList &instanceIds) const
{
    return {u"TerminateInstances"_s, {}, QJsonObject{{"InstanceIds"_L1, stringArray(instanceIds)}}};
}

ApiRequest V3Protocol::describeZones() const
{
    return {u"DescribeZones"_s, {}, {}};
}

ApiRequest V3Protocol::describeImages(int imageType, int offset) const
{
    QJsonObject body{{"Offset"_L1, offset}, {"Limit"_L1, kCvmPageSize}};
    if (imageType >= 1 && imageType <= 4)
        body.insert("Filters"_L1, filter("image-type", QString::fromLatin1(kImageTypes[imageType])));
    return {u"DescribeImages"_s, {}, body};
}

ApiRequest V3Protocol::describeKeyPairs(int offset) const
{
    return {u"DescribeKeyPairs"_s, {}, QJsonObject{{"Offset"_L1, offset}, {"Limit"_L1, kCvmPageSize}}};
}

ApiRequest V3Protocol::inquiryPrice(const PurchaseOrder &order) const
{
    ApiRequest request = runInstances(order);
    request.action = u"InquiryPriceRunInstances"_s;
    // A price needs no login and no idempotency: the password never leaves for an inquiry.
    request.body.remove("LoginSettings"_L1);
    request.body.remove("ClientToken"_L1);
    // Nor do the start-up script and the protection change a price: InquiryPriceRunInstances has no such
    // fields (the official SDK's model).
    request.body.remove("UserData"_L1);
    request.body.remove("DisableApiTermination"_L1);
    // Nor has it an ActionTimer: the price is per hour, whenever the instances end.
    request.body.remove("ActionTimer"_L1);
    return request;
}

ApiRequest V3Protocol::describeInstanceTypes(const QString &zone) const
{
    QJsonArray filters = filter("instance-charge-type", u"POSTPAID_BY_HOUR"_s);
    if (!zone.isEmpty())
        filters.append(filter("zone", zone).first());
    return {u"DescribeZoneInstanceConfigInfos"_s, {}, QJsonObject{{"Filters"_L1, filters}}};
}

ApiRequest V3Protocol::dryRun(const PurchaseOrder &order) const
{
    ApiRequest request = runInstances(order);
    request.body.insert("DryRun"_L1, true);
    return request;
}
