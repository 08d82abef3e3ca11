#pragma once

#include "api/ApiResult.h"
#include "order/PurchaseOrder.h"
#include "protocol/ApiParams.h"
#include "protocol/ApiProtocol.h"
#include "protocol/ApiReplies.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ApiCall;
class ApiClient;

// The lookups the wizard shows while an order is being made: zones, images,
// key pairs, the hourly price, and the account's VPCs, subnets, security groups
// and projects. Each kind has at most one call in flight: a new query of the
// same kind abandons the previous one, so a late answer never overwrites a
// newer one. Lists the cloud answers a page at a time (images, key pairs, VPCs,
// subnets, security groups, projects) are asked page after page until the
// cloud's total is reached, and signalled once, whole; a page that contradicts
// the others (another total, more items than the total, an empty page before
// it) ends the query with a BadReply result.
class CloudQueries final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudQueries)

public:
    explicit CloudQueries(ApiClient *client, QObject *parent = nullptr);

    void queryZones(const QString &region);
    // imageType: 1 private, 2 public, 3 marketplace, 4 shared, 0 every kind (API 2.0: public).
    void queryImages(const QString &region, int imageType);
    void queryKeyPairs(const QString &region);

    // The account's resources a 3.0 order can name (vpcId, subnetId, securityGroupIds, projectId). Whether
    // the endpoint's API has them: with API 2.0 each query answers at once with an Ok result and no items.
    bool hasResourceLookups() const;
    void queryVpcs(const QString &region);
    // The subnets of a VPC in a zone, as an order's subnetId must be; an empty vpcId or zone does not filter.
    void querySubnets(const QString &region, const QString &vpcId, const QString &zone);
    void querySecurityGroups(const QString &region);
    // Projects are the account's, whatever the region; the default project (0) need not be listed.
    void queryProjects(const QString &region);
    // InquiryInstancePriceHour (3.0: InquiryPriceRunInstances) for the order as it stands (quantity
    // included).
    void queryPrice(const PurchaseOrder &order);
    // The order changed so that a price asked for earlier is not its price: an answer still on its way is
    // dropped, and priceForgotten() tells those showing a price.
    void forgetPrice();
    // API 3.0's live catalog for a zone (every zone when empty); with API 2.0
    // instanceTypesReady answers at once with an empty list: the built-in catalog is the source.
    void queryInstanceTypes(const QString &region, const QString &zone);

    // The purchase request checked by the cloud without buying (ApiProtocol::dryRun). With an API that
    // has no dry run, dryRunReady answers at once with supported false.
    void queryDryRun(const PurchaseOrder &order);


Q_SIGNALS:
    // On failure the list is empty and result says why; BadReply when the data was unusable.
    void zonesReady(const ApiResult &result, const QList<ApiReplies::Zone> &zones);
    void imagesReady(const ApiResult &result, const QList<ApiReplies::Image> &images);
    void keyPairsReady(const ApiResult &result, const QList<ApiReplies::KeyPair> &keyPairs);
    void vpcsReady(const ApiResult &result, const QList<ApiReplies::Vpc> &vpcs);
    void subnetsReady(const ApiResult &result, const QList<ApiReplies::Subnet> &subnets);
    void securityGroupsReady(const ApiResult &result, const QList<ApiReplies::SecurityGroup> &securityGroups);
    void projectsReady(const ApiResult &result, const QList<ApiReplies::Project> &projects);
    void priceReady(const ApiResult &result, const ApiReplies::Price &price);
    void priceForgotten();
    void instanceTypesReady(const ApiResult &result, const QList<ApiReplies::InstanceTypeConfig> &configs);
    // result.ok(): the cloud would accept the order; otherwise result says what it refuses.
    void dryRunReady(const ApiResult &result, bool supported);

private:
    enum Kind {
        Zones,
        Images,
        KeyPairs,
        Price,
        InstanceTypes,
        DryRun,
        Vpcs,
        Subnets,
        SecurityGroups,
        Projects,
        KindCount
    };
    template <typename Parsed, typename Emit>
    void start(Kind kind, const ApiRequest &request, const QString &region,
               Parsed (ApiProtocol::*parse)(const QJsonObject &) const, Emit emitResult);
    // A paged lookup: the request for a page from an offset, the page's parser, its list, and the signal.
    template <typename Page, typename Item> struct Paging
    {
        Kind kind;
        QString region;
        std::function<ApiRequest(int offset)> request;
        Page (ApiProtocol::*parse)(const QJsonObject &) const;
        QList<Item> Page::*items;
        std::function<void(const ApiResult &, const QList<Item> &)> emitResult;
        QList<Item> collected;
        int total = -1; // the first page's
    };
    template <typename Page, typename Item> void startPaged(std::shared_ptr<Paging<Page, Item>> paging);
    template <typename Page, typename Item> void fetchPage(std::shared_ptr<Paging<Page, Item>> paging);
    void abandon(Kind kind);

    ApiClient *m_client;
    QPointer<ApiCall> m_calls[KindCount];
};
