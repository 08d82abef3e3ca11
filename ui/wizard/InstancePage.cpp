#include "InstancePage.h"

#include "Catalog.h"
#include "Format.h"
#include "OrderDraft.h"
#include "WizardContext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

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

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, tr("Instance &type:"), m_type, {u"instanceType"_s});
    form->addRow(QString(), m_description);
    auto *gridLabel = new QLabel(tr("CPU and &memory:"), this);
    form->addRow(gridLabel, m_gridHost);
    addProblemLine(form, {u"cpu"_s, u"mem"_s});
    form->addRow(QString(), m_adjusted);

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

void InstancePage::syncFromOrder()
{
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
    // Disk types are offered per instance type; keep the disk choice valid too.
    int storageType = before.storageType;
    if (!type->storageTypes.contains(storageType))
        storageType = type->storageTypes.first();
    draft()->update([&](PurchaseOrder &o) {
        o.instanceType = type->id;
        o.cpu = cpu;
        o.mem = mem;
        o.storageType = storageType;
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
            auto *button = new QToolButton(m_gridHost);
            button->setCheckable(true);
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

    // In the tab order right after the type, row by row; with no choice made, Tab stops at the first one sold.
    const QList<QAbstractButton *> sold = m_choices->buttons();
    QWidget *previous = m_type;
    for (QAbstractButton *button : sold) {
        QWidget::setTabOrder(previous, button);
        previous = button;
    }
    if (!m_choices->checkedButton() && !sold.isEmpty())
        sold.first()->setFocusPolicy(Qt::TabFocus);
}
