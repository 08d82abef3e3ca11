#pragma once

#include "protocol/ApiParams.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

struct PurchaseOrder;

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

// A simulated cloud on 127.0.0.1, a real HTTP server: API 2.0 at /v2/index.php
// and API 3.0 at /. It checks every signature, timestamp and nonce (3.0: every
// TC3 signature and timestamp; TC3 has no nonce), validates orders with the
// client's own OrderValidator, keeps clientToken idempotency and moves
// instances from creating (3, PENDING) to running (2, RUNNING). Nothing is ever bought.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    // The demo account: published on purpose, it opens nothing but the sandbox.
    static constexpr const char *kDemoSecretId = "AKIDSandboxDemo00000000000000000000";
    static constexpr const char *kDemoSecretKey = "SandboxDemoKeyNothingIsBought0000";

    struct Options
    {
        QString secretId = QString::fromLatin1(kDemoSecretId);
        QString secretKey = QString::fromLatin1(kDemoSecretKey);
        // Times an instance is described while creating before it is running.
        int runningAfter = 2;
        // Accepted clock difference, seconds.
        int timestampWindow = 300;
        // Injected faults (kFaultNames); each "-first-" fault strikes the first matching request only.
        QStringList faults;
        int slowRunMs = 3000;
    };

    // drop-first-run, busy-first-run, hang-first-run, http500-first-describe,
    // garbage-first-describe, fail-one, slow-run.
    static const QStringList &faultNames();
    // Splits a comma-separated --faults value; false with *error naming an unknown fault.
    static bool parseFaults(const QString &list, QStringList *faults, QString *error);

    explicit SandboxServer(const Options &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free one. Returns the port, or 0.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl endpointUrl() const;
    QUrl endpointUrlV3() const; // http://127.0.0.1:PORT/

    // What the sandbox saw, for tests and for the curious.
    int purchaseCount() const { return m_purchaseCount; }
    QStringList clientTokens() const { return m_tokens.keys(); }
    int requestCount(const QString &action) const { return m_requestCounts.value(action); }
    int instanceStatus(const QString &instanceId) const;

    // The whole request handling without HTTP, for in-process tests:
    // method, Host header, path and decoded parameters in, API reply out.
    QJsonObject handle(const QString &method, const QString &host, const QString &path, const ApiParams &params);

    // API 3.0 requests as they arrive: method, headers (names in any case) and body in, reply out.
    struct V3Request
    {
        QByteArray method;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };
    QJsonObject handleV3(const V3Request &request);
    // The demo account's limit: an order costing more per hour is refused for its balance.
    static constexpr double kDemoBalancePerHour = 100.0;

private:
    struct Instance
    {
        QString id;
        QString name;
        int status = 3;
        int timesSeen = 0;
        int zoneId = 0;
        int cpu = 0;
        int mem = 0;
        QString imageId;
        QString lanIp;
        QStringList wanIps;
        QString createTime;
        QString zone;         // API 3.0
        QString instanceType; // API 3.0
    };

    QJsonObject checkRequest(const QString &method, const QString &host, const QString &path,
                             const ApiParams &params);
    QJsonObject runInstances(const ApiParams &params, const QString &region);
    QJsonObject describeInstances(const ApiParams &params);
    QJsonObject describeZones(const QString &region);
    QJsonObject describeImages(const ApiParams &params);
    QJsonObject describeKeyPairs();
    QJsonObject inquiryPrice(const ApiParams &params);
    QString newInstanceId();
    // Buys order.goodsNum instances like prototype (its protocol's fields and creation time set):
    // ids, names, addresses, the fail-one fault and the clientToken's record. Returns the new ids.
    QStringList createInstances(const PurchaseOrder &order, const Instance &prototype);
    QJsonObject checkV3(const V3Request &request, const QString &action);
    QJsonObject runInstancesV3(const QJsonObject &body, const QString &region);
    QJsonObject describeInstancesV3(const QJsonObject &body);
    QJsonObject describeZonesV3(const QString &region);
    QJsonObject describeZoneConfigsV3(const QJsonObject &body, const QString &region);
    QJsonObject describeImagesV3(const QJsonObject &body);
    QJsonObject describeKeyPairsV3();
    QJsonObject inquiryPriceV3(const QJsonObject &body, const QString &region);
    void respondV3(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    // Answers an action, with the faults that apply to it: busy and the run faults for
    // purchases, the describe faults for DescribeInstances.
    void deliver(QHttpServerResponder &&responder, bool isRun, bool isDescribe, const QJsonObject &busyReply,
                 const std::function<QJsonObject()> &handler);
    void respond(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    // True once per fault: the first matching request consumes it.
    bool strike(const QString &fault);

    Options m_options;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QHash<QString, qint64> m_seenNonces; // "nonce" -> timestamp, pruned past the window
    QHash<QString, QStringList> m_tokens; // clientToken -> instance ids
    QHash<QString, Instance> m_instances;
    QStringList m_instanceOrder;
    QHash<QString, int> m_requestCounts;
    int m_purchaseCount = 0;
    QSet<QString> m_failing; // instances that end in status 1 (fail-one)
    QStringList m_pendingFaults;                               // "-first-" faults not yet struck
    std::vector<std::unique_ptr<QHttpServerResponder>> m_held; // hung requests, never answered
};
