// API 3.0's transport (TC3 signing, X-TC-* headers, Response.Error replies) and its tables.
#include "protocol/v3/V3Protocol.h"

#include "order/Catalog.h"
#include "protocol/v3/Tc3Signer.h"
#include "protocol/v3/V3Values.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace V3Values;

QUrl V3Protocol::defaultUrl() const
{
    return QUrl(QString::fromLatin1(kDefaultUrl));
}

bool V3Protocol::hasEndpointShape(const QUrl &url) const
{
    // <service>.tencentcloudapi.com/ and the sandbox's /: every action is posted to the root.
    return url.host().endsWith(".tencentcloudapi.com"_L1, Qt::CaseInsensitive) || url.path().isEmpty() ||
           url.path() == "/"_L1;
}

QString V3Protocol::serviceOf(const ApiRequest &request)
{
    return request.service.isEmpty() ? QString::fromLatin1(Tc3Signer::kService) : request.service;
}

QString V3Protocol::versionOf(const ApiRequest &request)
{
    return request.version.isEmpty() ? QString::fromLatin1(kVersion) : request.version;
}

QUrl V3Protocol::urlForRequest(const QUrl &endpointUrl, bool isDefaultEndpoint,
                               const ApiRequest &request) const
{
    QUrl url = urlForAction(endpointUrl, isDefaultEndpoint, request.action);
    if (isDefaultEndpoint)
        url.setHost(serviceOf(request) + ".tencentcloudapi.com"_L1);
    return url;
}

QList<QPair<QString, QString>> V3Protocol::regions()
{
    QList<QPair<QString, QString>> out;
    for (const RegionName &r : kRegions)
        out.append({QString::fromLatin1(r.name), QString::fromLatin1(r.legacy)});
    return out;
}

QList<ApiReplies::Zone> V3Protocol::builtInZones(const QString &region) const
{
    QList<ApiReplies::Zone> zones;
    if (const Catalog::Region *r = Catalog::builtIn().region(legacyRegion(region)))
        for (const Catalog::Zone &z : r->zones)
            zones.append({z.id, z.nameZh, u"%1-%2"_s.arg(region).arg(z.id % 100)});
    return zones;
}

QList<ApiReplies::InstanceTypeConfig> V3Protocol::builtInInstanceTypes(const QString &zone) const
{
    // The size says the cores (PROTOCOL.md section 10), the number after it the memory in GB.
    static const QHash<int, QString> sizes{{1, u"SMALL"_s},    {2, u"MEDIUM"_s},   {4, u"LARGE"_s},
                                           {8, u"2XLARGE"_s},  {12, u"3XLARGE"_s}, {16, u"4XLARGE"_s},
                                           {24, u"6XLARGE"_s}, {32, u"8XLARGE"_s}, {48, u"12XLARGE"_s}};
    QList<ApiReplies::InstanceTypeConfig> configs;
    for (const Catalog::InstanceType &type : Catalog::builtIn().instanceTypes()) {
        const QString family = type.id.section(u'.', -1); // CVM.S1: S1
        for (auto it = type.memoryByCpu.cbegin(); it != type.memoryByCpu.cend(); ++it) {
            if (!sizes.contains(it.key()))
                continue;
            for (int memory : it.value()) {
                ApiReplies::InstanceTypeConfig c;
                c.zone = zone;
                c.instanceType = u"%1.%2%3"_s.arg(family, sizes.value(it.key())).arg(memory);
                c.family = family;
                c.typeName = Catalog::localized(type.descriptionEn, type.descriptionZh);
                c.cpu = it.key();
                c.memory = memory;
                configs.append(c);
            }
        }
    }
    return configs;
}

PurchaseOrder V3Protocol::newOrder() const
{
    // RunInstances has no default region, zone or type: the order names them.
    PurchaseOrder order;
    order.api = PurchaseOrder::Api::V3;
    order.systemDisk = {u"CLOUD_BASIC"_s, 50};
    order.internetChargeType = u"TRAFFIC_POSTPAID_BY_HOUR"_s;
    return order;
}

PurchaseOrder V3Protocol::wizardOrder() const
{
    // The zone and the type are then chosen from the live catalog.
    PurchaseOrder order = newOrder();
    order.region = u"ap-guangzhou"_s;
    order.instanceType = u"S5.SMALL2"_s;
    order.cpu = 1;
    order.mem = 2;
    order.bandwidth = 1;
    order.systemDisk.type = u"CLOUD_PREMIUM"_s;
    return order;
}

QList<ApiProtocol::Choice> V3Protocol::diskTypes(const PurchaseOrder &) const
{
    // The kinds RunInstances takes by the hour, the usual first; local disks only come with some types.
    return {{u"CLOUD_PREMIUM"_s, tr("Premium cloud disk (CLOUD_PREMIUM)")},
            {u"CLOUD_SSD"_s, tr("SSD cloud disk (CLOUD_SSD)")},
            {u"CLOUD_BSSD"_s, tr("Balanced SSD cloud disk (CLOUD_BSSD)")},
            {u"CLOUD_HSSD"_s, tr("Enhanced SSD cloud disk (CLOUD_HSSD)")},
            {u"CLOUD_BASIC"_s, tr("Basic cloud disk (CLOUD_BASIC)")},
            {u"LOCAL_BASIC"_s, tr("Local disk (LOCAL_BASIC)")},
            {u"LOCAL_SSD"_s, tr("Local SSD disk (LOCAL_SSD)")}};
}

QList<ApiProtocol::Choice> V3Protocol::internetChargeTypes() const
{
    return {{u"TRAFFIC_POSTPAID_BY_HOUR"_s, tr("By traffic, per hour (TRAFFIC_POSTPAID_BY_HOUR)")},
            {u"BANDWIDTH_POSTPAID_BY_HOUR"_s, tr("By bandwidth, per hour (BANDWIDTH_POSTPAID_BY_HOUR)")},
            {u"BANDWIDTH_PACKAGE"_s, tr("Shared bandwidth package (BANDWIDTH_PACKAGE)")},
            {u"BANDWIDTH_PREPAID"_s, tr("Bandwidth paid in advance (BANDWIDTH_PREPAID)")}};
}

ApiProtocol::DiskSizes V3Protocol::diskSizes(const PurchaseOrder &order) const
{
    // The rules validate() applies.
    DiskSizes sizes;
    sizes.systemMin = order.osFamily == PurchaseOrder::OsFamily::Windows ? 50 : 20;
    sizes.systemMax = 1024;
    sizes.dataMin = 10;
    sizes.dataMax = 32000;
    sizes.dataStep = 10;
    const QLocale locale;
    sizes.systemNote = tr("%1 to %2 GB.").arg(locale.toString(sizes.systemMin), locale.toString(sizes.systemMax));
    sizes.dataNote = tr("None, or %1 to %2 GB in steps of %3.")
                         .arg(locale.toString(sizes.dataMin), locale.toString(sizes.dataMax))
                         .arg(sizes.dataStep);
    return sizes;
}

QString V3Protocol::orderField(const QString &problemField) const
{
    // The template's names where they differ from the order's.
    if (problemField == "count"_L1)
        return u"goodsNum"_s;
    if (problemField == "publicIp"_L1)
        return u"wanIp"_s;
    return problemField;
}

QString V3Protocol::legacyRegion(const QString &region)
{
    for (const RegionName &r : kRegions)
        if (region == QLatin1StringView(r.name))
            return QString::fromLatin1(r.legacy);
    return {};
}

int V3Protocol::errorClass(const QString &code)
{
    for (const ErrorClass &e : kErrorClasses) {
        const QLatin1StringView pattern(e.code);
        if (pattern.endsWith(u'*') ? code.startsWith(pattern.chopped(1)) : code == pattern)
            return e.errorClass;
    }
    return 5100; // the operation failed
}

int V3Protocol::statusForState(const QString &instanceState)
{
    for (const StateCode &s : kStates)
        if (instanceState == QLatin1StringView(s.state))
            return s.status;
    return 21; // rescue, migration and newer states: maintenance, still in progress
}

EncodedRequest V3Protocol::encode(const ApiRequest &request, const QString &region,
                                  const Credentials &credentials, const QUrl &url, qint64 timestamp,
                                  quint32) const
{
    Tc3Signer::Input in;
    in.secretId = credentials.secretId;
    in.secretKey = credentials.secretKey;
    in.host = url.host(); // the bare host, as the official SDKs sign it
    in.payload = QJsonDocument(request.body).toJson(QJsonDocument::Compact);
    in.timestamp = timestamp;
    in.service = serviceOf(request).toLatin1();
    EncodedRequest out;
    out.url = url;
    out.body = in.payload;
    out.headers = {{"Content-Type", Tc3Signer::kContentType},
                   {"X-TC-Action", request.action.toLatin1()},
                   {"X-TC-Timestamp", QByteArray::number(timestamp)},
                   {"X-TC-Version", versionOf(request).toLatin1()}};
    if (!region.isEmpty())
        out.headers.append({"X-TC-Region", region.toLatin1()});
    // The cloud's own texts (a type's sold-out reason, an error's message) in the language the program
    // speaks; the API knows these two.
    out.headers.append({"X-TC-Language", QLocale().language() == QLocale::Chinese ? QByteArray("zh-CN")
                                                                                  : QByteArray("en-US")});
    if (!credentials.sessionToken.isEmpty())
        out.headers.append({"X-TC-Token", credentials.sessionToken.toUtf8()});
    out.headers.append({"Authorization", Tc3Signer::authorization(in)});
    return out;
}

ApiResult V3Protocol::parseReply(int httpStatus, const QByteArray &body) const
{
    ApiResult r;
    r.httpStatus = httpStatus;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue response = doc.object().value("Response"_L1);
    if (!doc.isObject() || !response.isObject()) {
        if (httpStatus != 200) {
            r.status = ApiResult::Status::HttpError;
            return r;
        }
        r.status = ApiResult::Status::BadReply;
        r.message =
            parseError.error != QJsonParseError::NoError
                ? ApiResult::tr("not JSON (%1)").arg(parseError.errorString())
            : doc.object().contains("code"_L1)
                ? tr("the endpoint answered like an API 2.0 endpoint; an API 3.0 order needs an API 3.0 "
                     "endpoint, such as https://cvm.tencentcloudapi.com/")
                : tr("the reply has no \"Response\" object");
        return r;
    }
    const QJsonObject object = response.toObject();
    const QJsonValue error = object.value("Error"_L1);
    // A dry run that would succeed answers DryRunOperation on the real cloud: that is a pass.
    if (error.isObject() && error.toObject().value("Code"_L1).toString() != "DryRunOperation"_L1) {
        const QString code = error.toObject().value("Code"_L1).toString();
        r.status = ApiResult::Status::ApiError;
        r.codeDesc = code.isEmpty() ? u"UnknownError"_s : code;
        r.code = errorClass(r.codeDesc);
        r.message = error.toObject().value("Message"_L1).toString();
        return r;
    }
    r.status = ApiResult::Status::Ok;
    r.data = object;
    return r;
}

PasswordPolicy V3Protocol::passwordPolicy(PurchaseOrder::OsFamily family) const
{
    // PROTOCOL.md section 10: 8-30 (Linux, two classes) or 12-30 (Windows, three),
    // upper and lower case counted apart on both.
    const bool windows = family == PurchaseOrder::OsFamily::Windows;
    return {windows ? 12 : 8, 30, windows ? 3 : 2, true, QString(kSpecials)};
}
