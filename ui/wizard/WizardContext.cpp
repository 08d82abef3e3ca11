#include "wizard/WizardContext.h"

#include "api/ApiClient.h"
#include "api/CloudQueries.h"
#include "api/ServerText.h"
#include "order/Catalog.h"
#include "protocol/ApiProtocol.h"
#include "protocol/InstanceSettings.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Where the settings keep an API's last location: API 2.0's keys from before API 3.0, and a group for 3.0.
QString settingsKey(PurchaseOrder::Api api, QLatin1StringView name)
{
    return ApiProtocol::forApi(api).settingsGroup() + u'/' + name;
}

// A region the Location page offers for the API: its protocol's names, or the built-in catalog's codes.
bool offersRegion(PurchaseOrder::Api api, const QString &region)
{
    const QList<QPair<QString, QString>> names = ApiProtocol::forApi(api).regionNames();
    if (names.isEmpty())
        return Catalog::builtIn().region(region) != nullptr;
    return std::any_of(names.cbegin(), names.cend(), [&](const auto &name) { return name.first == region; });
}
} // namespace

namespace {
// The tag keys of the orders sent, offered again when tags are typed (keys only: values may be private).
const QString kRecentTagKeys = QStringLiteral("order/recentTagKeys");
constexpr int kMostRecentTagKeys = 50;
} // namespace

WizardContext::WizardContext(QNetworkAccessManager *network, const Setup &setup, QObject *parent)
    : QObject(parent), m_setup(setup), m_endpoint(setup.endpoint), m_network(network),
      m_client(new ApiClient(network, setup.endpoint, setup.sandboxAccount, this)),
      m_queries(new CloudQueries(m_client, this))
{
    // The built-in sandbox serves every API: a run on it starts in today's.
    if (setup.isSandbox() && !setup.sandbox.isEmpty())
        m_api = ApiProtocol::current().api();
    m_draft.reset(startingOrder());
    connect(&m_draft, &OrderDraft::changed, this, &WizardContext::followOrderApi);
    // The names of the images the cloud listed, kept for the summaries while the lists come and go.
    connect(m_queries, &CloudQueries::imagesReady, this,
            [this](const ApiResult &, const QList<ApiReplies::Image> &images) {
                for (const ApiReplies::Image &image : images)
                    if (!image.imageName.isEmpty())
                        m_imageNames.insert(image.imageId, image.imageName);
            });
    // And the names of the account's VPCs, subnets, security groups and projects, for the same summaries.
    const auto remember = [this](const QString &id, const QString &name) {
        if (!name.isEmpty())
            m_resourceNames.insert(id, ServerText::shown(name));
    };
    connect(m_queries, &CloudQueries::vpcsReady, this,
            [remember](const ApiResult &, const QList<ApiReplies::Vpc> &vpcs) {
                for (const ApiReplies::Vpc &vpc : vpcs)
                    remember(vpc.vpcId, vpc.name);
            });
    connect(m_queries, &CloudQueries::subnetsReady, this,
            [remember](const ApiResult &, const QList<ApiReplies::Subnet> &subnets) {
                for (const ApiReplies::Subnet &subnet : subnets)
                    remember(subnet.subnetId, subnet.name);
            });
    connect(m_queries, &CloudQueries::securityGroupsReady, this,
            [remember](const ApiResult &, const QList<ApiReplies::SecurityGroup> &groups) {
                for (const ApiReplies::SecurityGroup &group : groups)
                    remember(group.securityGroupId, group.name);
            });
    connect(m_queries, &CloudQueries::projectsReady, this,
            [this](const ApiResult &, const QList<ApiReplies::Project> &projects) {
                for (const ApiReplies::Project &project : projects)
                    if (!project.name.isEmpty())
                        m_projectNames.insert(project.projectId, ServerText::shown(project.name));
            });
    if (const QSettings *s = settings())
        m_recentTagKeys = s->value(kRecentTagKeys).toStringList();
    connect(this, &WizardContext::connectionChanged, this, [this] {
        m_imageNames.clear();
        m_resourceNames.clear();
        m_projectNames.clear();
    });
}

Endpoint WizardContext::endpointFor(PurchaseOrder::Api api) const
{
    // The built-in sandbox serves each API at an address of its own: either of them chosen means the sandbox.
    if (m_setup.isSandbox() && isSandboxUrl(m_endpoint.url())) {
        Endpoint endpoint(api);
        QString problem;
        if (Endpoint::fromUrl(sandboxUrl(api).toString(), &endpoint, &problem, api))
            return endpoint;
    }
    return m_endpoint.withApi(api);
}

QUrl WizardContext::sandboxUrl(PurchaseOrder::Api api) const
{
    // The sandbox serves each API at the path of the API's own default endpoint ("/v2/index.php", "/").
    return m_setup.sandbox.resolved(QUrl(ApiProtocol::forApi(api).defaultUrl().path()));
}

bool WizardContext::isSandboxUrl(const QUrl &url) const
{
    const QList<const ApiProtocol *> &protocols = ApiProtocol::all();
    return !m_setup.sandbox.isEmpty() && std::any_of(protocols.cbegin(), protocols.cend(), [&](const ApiProtocol *p) {
               return sandboxUrl(p->api()) == url;
           });
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

WizardContext::Location WizardContext::lastLocation(PurchaseOrder::Api api) const
{
    Location last = m_lastLocations.value(int(api));
    if (const QSettings *s = settings(); s && last.region.isEmpty()) {
        last.region = s->value(settingsKey(api, "region"_L1)).toString();
        last.zone = s->value(settingsKey(api, "zone"_L1)).toString();
        // Written by earlier versions for API 2.0: its zone id as a number.
        if (const int zoneId = s->value(settingsKey(api, "zoneId"_L1)).toInt(); last.zone.isEmpty() && zoneId > 0)
            last.zone = QString::number(zoneId);
    }
    return last;
}

PurchaseOrder WizardContext::startingOrder() const
{
    PurchaseOrder order = ApiProtocol::forApi(m_api).wizardOrder();
    // Only a region still offered; a zone the cloud no longer offers is replaced on the Location page.
    if (const Location last = lastLocation(m_api); offersRegion(m_api, last.region)) {
        order.region = last.region;
        order.zone = last.zone;
    }
    return order;
}

void WizardContext::rememberLocation(const PurchaseOrder &order)
{
    m_lastLocations.insert(int(order.api), {order.region, order.zone});
    QStringList keys;
    for (const auto &tag : InstanceSettings::tagsOf(order))
        keys.append(tag.first);
    addRecentTagKeys(keys);
    if (QSettings *s = settings()) {
        s->setValue(settingsKey(order.api, "region"_L1), order.region);
        s->setValue(settingsKey(order.api, "zone"_L1), order.zone);
        s->remove(settingsKey(order.api, "zoneId"_L1));
    }
}

void WizardContext::addRecentTagKeys(const QStringList &keys)
{
    // The program's own tag is no key of the user's.
    for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
        if (it->isEmpty() || *it == QLatin1StringView(ApiProtocol::kPurchaseTokenTag))
            continue;
        m_recentTagKeys.removeAll(*it);
        m_recentTagKeys.prepend(*it);
    }
    m_recentTagKeys = m_recentTagKeys.mid(0, kMostRecentTagKeys);
    if (QSettings *s = settings())
        s->setValue(kRecentTagKeys, m_recentTagKeys);
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

QString WizardContext::resourceName(const QString &id) const
{
    return m_resourceNames.value(id);
}

QString WizardContext::projectName(qint64 projectId) const
{
    return m_projectNames.value(projectId);
}

QString WizardContext::imageName(const QString &imageId) const
{
    return m_imageNames.value(imageId, imageId);
}
