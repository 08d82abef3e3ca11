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
    m_draft.reset(startingOrder());
}

QSettings *WizardContext::settings() const
{
    return m_setup.isSandbox() ? nullptr : m_setup.settings;
}

PurchaseOrder WizardContext::startingOrder() const
{
    PurchaseOrder order = newOrder();
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

PurchaseOrder WizardContext::newOrder()
{
    PurchaseOrder order;
    order.cpu = 1;
    order.mem = 2;
    order.bandwidth = 1;
    return order;
}

void WizardContext::setConnection(const Endpoint &endpoint, const Credentials &credentials)
{
    if (endpoint.url() == m_client->endpoint().url() && credentials.secretId == m_client->credentials().secretId &&
        credentials.secretKey == m_client->credentials().secretKey &&
        credentials.sessionToken == m_client->credentials().sessionToken)
        return;
    m_client->setEndpoint(endpoint);
    m_client->setCredentials(credentials);
    Q_EMIT connectionChanged();
}

bool WizardContext::hasCredentials() const
{
    return m_client->credentials().isComplete();
}
