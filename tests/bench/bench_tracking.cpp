// DescribeInstances calls per poll round while tracking 1, 100 and 250
// instances, counted by the in-process sandbox over loopback. One line per
// count for run_bench.py:
//   tracking instances=250 purchases=3 rounds=2 calls=3,3 max=3 pollFailures=0 outcome=settled
#include "api/ApiClient.h"
#include "api/Endpoint.h"
#include "common/V2Fields.h"
#include "protocol/ApiReplies.h"
#include "protocol/v2/RequestBuilder.h"
#include "protocol/v2/V2Replies.h"
#include "purchase/InstanceTracker.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
PurchaseOrder order(int goodsNum)
{
    PurchaseOrder o = v2NewOrder();
    o.region = u"gz"_s;
    v2Set(o, "zoneId", 100001);
    o.cpu = 1;
    o.mem = 2;
    o.imageId = u"img-3wnd9xpl"_s;
    o.bandwidth = 1;
    o.instanceName = u"web"_s;
    o.goodsNum = goodsNum;
    o.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return o;
}

// Waits for the call to finish (at most 30 s) and returns its result.
ApiResult wait(ApiCall *call)
{
    ApiResult result;
    QEventLoop loop;
    QObject::connect(call, &ApiCall::finished, &loop, [&](const ApiResult &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

// Buys count instances, at most 100 per purchase as the API allows; *purchases counts the purchases.
QStringList buy(ApiClient &client, int count, int *purchases)
{
    QStringList ids;
    while (count > 0) {
        const PurchaseOrder o = order(std::min(count, 100));
        const ApiResult result = wait(client.send(o.region, client.protocol().runInstances(o)));
        if (!result.ok())
            qFatal("purchase failed: %s", qPrintable(result.describe()));
        ids += V2Replies::parseRunInstances(result.data, o.goodsNum).instanceIds;
        count -= o.goodsNum;
        ++*purchases;
    }
    return ids;
}

bool track(QNetworkAccessManager *network, int count, QTextStream &out)
{
    SandboxServer sandbox({});
    if (sandbox.listen() == 0)
        qFatal("the sandbox cannot listen on 127.0.0.1");
    Endpoint endpoint(PurchaseOrder::Api::V2);
    QString error;
    Endpoint::fromUrl(sandbox.endpointUrl().toString(), &endpoint, &error, PurchaseOrder::Api::V2);
    ApiClient client(network, endpoint,
                     {QString::fromLatin1(SandboxServer::kDemoSecretId),
                      QString::fromLatin1(SandboxServer::kDemoSecretKey),
                      {}});
    int purchases = 0;
    const QStringList ids = buy(client, count, &purchases);
    if (ids.size() != count)
        qFatal("bought %d instances instead of %d", int(ids.size()), count);

    InstanceTracker tracker(&client);
    InstanceTracker::Options options;
    // Poll as fast as the sandbox answers: the count per round is the product's, the waiting is not.
    options.quickIntervalMs = 1;
    options.slowIntervalMs = 1;
    options.timeoutMs = 60'000;
    tracker.setOptions(options);
    QStringList calls;
    int maxCalls = 0;
    int seen = sandbox.requestCount(u"DescribeInstances"_s);
    QObject::connect(&tracker, &InstanceTracker::roundFinished, &tracker,
                     [&](int, const QList<InstanceStatus> &) {
                         const int now = sandbox.requestCount(u"DescribeInstances"_s);
                         calls.append(QString::number(now - seen));
                         maxCalls = std::max(maxCalls, now - seen);
                         seen = now;
                     });
    int pollFailures = 0;
    QObject::connect(&tracker, &InstanceTracker::pollFailed, &tracker,
                     [&](const ApiResult &) { ++pollFailures; });
    TrackingSummary summary;
    QEventLoop loop;
    QObject::connect(&tracker, &InstanceTracker::finished, &loop, [&](const TrackingSummary &s) {
        summary = s;
        loop.quit();
    });
    tracker.start(u"gz"_s, ids);
    loop.exec();

    const bool settled = summary.outcome == TrackingSummary::Outcome::Settled && summary.allRunning();
    out << "tracking instances=" << count << " purchases=" << purchases << " rounds=" << tracker.rounds()
        << " calls=" << calls.join(u',') << " max=" << maxCalls << " pollFailures=" << pollFailures
        << " outcome=" << (settled ? "settled" : "unsettled") << Qt::endl;
    return settled && pollFailures == 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QNetworkAccessManager network;
    QTextStream out(stdout);
    bool ok = true;
    for (int count : {1, 100, 250})
        ok = track(&network, count, out) && ok;
    return ok ? 0 : 1;
}
