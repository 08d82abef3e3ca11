#include "api/CloudQueries.h"

#include "api/ApiClient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

CloudQueries::CloudQueries(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

template <typename Parsed, typename Emit>
void CloudQueries::start(Kind kind, const ApiRequest &request, const QString &region,
                         Parsed (ApiProtocol::*parse)(const QJsonObject &) const, Emit emitResult)
{
    if (ApiCall *previous = m_calls[kind]) {
        disconnect(previous, nullptr, this, nullptr);
        previous->abort();
    }
    const ApiProtocol *protocol = &m_client->protocol();
    ApiCall *call = m_client->send(region, request);
    m_calls[kind] = call;
    connect(call, &ApiCall::finished, this,
            [this, kind, protocol, parse, emitResult](const ApiResult &result) {
                m_calls[kind].clear();
                if (!result.ok()) {
                    emitResult(result, Parsed{});
                    return;
                }
                const Parsed parsed = (protocol->*parse)(result.data);
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
    start(Zones, m_client->protocol().describeZones(), region, &ApiProtocol::parseZones,
          [this](const ApiResult &r, const ApiReplies::Zones &p) { Q_EMIT zonesReady(r, p.zones); });
}

void CloudQueries::queryImages(const QString &region, int imageType)
{
    start(Images, m_client->protocol().describeImages(imageType), region, &ApiProtocol::parseImages,
          [this](const ApiResult &r, const ApiReplies::Images &p) { Q_EMIT imagesReady(r, p.images); });
}

void CloudQueries::queryKeyPairs(const QString &region)
{
    start(KeyPairs, m_client->protocol().describeKeyPairs(), region, &ApiProtocol::parseKeyPairs,
          [this](const ApiResult &r, const ApiReplies::KeyPairs &p) { Q_EMIT keyPairsReady(r, p.keyPairs); });
}

void CloudQueries::queryInstanceTypes(const QString &region, const QString &zone)
{
    const ApiRequest request = m_client->protocol().describeInstanceTypes(zone);
    if (request.action.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT instanceTypesReady(ApiResult{}, {}); });
        return;
    }
    start(InstanceTypes, request, region, &ApiProtocol::parseInstanceTypes,
          [this](const ApiResult &r, const ApiReplies::InstanceTypeConfigs &p) {
              Q_EMIT instanceTypesReady(r, p.configs);
          });
}

void CloudQueries::queryPrice(const PurchaseOrder &order)
{
    start(Price, m_client->protocol().inquiryPrice(order), order.region, &ApiProtocol::parsePrice,
          [this](const ApiResult &r, const ApiReplies::Price &p) { Q_EMIT priceReady(r, p); });
}

void CloudQueries::forgetPrice()
{
    if (ApiCall *previous = m_calls[Price]) {
        disconnect(previous, nullptr, this, nullptr);
        previous->abort();
        m_calls[Price].clear();
    }
    Q_EMIT priceForgotten();
}

void CloudQueries::queryDryRun(const PurchaseOrder &order)
{
    const ApiRequest request = m_client->protocol().dryRun(order);
    if (request.action.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT dryRunReady(ApiResult{}, false); });
        return;
    }
    if (ApiCall *previous = m_calls[DryRun]) {
        disconnect(previous, nullptr, this, nullptr);
        previous->abort();
    }
    ApiCall *call = m_client->send(order.region, request);
    m_calls[DryRun] = call;
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_calls[DryRun].clear();
        Q_EMIT dryRunReady(result, true);
    });
}
