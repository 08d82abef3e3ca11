#include "sandbox/v2/SandboxV2.h"

#include "order/Catalog.h"
#include "order/OrderValidator.h"
#include "protocol/v2/RequestBuilder.h"
#include "protocol/v2/Signer.h"
#include "sandbox/SandboxServer.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Hourly data disk prices per 10 GB, by API 2.0's storageType.
constexpr double kDataDiskPer10Gb[] = {0, 0.002, 0.003, 0.006, 0.01};

QString param(const ApiParams &params, QLatin1StringView name)
{
    for (const auto &[key, value] : params)
        if (key == name)
            return value;
    return {};
}

bool hasParam(const ApiParams &params, QLatin1StringView name)
{
    return std::any_of(params.cbegin(), params.cend(), [&](const auto &p) { return p.first == name; });
}

QJsonObject error(int code, const QString &codeDesc, const QString &message)
{
    return {{"code"_L1, code}, {"message"_L1, message}, {"codeDesc"_L1, codeDesc}};
}

QJsonObject success()
{
    return {{"code"_L1, 0}, {"message"_L1, u""_s}, {"codeDesc"_L1, u"Success"_s}};
}

// The request's parameters: in the URL, or in a POST's body, never in both.
std::optional<ApiParams> paramsOf(const SandboxRequest &request)
{
    const bool post = request.method == "POST";
    if (post && !request.query.isEmpty() && !request.body.isEmpty())
        return std::nullopt;
    return Signer::formDecode(post && request.query.isEmpty() ? request.body : request.query);
}

// The 2.0 list is frozen: images published since are API 3.0's only.
const SandboxServer::Image *findImage(const QString &id)
{
    const SandboxServer::Image *image = SandboxServer::findImage(id);
    return image && !image->recent ? image : nullptr;
}

} // namespace

SandboxProtocol::Kind SandboxV2::kind(const SandboxRequest &request) const
{
    const std::optional<ApiParams> params = paramsOf(request);
    const QString action = params ? param(*params, "Action"_L1) : QString();
    if (action == "RunInstancesHour"_L1)
        return Kind::Run;
    return action == "DescribeInstances"_L1 ? Kind::Describe : Kind::Other;
}

QJsonObject SandboxV2::busyReply() const
{
    return error(5100, u"OperationFail.SystemBusy"_s, u"the system is busy, try again"_s);
}

QJsonObject SandboxV2::handle(const SandboxRequest &request)
{
    const std::optional<ApiParams> decoded = paramsOf(request);
    if (!decoded)
        return error(4000, u"InvalidParameter"_s,
                     u"parameters must be either in the URL or in the body, not both"_s);
    const ApiParams &params = *decoded;
    const QJsonObject refusal =
        checkRequest(QString::fromLatin1(request.method), QString::fromLatin1(request.header("Host")),
                     request.path, params);
    if (!refusal.isEmpty())
        return refusal;

    const QString action = param(params, "Action"_L1);
    const QString region = param(params, "Region"_L1);
    m_cloud.countRequest(action);
    if (action == "RunInstancesHour"_L1)
        return runInstances(params, region);
    if (action == "DescribeInstances"_L1)
        return describeInstances(params);
    if (action == "DescribeAvailabilityZones"_L1)
        return describeZones(region);
    if (action == "DescribeImages"_L1)
        return describeImages(params);
    if (action == "DescribeKeyPairs"_L1)
        return describeKeyPairs();
    if (action == "InquiryInstancePriceHour"_L1)
        return inquiryPrice(params);
    return error(4000, u"InvalidAction"_s, u"the sandbox does not know the action \"%1\""_s.arg(action));
}

QJsonObject SandboxV2::checkRequest(const QString &method, const QString &host, const QString &path,
                                    const ApiParams &params)
{
    for (const char *required : {"Action", "Region", "Timestamp", "Nonce", "SecretId", "Signature"}) {
        if (!hasParam(params, QLatin1StringView(required)))
            return error(4000, u"MissingParameter"_s,
                         u"the parameter %1 is missing"_s.arg(QLatin1StringView(required)));
    }
    if (param(params, "SecretId"_L1) != m_cloud.options().secretId)
        return error(4100, u"AuthFailure.SecretIdNotFound"_s, u"the SecretId is not known to the sandbox"_s);

    bool knownMethod = false;
    const Signer::Method signatureMethod =
        Signer::methodFromName(param(params, "SignatureMethod"_L1), &knownMethod);
    if (!knownMethod)
        return error(4000, u"InvalidParameter.SignatureMethod"_s,
                     u"SignatureMethod must be HmacSHA1 or HmacSHA256"_s);

    // Official SDKs sign the bare host even when the URL has a port: accept both forms.
    const QString signature = param(params, "Signature"_L1);
    const qsizetype portColon = host.lastIndexOf(u':');
    const bool hasPort = portColon > host.lastIndexOf(u']');
    const QString bareHost = hasPort ? host.left(portColon) : host;
    bool signatureOk = false;
    for (const QString &candidate : {host, bareHost}) {
        const QString toSign = Signer::stringToSign(method, candidate, path, params);
        signatureOk = signatureOk ||
                      Signer::signature(toSign, m_cloud.options().secretKey, signatureMethod) == signature;
    }
    if (!signatureOk)
        return error(4100, u"AuthFailure.SignatureFailure"_s, u"the signature does not match the request"_s);

    bool timestampOk = false;
    const qint64 timestamp = param(params, "Timestamp"_L1).toLongLong(&timestampOk);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!timestampOk || std::abs(now - timestamp) > m_cloud.options().timestampWindow)
        return error(4200, u"RequestExpired"_s,
                     u"the request's Timestamp is more than %1 seconds from the server's clock"_s.arg(
                         m_cloud.options().timestampWindow));

    // A nonce seen within the window is a replay; older ones were refused as stale anyway.
    for (auto it = m_seenNonces.begin(); it != m_seenNonces.end();)
        it = std::abs(now - it.value()) > 2 * m_cloud.options().timestampWindow ? m_seenNonces.erase(it)
                                                                                : std::next(it);
    const QString nonce = param(params, "Nonce"_L1);
    if (m_seenNonces.contains(nonce))
        return error(4500, u"ReplayAttack"_s, u"the Nonce %1 was already used"_s.arg(nonce));
    m_seenNonces.insert(nonce, timestamp);
    return {};
}

QJsonObject SandboxV2::runInstances(const ApiParams &params, const QString &region)
{
    PurchaseOrder order = RequestBuilder::orderFromParams(params, region);
    const QStringList known = m_cloud.purchasedWith(order.clientToken);
    if (!order.clientToken.isEmpty() && !known.isEmpty()) {
        QJsonObject reply = success();
        reply.insert("unInstanceIds"_L1, QJsonArray::fromStringList(known));
        return reply;
    }

    const SandboxServer::Image *image = findImage(order.imageId);
    if (!image || image->imageType != order.imageType)
        return error(4000, u"InvalidParameter.ImageIdNotFound"_s,
                     u"image %1 of type %2 does not exist"_s.arg(order.imageId).arg(order.imageType));
    order.osFamily =
        SandboxServer::isWindows(*image) ? PurchaseOrder::OsFamily::Windows : PurchaseOrder::OsFamily::Linux;

    for (const FieldProblem &problem : OrderValidator(Catalog::builtIn()).validate(order)) {
        if (!problem.isError())
            continue;
        if (problem.field == "password"_L1)
            return error(4000, u"InvalidParameter.PasswordNotConformSpecs"_s, problem.message);
        if (problem.field == "zoneId"_L1 || problem.field == "region"_L1)
            return error(4000, u"InvalidParameter.InvaildZoneId"_s, problem.message);
        return error(4000, u"InvalidParameter"_s, u"%1: %2"_s.arg(problem.field, problem.message));
    }

    SandboxServer::Instance prototype;
    prototype.zoneId = order.zone.toInt();
    prototype.cpu = order.cpu;
    prototype.mem = order.mem;
    prototype.createTime = QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    const QStringList ids = m_cloud.createInstances(order, prototype);
    QJsonObject reply = success();
    reply.insert("unInstanceIds"_L1, QJsonArray::fromStringList(ids));
    return reply;
}

QJsonObject SandboxV2::describeInstances(const ApiParams &params)
{
    QStringList wanted;
    for (const auto &[name, value] : params)
        if (name.startsWith("instanceIds."_L1) || name.startsWith("instanceIds_"_L1))
            wanted.append(value);
    bool ok = true;
    const int offset = hasParam(params, "offset"_L1) ? param(params, "offset"_L1).toInt(&ok) : 0;
    bool limitOk = true;
    const int limit = hasParam(params, "limit"_L1) ? param(params, "limit"_L1).toInt(&limitOk) : 20;
    if (!ok || !limitOk || offset < 0 || limit < 1 || limit > 100)
        return error(4000, u"InvalidParameter"_s, u"offset must be 0 or more and limit 1 to 100"_s);
    if (wanted.size() > 100)
        return error(4000, u"InvalidParameter"_s, u"at most 100 instanceIds per call"_s);

    int total = 0;
    QJsonArray set;
    for (const SandboxServer::Instance &instance : m_cloud.describeInstances(wanted, offset, limit, &total)) {
        set.append(QJsonObject{
            {"unInstanceId"_L1, instance.id},
            {"instanceName"_L1, instance.name},
            {"status"_L1, instance.status},
            {"cpu"_L1, instance.cpu},
            {"mem"_L1, instance.mem},
            {"zoneId"_L1, instance.zoneId},
            {"lanIp"_L1, instance.lanIp},
            {"wanIpSet"_L1, QJsonArray::fromStringList(instance.wanIps)},
            {"createTime"_L1, instance.createTime},
            {"unImgId"_L1, instance.imageId},
            // Instances bought through API 3.0 may run an image the 2.0 list does not have.
            {"os"_L1, findImage(instance.imageId) ? QString::fromUtf8(findImage(instance.imageId)->osName)
                                                  : QString()},
        });
    }
    QJsonObject reply = success();
    reply.insert("totalCount"_L1, total);
    reply.insert("instanceSet"_L1, set);
    return reply;
}

QJsonObject SandboxV2::describeZones(const QString &region)
{
    const Catalog::Region *r = Catalog::builtIn().region(region);
    if (!r)
        return error(4000, u"InvalidParameter.Region"_s, u"the region \"%1\" does not exist"_s.arg(region));
    QJsonArray zones;
    for (const Catalog::Zone &zone : r->zones)
        zones.append(QJsonObject{{"zoneId"_L1, QString::number(zone.id)}, {"zoneName"_L1, zone.nameZh}});
    QJsonObject reply = success();
    reply.insert("zoneSet"_L1, zones);
    return reply;
}

QJsonObject SandboxV2::describeImages(const ApiParams &params)
{
    bool ok = false;
    const int imageType = param(params, "imageType"_L1).toInt(&ok);
    if (!ok || imageType < 1 || imageType > 4)
        return error(4000, u"InvalidParameter"_s, u"imageType is required: 1, 2, 3 or 4"_s);
    QJsonArray set;
    for (const SandboxServer::Image &image : SandboxServer::images()) {
        if (image.imageType != imageType || image.recent)
            continue;
        set.append(QJsonObject{{"unImgId"_L1, QLatin1StringView(image.id)},
                               {"imageName"_L1, QString::fromUtf8(image.name)},
                               {"osName"_L1, QString::fromUtf8(image.osName)},
                               {"imageType"_L1, image.imageType}});
    }
    QJsonObject reply = success();
    reply.insert("totalCount"_L1, int(set.size()));
    reply.insert("imageSet"_L1, set);
    return reply;
}

QJsonObject SandboxV2::describeKeyPairs()
{
    QJsonArray set;
    for (const SandboxServer::KeyPair &key : SandboxServer::keyPairs())
        set.append(QJsonObject{{"keyId"_L1, QLatin1StringView(key.id)},
                               {"keyName"_L1, QLatin1StringView(key.name)}});
    QJsonObject reply = success();
    reply.insert("data"_L1, QJsonObject{{"totalCount"_L1, int(set.size())}, {"sshSet"_L1, set}});
    return reply;
}

QJsonObject SandboxV2::inquiryPrice(const ApiParams &params)
{
    auto number = [&](QLatin1StringView name, int fallback) {
        bool ok = false;
        const int n = param(params, name).toInt(&ok);
        return ok ? n : fallback;
    };
    const int cpu = number("cpu"_L1, 0);
    const int mem = number("mem"_L1, 0);
    const int count = number("goodsNum"_L1, 1);
    const int storageType = number("storageType"_L1, 1);
    if (cpu <= 0 || mem <= 0 || count < 1 || count > 100 || storageType < 1 || storageType > 4)
        return error(4000, u"InvalidParameter"_s, u"cpu, mem, goodsNum and storageType must be valid"_s);
    const SandboxServer::Image *image = findImage(param(params, "imageId"_L1));
    const double windows =
        image && SandboxServer::isWindows(*image) ? SandboxServer::kWindowsPerCore * cpu : 0;
    const double disk = kDataDiskPer10Gb[storageType] * number("storageSize"_L1, 0) / 10.0;
    const double perInstance =
        cpu * SandboxServer::kPricePerCore + mem * SandboxServer::kPricePerGb + windows + disk;
    const int bandwidth = number("bandwidth"_L1, 0);
    const bool byTraffic = param(params, "bandwidthType"_L1) == "PayByTraffic"_L1;
    const double bandwidthPrice =
        byTraffic ? SandboxServer::kTrafficPerGb : bandwidth * SandboxServer::kBandwidthPerMbpsHour * count;

    QJsonObject reply = success();
    reply.insert(
        "data"_L1,
        QJsonObject{{"cvm"_L1, QJsonObject{{"price"_L1, SandboxServer::roundPrice(perInstance * count)},
                                           {"price_unit"_L1, u"HOUR"_s}}},
                    {"bandwidth"_L1,
                     QJsonObject{{"price"_L1, SandboxServer::roundPrice(bandwidth > 0 ? bandwidthPrice : 0)},
                                 {"price_unit"_L1, byTraffic ? u"GB"_s : u"HOUR"_s}}}});
    return reply;
}
