#include "WizardContext.h"

#include "ApiClient.h"
#include "Catalog.h"
#include "CloudQueries.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const auto kRegionKey = "order/region"_L1;
const auto kZoneKey = "order/zoneId"_L1;
} // namespace

WizardContext::WizardContext(QNetworkAccessManager *network, const Setup &setup, QObject *parent)
    : QObject(parent), m_setup(setup), m_network(network), m_client(new ApiClient(network, setup.endpoint, setup.sandboxAccount, this)),
      m_queries(new CloudQueries(m_client, this))
{
    m_endpoint = setup.endpoint;
    m_draft.reset(startingOrder());
    connect(&m_draft, &OrderDraft::changed, this, &WizardContext::followOrderApi);
}

Endpoint WizardContext::endpointFor(PurchaseOrder::Api api) const
{
    Endpoint endpoint;
    QString problem;
    if (api == PurchaseOrder::Api::V3 && m_setup.isSandbox() && !m_setup.sandboxUrlV3.isEmpty() &&
        m_endpoint.url() == m_setup.endpoint.url() &&
        Endpoint::fromUrl(m_setup.sandboxUrlV3.toString(), &endpoint, &problem, api))
        return endpoint;
    return m_endpoint.withApi(api);
}

void WizardContext::followOrderApi()
{
    const PurchaseOrder::Api api = m_draft.order().api;
    if (m_client->endpoint().api() == api && m_client->endpoint().url() == endpointFor(api).url())
        return;
    m_client->setEndpoint(endpointFor(api));
    Q_EMIT connectionChanged();
}

void WizardContext::setApi(PurchaseOrder::Api api)
{
    if (m_api == api && m_draft.order().api == api)
        return;
    m_api = api;
    m_draft.reset(startingOrder());
    followOrderApi();
}

QSettings *WizardContext::settings() const
{
    return m_setup.isSandbox() ? nullptr : m_setup.settings;
}

PurchaseOrder WizardContext::startingOrder() const
{
    PurchaseOrder order = newOrder(m_api);
    if (m_api != PurchaseOrder::Api::V2)
        return order; // the remembered region and zone are API 2.0 codes
    QString region = m_lastRegion;
    int zoneId = m_lastZoneId;
    if (const QSettings *s = settings(); s && region.isEmpty()) {
        region = s->value(kRegionKey).toString();
        zoneId = s->value(kZoneKey).toInt();
    }
    // Only a region the catalog knows; a zone the cloud no longer offers is replaced on the Location page.
    if (Catalog::builtIn().region(region)) {
        order.region = region;
        order.zoneId = zoneId;
    }
    return order;
}

void WizardContext::rememberLocation(const QString &region, int zoneId)
{
    m_lastRegion = region;
    m_lastZoneId = zoneId;
    if (QSettings *s = settings()) {
        s->setValue(kRegionKey, region);
        s->setValue(kZoneKey, zoneId);
    }
}

PurchaseOrder WizardContext::newOrder(PurchaseOrder::Api api)
{
    PurchaseOrder order;
    order.cpu = 1;
    order.mem = 2;
    order.bandwidth = 1;
    if (api == PurchaseOrder::Api::V3) {
        // API 3.0 names its regions and types itself; the zone and the type come from the live catalog.
        order.api = api;
        order.region = u"ap-guangzhou"_s;
        order.instanceType = u"S5.SMALL2"_s;
        order.systemDiskType = u"CLOUD_PREMIUM"_s;
    }
    return order;
}

void WizardContext::setConnection(const Endpoint &endpoint, const Credentials &credentials)
{
    m_endpoint = endpoint;
    const Endpoint target = endpointFor(m_draft.order().api);
    if (target.url() == m_client->endpoint().url() && target.api() == m_client->endpoint().api() &&
        credentials.secretId == m_client->credentials().secretId &&
        credentials.secretKey == m_client->credentials().secretKey &&
        credentials.sessionToken == m_client->credentials().sessionToken)
        return;
    m_client->setEndpoint(target);
    m_client->setCredentials(credentials);
    Q_EMIT connectionChanged();
}

bool WizardContext::hasCredentials() const
{
    return m_client->credentials().isComplete();
}
