#include "wizard/StoragePage.h"

#include "order/OrderDraft.h"
#include "protocol/ApiProtocol.h"
#include "protocol/InstanceSettings.h"
#include "wizard/ProblemLabel.h"
#include "wizard/WizardContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// More than any rule allows, so that a box never cuts what is typed.
constexpr int kAnySize = 9'999'999;
// Rows of the data disk list shown before it scrolls: the page fits a 768-pixel screen.
constexpr int kVisibleDiskRows = 4;
} // namespace

StoragePage::StoragePage(WizardContext *context, QWidget *parent)
    : OrderPage(context, {u"diskType"_s, u"systemDisk"_s, u"dataDisks"_s}, parent)
{
    setTitle(tr("Storage"));
    setSubTitle(tr("The disk type applies to both the system disk and the data disk."));
}

void StoragePage::build()
{
    m_diskType = new QComboBox(this);
    m_systemSize = new QSpinBox(this);
    m_systemNote = new QLabel(this);
    m_dataSize = new QSpinBox(this);
    m_dataNote = new QLabel(this);
    m_dataReason = new QLabel(this);
    m_diskType->setObjectName(u"diskType"_s);
    m_systemSize->setObjectName(u"systemDiskSize"_s);
    m_dataSize->setObjectName(u"dataDiskSize"_s);
    m_systemNote->setObjectName(u"systemDiskNote"_s);
    m_dataNote->setObjectName(u"dataDiskNote"_s);
    m_dataReason->setObjectName(u"dataDiskReason"_s);

    m_systemSize->setSuffix(tr(" GB"));
    m_systemNote->setWordWrap(true);
    m_dataSize->setSuffix(tr(" GB"));
    m_dataSize->setSpecialValueText(tr("None"));
    m_dataNote->setWordWrap(true);
    m_dataReason->setWordWrap(true);
    m_dataReason->setText(tr("API 2.0 buys one data disk per instance, of the disk type above. Several data "
                             "disks, each of its own type, need an API 3.0 order."));

    // The list of data disks: a row per disk, scrolling past a few, and the button that adds one.
    m_disks = new QWidget(this);
    m_disks->setObjectName(u"dataDisks"_s);
    m_diskScroll = new QScrollArea(m_disks);
    m_diskScroll->setObjectName(u"dataDiskScroll"_s);
    m_diskScroll->setWidgetResizable(true);
    m_diskScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_diskScroll->setFocusPolicy(Qt::NoFocus);
    m_diskRowsHost = new QWidget(m_diskScroll);
    m_diskGrid = new QGridLayout(m_diskRowsHost);
    m_diskGrid->setContentsMargins(4, 4, 4, 4);
    m_diskGrid->setColumnStretch(1, 1);
    m_diskScroll->setWidget(m_diskRowsHost);
    m_addDisk = new QPushButton(tr("Add data dis&k"), m_disks);
    m_addDisk->setObjectName(u"addDataDisk"_s);
    m_disksNote = new QLabel(m_disks);
    m_disksNote->setObjectName(u"dataDisksNote"_s);
    m_disksNote->setWordWrap(true);
    auto *disksLayout = new QVBoxLayout(m_disks);
    disksLayout->setContentsMargins(0, 0, 0, 0);
    disksLayout->addWidget(m_diskScroll);
    disksLayout->addWidget(m_disksNote);
    disksLayout->addWidget(m_addDisk, 0, Qt::AlignLeft);
    disksLayout->addStretch(); // room the form gives the list stays below its button
    m_disks->setAccessibleName(tr("Data disks"));
    m_disks->setFocusProxy(m_addDisk);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, tr("&Disk type:"), m_diskType, {u"diskType"_s});
    addRow(form, tr("&System disk:"), m_systemSize, {u"systemDisk"_s});
    form->addRow(QString(), m_systemNote);
    m_dataLabel = addRow(form, tr("D&ata disk:"), m_dataSize, {u"dataDisks"_s});
    form->addRow(QString(), m_dataNote);
    form->addRow(QString(), m_dataReason);
    m_disksLabel = addRow(form, tr("D&ata disks:"), m_disks, {});
    // Named apart from the single disk's line, which stands aside for a list.
    addProblemLine(form, {u"dataDisks"_s}, m_disks)->setObjectName(u"problem_dataDiskList"_s);

    connect(m_diskType, &QComboBox::currentIndexChanged, this, [this] {
        draft()->update([this](PurchaseOrder &o) {
            o.systemDisk.type = m_diskType->currentData().toString();
            // One data disk of the system disk's type where the API has no list.
            if (!InstanceSettings::supported(o.api))
                for (PurchaseOrder::Disk &disk : o.dataDisks)
                    disk.type = o.systemDisk.type;
        });
        syncFromOrder();
    });
    connect(m_systemSize, &QSpinBox::valueChanged, this,
            [this](int value) { draft()->update([value](PurchaseOrder &o) { o.systemDisk.size = value; }); });
    connect(m_dataSize, &QSpinBox::valueChanged, this, [this](int value) {
        draft()->update([value](PurchaseOrder &o) {
            o.dataDisks.clear();
            if (value > 0)
                o.dataDisks.append({o.systemDisk.type, value});
        });
    });
    connect(m_addDisk, &QPushButton::clicked, this, &StoragePage::addDisk);
}

bool StoragePage::hasDiskList() const
{
    return InstanceSettings::maxDataDisks(draft()->order().api) > 1;
}

void StoragePage::fillDiskTypes(QComboBox *box) const
{
    // Types the order cannot take stay visible, disabled, with the reason.
    const PurchaseOrder &order = draft()->order();
    box->clear();
    for (const ApiProtocol::Choice &choice : ApiProtocol::forApi(order.api).diskTypes(order)) {
        box->addItem(choice.label, choice.value);
        if (choice.unavailableReason.isEmpty())
            continue;
        QStandardItem *item = qobject_cast<QStandardItemModel *>(box->model())->item(box->count() - 1);
        item->setEnabled(false);
        item->setToolTip(choice.unavailableReason);
    }
}

void StoragePage::addDisk()
{
    const PurchaseOrder &order = draft()->order();
    const ApiProtocol &protocol = ApiProtocol::forApi(order.api);
    if (order.dataDisks.size() >= InstanceSettings::maxDataDisks(order.api))
        return;
    const ApiProtocol::DiskSizes sizes = protocol.diskSizes(order);
    // A new disk takes the system disk's type unless that is a local one (an instance has one local data disk
    // at most), and a usual size within the range.
    QString type = order.systemDisk.type;
    if (type.startsWith("LOCAL_"_L1) || type.isEmpty()) {
        const QList<ApiProtocol::Choice> types = protocol.diskTypes(order);
        type = types.isEmpty() ? QString() : types.first().value;
    }
    const int size = std::clamp(50, sizes.dataMin, std::max(sizes.dataMin, sizes.dataMax));
    draft()->update([&](PurchaseOrder &o) { o.dataDisks.append({type, size}); });
    syncDiskList();
    if (!m_diskRows.isEmpty()) {
        m_diskRows.last().type->setFocus(Qt::TabFocusReason);
        m_diskScroll->ensureWidgetVisible(m_diskRows.last().type);
    }
}

void StoragePage::removeDisk(int index)
{
    draft()->update([index](PurchaseOrder &o) { InstanceSettings::removeDataDisk(&o, index); });
    syncDiskList();
    // The keyboard stays in the list: on the disk that took its place, or on Add.
    if (index < m_diskRows.size())
        m_diskRows.at(index).remove->setFocus(Qt::TabFocusReason);
    else if (!m_diskRows.isEmpty())
        m_diskRows.last().remove->setFocus(Qt::TabFocusReason);
    else
        m_addDisk->setFocus(Qt::TabFocusReason);
}

void StoragePage::syncDiskList()
{
    const PurchaseOrder &order = draft()->order();
    const ApiProtocol &protocol = ApiProtocol::forApi(order.api);
    const int count = int(order.dataDisks.size());
    while (m_diskRows.size() > count) {
        const DiskRow row = m_diskRows.takeLast();
        for (QWidget *w : std::initializer_list<QWidget *>{row.number, row.type, row.size,
                                                           row.deleteWithInstance, row.remove})
            w->deleteLater();
        for (QWidget *w : std::initializer_list<QWidget *>{row.number, row.type, row.size,
                                                           row.deleteWithInstance, row.remove})
            w->hide();
    }
    while (m_diskRows.size() < count) {
        const int index = int(m_diskRows.size());
        const int shown = index + 1;
        DiskRow row{new QLabel(tr("%1.").arg(shown), m_diskRowsHost), new QComboBox(m_diskRowsHost),
                    new QSpinBox(m_diskRowsHost),
                    new QCheckBox(tr("Delete with the instance"), m_diskRowsHost),
                    new QPushButton(tr("Remove"), m_diskRowsHost)};
        row.type->setObjectName(u"dataDiskType_%1"_s.arg(index));
        row.size->setObjectName(u"dataDiskSize_%1"_s.arg(index));
        row.deleteWithInstance->setObjectName(u"dataDiskDelete_%1"_s.arg(index));
        row.remove->setObjectName(u"dataDiskRemove_%1"_s.arg(index));
        row.type->setAccessibleName(tr("Data disk %1 type").arg(shown));
        row.size->setAccessibleName(tr("Data disk %1 size").arg(shown));
        row.deleteWithInstance->setAccessibleName(tr("Delete data disk %1 with the instance").arg(shown));
        row.remove->setAccessibleName(tr("Remove data disk %1").arg(shown));
        row.size->setRange(0, kAnySize); // what is typed stays as typed; the problem line names the rule
        row.size->setSuffix(tr(" GB"));
        row.size->setMinimumWidth(row.size->fontMetrics().horizontalAdvance(u"32,000 GB"_s) + 40);
        row.type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.type->setMinimumContentsLength(12);
        row.remove->setAutoDefault(false);
        m_diskGrid->addWidget(row.number, index, 0);
        m_diskGrid->addWidget(row.type, index, 1);
        m_diskGrid->addWidget(row.size, index, 2);
        m_diskGrid->addWidget(row.deleteWithInstance, index, 3);
        m_diskGrid->addWidget(row.remove, index, 4);
        connect(row.type, &QComboBox::currentIndexChanged, this, [this, index] {
            const QString type = m_diskRows.at(index).type->currentData().toString();
            draft()->update([&](PurchaseOrder &o) {
                if (index < o.dataDisks.size())
                    o.dataDisks[index].type = type;
            });
        });
        connect(row.size, &QSpinBox::valueChanged, this, [this, index](int value) {
            draft()->update([&](PurchaseOrder &o) {
                if (index < o.dataDisks.size())
                    o.dataDisks[index].size = value;
            });
        });
        connect(row.deleteWithInstance, &QCheckBox::toggled, this, [this, index](bool on) {
            // Checked is the API's default: the order says so only when it is not.
            draft()->update([&](PurchaseOrder &o) {
                InstanceSettings::setDeleteWithInstance(&o, index,
                                                        on ? std::nullopt : std::optional<bool>(false));
            });
        });
        connect(row.remove, &QPushButton::clicked, this, [this, index] { removeDisk(index); });
        m_diskRows.append(row);
        for (QWidget *w : std::initializer_list<QWidget *>{row.number, row.type, row.size,
                                                           row.deleteWithInstance, row.remove})
            w->show();
    }

    const ApiProtocol::DiskSizes sizes = protocol.diskSizes(order);
    const QLocale locale;
    const QString range = tr("%1 to %2 GB in steps of %3")
                              .arg(locale.toString(sizes.dataMin), locale.toString(sizes.dataMax))
                              .arg(sizes.dataStep);
    for (int i = 0; i < count; ++i) {
        const DiskRow &row = m_diskRows.at(i);
        const PurchaseOrder::Disk &disk = order.dataDisks.at(i);
        const QSignalBlocker b1(row.type), b2(row.size), b3(row.deleteWithInstance);
        fillDiskTypes(row.type);
        int at = row.type->findData(disk.type);
        if (at < 0 && !disk.type.isEmpty()) {
            row.type->addItem(disk.type,
                              disk.type); // as the template says: its problem line tells what is wrong
            at = row.type->count() - 1;
        }
        row.type->setCurrentIndex(std::max(0, at));
        row.size->setSingleStep(sizes.dataStep);
        row.size->setValue(disk.size);
        row.size->setAccessibleDescription(range);
        row.size->setToolTip(range);
        row.deleteWithInstance->setChecked(InstanceSettings::deleteWithInstanceOf(order, i).value_or(true));
    }
    const int most = InstanceSettings::maxDataDisks(order.api);
    m_addDisk->setEnabled(count < most);
    m_disksNote->setText(
        count == 0
            ? tr("No data disks. Each is %1; up to %2, at most one of them local.").arg(range).arg(most)
            : tr("%1 of %2 data disks. Each is %3; at most one of them local.")
                  .arg(count)
                  .arg(most)
                  .arg(range));
    m_addDisk->setToolTip(count < most ? QString() : tr("An instance has at most %1 data disks.").arg(most));
    m_diskScroll->setVisible(count > 0);
    if (count > 0) {
        m_diskRowsHost->adjustSize();
        const int rowHeight =
            m_diskGrid->itemAtPosition(0, 1)->widget()->sizeHint().height() + m_diskGrid->verticalSpacing();
        const QMargins margins = m_diskGrid->contentsMargins();
        m_diskScroll->setFixedHeight(std::min(count, kVisibleDiskRows) * rowHeight + margins.top() +
                                     margins.bottom() + 2 * m_diskScroll->frameWidth());
    }

    // The keyboard goes through the rows in order, then to Add.
    QWidget *previous = m_dataSize;
    for (const DiskRow &row : std::as_const(m_diskRows)) {
        for (QWidget *w :
             std::initializer_list<QWidget *>{row.type, row.size, row.deleteWithInstance, row.remove}) {
            QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }
    QWidget::setTabOrder(previous, m_addDisk);
}

void StoragePage::syncFromOrder()
{
    // The disk types, sizes and rules of the order's API, as its protocol describes them for this order.
    const PurchaseOrder &order = draft()->order();
    const ApiProtocol &protocol = ApiProtocol::forApi(order.api);
    const QSignalBlocker typeBlocker(m_diskType);
    const QSignalBlocker systemBlocker(m_systemSize);
    const QSignalBlocker dataBlocker(m_dataSize);

    fillDiskTypes(m_diskType);
    m_diskType->setCurrentIndex(std::max(0, m_diskType->findData(order.systemDisk.type)));

    const ApiProtocol::DiskSizes sizes = protocol.diskSizes(order);
    // The boxes take any size, wider than the rules: what is typed stays as typed (55 is not cut to 5), the
    // note beside each names the sizes allowed and the problem line says what is wrong with the one typed.
    m_systemSize->setRange(0, kAnySize);
    m_systemSize->setSingleStep(sizes.systemStep);
    m_systemSize->setValue(order.systemDisk.size);
    // A size that cannot be chosen (API 2.0's Windows disk) is shown, not edited, unless it needs mending.
    const bool systemFits =
        order.systemDisk.size >= sizes.systemMin && order.systemDisk.size <= sizes.systemMax;
    m_systemSize->setEnabled(sizes.systemMin < sizes.systemMax || !systemFits);
    m_systemNote->setText(sizes.systemNote);
    problemLineOf(m_systemSize)->setFieldNote(sizes.systemNote); // read with the spin box

    // One data disk, or a list of them, as the API buys.
    const bool list = hasDiskList();
    setSubTitle(list ? tr("The system disk's type and size, and the data disks, each of its own type.")
                     : tr("The disk type applies to both the system disk and the data disk."));
    m_diskType->setAccessibleName(list ? tr("System disk type") : tr("Disk type"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_dataLabel, m_dataSize, m_dataNote, m_dataReason})
        w->setVisible(!list);
    m_disksLabel->setVisible(list);
    m_disks->setVisible(list);
    setProblemLineActive(m_dataSize, !list);
    setProblemLineActive(m_disks, list);
    if (list) {
        syncDiskList();
        return;
    }
    m_dataSize->setRange(0, kAnySize);
    m_dataSize->setSingleStep(sizes.dataStep);
    m_dataSize->setValue(order.dataDisks.isEmpty() ? 0 : order.dataDisks.first().size);
    m_dataNote->setText(sizes.dataNote);
    problemLineOf(m_dataSize)->setFieldNote(sizes.dataNote);
}
