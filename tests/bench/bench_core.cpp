// What runs on each keystroke and for each request, timed with Google
// Benchmark: order validation, the password check, building and signing a
// request, and the status model's update for 100 changed rows. run_bench.py
// runs it with repetitions and compares the median CPU time per iteration with
// the budgets of issue 9.
#include "common/V2Fields.h"
#include "order/Catalog.h"
#include "order/OrderValidator.h"
#include "order/PurchaseOrder.h"
#include "protocol/v2/RequestBuilder.h"
#include "protocol/v2/Signer.h"
#include "purchase/InstanceStatus.h"
#include "purchase/InstanceStatusModel.h"
#include "sandbox/SandboxServer.h"
#include "secrets/Credentials.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace {
// Every field filled in as a user finishing the wizard would, password included: nothing to complain about.
PurchaseOrder completeOrder()
{
    PurchaseOrder o = v2NewOrder();
    o.region = u"gz"_s;
    v2Set(o, "zoneId", 100003);
    o.instanceType = u"CVM.S1"_s;
    o.cpu = 2;
    o.mem = 4;
    o.imageId = u"img-3wnd9xpl"_s;
    o.imageType = 2;
    o.osFamily = PurchaseOrder::OsFamily::Linux;
    v2Set(o, "storageType", 2);
    v2Set(o, "storageSize", 100);
    v2Set(o, "rootSize", 50);
    v2Set(o, "bandwidthType", u"PayByTraffic"_s);
    o.bandwidth = 10;
    o.wanIp = 1;
    o.vpcId = u"vpc-2ari9m7h"_s;
    o.subnetId = u"subnet-9ebfhdso"_s;
    v2Set(o, "isVpcGateway", 0);
    o.password = u"Cvm+Kq7z/Secret1"_s;
    o.needSecurityAgent = 1;
    o.needMonitorAgent = 1;
    o.projectId = 0;
    o.goodsNum = 100;
    o.clientToken = u"5f0c7a6e-3b1d-4c8e-9a2f-6d4b8e1c0a37"_s;
    o.instanceName = u"web-frontend"_s;
    return o;
}

void validateCompleteOrder(benchmark::State &state)
{
    const OrderValidator validator(Catalog::builtIn());
    const PurchaseOrder order = completeOrder();
    if (!validator.validate(order).isEmpty()) {
        state.SkipWithError("the complete order is not valid: fix completeOrder()");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(validator.validate(order));
}
BENCHMARK(validateCompleteOrder);

// For information: a fresh wizard's order, where every problem gets its translated message.
void validateFreshOrder(benchmark::State &state)
{
    const OrderValidator validator(Catalog::builtIn());
    const PurchaseOrder order;
    state.counters["problems"] = double(validator.validate(order).size());
    for (auto _ : state)
        benchmark::DoNotOptimize(validator.validate(order));
}
BENCHMARK(validateFreshOrder);

void checkPassword(benchmark::State &state)
{
    const QString password = u"Cvm+Kq7z/Secret1"_s;
    const PasswordPolicy policy = OrderValidator::passwordPolicy(PurchaseOrder::Api::V2, PurchaseOrder::OsFamily::Linux);
    if (!OrderValidator::checkPassword(password, policy).ok()) {
        state.SkipWithError("the password does not pass the policy");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(OrderValidator::checkPassword(password, policy));
}
BENCHMARK(checkPassword);

// The parameters of RunInstancesHour and the signed common parameters: one request as ApiClient signs it,
// each with its own nonce. With body, also the form-encoded body ApiClient posts (for information).
void buildAndSignRequest(benchmark::State &state, bool body)
{
    const PurchaseOrder order = completeOrder();
    const Credentials credentials{QString::fromLatin1(SandboxServer::kDemoSecretId),
                                  QString::fromLatin1(SandboxServer::kDemoSecretKey),
                                  {}};
    const QUrl url(u"https://cvm.api.qcloud.com/v2/index.php"_s);
    const QString action = u"RunInstancesHour"_s;
    quint32 nonce = 1;
    for (auto _ : state) {
        const ApiParams params =
            RequestBuilder::signedParams(action, order.region, RequestBuilder::runInstancesParams(order),
                                         credentials, url, 1'700'000'000, nonce++);
        if (body)
            benchmark::DoNotOptimize(Signer::formEncode(params));
        else
            benchmark::DoNotOptimize(params);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(buildAndSignRequest, signed, false);
BENCHMARK_CAPTURE(buildAndSignRequest, withBody, true);

InstanceStatus observed(int i, bool running)
{
    InstanceStatus s;
    s.instanceId = u"ins-%1"_s.arg(i, 8, 10, QChar(u'0'));
    s.name = u"web"_s;
    s.status = running ? 2 : 3;
    s.state = running ? ApiReplies::InstanceState::Running : ApiReplies::InstanceState::Creating;
    s.statusText = ApiReplies::statusText(s.status);
    s.lanIp = u"10.0.0.%1"_s.arg(i + 2);
    if (running)
        s.wanIps = {u"203.0.113.%1"_s.arg(i + 2)};
    s.listed = true;
    s.settled = running;
    return s;
}

// 100 instances change state at once (one poll round's worth); every iteration flips all of them, so
// every row changes every time. A receiver is connected, as the status view is, so the signals are sent.
void statusModelUpdate100(benchmark::State &state)
{
    QList<InstanceStatus> creating, running;
    for (int i = 0; i < 100; ++i) {
        creating.append(observed(i, false));
        running.append(observed(i, true));
    }
    InstanceStatusModel model;
    model.setInstances(creating);
    int changedRows = 0;
    QObject receiver;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &receiver,
                     [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                         changedRows += bottomRight.row() - topLeft.row() + 1;
                     });
    model.updateInstances(running);
    model.updateInstances(creating);
    if (changedRows != 200) {
        state.SkipWithError("an update of 100 changed rows did not signal 100 rows");
        return;
    }
    bool toRunning = true;
    for (auto _ : state) {
        model.updateInstances(toRunning ? running : creating);
        toRunning = !toRunning;
    }
}
BENCHMARK(statusModelUpdate100);

// Informational: the built-in catalog parse that the first validation pays once.
void parseBuiltInCatalog(benchmark::State &state)
{
    QFile file(u":/cvm/catalog.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        state.SkipWithError("no catalog resource");
        return;
    }
    const QByteArray json = file.readAll();
    for (auto _ : state) {
        QString error;
        benchmark::DoNotOptimize(Catalog::fromJson(json, &error));
    }
}
BENCHMARK(parseBuiltInCatalog);
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
