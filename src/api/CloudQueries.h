#pragma once

#include "api/ApiResult.h"
#include "order/PurchaseOrder.h"
#include "protocol/ApiParams.h"
#include "protocol/ApiProtocol.h"
#include "protocol/ApiReplies.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class ApiClient;

// The lookups the wizard shows while an order is being made: zones, images,
// key pairs and the hourly price. Each kind has at most one call in flight: a
// new query of the same kind abandons the previous one, so a late answer
// never overwrites a newer one.
class CloudQueries final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudQueries)

public:
    explicit CloudQueries(ApiClient *client, QObject *parent = nullptr);

    void queryZones(const QString &region);
    void queryImages(const QString &region, int imageType);
    void queryKeyPairs(const QString &region);
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
    void priceReady(const ApiResult &result, const ApiReplies::Price &price);
    void priceForgotten();
    void instanceTypesReady(const ApiResult &result, const QList<ApiReplies::InstanceTypeConfig> &configs);
    // result.ok(): the cloud would accept the order; otherwise result says what it refuses.
    void dryRunReady(const ApiResult &result, bool supported);

private:
    enum Kind { Zones, Images, KeyPairs, Price, InstanceTypes, DryRun, KindCount };
    template <typename Parsed, typename Emit>
    void start(Kind kind, const ApiRequest &request, const QString &region,
               Parsed (ApiProtocol::*parse)(const QJsonObject &) const, Emit emitResult);

    ApiClient *m_client;
    QPointer<ApiCall> m_calls[KindCount];
};
