#include "wizard/LocationPage.h"

#include "api/CloudQueries.h"
#include "order/Catalog.h"
#include "order/OrderDraft.h"
#include "protocol/ApiProtocol.h"
#include "wizard/FittedList.h"
#include "wizard/Format.h"
#include "wizard/LookupStatus.h"
#include "wizard/WizardContext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QListWidget>
#include <QLocale>

using namespace Qt::StringLiterals;

LocationPage::LocationPage(WizardContext *context, QWidget *parent)
    : OrderPage(context, {u"region"_s, u"zone"_s}, parent)
{
    setTitle(tr("Location"));
    setSubTitle(tr("Where the instances run. A zone is a data centre within the region."));
    connect(context, &WizardContext::connectionChanged, this, [this] { m_loadedRegion.clear(); });
}

void LocationPage::build()
{
    m_region = new QComboBox(this);
    m_zones = new FittedList(3, 8, this);
    m_status = new LookupStatus(this);
    m_region->setObjectName(u"region"_s);
    m_zones->setObjectName(u"zones"_s);
    m_status->setObjectName(u"zoneStatus"_s);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, tr("&Region:"), m_region, {u"region"_s});
    addRow(form, tr("&Zone:"), m_zones, {u"zone"_s});
    form->addRow(QString(), m_status);

    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        const QString region = m_region->currentData().toString();
        draft()->update([&](PurchaseOrder &o) {
            if (o.region != region) {
                o.region = region;
                o.zone.clear(); // a zone belongs to one region
            }
        });
        loadZones();
    });
    connect(m_zones, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            draft()->update([&](PurchaseOrder &o) { o.zone = item->data(Qt::UserRole).toString(); });
    });
    connect(m_status, &LookupStatus::retryRequested, this, &LocationPage::loadZones);
    connect(context()->queries(), &CloudQueries::zonesReady, this,
            [this](const ApiResult &result, const QList<ApiReplies::Zone> &zones) {
                if (result.ok()) {
                    showZones(zones);
                    m_status->showLoaded(tr("Zones from the cloud."));
                    return;
                }
                const QList<ApiReplies::Zone> fallback =
                    ApiProtocol::forApi(draft()->order().api).builtInZones(m_loadedRegion);
                showZones(fallback);
                m_status->showFailed(
                    fallback.isEmpty()
                        ? tr("Could not load the zones: %1").arg(result.describe())
                        : tr("Could not load the zones: %1 The built-in list is shown instead.").arg(result.describe()));
            });
}

void LocationPage::fillRegions()
{
    // The regions of the order's API: under its own names when it has them, with the catalog's display names.
    const PurchaseOrder::Api api = draft()->order().api;
    if (m_regionsApi == int(api))
        return;
    m_regionsApi = int(api);
    const QSignalBlocker blocker(m_region);
    m_region->clear();
    for (const auto &[name, code] : ApiProtocol::forApi(api).regionNames()) {
        const Catalog::Region *region = Catalog::builtIn().region(code);
        m_region->addItem(region ? u"%1 (%2)"_s.arg(Format::localized(region->nameEn, region->nameZh), name) : name,
                          name);
    }
}

void LocationPage::syncFromOrder()
{
    fillRegions();
    const QSignalBlocker blocker(m_region);
    m_region->setCurrentIndex(std::max(0, m_region->findData(draft()->order().region)));
    if (m_loadedRegion != draft()->order().region) {
        loadZones();
        return;
    }
    // The order's zone highlighted, and none when it has none.
    const QSignalBlocker zonesBlocker(m_zones);
    m_zones->setCurrentItem(nullptr);
    for (int row = 0; row < m_zones->count(); ++row)
        if (m_zones->item(row)->data(Qt::UserRole).toString() == draft()->order().zone)
            m_zones->setCurrentItem(m_zones->item(row));
}

void LocationPage::initializePage()
{
    OrderPage::initializePage();
    if (draft()->order().zone.isEmpty())
        chooseFirstZone();
}

void LocationPage::loadZones()
{
    m_loadedRegion = draft()->order().region;
    m_zones->clear();
    m_status->showLoading(tr("Loading the zones of %1 from the cloud…").arg(m_region->currentText()));
    context()->queries()->queryZones(m_loadedRegion);
}

void LocationPage::showZones(const QList<ApiReplies::Zone> &zones)
{
    const QSignalBlocker blocker(m_zones);
    m_zones->clear();
    const PurchaseOrder &order = draft()->order();
    for (const ApiReplies::Zone &zone : zones) {
        // Shown and taken as the order's API names it: "ap-guangzhou-3", or API 2.0's "100003".
        auto *item =
            new QListWidgetItem(u"%1 · %2"_s.arg(Format::zoneName(zone.zoneId, zone.zoneName), zone.id), m_zones);
        item->setData(Qt::UserRole, zone.id);
        if (!zone.available) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(tr("This zone sells nothing at the moment."));
        }
        if (zone.available && zone.id == order.zone)
            m_zones->setCurrentItem(item);
    }
    if (!m_zones->currentItem())
        chooseFirstZone();
}

void LocationPage::chooseFirstZone()
{
    // A single zone, or none chosen yet: choose the first, as the console does.
    for (int row = 0; row < m_zones->count(); ++row) {
        QListWidgetItem *item = m_zones->item(row);
        if (!(item->flags() & Qt::ItemIsEnabled))
            continue;
        const QSignalBlocker blocker(m_zones);
        m_zones->setCurrentItem(item);
        draft()->update([&](PurchaseOrder &o) { o.zone = item->data(Qt::UserRole).toString(); });
        return;
    }
}
