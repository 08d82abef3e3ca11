#include "sandbox/SandboxServer.h"

#include "order/Catalog.h"
#include "order/OrderValidator.h"
#include "protocol/v2/RequestBuilder.h"
#include "protocol/v2/Signer.h"
#include "protocol/v3/Tc3Signer.h"
#include "protocol/v3/V3Protocol.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct SandboxImage
{
    const char *id;
    const char *name;
    const char *osName;
    int imageType;
};

// A realistic public image list (PROTOCOL.md section 9), Windows included,
// plus one image of each other type.
constexpr SandboxImage kImages[] = {
    {"img-31tjrtph", "CentOS 7.2 64位", "CentOS 7.2 64位", 2},
    {"img-3wnd9xpl", "Ubuntu Server 14.04.1 LTS 64位", "Ubuntu Server 14.04.1 LTS 64位", 2},
    {"img-pyqx34y1", "Ubuntu Server 16.04.1 LTS 64位", "Ubuntu Server 16.04.1 LTS 64位", 2},
    {"img-0vbqvzfn", "Debian 8.2 64位", "Debian 8.2 64位", 2},
    {"img-6rrx0ymd", "Windows Server 2012 R2 数据中心版 64位中文版", "Windows Server 2012 R2 数据中心版 64位中文版", 2},
    {"img-9id7emv7", "Windows Server 2016 数据中心版 64位中文版", "Windows Server 2016 数据中心版 64位中文版", 2},
    {"img-b1rsy0ql", "web-base (private)", "CentOS 7.2 64位", 1},
    {"img-m4rk3t01", "LAMP stack (marketplace)", "CentOS 7.2 64位", 3},
    {"img-sh4r3d01", "build-agent (shared)", "Ubuntu Server 16.04.1 LTS 64位", 4},
};

struct SandboxKeyPair
{
    const char *id;
    const char *name;
};

constexpr SandboxKeyPair kKeyPairs[] = {{"skey-3glfot13", "ops-laptop"}, {"skey-8hq5ve0n", "deploy-bot"}};

// Hourly prices in CNY, a small deterministic table.
constexpr double kPricePerCore = 0.12;
constexpr double kPricePerGb = 0.06;
constexpr double kWindowsPerCore = 0.04;
constexpr double kDataDiskPer10Gb[] = {0, 0.002, 0.003, 0.006, 0.01}; // by storageType
constexpr double kBandwidthPerMbpsHour = 0.063;
constexpr double kTrafficPerGb = 0.8;

const SandboxImage *findImage(const QString &id)
{
    for (const SandboxImage &image : kImages)
        if (id == QLatin1StringView(image.id))
            return &image;
    return nullptr;
}

bool isWindows(const SandboxImage &image)
{
    return QLatin1StringView(image.name).contains("Windows"_L1);
}

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

// With a Date header, as real servers send: clients tell a wrong clock by it.
void answer(QHttpServerResponder &r, const QJsonObject &reply)
{
    const QByteArray date =
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
            .toLatin1();
    r.write(QJsonDocument(reply).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}, {"Date", date}});
}

double roundCents(double value)
{
    return std::round(value * 10000) / 10000;
}

} // namespace

const QStringList &SandboxServer::faultNames()
{
    static const QStringList names{u"drop-first-run"_s,         u"busy-first-run"_s, u"hang-first-run"_s,
                                   u"http500-first-describe"_s, u"garbage-first-describe"_s,
                                   u"fail-one"_s,               u"slow-run"_s};
    return names;
}

bool SandboxServer::parseFaults(const QString &list, QStringList *faults, QString *error)
{
    faults->clear();
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        const QString fault = part.trimmed();
        if (!faultNames().contains(fault)) {
            *error = u"unknown fault \"%1\"; the faults are %2"_s.arg(fault, faultNames().join(u", "));
            return false;
        }
        faults->append(fault);
    }
    return true;
}

SandboxServer::SandboxServer(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_server(std::make_unique<QHttpServer>()),
      m_pendingFaults(options.faults)
{
    m_server->route(u"/v2/index.php"_s, [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        respond(request, std::move(responder));
    });
    m_server->route(u"/"_s, [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        respondV3(request, std::move(responder));
    });
}

bool SandboxServer::strike(const QString &fault)
{
    return m_pendingFaults.removeOne(fault);
}

void SandboxServer::respond(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const QByteArray rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
    if (post && !rawQuery.isEmpty() && !request.body().isEmpty()) {
        answer(responder, error(4000, u"InvalidParameter"_s,
                                u"parameters must be either in the URL or in the body, not both"_s));
        return;
    }
    const ApiParams params = Signer::formDecode(post && rawQuery.isEmpty() ? request.body() : rawQuery);
    const QString method = post ? u"POST"_s : u"GET"_s;
    const QString action = param(params, "Action"_L1);
    const QString host = QString::fromLatin1(request.value("Host"));
    const QString path = request.url().path();
    deliver(std::move(responder), action == "RunInstancesHour"_L1, action == "DescribeInstances"_L1,
            error(5100, u"OperationFail.SystemBusy"_s, u"the system is busy, try again"_s),
            [this, method, host, path, params] { return handle(method, host, path, params); });
}

void SandboxServer::deliver(QHttpServerResponder &&responder, bool isRun, bool isDescribe,
                            const QJsonObject &busyReply, const std::function<QJsonObject()> &handler)
{
    if (isRun) {
        if (strike(u"busy-first-run"_s)) {
            answer(responder, busyReply);
            return;
        }
        const QJsonObject reply = handler();
        if (strike(u"drop-first-run"_s)) {
            responder.socket()->abort(); // bought, but the answer is lost on the way
            return;
        }
        if (strike(u"hang-first-run"_s)) {
            m_held.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
            return;
        }
        if (m_options.faults.contains(u"slow-run"_s)) {
            // The client may give up first; then there is nobody left to answer.
            const QPointer<QTcpSocket> socket = responder.socket();
            auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
            QTimer::singleShot(m_options.slowRunMs, this, [held, socket, reply] {
                if (socket && socket->state() == QAbstractSocket::ConnectedState)
                    answer(*held, reply);
            });
            return;
        }
        answer(responder, reply);
        return;
    }
    if (isDescribe) {
        if (strike(u"http500-first-describe"_s)) {
            responder.write("<html><body>500 Internal Server Error</body></html>", "text/html",
                            QHttpServerResponder::StatusCode::InternalServerError);
            return;
        }
        if (strike(u"garbage-first-describe"_s)) {
            const QByteArray whole = QJsonDocument(handler()).toJson();
            responder.write(whole.left(whole.size() / 2), "application/json");
            return;
        }
    }
    answer(responder, handler());
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    return m_port;
}

QUrl SandboxServer::endpointUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/v2/index.php"_s.arg(m_port));
}

QUrl SandboxServer::endpointUrlV3() const
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_port));
}

int SandboxServer::instanceStatus(const QString &instanceId) const
{
    return m_instances.contains(instanceId) ? m_instances.value(instanceId).status : 0;
}

QJsonObject SandboxServer::handle(const QString &method, const QString &host, const QString &path,
                                  const ApiParams &params)
{
    const QJsonObject refusal = checkRequest(method, host, path, params);
    if (!refusal.isEmpty())
        return refusal;

    const QString action = param(params, "Action"_L1);
    const QString region = param(params, "Region"_L1);
    m_requestCounts[action] += 1;
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

QJsonObject SandboxServer::checkRequest(const QString &method, const QString &host, const QString &path,
                                        const ApiParams &params)
{
    for (const char *required : {"Action", "Region", "Timestamp", "Nonce", "SecretId", "Signature"}) {
        if (!hasParam(params, QLatin1StringView(required)))
            return error(4000, u"MissingParameter"_s, u"the parameter %1 is missing"_s.arg(QLatin1StringView(required)));
    }
    if (param(params, "SecretId"_L1) != m_options.secretId)
        return error(4100, u"AuthFailure.SecretIdNotFound"_s, u"the SecretId is not known to the sandbox"_s);

    bool knownMethod = false;
    const Signer::Method signatureMethod = Signer::methodFromName(param(params, "SignatureMethod"_L1), &knownMethod);
    if (!knownMethod)
        return error(4000, u"InvalidParameter.SignatureMethod"_s, u"SignatureMethod must be HmacSHA1 or HmacSHA256"_s);

    // Official SDKs sign the bare host even when the URL has a port: accept both forms.
    const QString signature = param(params, "Signature"_L1);
    const qsizetype portColon = host.lastIndexOf(u':');
    const bool hasPort = portColon > host.lastIndexOf(u']');
    const QString bareHost = hasPort ? host.left(portColon) : host;
    bool signatureOk = false;
    for (const QString &candidate : {host, bareHost}) {
        const QString toSign = Signer::stringToSign(method, candidate, path, params);
        signatureOk = signatureOk || Signer::signature(toSign, m_options.secretKey, signatureMethod) == signature;
    }
    if (!signatureOk)
        return error(4100, u"AuthFailure.SignatureFailure"_s, u"the signature does not match the request"_s);

    bool timestampOk = false;
    const qint64 timestamp = param(params, "Timestamp"_L1).toLongLong(&timestampOk);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!timestampOk || std::abs(now - timestamp) > m_options.timestampWindow)
        return error(4200, u"RequestExpired"_s,
                     u"the request's Timestamp is more than %1 seconds from the server's clock"_s.arg(
                         m_options.timestampWindow));

    // A nonce seen within the window is a replay; older ones were refused as stale anyway.
    for (auto it = m_seenNonces.begin(); it != m_seenNonces.end();)
        it = std::abs(now - it.value()) > 2 * m_options.timestampWindow ? m_seenNonces.erase(it) : std::next(it);
    const QString nonce = param(params, "Nonce"_L1);
    if (m_seenNonces.contains(nonce))
        return error(4500, u"ReplayAttack"_s, u"the Nonce %1 was already used"_s.arg(nonce));
    m_seenNonces.insert(nonce, timestamp);
    return {};
}

QJsonObject SandboxServer::runInstances(const ApiParams &params, const QString &region)
{
    PurchaseOrder order = RequestBuilder::orderFromParams(params, region);
    const QStringList known = m_tokens.value(order.clientToken);
    if (!order.clientToken.isEmpty() && !known.isEmpty()) {
        QJsonObject reply = success();
        reply.insert("unInstanceIds"_L1, QJsonArray::fromStringList(known));
        return reply;
    }

    const SandboxImage *image = findImage(order.imageId);
    if (!image || image->imageType != order.imageType)
        return error(4000, u"InvalidParameter.ImageIdNotFound"_s,
                     u"image %1 of type %2 does not exist"_s.arg(order.imageId).arg(order.imageType));
    order.osFamily = isWindows(*image) ? PurchaseOrder::OsFamily::Windows : PurchaseOrder::OsFamily::Linux;

    for (const FieldProblem &problem : OrderValidator(Catalog::builtIn()).validate(order)) {
        if (!problem.isError())
            continue;
        if (problem.field == "password"_L1)
            return error(4000, u"InvalidParameter.PasswordNotConformSpecs"_s, problem.message);
        if (problem.field == "zoneId"_L1 || problem.field == "region"_L1)
            return error(4000, u"InvalidParameter.InvaildZoneId"_s, problem.message);
        return error(4000, u"InvalidParameter"_s, u"%1: %2"_s.arg(problem.field, problem.message));
    }

    Instance prototype;
    prototype.zoneId = order.zone.toInt();
    prototype.cpu = order.cpu;
    prototype.mem = order.mem;
    prototype.createTime = QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    const QStringList ids = createInstances(order, prototype);
    QJsonObject reply = success();
    reply.insert("unInstanceIds"_L1, QJsonArray::fromStringList(ids));
    return reply;
}

QStringList SandboxServer::createInstances(const PurchaseOrder &order, const Instance &prototype)
{
    ++m_purchaseCount;
    QStringList ids;
    const bool publicIp = order.wanIp == 1 && order.bandwidth > 0;
    for (int i = 0; i < order.goodsNum; ++i) {
        Instance instance = prototype;
        instance.id = newInstanceId();
        instance.name = order.instanceName.isEmpty() ? u"未命名"_s : order.instanceName;
        instance.imageId = order.imageId;
        const int serial = int(m_instances.size()) + 2;
        instance.lanIp = u"10.0.%1.%2"_s.arg(serial / 250).arg(serial % 250 + 2);
        if (publicIp)
            instance.wanIps = {u"203.0.113.%1"_s.arg(serial % 250 + 2)};
        m_instances.insert(instance.id, instance);
        m_instanceOrder.append(instance.id);
        ids.append(instance.id);
    }
    if (m_options.faults.contains(u"fail-one"_s))
        m_failing.insert(ids.last());
    if (!order.clientToken.isEmpty())
        m_tokens.insert(order.clientToken, ids);
    return ids;
}

QJsonObject SandboxServer::describeInstances(const ApiParams &params)
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

    QStringList matching;
    for (const QString &id : std::as_const(m_instanceOrder))
        if (wanted.isEmpty() || wanted.contains(id))
            matching.append(id);

    QJsonArray set;
    for (const QString &id : matching.mid(offset, limit)) {
        Instance &instance = m_instances[id];
        if (instance.status == 3 && ++instance.timesSeen >= m_options.runningAfter)
            instance.status = m_failing.contains(instance.id) ? 1 : 2;
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
    reply.insert("totalCount"_L1, int(matching.size()));
    reply.insert("instanceSet"_L1, set);
    return reply;
}

QJsonObject SandboxServer::describeZones(const QString &region)
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

QJsonObject SandboxServer::describeImages(const ApiParams &params)
{
    bool ok = false;
    const int imageType = param(params, "imageType"_L1).toInt(&ok);
    if (!ok || imageType < 1 || imageType > 4)
        return error(4000, u"InvalidParameter"_s, u"imageType is required: 1, 2, 3 or 4"_s);
    QJsonArray set;
    for (const SandboxImage &image : kImages) {
        if (image.imageType != imageType)
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

QJsonObject SandboxServer::describeKeyPairs()
{
    QJsonArray set;
    for (const SandboxKeyPair &key : kKeyPairs)
        set.append(QJsonObject{{"keyId"_L1, QLatin1StringView(key.id)}, {"keyName"_L1, QLatin1StringView(key.name)}});
    QJsonObject reply = success();
    reply.insert("data"_L1, QJsonObject{{"totalCount"_L1, int(set.size())}, {"sshSet"_L1, set}});
    return reply;
}

QJsonObject SandboxServer::inquiryPrice(const ApiParams &params)
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
    const SandboxImage *image = findImage(param(params, "imageId"_L1));
    const double windows = image && isWindows(*image) ? kWindowsPerCore * cpu : 0;
    const double disk = kDataDiskPer10Gb[storageType] * number("storageSize"_L1, 0) / 10.0;
    const double perInstance = cpu * kPricePerCore + mem * kPricePerGb + windows + disk;
    const int bandwidth = number("bandwidth"_L1, 0);
    const bool byTraffic = param(params, "bandwidthType"_L1) == "PayByTraffic"_L1;
    const double bandwidthPrice = byTraffic ? kTrafficPerGb : bandwidth * kBandwidthPerMbpsHour * count;

    QJsonObject reply = success();
    reply.insert("data"_L1,
                 QJsonObject{{"cvm"_L1, QJsonObject{{"price"_L1, roundCents(perInstance * count)},
                                                     {"price_unit"_L1, u"HOUR"_s}}},
                             {"bandwidth"_L1, QJsonObject{{"price"_L1, roundCents(bandwidth > 0 ? bandwidthPrice : 0)},
                                                           {"price_unit"_L1, byTraffic ? u"GB"_s : u"HOUR"_s}}}});
    return reply;
}

QString SandboxServer::newInstanceId()
{
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    do {
        id = u"ins-"_s;
        for (int i = 0; i < 8; ++i)
            id.append(QLatin1Char(kAlphabet[QRandomGenerator::global()->bounded(36)]));
    } while (m_instances.contains(id));
    return id;
}

// API 3.0 (PROTOCOL.md section 10) -----------------------------------------

namespace {

struct SandboxType
{
    const char *type;
    const char *family;
    const char *typeName;
    int cpu;
    int memory;
    bool soldOut;
};

// What every sandbox zone sells by the hour; one type is sold out everywhere,
// so that clients can show and refuse it.
constexpr SandboxType kTypesV3[] = {
    {"S5.SMALL2", "S5", "Standard S5", 1, 2, false},
    {"S5.MEDIUM4", "S5", "Standard S5", 2, 4, false},
    {"S5.MEDIUM8", "S5", "Standard S5", 2, 8, false},
    {"S5.LARGE8", "S5", "Standard S5", 4, 8, false},
    {"S5.LARGE16", "S5", "Standard S5", 4, 16, false},
    {"S5.2XLARGE16", "S5", "Standard S5", 8, 16, false},
    {"S5.2XLARGE32", "S5", "Standard S5", 8, 32, true},
    {"SA2.MEDIUM4", "SA2", "Standard AMD SA2", 2, 4, false},
    {"SA2.LARGE8", "SA2", "Standard AMD SA2", 4, 8, false},
    {"S1.SMALL1", "S1", "Standard S1", 1, 1, false},
    {"S1.SMALL2", "S1", "Standard S1", 1, 2, false},
};
constexpr const char *kSoldOutReason = "The zone has no stock of this instance type left.";

// Newer public images only API 3.0 accounts see, besides the API 2.0 list.
constexpr SandboxImage kImagesV3Only[] = {
    {"img-eb30mz89", "TencentOS Server 3.1 (TK4)", "TencentOS Server 3.1 (TK4)", 2},
    {"img-487zeit5", "Ubuntu Server 22.04 LTS 64位", "Ubuntu Server 22.04 LTS 64位", 2},
};

struct DiskRate
{
    const char *type;
    double perGbHour;
};
constexpr DiskRate kDiskRates[] = {
    {"LOCAL_BASIC", 0.0002},   {"LOCAL_SSD", 0.0006},  {"CLOUD_BASIC", 0.0003}, {"CLOUD_SSD", 0.001},
    {"CLOUD_PREMIUM", 0.0005}, {"CLOUD_BSSD", 0.0007}, {"CLOUD_HSSD", 0.0012}};

const char *const kImageTypeNames[] = {"", "PRIVATE_IMAGE", "PUBLIC_IMAGE", "MARKET_IMAGE", "SHARED_IMAGE"};

const SandboxImage *findImageV3(const QString &id)
{
    if (const SandboxImage *image = findImage(id))
        return image;
    for (const SandboxImage &image : kImagesV3Only)
        if (id == QLatin1StringView(image.id))
            return &image;
    return nullptr;
}

const SandboxType *findType(const QString &type)
{
    for (const SandboxType &t : kTypesV3)
        if (type == QLatin1StringView(t.type))
            return &t;
    return nullptr;
}

QJsonObject errorV3(const QString &code, const QString &message)
{
    return {
        {"Response"_L1, QJsonObject{{"Error"_L1, QJsonObject{{"Code"_L1, code}, {"Message"_L1, message}}},
                                    {"RequestId"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces)}}}};
}

QJsonObject successV3(QJsonObject response = {})
{
    response.insert("RequestId"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces));
    return {{"Response"_L1, response}};
}

// Filters [{Name, Values}] as name -> values.
QHash<QString, QStringList> filtersOf(const QJsonObject &body)
{
    QHash<QString, QStringList> out;
    for (const QJsonValue &f : body.value("Filters"_L1).toArray()) {
        QStringList values;
        for (const QJsonValue &v : f.toObject().value("Values"_L1).toArray())
            values.append(v.toString());
        out.insert(f.toObject().value("Name"_L1).toString(), values);
    }
    return out;
}

// The sandbox's zones of a 3.0 region: the built-in catalog's, named "<region>-<n>".
QList<QPair<QString, Catalog::Zone>> zonesOf(const QString &region)
{
    QList<QPair<QString, Catalog::Zone>> out;
    const Catalog::Region *r = Catalog::builtIn().region(V3Protocol::legacyRegion(region));
    if (!r)
        return out;
    for (const Catalog::Zone &zone : r->zones)
        out.append({region + u'-' + QString::number(zone.id % 100), zone});
    return out;
}

bool isZoneOf(const QString &zone, const QString &region)
{
    const auto zones = zonesOf(region);
    return std::any_of(zones.cbegin(), zones.cend(), [&](const auto &z) { return z.first == zone; });
}

struct PriceV3
{
    double instancePerHour = 0; // all instances
    double bandwidth = 0;
    QString bandwidthUnit;
};

PriceV3 priceOf(const PurchaseOrder &o, const SandboxType &type, bool windows)
{
    auto diskRate = [](const QString &diskType) {
        for (const DiskRate &r : kDiskRates)
            if (diskType == QLatin1StringView(r.type))
                return r.perGbHour;
        return 0.0;
    };
    double perInstance =
        type.cpu * kPricePerCore + type.memory * kPricePerGb + (windows ? kWindowsPerCore * type.cpu : 0);
    perInstance += diskRate(o.systemDisk.type) * o.systemDisk.size;
    for (const PurchaseOrder::Disk &d : o.dataDisks)
        perInstance += diskRate(d.type) * d.size;
    PriceV3 p;
    p.instancePerHour = roundCents(perInstance * o.goodsNum);
    const bool byTraffic = o.internetChargeType == "TRAFFIC_POSTPAID_BY_HOUR"_L1;
    p.bandwidth = roundCents(o.bandwidth <= 0 ? 0
                             : byTraffic      ? kTrafficPerGb
                                              : o.bandwidth * kBandwidthPerMbpsHour * o.goodsNum);
    p.bandwidthUnit = byTraffic ? u"GB"_s : u"HOUR"_s;
    return p;
}

} // namespace

QByteArray SandboxServer::V3Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

void SandboxServer::respondV3(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    V3Request v3;
    v3.method = request.method() == QHttpServerRequest::Method::Post ? "POST" : "GET";
    for (const auto &[name, value] : request.headers())
        v3.headers.append({name, value});
    v3.body = request.body();
    const QByteArray action = v3.header("X-TC-Action");
    deliver(std::move(responder), action == "RunInstances", action == "DescribeInstances",
            errorV3(u"RequestLimitExceeded"_s, u"too many requests; try again later"_s),
            [this, v3] { return handleV3(v3); });
}

QJsonObject SandboxServer::handleV3(const V3Request &request)
{
    const QString action = QString::fromLatin1(request.header("X-TC-Action"));
    const QJsonObject refusal = checkV3(request, action);
    if (!refusal.isEmpty())
        return refusal;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString region = QString::fromLatin1(request.header("X-TC-Region"));
    m_requestCounts[action] += 1;
    if (action == "RunInstances"_L1)
        return runInstancesV3(body, region);
    if (action == "DescribeInstances"_L1)
        return describeInstancesV3(body);
    if (action == "DescribeZones"_L1)
        return describeZonesV3(region);
    if (action == "DescribeZoneInstanceConfigInfos"_L1)
        return describeZoneConfigsV3(body, region);
    if (action == "DescribeImages"_L1)
        return describeImagesV3(body);
    if (action == "DescribeKeyPairs"_L1)
        return describeKeyPairsV3();
    if (action == "InquiryPriceRunInstances"_L1)
        return inquiryPriceV3(body, region);
    return errorV3(u"InvalidAction"_s, u"the sandbox does not know the action \"%1\""_s.arg(action));
}

QJsonObject SandboxServer::checkV3(const V3Request &request, const QString &action)
{
    if (request.method != "POST")
        return errorV3(u"UnsupportedProtocol"_s, u"the sandbox takes API 3.0 requests as JSON POST"_s);
    if (action.isEmpty())
        return errorV3(u"MissingParameter"_s, u"the header X-TC-Action is missing"_s);
    if (request.header("X-TC-Version") != V3Protocol::kVersion)
        return errorV3(u"NoSuchVersion"_s,
                       u"X-TC-Version must be %1"_s.arg(QLatin1StringView(V3Protocol::kVersion)));

    // "TC3-HMAC-SHA256 Credential=ID/DATE/cvm/tc3_request, SignedHeaders=a;b, Signature=hex"
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith(QByteArray(QByteArray(Tc3Signer::kAlgorithm) + ' ')))
        return errorV3(u"AuthFailure.InvalidAuthorization"_s, u"Authorization must use TC3-HMAC-SHA256"_s);
    QHash<QByteArray, QByteArray> parts;
    for (const QByteArray &part : authorization.mid(qstrlen(Tc3Signer::kAlgorithm) + 1).split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq > 0)
            parts.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    const QByteArrayList credential = parts.value("Credential").split('/');
    if (credential.size() != 4 || credential.at(2) != Tc3Signer::kService ||
        credential.at(3) != "tc3_request" || !parts.contains("SignedHeaders") || !parts.contains("Signature"))
        return errorV3(u"AuthFailure.InvalidAuthorization"_s, u"the Authorization header is malformed"_s);
    if (QString::fromUtf8(credential.at(0)) != m_options.secretId)
        return errorV3(u"AuthFailure.SecretIdNotFound"_s, u"the SecretId is not known to the sandbox"_s);

    bool timestampOk = false;
    const qint64 timestamp = request.header("X-TC-Timestamp").toLongLong(&timestampOk);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!timestampOk || std::abs(now - timestamp) > m_options.timestampWindow)
        return errorV3(u"AuthFailure.SignatureExpire"_s,
                       u"the request's X-TC-Timestamp is more than %1 seconds from the server's clock"_s.arg(
                           m_options.timestampWindow));
    if (credential.at(1) != Tc3Signer::utcDate(timestamp))
        return errorV3(u"AuthFailure.SignatureFailure"_s,
                       u"the credential's date is not the timestamp's UTC date"_s);

    const QByteArrayList signedNames = parts.value("SignedHeaders").split(';');
    if (!signedNames.contains("content-type") || !signedNames.contains("host"))
        return errorV3(u"AuthFailure.SignatureFailure"_s, u"content-type and host must be signed"_s);
    // The host is signed bare by the official SDKs, with its port by some others: accept both.
    const QByteArray host = request.header("Host");
    const qsizetype colon = host.lastIndexOf(':');
    const QByteArray bareHost = colon > host.lastIndexOf(']') ? host.left(colon) : host;
    bool signatureOk = false;
    for (const QByteArray &hostForm : {host, bareHost}) {
        Tc3Signer::Input in;
        in.secretKey = m_options.secretKey;
        in.timestamp = timestamp;
        in.payload = request.body;
        in.method = request.method;
        for (const QByteArray &name : signedNames)
            in.signedHeaders.append({name, name == "host" ? hostForm : request.header(name)});
        signatureOk = signatureOk || Tc3Signer::signature(in) == parts.value("Signature");
    }
    if (!signatureOk)
        return errorV3(u"AuthFailure.SignatureFailure"_s, u"the signature does not match the request"_s);

    // TC3 has no nonce and no replay rule (PROTOCOL.md section 11): the very same signed request sent twice
    // within the window is answered twice, as the cloud does.

    if (!QJsonDocument::fromJson(request.body).isObject())
        return errorV3(u"InvalidParameter"_s, u"the body must be a JSON object"_s);
    const QString region = QString::fromLatin1(request.header("X-TC-Region"));
    if (V3Protocol::legacyRegion(region).isEmpty())
        return errorV3(u"InvalidParameterValue.Region"_s, u"the region \"%1\" does not exist"_s.arg(region));
    return {};
}

QJsonObject SandboxServer::runInstancesV3(const QJsonObject &body, const QString &region)
{
    PurchaseOrder order = V3Protocol::orderFromRunInstances(body, region);
    const bool dryRun = body.value("DryRun"_L1).toBool(false);
    if (body.value("InstanceChargeType"_L1).toString(u"PREPAID"_s) != "POSTPAID_BY_HOUR"_L1)
        return errorV3(u"InvalidParameterValue.InstanceChargeType"_s,
                       u"the sandbox sells POSTPAID_BY_HOUR only"_s);
    const QStringList known = m_tokens.value(order.clientToken);
    if (!order.clientToken.isEmpty() && !known.isEmpty())
        return successV3({{"InstanceIdSet"_L1, QJsonArray::fromStringList(known)}});

    const SandboxImage *image = findImageV3(order.imageId);
    if (!image)
        return errorV3(u"InvalidImageId.NotFound"_s, u"image %1 does not exist"_s.arg(order.imageId));
    const bool windows = isWindows(*image);
    order.osFamily = windows ? PurchaseOrder::OsFamily::Windows : PurchaseOrder::OsFamily::Linux;

    for (const FieldProblem &problem : OrderValidator(Catalog::builtIn()).validate(order)) {
        if (!problem.isError())
            continue;
        if (problem.field == "password"_L1)
            return errorV3(u"InvalidPassword"_s, problem.message);
        if (problem.field == "zone"_L1 || problem.field == "region"_L1)
            return errorV3(u"InvalidZone.MismatchRegion"_s, problem.message);
        return errorV3(u"InvalidParameterValue"_s, u"%1: %2"_s.arg(problem.field, problem.message));
    }
    if (!isZoneOf(order.zone, region))
        return errorV3(u"InvalidZone.MismatchRegion"_s,
                       u"the zone %1 is not in %2"_s.arg(order.zone, region));
    const SandboxType *type = findType(order.instanceType);
    if (!type)
        return errorV3(u"InvalidParameterValue.InstanceTypeNotFound"_s,
                       u"the instance type %1 is not sold"_s.arg(order.instanceType));
    if (type->soldOut)
        return errorV3(
            u"ResourceInsufficient.SpecifiedInstanceType"_s,
            u"%1 in %2: %3"_s.arg(order.instanceType, order.zone, QLatin1StringView(kSoldOutReason)));
    const PriceV3 price = priceOf(order, *type, windows);
    if (price.instancePerHour > kDemoBalancePerHour)
        return errorV3(u"InvalidAccount.InsufficientBalance"_s,
                       u"the demo account's balance covers %1 CNY an hour; this order costs %2"_s
                           .arg(kDemoBalancePerHour)
                           .arg(price.instancePerHour));
    if (dryRun)
        return successV3(); // every check passed; nothing is bought

    Instance prototype;
    prototype.zone = order.zone;
    prototype.instanceType = order.instanceType;
    prototype.cpu = type->cpu;
    prototype.mem = type->memory;
    prototype.createTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QStringList ids = createInstances(order, prototype);
    return successV3({{"InstanceIdSet"_L1, QJsonArray::fromStringList(ids)}});
}

QJsonObject SandboxServer::describeInstancesV3(const QJsonObject &body)
{
    QStringList wanted;
    for (const QJsonValue &v : body.value("InstanceIds"_L1).toArray())
        wanted.append(v.toString());
    const int offset = body.value("Offset"_L1).toInt(0);
    const int limit = body.value("Limit"_L1).toInt(20);
    if (offset < 0 || limit < 1 || limit > 100)
        return errorV3(u"InvalidParameterValue"_s, u"Offset must be 0 or more and Limit 1 to 100"_s);
    if (wanted.size() > 100)
        return errorV3(u"InvalidParameterValue.LimitExceeded"_s, u"at most 100 InstanceIds per call"_s);

    QStringList matching;
    for (const QString &id : std::as_const(m_instanceOrder))
        if (wanted.isEmpty() || wanted.contains(id))
            matching.append(id);
    QJsonArray set;
    for (const QString &id : matching.mid(offset, limit)) {
        Instance &instance = m_instances[id];
        if (instance.status == 3 && ++instance.timesSeen >= m_options.runningAfter)
            instance.status = m_failing.contains(instance.id) ? 1 : 2;
        const QString state = instance.status == 3   ? u"PENDING"_s
                              : instance.status == 2 ? u"RUNNING"_s
                                                     : u"LAUNCH_FAILED"_s;
        const SandboxImage *image = findImageV3(instance.imageId);
        set.append(QJsonObject{
            {"InstanceId"_L1, instance.id},
            {"InstanceName"_L1, instance.name},
            {"InstanceState"_L1, state},
            {"InstanceType"_L1, instance.instanceType},
            {"CPU"_L1, instance.cpu},
            {"Memory"_L1, instance.mem},
            {"Placement"_L1, QJsonObject{{"Zone"_L1, instance.zone}}},
            {"PrivateIpAddresses"_L1, QJsonArray::fromStringList({instance.lanIp})},
            {"PublicIpAddresses"_L1, QJsonArray::fromStringList(instance.wanIps)},
            {"CreatedTime"_L1, instance.createTime},
            {"ImageId"_L1, instance.imageId},
            {"OsName"_L1, image ? QString::fromUtf8(image->osName) : QString()},
        });
    }
    return successV3({{"TotalCount"_L1, int(matching.size())}, {"InstanceSet"_L1, set}});
}

QJsonObject SandboxServer::describeZonesV3(const QString &region)
{
    QJsonArray set;
    for (const auto &[name, zone] : zonesOf(region))
        set.append(QJsonObject{{"Zone"_L1, name},
                               {"ZoneName"_L1, zone.nameZh},
                               {"ZoneId"_L1, QString::number(zone.id)},
                               {"ZoneState"_L1, u"AVAILABLE"_s}});
    return successV3({{"TotalCount"_L1, int(set.size())}, {"ZoneSet"_L1, set}});
}

QJsonObject SandboxServer::describeZoneConfigsV3(const QJsonObject &body, const QString &region)
{
    const QHash<QString, QStringList> filters = filtersOf(body);
    const QStringList chargeTypes = filters.value(u"instance-charge-type"_s);
    if (!chargeTypes.isEmpty() && !chargeTypes.contains(u"POSTPAID_BY_HOUR"_s))
        return successV3({{"InstanceTypeQuotaSet"_L1, QJsonArray()}});
    auto passes = [&](const QString &filter, const QString &value) {
        return !filters.contains(filter) || filters.value(filter).contains(value);
    };
    QJsonArray set;
    for (const auto &[zone, catalogZone] : zonesOf(region)) {
        if (!passes(u"zone"_s, zone))
            continue;
        for (const SandboxType &t : kTypesV3) {
            if (!passes(u"instance-family"_s, QLatin1StringView(t.family)) ||
                !passes(u"instance-type"_s, QLatin1StringView(t.type)))
                continue;
            set.append(QJsonObject{
                {"Zone"_L1, zone},
                {"InstanceType"_L1, QLatin1StringView(t.type)},
                {"InstanceFamily"_L1, QLatin1StringView(t.family)},
                {"TypeName"_L1, QLatin1StringView(t.typeName)},
                {"InstanceChargeType"_L1, u"POSTPAID_BY_HOUR"_s},
                {"Cpu"_L1, t.cpu},
                {"Memory"_L1, t.memory},
                {"Status"_L1, t.soldOut ? u"SOLD_OUT"_s : u"SELL"_s},
                {"SoldOutReason"_L1, t.soldOut ? QString::fromLatin1(kSoldOutReason) : QString()},
                {"Price"_L1,
                 QJsonObject{{"UnitPrice"_L1, roundCents(t.cpu * kPricePerCore + t.memory * kPricePerGb)},
                             {"ChargeUnit"_L1, u"HOUR"_s}}},
            });
        }
    }
    return successV3({{"InstanceTypeQuotaSet"_L1, set}});
}

QJsonObject SandboxServer::describeImagesV3(const QJsonObject &body)
{
    const QStringList types = filtersOf(body).value(u"image-type"_s);
    QJsonArray set;
    auto add = [&](const SandboxImage &image) {
        const QString type = QString::fromLatin1(kImageTypeNames[image.imageType]);
        if (!types.isEmpty() && !types.contains(type))
            return;
        const QString os = QString::fromUtf8(image.osName);
        set.append(QJsonObject{{"ImageId"_L1, QLatin1StringView(image.id)},
                               {"ImageName"_L1, QString::fromUtf8(image.name)},
                               {"OsName"_L1, os},
                               {"Platform"_L1, isWindows(image) ? u"Windows"_s : os.section(u' ', 0, 0)},
                               {"ImageType"_L1, type}});
    };
    for (const SandboxImage &image : kImages)
        add(image);
    for (const SandboxImage &image : kImagesV3Only)
        add(image);
    return successV3({{"TotalCount"_L1, int(set.size())}, {"ImageSet"_L1, set}});
}

QJsonObject SandboxServer::describeKeyPairsV3()
{
    QJsonArray set;
    for (const SandboxKeyPair &key : kKeyPairs)
        set.append(QJsonObject{{"KeyId"_L1, QLatin1StringView(key.id)},
                               {"KeyName"_L1, QLatin1StringView(key.name)}});
    return successV3({{"TotalCount"_L1, int(set.size())}, {"KeyPairSet"_L1, set}});
}

QJsonObject SandboxServer::inquiryPriceV3(const QJsonObject &body, const QString &region)
{
    const PurchaseOrder order = V3Protocol::orderFromRunInstances(body, region);
    const SandboxType *type = findType(order.instanceType);
    if (!type)
        return errorV3(u"InvalidParameterValue.InstanceTypeNotFound"_s,
                       u"the instance type %1 is not sold"_s.arg(order.instanceType));
    const SandboxImage *image = findImageV3(order.imageId);
    if (!image)
        return errorV3(u"InvalidImageId.NotFound"_s, u"image %1 does not exist"_s.arg(order.imageId));
    if (order.goodsNum < 1 || order.goodsNum > 100)
        return errorV3(u"InvalidParameterValue"_s, u"InstanceCount must be 1 to 100"_s);
    const PriceV3 price = priceOf(order, *type, isWindows(*image));
    return successV3(
        {{"Price"_L1,
          QJsonObject{{"InstancePrice"_L1,
                       QJsonObject{{"UnitPrice"_L1, price.instancePerHour}, {"ChargeUnit"_L1, u"HOUR"_s}}},
                      {"BandwidthPrice"_L1, QJsonObject{{"UnitPrice"_L1, price.bandwidth},
                                                        {"ChargeUnit"_L1, price.bandwidthUnit}}}}}});
}
