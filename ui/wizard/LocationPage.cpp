#include "LocationPage.h"

#include "Catalog.h"
#include "Format.h"
#include "CloudQueries.h"
#include "LookupStatus.h"
#include "OrderDraft.h"
#include "WizardContext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QListWidget>
#include <QLocale>

using namespace Qt::StringLiterals;

LocationPage::LocationPage(WizardContext *context, QWidget *parent)
    : OrderPage(context, {u"region"_s, u"zoneId"_s}, parent)
{
    setTitle(tr("Location"));
    setSubTitle(tr("Where the instances run. A zone is a data centre within the region."));
    connect(context, &WizardContext::connectionChanged, this, [this] { m_loadedRegion.clear(); });
}

void LocationPage::build()
{
    m_region = new QComboBox(this);
    m_zones = new QListWidget(this);
    m_status = new LookupStatus(this);
    m_region->setObjectName(u"region"_s);
    m_zones->setObjectName(u"zones"_s);
    m_status->setObjectName(u"zoneStatus"_s);
    for (const Catalog::Region &region : Catalog::builtIn().regions())
        m_region->addItem(u"%1 (%2)"_s.arg(Format::localized(region.nameEn, region.nameZh), region.code), region.code);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, tr("&Region:"), m_region, {u"region"_s});
    addRow(form, tr("&Zone:"), m_zones, {u"zoneId"_s});
    form->addRow(QString(), m_status);

    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        const QString region = m_region->currentData().toString();
        draft()->update([&](PurchaseOrder &o) {
            if (o.region != region) {
                o.region = region;
                o.zoneId = 0; // a zone belongs to one region
            }
        });
        loadZones();
    });
    connect(m_zones, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            draft()->update([&](PurchaseOrder &o) { o.zoneId = item->data(Qt::UserRole).toInt(); });
    });
    connect(m_status, &LookupStatus::retryRequested, this, &LocationPage::loadZones);
    connect(context()->queries(), &CloudQueries::zonesReady, this,
            [this](const ApiResult &result, const QList<ApiReplies::Zone> &zones) {
                if (result.ok()) {
                    showZones(zones);
                    m_status->showLoaded(tr("Zones from the cloud."));
                    return;
                }
                QList<ApiReplies::Zone> fallback;
                if (const Catalog::Region *r = Catalog::builtIn().region(m_loadedRegion))
                    for (const Catalog::Zone &z : r->zones)
                        fallback.append({z.id, z.nameZh});
                showZones(fallback);
                m_status->showFailed(
                    tr("Could not load the zones: %1 The built-in list is shown instead.").arg(result.describe()));
            });
}

void LocationPage::syncFromOrder()
{
    const QSignalBlocker blocker(m_region);
    m_region->setCurrentIndex(std::max(0, m_region->findData(draft()->order().region)));
    if (m_loadedRegion != draft()->order().region)
        loadZones();
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
    const int chosen = draft()->order().zoneId;
    for (const ApiReplies::Zone &zone : zones) {
        auto *item = new QListWidgetItem(u"%1 · %2"_s.arg(Format::zoneName(zone.zoneId, zone.zoneName)).arg(zone.zoneId), m_zones);
        item->setData(Qt::UserRole, zone.zoneId);
        if (zone.zoneId == chosen)
            m_zones->setCurrentItem(item);
    }
    // A single zone, or none chosen yet: choose the first, as the console does.
    if (!m_zones->currentItem() && m_zones->count() > 0) {
        m_zones->setCurrentRow(0);
        draft()->update([&](PurchaseOrder &o) { o.zoneId = m_zones->item(0)->data(Qt::UserRole).toInt(); });
    }
}
