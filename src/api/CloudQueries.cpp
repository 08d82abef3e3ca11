#include "api/CloudQueries.h"

#include "api/ApiClient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

CloudQueries::CloudQueries(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void CloudQueries::abandon(Kind kind)
{
    if (ApiCall *previous = m_calls[kind]) {
        disconnect(previous, nullptr, this, nullptr);
        previous->abort();
        m_calls[kind].clear();
    }
}

template <typename Parsed, typename Emit>
void CloudQueries::start(Kind kind, const ApiRequest &request, const QString &region,
                         Parsed (ApiProtocol::*parse)(const QJsonObject &) const, Emit emitResult)
{
    abandon(kind);
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

template <typename Page, typename Item>
void CloudQueries::startPaged(std::shared_ptr<Paging<Page, Item>> paging)
{
    abandon(paging->kind);
    if (paging->request(0).action.isEmpty()) {
        // The API has no such lookup: nothing to list.
        QTimer::singleShot(0, this, [paging] { paging->emitResult(ApiResult{}, {}); });
        return;
    }
    fetchPage(paging);
}

template <typename Page, typename Item>
void CloudQueries::fetchPage(std::shared_ptr<Paging<Page, Item>> paging)
{
    const ApiProtocol *protocol = &m_client->protocol();
    ApiCall *call = m_client->send(paging->region, paging->request(int(paging->collected.size())));
    m_calls[paging->kind] = call;
    connect(call, &ApiCall::finished, this, [this, protocol, paging](const ApiResult &result) {
        m_calls[paging->kind].clear();
        if (!result.ok()) {
            paging->emitResult(result, {});
            return;
        }
        const auto bad = [&](const QString &message) {
            ApiResult untrusted = result;
            untrusted.status = ApiResult::Status::BadReply;
            untrusted.message = message;
            paging->emitResult(untrusted, {});
        };
        const Page page = (protocol->*(paging->parse))(result.data);
        if (!page.error.isEmpty())
            return bad(page.error);
        const QList<Item> &items = page.*(paging->items);
        const qsizetype have = paging->collected.size();
        if (paging->total >= 0 && page.totalCount != paging->total)
            return bad(
                tr("the total changed from %1 to %2 between pages").arg(paging->total).arg(page.totalCount));
        paging->total = page.totalCount;
        if (have + items.size() > paging->total)
            return bad(tr("the pages list more than the %1 the reply says there are").arg(paging->total));
        if (items.isEmpty() && have < paging->total)
            return bad(tr("a page came back empty after %1 of the %2 the reply says there are")
                           .arg(have)
                           .arg(paging->total));
        paging->collected.append(items);
        if (paging->collected.size() < paging->total)
            return fetchPage(paging);
        paging->emitResult(result, paging->collected);
    });
}

void CloudQueries::queryZones(const QString &region)
{
    start(Zones, m_client->protocol().describeZones(), region, &ApiProtocol::parseZones,
          [this](const ApiResult &r, const ApiReplies::Zones &p) { Q_EMIT zonesReady(r, p.zones); });
}

void CloudQueries::queryImages(const QString &region, int imageType)
{
    const ApiProtocol *protocol = &m_client->protocol();
    startPaged(std::make_shared<Paging<ApiReplies::Images, ApiReplies::Image>>(
        Paging<ApiReplies::Images, ApiReplies::Image>{
            Images,
            region,
            [protocol, imageType](int offset) { return protocol->describeImages(imageType, offset); },
            &ApiProtocol::parseImages,
            &ApiReplies::Images::images,
            [this](const ApiResult &r, const QList<ApiReplies::Image> &images) {
                Q_EMIT imagesReady(r, images);
            },
            {},
            -1}));
}

void CloudQueries::queryKeyPairs(const QString &region)
{
    const ApiProtocol *protocol = &m_client->protocol();
    startPaged(std::make_shared<Paging<ApiReplies::KeyPairs, ApiReplies::KeyPair>>(
        Paging<ApiReplies::KeyPairs, ApiReplies::KeyPair>{
            KeyPairs,
            region,
            [protocol](int offset) { return protocol->describeKeyPairs(offset); },
            &ApiProtocol::parseKeyPairs,
            &ApiReplies::KeyPairs::keyPairs,
            [this](const ApiResult &r, const QList<ApiReplies::KeyPair> &keys) {
                Q_EMIT keyPairsReady(r, keys);
            },
            {},
            -1}));
}

bool CloudQueries::hasResourceLookups() const
{
    return !m_client->protocol().describeVpcs(0).action.isEmpty();
}

void CloudQueries::queryVpcs(const QString &region)
{
    const ApiProtocol *protocol = &m_client->protocol();
    startPaged(
        std::make_shared<Paging<ApiReplies::Vpcs, ApiReplies::Vpc>>(Paging<ApiReplies::Vpcs, ApiReplies::Vpc>{
            Vpcs,
            region,
            [protocol](int offset) { return protocol->describeVpcs(offset); },
            &ApiProtocol::parseVpcs,
            &ApiReplies::Vpcs::vpcs,
            [this](const ApiResult &r, const QList<ApiReplies::Vpc> &vpcs) { Q_EMIT vpcsReady(r, vpcs); },
            {},
            -1}));
}

void CloudQueries::querySubnets(const QString &region, const QString &vpcId, const QString &zone)
{
    const ApiProtocol *protocol = &m_client->protocol();
    startPaged(std::make_shared<Paging<ApiReplies::Subnets, ApiReplies::Subnet>>(
        Paging<ApiReplies::Subnets, ApiReplies::Subnet>{
            Subnets,
            region,
            [protocol, vpcId, zone](int offset) { return protocol->describeSubnets(vpcId, zone, offset); },
            &ApiProtocol::parseSubnets,
            &ApiReplies::Subnets::subnets,
            [this](const ApiResult &r, const QList<ApiReplies::Subnet> &subnets) {
                Q_EMIT subnetsReady(r, subnets);
            },
            {},
            -1}));
}

void CloudQueries::querySecurityGroups(const QString &region)
{
    const ApiProtocol *protocol = &m_client->protocol();
    startPaged(std::make_shared<Paging<ApiReplies::SecurityGroups, ApiReplies::SecurityGroup>>(
        Paging<ApiReplies::SecurityGroups, ApiReplies::SecurityGroup>{
            SecurityGroups,
            region,
            [protocol](int offset) { return protocol->describeSecurityGroups(offset); },
            &ApiProtocol::parseSecurityGroups,
            &ApiReplies::SecurityGroups::securityGroups,
            [this](const ApiResult &r, const QList<ApiReplies::SecurityGroup> &groups) {
                Q_EMIT securityGroupsReady(r, groups);
            },
            {},
            -1}));
}

void CloudQueries::queryProjects(const QString &region)
{
    const ApiProtocol *protocol = &m_client->protocol();
    startPaged(std::make_shared<Paging<ApiReplies::Projects, ApiReplies::Project>>(
        Paging<ApiReplies::Projects, ApiReplies::Project>{
            Projects,
            region,
            [protocol](int offset) { return protocol->describeProjects(offset); },
            &ApiProtocol::parseProjects,
            &ApiReplies::Projects::projects,
            [this](const ApiResult &r, const QList<ApiReplies::Project> &projects) {
                Q_EMIT projectsReady(r, projects);
            },
            {},
            -1}));
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
    abandon(Price);
    Q_EMIT priceForgotten();
}

void CloudQueries::queryDryRun(const PurchaseOrder &order)
{
    const ApiRequest request = m_client->protocol().dryRun(order);
    if (request.action.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT dryRunReady(ApiResult{}, false); });
        return;
    }
    abandon(DryRun);
    ApiCall *call = m_client->send(order.region, request);
    m_calls[DryRun] = call;
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_calls[DryRun].clear();
        Q_EMIT dryRunReady(result, true);
    });
}
