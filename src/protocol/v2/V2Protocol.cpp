#include "protocol/v2/V2Protocol.h"

#include "api/Endpoint.h"
#include "order/Catalog.h"
#include "protocol/TemplateValues.h"
#include "protocol/v2/RequestBuilder.h"
#include "protocol/v2/Signer.h"
#include "protocol/v2/V2Replies.h"
#include "secrets/Redaction.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
const RequestBuilder::Field *templateField(const QString &key)
{
    for (const RequestBuilder::Field &f : RequestBuilder::fields())
        if ((f.uses & RequestBuilder::Field::Template) && key == QLatin1StringView(f.name))
            return &f;
    return nullptr;
}

// The parameters of InquiryInstancePriceHour (PROTOCOL.md section 9) for the order as it stands.
ApiParams priceParams(const PurchaseOrder &o)
{
    auto num = [](int v) { return QString::number(v); };
    return {{u"cpu"_s, num(o.cpu)},
            {u"mem"_s, num(o.mem)},
            {u"imageId"_s, o.imageId},
            {u"imageType"_s, num(o.imageType)},
            {u"storageSize"_s, num(o.dataDisks.isEmpty() ? 0 : o.dataDisks.first().size)},
            {u"storageType"_s, o.systemDisk.type},
            {u"bandwidthType"_s, o.internetChargeType},
            {u"bandwidth"_s, num(o.bandwidth)},
            {u"goodsNum"_s, num(o.goodsNum)}};
}
} // namespace

PurchaseOrder V2Protocol::newOrder() const
{
    // The API's own defaults (the seed document's parameter table).
    PurchaseOrder order;
    order.api = PurchaseOrder::Api::V2;
    order.region = u"gz"_s;
    order.instanceType = u"CVM.S1"_s;
    order.systemDisk = {u"1"_s, 20};
    order.internetChargeType = u"PayByHour"_s;
    order.own.insert("isVpcGateway"_L1, 0);
    return order;
}

PurchaseOrder V2Protocol::wizardOrder() const
{
    PurchaseOrder order = newOrder();
    order.cpu = 1;
    order.mem = 2;
    order.bandwidth = 1;
    return order;
}

QList<QPair<QString, QString>> V2Protocol::regionNames() const
{
    QList<QPair<QString, QString>> names;
    for (const Catalog::Region &region : Catalog::builtIn().regions())
        names.append({region.code, region.code});
    return names;
}

QList<ApiReplies::Zone> V2Protocol::builtInZones(const QString &region) const
{
    QList<ApiReplies::Zone> zones;
    if (const Catalog::Region *r = Catalog::builtIn().region(region))
        for (const Catalog::Zone &z : r->zones)
            zones.append({z.id, z.nameZh, QString::number(z.id)});
    return zones;
}

QList<ApiProtocol::Choice> V2Protocol::diskTypes(const PurchaseOrder &order) const
{
    // Types the instance type is not sold with stay visible, with the reason.
    const Catalog::InstanceType *type = Catalog::builtIn().instanceType(order.instanceType);
    QList<Choice> choices;
    for (const Catalog::StorageType &s : Catalog::builtIn().storageTypes()) {
        const bool offered = !type || type->storageTypes.contains(s.id);
        choices.append({QString::number(s.id), s.name(),
                        offered ? QString() : tr("Not offered with %1.").arg(order.instanceType)});
    }
    return choices;
}

ApiProtocol::DiskSizes V2Protocol::diskSizes(const PurchaseOrder &order) const
{
    DiskSizes sizes;
    const QLocale locale;
    if (order.osFamily == PurchaseOrder::OsFamily::Windows) {
        sizes.systemMin = sizes.systemMax = 50;
        sizes.systemNote = tr("Windows system disks are fixed at 50 GB, free of charge.");
    } else {
        sizes.systemMin = 20;
        sizes.systemMax = 50;
        sizes.systemStep = 10;
        sizes.systemNote = tr("20 to 50 GB in steps of 10; the first 20 GB are free.");
    }
    if (const Catalog::StorageType *storage = Catalog::builtIn().storageType(order.systemDisk.type.toInt())) {
        sizes.dataMin = storage->dataMin;
        sizes.dataMax = storage->dataMax;
        sizes.dataNote = tr("None, or %1 to %2 GB in steps of 10.")
                             .arg(locale.toString(storage->dataMin), locale.toString(storage->dataMax));
    }
    return sizes;
}

QList<ApiProtocol::Choice> V2Protocol::internetChargeTypes() const
{
    return {{u"PayByHour"_s, tr("By bandwidth, per hour")}, {u"PayByTraffic"_s, tr("By traffic")}};
}

QList<ApiProtocol::Flag> V2Protocol::networkFlags() const
{
    return {{u"isVpcGateway"_s, tr("Use as the VPC's public network &gateway")}};
}

QString V2Protocol::flagUnavailableReason(const QString &key, const PurchaseOrder &order) const
{
    const bool vpc = !order.vpcId.isEmpty() || !order.subnetId.isEmpty();
    if (key == "isVpcGateway"_L1 && !(vpc && order.bandwidth > 0 && order.wanIp == 1))
        return tr("A gateway needs a VPC and a public IP.");
    return {};
}

QString V2Protocol::orderField(const QString &problemField) const
{
    static const QHash<QString, QString> parts{{u"zoneId"_s, u"zone"_s},
                                               {u"storageType"_s, u"diskType"_s},
                                               {u"rootSize"_s, u"systemDisk"_s},
                                               {u"storageSize"_s, u"dataDisks"_s},
                                               {u"bandwidthType"_s, u"internetChargeType"_s},
                                               {u"keyId"_s, u"keyIds"_s}};
    return parts.value(problemField, problemField);
}

QUrl V2Protocol::defaultUrl() const
{
    return QUrl(QString::fromLatin1(Endpoint::kDefaultUrl));
}

bool V2Protocol::hasEndpointShape(const QUrl &url) const
{
    // cvm.api.qcloud.com/v2/index.php and image.api.qcloud.com/v2/index.php; the sandbox's /v2/index.php.
    return url.host().endsWith(".api.qcloud.com"_L1, Qt::CaseInsensitive) || url.path().endsWith("/v2/index.php"_L1);
}

QUrl V2Protocol::urlForAction(const QUrl &endpointUrl, bool isDefaultEndpoint, const QString &action) const
{
    // DescribeImages lives on its own host; a custom endpoint serves every action.
    if (isDefaultEndpoint && action == "DescribeImages"_L1)
        return QUrl(QString::fromLatin1(Endpoint::kDefaultImageUrl));
    return endpointUrl;
}

EncodedRequest V2Protocol::encode(const ApiRequest &request, const QString &region,
                                  const Credentials &credentials, const QUrl &url, qint64 timestamp,
                                  quint32 nonce) const
{
    const ApiParams params = RequestBuilder::signedParams(request.action, region, request.params, credentials,
                                                          url, timestamp, nonce);
    return {url, {{"Content-Type", "application/x-www-form-urlencoded"}}, Signer::formEncode(params)};
}

ApiResult V2Protocol::parseReply(int httpStatus, const QByteArray &body) const
{
    return V2Replies::parseReply(httpStatus, body);
}

ApiRequest V2Protocol::runInstances(const PurchaseOrder &order) const
{
    return {u"RunInstancesHour"_s, RequestBuilder::runInstancesParams(order), {}};
}

QString V2Protocol::requestPreview(const PurchaseOrder &order, const QUrl &endpointUrl) const
{
    QStringList lines{u"POST %1"_s.arg(endpointUrl.toString()), u"Action=RunInstancesHour"_s,
                      u"Region=%1"_s.arg(order.region)};
    for (const auto &[name, value] : Redaction::redactParams(RequestBuilder::runInstancesParams(order)))
        lines.append(u"%1=%2"_s.arg(name, value));
    lines.append(tr("(Timestamp, Nonce, SecretId, SignatureMethod and Signature are added when it is sent.)"));
    return lines.join(u'\n');
}

ApiReplies::RunInstances V2Protocol::parseRunInstances(const QJsonObject &data, int ordered) const
{
    return V2Replies::parseRunInstances(data, ordered);
}

ApiRequest V2Protocol::describeInstances(const QStringList &instanceIds) const
{
    ApiParams params;
    for (qsizetype i = 0; i < instanceIds.size(); ++i)
        params.append({u"instanceIds.%1"_s.arg(i), instanceIds.at(i)});
    params.append({u"offset"_s, u"0"_s});
    params.append({u"limit"_s, u"100"_s});
    return {u"DescribeInstances"_s, params, {}};
}

ApiReplies::DescribeInstances V2Protocol::parseDescribeInstances(const QJsonObject &data) const
{
    return V2Replies::parseDescribeInstances(data);
}

PasswordPolicy V2Protocol::passwordPolicy(PurchaseOrder::OsFamily family) const
{
    // PROTOCOL.md section 4: Linux counts letters as one class; Windows has no '|'.
    const bool windows = family == PurchaseOrder::OsFamily::Windows;
    return {windows ? 12 : 8, 16, windows ? 3 : 2, windows, OrderValidator::allowedSpecials(family)};
}

void V2Protocol::readTemplate(const QJsonObject &keys, PurchaseOrder *order, QList<FieldProblem> *problems,
                              QStringList *presentKeys) const
{
    auto refuse = [&](const QString &key, const char *rule, const QString &message) {
        problems->append({key, QLatin1StringView(rule), message, FieldProblem::Severity::Error});
    };
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == "osFamily"_L1) {
            if (value == QJsonValue(u"linux"_s))
                order->osFamily = PurchaseOrder::OsFamily::Linux;
            else if (value == QJsonValue(u"windows"_s))
                order->osFamily = PurchaseOrder::OsFamily::Windows;
            else
                refuse(key, "known",
                       QCoreApplication::translate("OrderTemplate",
                                                   "osFamily must be \"linux\" or \"windows\"."));
            continue;
        }
        const RequestBuilder::Field *field = templateField(key);
        if (!field) {
            refuse(key, "unknown",
                   QCoreApplication::translate("OrderTemplate", "\"%1\" is not a template key.").arg(key));
            continue;
        }
        if (field->isNumber) {
            if (!TemplateValues::isInteger(value)) {
                refuse(key, "type",
                       QCoreApplication::translate("OrderTemplate", "%1 must be a whole number.").arg(key));
                continue;
            }
            field->set(*order, QString::number(value.toInt()));
        } else {
            if (!value.isString()) {
                refuse(key, "type",
                       QCoreApplication::translate("OrderTemplate", "%1 must be a string.").arg(key));
                continue;
            }
            field->set(*order, value.toString());
        }
        presentKeys->append(key);
    }
    // The API's default system disk depends on the OS: 20 GB for Linux, a fixed 50 GB for Windows.
    if (order->osFamily == PurchaseOrder::OsFamily::Windows && !presentKeys->contains("rootSize"_L1))
        order->systemDisk.size = 50;
}

QList<QPair<QByteArray, QJsonValue>> V2Protocol::templateKeys(const PurchaseOrder &order) const
{
    QList<QPair<QByteArray, QJsonValue>> out;
    for (const RequestBuilder::Field &f : RequestBuilder::fields()) {
        if (!(f.uses & RequestBuilder::Field::Template))
            continue;
        if (f.isNumber)
            out.append({f.name, f.get(order).toInt()});
        else
            out.append({f.name, f.get(order)});
        if (QByteArrayView(f.name) == "imageType")
            out.append({"osFamily", PurchaseOrder::osFamilyName(order.osFamily)});
    }
    return out;
}

ApiRequest V2Protocol::describeZones() const
{
    return {u"DescribeAvailabilityZones"_s, {}, {}};
}

ApiReplies::Zones V2Protocol::parseZones(const QJsonObject &data) const
{
    return V2Replies::parseZones(data);
}

ApiRequest V2Protocol::describeImages(int imageType, int offset) const
{
    // API 2.0 has no "every kind": the public images stand for them.
    return {u"DescribeImages"_s,
            {{u"imageType"_s, QString::number(imageType >= 1 && imageType <= 4 ? imageType : 2)},
             {u"offset"_s, QString::number(offset)},
             {u"limit"_s, u"100"_s}},
            {}};
}

ApiReplies::Images V2Protocol::parseImages(const QJsonObject &data) const
{
    return V2Replies::parseImages(data);
}

ApiRequest V2Protocol::describeKeyPairs(int) const
{
    return {u"DescribeKeyPairs"_s, {}, {}};
}

ApiReplies::KeyPairs V2Protocol::parseKeyPairs(const QJsonObject &data) const
{
    return V2Replies::parseKeyPairs(data);
}

ApiRequest V2Protocol::inquiryPrice(const PurchaseOrder &order) const
{
    return {u"InquiryInstancePriceHour"_s, priceParams(order), {}};
}

ApiReplies::Price V2Protocol::parsePrice(const QJsonObject &data) const
{
    return V2Replies::parsePrice(data);
}
