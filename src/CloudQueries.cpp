#include "CloudQueries.h"

#include "ApiClient.h"

using namespace Qt::StringLiterals;

CloudQueries::CloudQueries(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

template<typename Parsed, typename Emit>
void CloudQueries::start(Kind kind, const QString &action, const QString &region, const ApiParams &params,
                         Parsed (*parse)(const QJsonObject &), Emit emitResult)
{
    if (ApiCall *previous = m_calls[kind]) {
        disconnect(previous, nullptr, this, nullptr);
        previous->abort();
    }
    ApiCall *call = m_client->call(action, region, params);
    m_calls[kind] = call;
    connect(call, &ApiCall::finished, this, [this, kind, parse, emitResult](const ApiResult &result) {
        m_calls[kind].clear();
        if (!result.ok()) {
            emitResult(result, Parsed{});
            return;
        }
        const Parsed parsed = parse(result.data);
        if (!parsed.error.isEmpty()) {
            ApiResult bad = result;
            bad.status = ApiResult::Status::BadReply;
            bad.message = parsed.error;
            emitResult(bad, Parsed{});
            return;
        }
        emitResult(result, parsed);
    });
}

void CloudQueries::queryZones(const QString &region)
{
    start(Zones, u"DescribeAvailabilityZones"_s, region, {}, &ApiReplies::parseZones,
          [this](const ApiResult &r, const ApiReplies::Zones &p) { Q_EMIT zonesReady(r, p.zones); });
}

void CloudQueries::queryImages(const QString &region, int imageType)
{
    const ApiParams params{{u"imageType"_s, QString::number(imageType)}, {u"offset"_s, u"0"_s},
                           {u"limit"_s, u"100"_s}};
    start(Images, u"DescribeImages"_s, region, params, &ApiReplies::parseImages,
          [this](const ApiResult &r, const ApiReplies::Images &p) { Q_EMIT imagesReady(r, p.images); });
}

void CloudQueries::queryKeyPairs(const QString &region)
{
    start(KeyPairs, u"DescribeKeyPairs"_s, region, {}, &ApiReplies::parseKeyPairs,
          [this](const ApiResult &r, const ApiReplies::KeyPairs &p) { Q_EMIT keyPairsReady(r, p.keyPairs); });
}

ApiParams CloudQueries::priceParams(const PurchaseOrder &o)
{
    auto num = [](int v) { return QString::number(v); };
    return {{u"cpu"_s, num(o.cpu)},
            {u"mem"_s, num(o.mem)},
            {u"imageId"_s, o.imageId},
            {u"imageType"_s, num(o.imageType)},
            {u"storageSize"_s, num(o.storageSize)},
            {u"storageType"_s, num(o.storageType)},
            {u"bandwidthType"_s, o.bandwidthType},
            {u"bandwidth"_s, num(o.bandwidth)},
            {u"goodsNum"_s, num(o.goodsNum)}};
}

void CloudQueries::queryPrice(const PurchaseOrder &order)
{
    start(Price, u"InquiryInstancePriceHour"_s, order.region, priceParams(order), &ApiReplies::parsePrice,
          [this](const ApiResult &r, const ApiReplies::Price &p) { Q_EMIT priceReady(r, p); });
}
