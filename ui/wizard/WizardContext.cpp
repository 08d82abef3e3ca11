#include "WizardContext.h"

#include "ApiClient.h"
#include "CloudQueries.h"

WizardContext::WizardContext(QNetworkAccessManager *network, const Setup &setup, QObject *parent)
    : QObject(parent), m_setup(setup), m_network(network), m_client(new ApiClient(network, setup.endpoint, setup.sandboxAccount, this)),
      m_queries(new CloudQueries(m_client, this))
{
    m_draft.reset(newOrder());
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
