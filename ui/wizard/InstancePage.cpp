#include "wizard/InstancePage.h"

#include "api/CloudQueries.h"
#include "order/Catalog.h"
#include "order/OrderDraft.h"
#include "protocol/ApiProtocol.h"
#include "wizard/ChoiceButton.h"
#include "wizard/Format.h"
#include "wizard/LookupStatus.h"
#include "wizard/WizardContext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>
#include <cstdlib>
#include <set>

using namespace Qt::StringLiterals;

namespace {
// The sold combination nearest to cpu:mem: the same cores if sold, else the
// nearest cores; then the nearest memory.
std::pair<int, int> nearestSold(const Catalog::InstanceType &type, int cpu, int mem)
{
    int bestCpu = type.memoryByCpu.firstKey();
    for (int cores : type.memoryByCpu.keys())
        if (std::abs(cores - cpu) < std::abs(bestCpu - cpu))
            bestCpu = cores;
    const QList<int> memories = type.memoryByCpu.value(bestCpu);
    int bestMem = memories.first();
    for (int m : memories)
        if (std::abs(m - mem) < std::abs(bestMem - mem))
            bestMem = m;
    return {bestCpu, bestMem};
}

int key(int cpu, int mem)
{
    return cpu * 10000 + mem;
}
} // namespace

InstancePage::InstancePage(WizardContext *context, QWidget *parent)
    : OrderPage(context, {u"instanceType"_s, u"cpu"_s, u"mem"_s}, parent)
{
    setTitle(tr("Instance"));
    setSubTitle(tr("The instance type, then its CPU cores and memory. Only combinations sold for the type can be "
                   "chosen."));
    connect(context, &WizardContext::connectionChanged, this, [this] { m_loadedZone.clear(); });
}

void InstancePage::build()
{
    m_type = new QComboBox(this);
    m_description = new QLabel(this);
    m_gridHost = new QWidget(this);
    m_grid = new QGridLayout(m_gridHost);
    m_choices = new QButtonGroup(this);
    m_adjusted = new QLabel(this);
    m_type->setObjectName(u"instanceType"_s);
    m_gridHost->setObjectName(u"cpuMemoryGrid"_s);
    m_adjusted->setObjectName(u"adjusted"_s);
    for (const Catalog::InstanceType &type : Catalog::builtIn().instanceTypes())
        m_type->addItem(type.id, type.id);
    m_description->setWordWrap(true);
    m_adjusted->setWordWrap(true);
    m_adjusted->hide();
    m_grid->setSpacing(2);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_gridHost->setAccessibleName(tr("CPU and memory"));

    m_liveTypes = new QTreeWidget(this);
    m_liveStatus = new LookupStatus(this);
    m_liveTypes->setObjectName(u"liveInstanceTypes"_s);
    m_liveStatus->setObjectName(u"instanceTypeStatus"_s);
    m_liveTypes->setRootIsDecorated(false);
    m_liveTypes->setUniformRowHeights(true);
    // The type's name (S5.MEDIUM4) says its family; the room goes to the sold-out reason, which is read whole.
    m_liveTypes->setHeaderLabels({tr("Type"), tr("CPU"), tr("Memory"), tr("Price"), tr("Availability")});
    m_liveTypes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_liveTypes->header()->setStretchLastSection(true);

    auto *form = new QFormLayout(this);
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, tr("Instance &type:"), m_type, {u"instanceType"_s});
    // The live catalog's row: shown instead of the type, the description and the grid when the API has one.
    addRow(form, tr("Instance t&ype:"), m_liveTypes, {});
    form->addRow(QString(), m_liveStatus);
    form->addRow(QString(), m_description);
    auto *gridLabel = new QLabel(tr("CPU and &memory:"), this);
    form->addRow(gridLabel, m_gridHost);
    addProblemLine(form, {u"cpu"_s, u"mem"_s}, m_gridHost);
    form->addRow(QString(), m_adjusted);

    connect(m_liveTypes, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || !(item->flags() & Qt::ItemIsEnabled))
            return;
        m_adjusted->hide();
        draft()->update([item](PurchaseOrder &o) {
            o.instanceType = item->data(0, Qt::UserRole).toString();
            o.cpu = item->data(0, Qt::UserRole + 1).toInt();
            o.mem = item->data(0, Qt::UserRole + 2).toInt();
        });
    });
    connect(m_liveStatus, &LookupStatus::retryRequested, this, &InstancePage::loadLiveTypes);
    connect(context()->queries(), &CloudQueries::instanceTypesReady, this,
            [this](const ApiResult &result, const QList<ApiReplies::InstanceTypeConfig> &configs) {
                if (!usesLiveCatalog())
                    return;
                if (!result.ok()) {
                    const PurchaseOrder &order = draft()->order();
                    QList<ApiReplies::InstanceTypeConfig> fallback =
                        ApiProtocol::forApi(order.api).builtInInstanceTypes(m_loadedZone);
                    // The order's own type stays choosable (and chosen) when the built-in list lacks it.
                    const bool listed = std::any_of(fallback.cbegin(), fallback.cend(),
                                                    [&](const ApiReplies::InstanceTypeConfig &c) {
                                                        return c.instanceType == order.instanceType;
                                                    });
                    if (!fallback.isEmpty() && !listed && !order.instanceType.isEmpty()) {
                        ApiReplies::InstanceTypeConfig own;
                        own.instanceType = order.instanceType;
                        own.cpu = order.cpu;
                        own.memory = order.mem;
                        own.typeName = tr("The order's type");
                        fallback.prepend(own);
                    }
                    showLiveTypes(fallback, true);
                    m_liveStatus->showFailed(
                        fallback.isEmpty()
                            ? tr("Could not load the instance types: %1").arg(result.describe())
                            : tr("Built-in list — the cloud could not be reached: %1")
                                  .arg(result.describe()));
                    return;
                }
                showLiveTypes(configs);
                m_liveStatus->showLoaded(tr("Instance types sold in %1, from the cloud.").arg(m_loadedZone));
            });

    connect(m_type, &QComboBox::currentIndexChanged, this, &InstancePage::typeChosen);
    connect(m_choices, &QButtonGroup::idClicked, this, [this](int id) {
        m_adjusted->hide();
        draft()->update([id](PurchaseOrder &o) {
            o.cpu = id / 10000;
            o.mem = id % 10000;
        });
    });
    // The grid's buttons take the focus; the label points at the first enabled one.
    connect(m_choices, &QButtonGroup::buttonToggled, gridLabel, [gridLabel, this] {
        gridLabel->setBuddy(m_choices->checkedButton() ? m_choices->checkedButton() : m_gridHost);
    });
    gridLabel->setBuddy(m_gridHost);
    // The grid itself is filled by syncFromOrder(), which initializePage() calls next.
}

bool InstancePage::usesLiveCatalog() const
{
    return ApiProtocol::forApi(draft()->order().api).hasLiveInstanceTypes();
}

void InstancePage::loadLiveTypes()
{
    const PurchaseOrder &order = draft()->order();
    m_loadedZone = order.zone;
    m_liveTypes->clear();
    m_liveStatus->showLoading(tr("Loading the instance types of %1 from the cloud…").arg(order.zone));
    context()->queries()->queryInstanceTypes(order.region, order.zone);
}

void InstancePage::showLiveTypes(const QList<ApiReplies::InstanceTypeConfig> &configs, bool builtIn)
{
    const QSignalBlocker blocker(m_liveTypes);
    m_liveTypes->clear();
    const PurchaseOrder &order = draft()->order();
    QTreeWidgetItem *chosen = nullptr;
    QTreeWidgetItem *firstSold = nullptr;
    for (const ApiReplies::InstanceTypeConfig &c : configs) {
        const QString reason = c.soldOutReason.isEmpty() ? tr("Sold out in this zone.")
                                                         : tr("Sold out: %1").arg(c.soldOutReason);
        auto *item = new QTreeWidgetItem(m_liveTypes,
                                         {c.instanceType, Format::cores(c.cpu), Format::gigabytes(c.memory),
                                          c.unitPrice > 0 ? Format::hourlyPrice(c.unitPrice) : QString(),
                                          c.soldOut ? reason
                                          : builtIn ? tr("Unknown: built-in list")
                                                    : tr("On sale")});
        if (!c.typeName.isEmpty())
            item->setToolTip(0, c.typeName);
        item->setData(0, Qt::UserRole, c.instanceType);
        item->setData(0, Qt::UserRole + 1, c.cpu);
        item->setData(0, Qt::UserRole + 2, c.memory);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (c.soldOut) {
            // Shown, so that its absence is not a mystery; not choosable, with the cloud's reason.
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            for (int column = 0; column < m_liveTypes->columnCount(); ++column)
                item->setToolTip(column, reason);
            if (c.instanceType == order.instanceType) {
                m_adjusted->setText(tr("%1 is sold out in %2: %3 Choose another type.")
                                        .arg(c.instanceType, order.zone, c.soldOutReason));
                m_adjusted->show();
            }
            continue;
        }
        if (!firstSold)
            firstSold = item;
        if (c.instanceType == order.instanceType)
            chosen = item;
    }
    if (!chosen && firstSold && !m_adjusted->isVisible())
        chosen = firstSold; // nothing chosen yet (or a type the zone does not sell): the first on sale
    if (chosen) {
        m_liveTypes->setCurrentItem(chosen);
        draft()->update([chosen](PurchaseOrder &o) {
            o.instanceType = chosen->data(0, Qt::UserRole).toString();
            o.cpu = chosen->data(0, Qt::UserRole + 1).toInt();
            o.mem = chosen->data(0, Qt::UserRole + 2).toInt();
        });
    }
}

void InstancePage::orderReplaced()
{
    m_adjusted->hide();
    syncFromOrder();
}

void InstancePage::syncFromOrder()
{
    const bool live = usesLiveCatalog();
    m_form->setRowVisible(m_type, !live);
    m_form->setRowVisible(m_description, !live);
    m_form->setRowVisible(m_gridHost, !live);
    m_form->setRowVisible(m_liveTypes, live);
    m_form->setRowVisible(m_liveStatus, live);
    setSubTitle(live ? tr("The instance type: each comes with its CPU cores and memory. Types sold out in the zone "
                          "are shown greyed out, with the reason.")
                     : tr("The instance type, then its CPU cores and memory. Only combinations sold for the type "
                          "can be chosen."));
    if (live) {
        m_adjusted->hide();
        if (m_loadedZone != draft()->order().zone || m_liveTypes->topLevelItemCount() == 0)
            loadLiveTypes();
        return;
    }
    const QSignalBlocker blocker(m_type);
    m_type->setCurrentIndex(std::max(0, m_type->findData(draft()->order().instanceType)));
    rebuildGrid();
}

void InstancePage::typeChosen()
{
    const Catalog::InstanceType *type = Catalog::builtIn().instanceType(m_type->currentData().toString());
    if (!type)
        return;
    const PurchaseOrder before = draft()->order();
    const bool sold = type->memoryByCpu.value(before.cpu).contains(before.mem);
    int cpu = before.cpu;
    int mem = before.mem;
    if (!sold)
        std::tie(cpu, mem) = nearestSold(*type, before.cpu > 0 ? before.cpu : 1, before.mem > 0 ? before.mem : 1);
    if (!sold && before.cpu > 0) {
        m_adjusted->setText(tr("%1 does not offer %2 with %3; the nearest it offers, %4 with %5, is chosen instead.")
                                .arg(type->id, Format::cores(before.cpu), Format::gigabytes(before.mem),
                                     Format::cores(cpu), Format::gigabytes(mem)));
        m_adjusted->show();
    } else {
        m_adjusted->hide();
    }
    draft()->update([&](PurchaseOrder &o) {
        o.instanceType = type->id;
        o.cpu = cpu;
        o.mem = mem;
        // Disk types are offered per instance type; keep the disk choice valid too.
        const QList<ApiProtocol::Choice> disks = ApiProtocol::forApi(o.api).diskTypes(o);
        const auto offered = [](const ApiProtocol::Choice &c) { return c.unavailableReason.isEmpty(); };
        const auto current = std::find_if(disks.cbegin(), disks.cend(),
                                          [&](const ApiProtocol::Choice &c) { return c.value == o.systemDisk.type; });
        if (current != disks.cend() && !offered(*current)) {
            const auto first = std::find_if(disks.cbegin(), disks.cend(), offered);
            if (first != disks.cend()) {
                o.systemDisk.type = first->value;
                for (PurchaseOrder::Disk &disk : o.dataDisks)
                    disk.type = first->value;
            }
        }
    });
    rebuildGrid();
}

void InstancePage::rebuildGrid()
{
    const PurchaseOrder &order = draft()->order();
    const Catalog::InstanceType *type = Catalog::builtIn().instanceType(order.instanceType);
    m_description->setText(type ? Format::localized(type->descriptionEn, type->descriptionZh) : QString());

    for (QAbstractButton *button : m_choices->buttons()) {
        m_choices->removeButton(button);
        delete button;
    }
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!type)
        return;

    std::set<int> memorySet;
    for (const QList<int> &memories : type->memoryByCpu)
        memorySet.insert(memories.cbegin(), memories.cend());
    const QList<int> memories(memorySet.cbegin(), memorySet.cend());
    const QLocale locale;

    auto *corner = new QLabel(tr("Cores \\ GB"), m_gridHost);
    m_grid->addWidget(corner, 0, 0);
    for (int c = 0; c < memories.size(); ++c) {
        auto *header = new QLabel(locale.toString(memories.at(c)), m_gridHost);
        header->setAlignment(Qt::AlignCenter);
        m_grid->addWidget(header, 0, c + 1);
    }
    int row = 1;
    for (auto it = type->memoryByCpu.cbegin(); it != type->memoryByCpu.cend(); ++it, ++row) {
        const int cpu = it.key();
        QStringList offeredList;
        for (int m : it.value())
            offeredList.append(locale.toString(m));
        const QString offered = locale.createSeparatedList(offeredList);
        m_grid->addWidget(new QLabel(Format::cores(cpu), m_gridHost), row, 0);
        for (int c = 0; c < memories.size(); ++c) {
            const int mem = memories.at(c);
            const bool sold = it.value().contains(mem);
            // One choice of many: read as a radio button.
            auto *button = new ChoiceButton(m_gridHost);
            button->setAutoRaise(!sold);
            button->setText(sold ? locale.toString(mem) : u"·"_s);
            button->setObjectName(u"choice_%1_%2"_s.arg(cpu).arg(mem));
            button->setAccessibleName(tr("%1, %2").arg(Format::cores(cpu), Format::gigabytes(mem)));
            button->setEnabled(sold);
            button->setToolTip(sold ? tr("%1 with %2 of memory").arg(Format::cores(cpu), Format::gigabytes(mem))
                                    : tr("Not sold: %1 with %2 offers %3 GB.").arg(type->id, Format::cores(cpu), offered));
            // The choice stands out by weight as well as by the pressed look. Tab stops at the choice
            // only, as at the checked one of a group of radio buttons; the arrow keys move it.
            connect(button, &QToolButton::toggled, button, [button](bool on) {
                QFont font = button->font();
                font.setBold(on);
                button->setFont(font);
                button->setFocusPolicy(on ? Qt::TabFocus : Qt::NoFocus);
            });
            button->setFocusPolicy(Qt::NoFocus);
            button->setChecked(sold && cpu == order.cpu && mem == order.mem);
            button->setMinimumWidth(button->fontMetrics().horizontalAdvance(u"0000"_s) + 8);
            m_grid->addWidget(button, row, c + 1);
            if (sold)
                m_choices->addButton(button, key(cpu, mem));
        }
    }
    m_grid->setColumnStretch(memories.size() + 1, 1);

    // In the tab order right after the fields above the grid, row by row: new widgets join the end of the
    // window's chain, behind the step list, so they are placed as the page's fields were. Tab stops at the
    // choice only; with no choice made, at the first one sold.
    const QList<QAbstractButton *> sold = m_choices->buttons();
    for (QAbstractButton *button : sold)
        button->setFocusPolicy(Qt::TabFocus); // setTabOrder() only links widgets that take the focus
    placeFieldsAfterPageInFocusChain();
    QAbstractButton *stop = m_choices->checkedButton() ? m_choices->checkedButton() : sold.value(0);
    for (QAbstractButton *button : sold)
        button->setFocusPolicy(button == stop ? Qt::TabFocus : Qt::NoFocus);
}
