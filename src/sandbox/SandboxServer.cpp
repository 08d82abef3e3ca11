#include "SandboxServer.h"

#include "Catalog.h"
#include "OrderValidator.h"
#include "RequestBuilder.h"
#include "Signer.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QJsonArray>
#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>

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
}

bool SandboxServer::strike(const QString &fault)
{
    return m_pendingFaults.removeOne(fault);
}

void SandboxServer::respond(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const QByteArray rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
    // With a Date header, as real servers send: clients tell a wrong clock by it.
    auto answer = [](QHttpServerResponder &r, const QJsonObject &reply) {
        const QByteArray date = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                                    .toLatin1();
        r.write(QJsonDocument(reply).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}, {"Date", date}});
    };
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

    if (action == "RunInstancesHour"_L1) {
        if (strike(u"busy-first-run"_s)) {
            answer(responder, error(5100, u"OperationFail.SystemBusy"_s, u"the system is busy, try again"_s));
            return;
        }
        const QJsonObject reply = handle(method, host, path, params);
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
            QTimer::singleShot(m_options.slowRunMs, this, [held, socket, reply, answer] {
                if (socket && socket->state() == QAbstractSocket::ConnectedState)
                    answer(*held, reply);
            });
            return;
        }
        answer(responder, reply);
        return;
    }
    if (action == "DescribeInstances"_L1) {
        if (strike(u"http500-first-describe"_s)) {
            responder.write("<html><body>500 Internal Server Error</body></html>", "text/html",
                            QHttpServerResponder::StatusCode::InternalServerError);
            return;
        }
        if (strike(u"garbage-first-describe"_s)) {
            const QByteArray whole = QJsonDocument(handle(method, host, path, params)).toJson();
            responder.write(whole.left(whole.size() / 2), "application/json");
            return;
        }
    }
    answer(responder, handle(method, host, path, params));
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

    ++m_purchaseCount;
    QStringList ids;
    const bool publicIp = order.wanIp == 1 && order.bandwidth > 0;
    for (int i = 0; i < order.goodsNum; ++i) {
        Instance instance;
        instance.id = newInstanceId();
        instance.name = order.instanceName.isEmpty() ? u"未命名"_s : order.instanceName;
        instance.zoneId = order.zoneId;
        instance.cpu = order.cpu;
        instance.mem = order.mem;
        instance.imageId = order.imageId;
        const int serial = int(m_instances.size()) + 2;
        instance.lanIp = u"10.0.%1.%2"_s.arg(serial / 250).arg(serial % 250 + 2);
        if (publicIp)
            instance.wanIps = {u"203.0.113.%1"_s.arg(serial % 250 + 2)};
        instance.createTime = QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        m_instances.insert(instance.id, instance);
        m_instanceOrder.append(instance.id);
        ids.append(instance.id);
    }
    if (m_options.faults.contains(u"fail-one"_s))
        m_failing.insert(ids.last());
    if (!order.clientToken.isEmpty())
        m_tokens.insert(order.clientToken, ids);
    QJsonObject reply = success();
    reply.insert("unInstanceIds"_L1, QJsonArray::fromStringList(ids));
    return reply;
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
            {"os"_L1, QString::fromUtf8(findImage(instance.imageId)->osName)},
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
