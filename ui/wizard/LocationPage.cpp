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
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>

#include <algorithm>

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
    m_typedZone = new QLineEdit(this);
    m_region->setObjectName(u"region"_s);
    m_zones->setObjectName(u"zones"_s);
    m_status->setObjectName(u"zoneStatus"_s);
    m_typedZone->setObjectName(u"typedZone"_s);

    auto *form = new QFormLayout(this);
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, tr("&Region:"), m_region, {u"region"_s});
    addRow(form, tr("&Zone:"), m_zones, {u"zone"_s});
    form->addRow(QString(), m_status);
    addRow(form, tr("&Other zone:"), m_typedZone, {});
    form->setRowVisible(m_typedZone, false);
    connect(m_typedZone, &QLineEdit::textEdited, this, [this](const QString &text) {
        {
            const QSignalBlocker blocker(m_zones);
            m_zones->setCurrentItem(nullptr);
        }
        draft()->update([&](PurchaseOrder &o) { o.zone = text.trimmed(); });
    });

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
        if (!item)
            return;
        m_typedZone->clear();
        draft()->update([&](PurchaseOrder &o) { o.zone = item->data(Qt::UserRole).toString(); });
    });
    connect(m_status, &LookupStatus::retryRequested, this, &LocationPage::loadZones);
    connect(context()->queries(), &CloudQueries::zonesReady, this,
            [this](const ApiResult &result, const QList<ApiReplies::Zone> &zones) {
                if (result.ok()) {
                    m_form->setRowVisible(m_typedZone, false);
                    showZones(zones);
                    m_status->showLoaded(tr("Zones from the cloud."));
                    return;
                }
                showBuiltInZones(result);
            });
}

void LocationPage::showBuiltInZones(const ApiResult &failure)
{
    const QList<ApiReplies::Zone> fallback =
        ApiProtocol::forApi(draft()->order().api).builtInZones(m_loadedRegion);
    // A zone the order names that the built-in list lacks stays the order's, in the field for a typed zone.
    const QString zone = draft()->order().zone;
    const bool listed = std::any_of(fallback.cbegin(), fallback.cend(),
                                    [&](const ApiReplies::Zone &z) { return z.id == zone; });
    m_typedZone->setText(listed ? QString() : zone);
    m_typedZone->setPlaceholderText(fallback.isEmpty() ? QString()
                                                       : tr("such as %1").arg(fallback.last().id));
    m_form->setRowVisible(m_typedZone, true);
    if (listed || zone.isEmpty()) {
        showZones(fallback);
    } else {
        const QSignalBlocker blocker(m_zones);
        m_zones->clear();
        for (const ApiReplies::Zone &z : fallback) {
            auto *item =
                new QListWidgetItem(u"%1 · %2"_s.arg(Format::zoneName(z.zoneId, z.zoneName), z.id), m_zones);
            item->setData(Qt::UserRole, z.id);
        }
    }
    m_status->showFailed(
        fallback.isEmpty()
            ? tr("Could not load the zones: %1").arg(failure.describe())
            : tr("Built-in list — the cloud could not be reached: %1").arg(failure.describe()));
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
    // The order's zone highlighted, and none when it has none; with the built-in list, a zone it lacks typed.
    const QSignalBlocker zonesBlocker(m_zones);
    m_zones->setCurrentItem(nullptr);
    for (int row = 0; row < m_zones->count(); ++row)
        if (m_zones->item(row)->data(Qt::UserRole).toString() == draft()->order().zone)
            m_zones->setCurrentItem(m_zones->item(row));
    if (m_status->isFailed() && !m_typedZone->hasFocus())
        m_typedZone->setText(m_zones->currentItem() ? QString() : draft()->order().zone);
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
