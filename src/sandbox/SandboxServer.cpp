#include "sandbox/SandboxServer.h"

#include "order/PurchaseOrder.h"
#include "sandbox/SandboxListener.h"
#include "sandbox/v2/SandboxV2.h"
#include "sandbox/v3/SandboxV3.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A realistic public image list (PROTOCOL.md section 9), Windows included, plus one image of
// each other type, and the newer public images only API 3.0 accounts see.
constexpr SandboxServer::Image kImages[] = {
    {"img-31tjrtph", "CentOS 7.2 64位", "CentOS 7.2 64位", 2, false},
    {"img-3wnd9xpl", "Ubuntu Server 14.04.1 LTS 64位", "Ubuntu Server 14.04.1 LTS 64位", 2, false},
    {"img-pyqx34y1", "Ubuntu Server 16.04.1 LTS 64位", "Ubuntu Server 16.04.1 LTS 64位", 2, false},
    {"img-0vbqvzfn", "Debian 8.2 64位", "Debian 8.2 64位", 2, false},
    {"img-6rrx0ymd", "Windows Server 2012 R2 数据中心版 64位中文版",
     "Windows Server 2012 R2 数据中心版 64位中文版", 2, false},
    {"img-9id7emv7", "Windows Server 2016 数据中心版 64位中文版", "Windows Server 2016 数据中心版 64位中文版",
     2, false},
    {"img-b1rsy0ql", "web-base (private)", "CentOS 7.2 64位", 1, false},
    {"img-m4rk3t01", "LAMP stack (marketplace)", "CentOS 7.2 64位", 3, false},
    {"img-sh4r3d01", "build-agent (shared)", "Ubuntu Server 16.04.1 LTS 64位", 4, false},
    {"img-eb30mz89", "TencentOS Server 3.1 (TK4)", "TencentOS Server 3.1 (TK4)", 2, true},
    {"img-487zeit5", "Ubuntu Server 22.04 LTS 64位", "Ubuntu Server 22.04 LTS 64位", 2, true},
};

constexpr SandboxServer::KeyPair kKeyPairs[] = {{"skey-3glfot13", "ops-laptop"},
                                                {"skey-8hq5ve0n", "deploy-bot"}};

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

} // namespace

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

const QStringList &SandboxServer::faultNames()
{
    static const QStringList names{
        u"drop-first-run"_s,         u"busy-first-run"_s, u"hang-first-run"_s, u"http500-first-describe"_s,
        u"garbage-first-describe"_s, u"fail-one"_s,       u"slow-run"_s};
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
    // One line per API: retiring one deletes its line here, its src/sandbox/vN/ and its src/protocol/vN/.
    addProtocol(u"/v2/index.php"_s, std::make_unique<SandboxV2>(*this));
    addProtocol(u"/"_s, std::make_unique<SandboxV3>(*this));
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::addProtocol(const QString &path, std::unique_ptr<SandboxProtocol> protocol)
{
    SandboxProtocol *handler = protocol.get();
    m_protocols.emplace_back(path, std::move(protocol));
    m_server->route(path,
                    [this, handler](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        respond(*handler, request, std::move(responder));
                    });
}

void SandboxServer::respond(SandboxProtocol &protocol, const QHttpServerRequest &httpRequest,
                            QHttpServerResponder &&responder)
{
    SandboxRequest request;
    request.method = httpRequest.method() == QHttpServerRequest::Method::Post ? "POST" : "GET";
    request.path = httpRequest.url().path();
    request.query = httpRequest.url().query(QUrl::FullyEncoded).toUtf8();
    for (const auto &[name, value] : httpRequest.headers())
        request.headers.append({name, value});
    request.body = httpRequest.body();
    deliver(std::move(responder), protocol.kind(request), protocol.busyReply(),
            [&protocol, request] { return protocol.handle(request); });
}

QJsonObject SandboxServer::handle(const SandboxRequest &request)
{
    for (const auto &[protocolPath, protocol] : m_protocols)
        if (protocolPath == request.path)
            return protocol->handle(request);
    return {};
}

bool SandboxServer::strike(const QString &fault)
{
    return m_pendingFaults.removeOne(fault);
}

void SandboxServer::deliver(QHttpServerResponder &&responder, SandboxProtocol::Kind kind,
                            const QJsonObject &busyReply, const std::function<QJsonObject()> &handler)
{
    if (kind == SandboxProtocol::Kind::Run) {
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
    if (kind == SandboxProtocol::Kind::Describe) {
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

quint16 SandboxServer::listen(quint16 port)
{
    // Under the HTTP server, a listener with limits: 413 for bodies over 1 MiB, idle connections closed,
    // connections capped.
    auto *listener = new SandboxListener(m_options.idleMs, m_server.get());
    if (!listener->listen(QHostAddress::LocalHost, port)) {
        delete listener;
        return 0;
    }
    m_port = listener->serverPort();
    m_server->bind(listener);
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

double SandboxServer::roundPrice(double value)
{
    return std::round(value * 10000) / 10000;
}

const QList<SandboxServer::Image> &SandboxServer::images()
{
    static const QList<Image> all(std::cbegin(kImages), std::cend(kImages));
    return all;
}

const SandboxServer::Image *SandboxServer::findImage(const QString &id)
{
    for (const Image &image : kImages)
        if (id == QLatin1StringView(image.id))
            return &image;
    return nullptr;
}

bool SandboxServer::isWindows(const Image &image)
{
    return QLatin1StringView(image.name).contains("Windows"_L1);
}

const QList<SandboxServer::KeyPair> &SandboxServer::keyPairs()
{
    static const QList<KeyPair> all(std::cbegin(kKeyPairs), std::cend(kKeyPairs));
    return all;
}

QStringList SandboxServer::createInstances(const PurchaseOrder &order, const Instance &prototype,
                                           const std::function<void(int, Instance &)> &finish)
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
        if (finish)
            finish(i, instance);
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

QList<SandboxServer::Instance> SandboxServer::describeInstances(const QStringList &wanted, int offset,
                                                                int limit, int *total)
{
    QStringList matching;
    for (const QString &id : std::as_const(m_instanceOrder))
        if (wanted.isEmpty() || wanted.contains(id))
            matching.append(id);
    // A terminated instance is listed as terminating a few times, then never again.
    matching.removeIf([this](const QString &id) {
        Instance &instance = m_instances[id];
        if (!instance.isTerminating() || ++instance.timesSeenTerminating < m_options.runningAfter)
            return false;
        m_instances.remove(id);
        m_instanceOrder.removeOne(id);
        return true;
    });
    *total = int(matching.size());
    QList<Instance> page;
    for (const QString &id : matching.mid(offset, limit)) {
        Instance &instance = m_instances[id];
        if (instance.status == 3 && ++instance.timesSeen >= m_options.runningAfter)
            instance.status = m_failing.contains(instance.id) ? 1 : 2;
        page.append(instance);
    }
    return page;
}

QList<SandboxServer::Instance> SandboxServer::instances() const
{
    QList<Instance> out;
    for (const QString &id : m_instanceOrder)
        out.append(m_instances.value(id));
    return out;
}

const SandboxServer::Instance *SandboxServer::instance(const QString &id) const
{
    const auto it = m_instances.constFind(id);
    return it == m_instances.constEnd() ? nullptr : &*it;
}

void SandboxServer::terminate(const QString &id)
{
    const auto it = m_instances.find(id);
    if (it != m_instances.end() && !it->isTerminating())
        it->timesSeenTerminating = 0;
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
