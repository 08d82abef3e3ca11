#pragma once

#include "protocol/ApiParams.h"
#include "sandbox/SandboxProtocol.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

struct PurchaseOrder;

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

// A simulated cloud on 127.0.0.1, a real HTTP server: API 2.0 at /v2/index.php
// and API 3.0 at /. It is the dispatcher and the cloud both APIs share: each
// request goes to the handler of the API its path names (src/sandbox/v2/, v3/),
// which checks it as that API's cloud does; the instances, their move from
// creating to running, clientToken idempotency, images, key pairs, the demo
// account and the faults live here once. Nothing is ever bought.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    // The demo account: published on purpose, it opens nothing but the sandbox.
    static constexpr const char *kDemoSecretId = "AKIDSandboxDemo00000000000000000000";
    static constexpr const char *kDemoSecretKey = "SandboxDemoKeyNothingIsBought0000";
    // Why an instance of the fail-one fault failed, as API 3.0 explains it (API 2.0 gives only a status).
    static constexpr const char *kFailureMessage =
        "The sandbox could not create this instance: <simulated> no capacity left.\nTry another zone.";

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
        // A connection idle this long is closed (SandboxListener).
        int idleMs = 30'000;
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

    // A request without HTTP, for in-process tests: the reply of the API its path names, no fault applied.
    QJsonObject handle(const SandboxRequest &request);

    // The demo account's limit: an order costing more per hour is refused for its balance.
    static constexpr double kDemoBalancePerHour = 100.0;

    // The shared cloud, as the protocol handlers see it ------------------------

    struct Image
    {
        const char *id;
        const char *name;
        const char *osName;
        int imageType; // 1 private, 2 public, 3 marketplace, 4 shared
        // Published after API 2.0's public list froze: only API 3.0 lists it.
        bool recent;
    };
    struct KeyPair
    {
        const char *id;
        const char *name;
    };
    struct Instance
    {
        QString id;
        QString name;
        int status = 3; // 3 creating, 2 running, 1 failed
        int timesSeen = 0;
        int zoneId = 0; // API 2.0's numeric zone
        int cpu = 0;
        int mem = 0;
        QString imageId;
        QString lanIp;
        QStringList wanIps;
        QString createTime;
        QString zone;                        // API 3.0's zone name
        QString instanceType;                // API 3.0
        QList<QPair<QString, QString>> tags; // API 3.0: key, value
        bool protectedFromTermination = false; // API 3.0 DisableApiTermination
        int timesSeenTerminating = -1;         // 0 and up once terminated; gone after --running-after
        bool isTerminating() const { return timesSeenTerminating >= 0; }
        QJsonObject described;               // API 3.0: more fields DescribeInstances shows as they are
    };

    // Hourly list prices in CNY, a small deterministic table both APIs quote from.
    static constexpr double kPricePerCore = 0.12;
    static constexpr double kPricePerGb = 0.06;
    static constexpr double kWindowsPerCore = 0.04;
    static constexpr double kBandwidthPerMbpsHour = 0.063;
    static constexpr double kTrafficPerGb = 0.8;
    static double roundPrice(double value);

    const Options &options() const { return m_options; }
    static const QList<Image> &images();
    static const Image *findImage(const QString &id);
    static bool isWindows(const Image &image);
    static const QList<KeyPair> &keyPairs();

    // Counts an accepted request by action, for requestCount().
    void countRequest(const QString &action) { m_requestCounts[action] += 1; }
    // The instances an earlier purchase with this clientToken bought, empty if none: buying is idempotent.
    QStringList purchasedWith(const QString &clientToken) const { return m_tokens.value(clientToken); }
    // Buys order.goodsNum instances like prototype (its protocol's fields and creation time set):
    // ids, names, addresses, the fail-one fault and the clientToken's record. Returns the new ids. `finish`,
    // if given, then sets what the protocol makes of each instance (its index in the order, 0 up, and the
    // instance with its address), such as names numbered from a pattern.
    QStringList createInstances(const PurchaseOrder &order, const Instance &prototype,
                                const std::function<void(int, Instance &)> &finish = {});
    // The instances among wanted (all if empty), in purchase order, from offset, at most limit;
    // *total is how many match. Describing an instance moves it along its lifecycle (--running-after).
    QList<Instance> describeInstances(const QStringList &wanted, int offset, int limit, int *total);
    // Every instance, in the order they were created, as they are (describing them moves them along).
    QList<Instance> instances() const;
    // The instance, or null when there is none (any more).
    const Instance *instance(const QString &id) const;
    // Destroys the instance: it is described as terminating, then (--running-after descriptions later) no
    // more.
    void terminate(const QString &id);

private:
    // Serves the API whose requests arrive at path.
    void addProtocol(const QString &path, std::unique_ptr<SandboxProtocol> protocol);
    void respond(SandboxProtocol &protocol, const QHttpServerRequest &request,
                 QHttpServerResponder &&responder);
    // Answers an action, with the faults that apply to it: busy and the run faults for
    // purchases, the describe faults for DescribeInstances.
    void deliver(QHttpServerResponder &&responder, SandboxProtocol::Kind kind, const QJsonObject &busyReply,
                 const std::function<QJsonObject()> &handler);
    // True once per fault: the first matching request consumes it.
    bool strike(const QString &fault);
    QString newInstanceId();

    Options m_options;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    std::vector<std::pair<QString, std::unique_ptr<SandboxProtocol>>> m_protocols; // path -> its API
    QHash<QString, QStringList> m_tokens; // clientToken -> instance ids
    QHash<QString, Instance> m_instances;
    QStringList m_instanceOrder;
    QHash<QString, int> m_requestCounts;
    int m_purchaseCount = 0;
    QSet<QString> m_failing;                                   // instances that end in status 1 (fail-one)
    QStringList m_pendingFaults;                               // "-first-" faults not yet struck
    std::vector<std::unique_ptr<QHttpServerResponder>> m_held; // hung requests, never answered
};
