#include "wizard/StoragePage.h"

#include "order/OrderDraft.h"
#include "protocol/ApiProtocol.h"
#include "wizard/ProblemLabel.h"
#include "wizard/WizardContext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace {
// More than any rule allows, so that a box never cuts what is typed.
constexpr int kAnySize = 9'999'999;
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
    m_diskType->setObjectName(u"diskType"_s);
    m_systemSize->setObjectName(u"systemDiskSize"_s);
    m_dataSize->setObjectName(u"dataDiskSize"_s);
    m_systemNote->setObjectName(u"systemDiskNote"_s);
    m_dataNote->setObjectName(u"dataDiskNote"_s);

    m_systemSize->setSuffix(tr(" GB"));
    m_systemNote->setWordWrap(true);
    m_dataSize->setSuffix(tr(" GB"));
    m_dataSize->setSpecialValueText(tr("None"));
    m_dataNote->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, tr("&Disk type:"), m_diskType, {u"diskType"_s});
    addRow(form, tr("&System disk:"), m_systemSize, {u"systemDisk"_s});
    form->addRow(QString(), m_systemNote);
    addRow(form, tr("D&ata disk:"), m_dataSize, {u"dataDisks"_s});
    form->addRow(QString(), m_dataNote);

    // One data disk here, of the system disk's type.
    connect(m_diskType, &QComboBox::currentIndexChanged, this, [this] {
        draft()->update([this](PurchaseOrder &o) {
            o.systemDisk.type = m_diskType->currentData().toString();
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
}

void StoragePage::syncFromOrder()
{
    // The disk types, sizes and rules of the order's API, as its protocol describes them for this order.
    const PurchaseOrder &order = draft()->order();
    const ApiProtocol &protocol = ApiProtocol::forApi(order.api);
    const QSignalBlocker typeBlocker(m_diskType);
    const QSignalBlocker systemBlocker(m_systemSize);
    const QSignalBlocker dataBlocker(m_dataSize);

    m_diskType->clear();
    // Types the order cannot take stay visible, disabled, with the reason.
    for (const ApiProtocol::Choice &choice : protocol.diskTypes(order)) {
        m_diskType->addItem(choice.label, choice.value);
        if (choice.unavailableReason.isEmpty())
            continue;
        QStandardItem *item = qobject_cast<QStandardItemModel *>(m_diskType->model())->item(m_diskType->count() - 1);
        item->setEnabled(false);
        item->setToolTip(choice.unavailableReason);
    }
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
    m_dataSize->setRange(0, kAnySize);
    m_dataSize->setSingleStep(sizes.dataStep);
    m_dataSize->setValue(order.dataDisks.isEmpty() ? 0 : order.dataDisks.first().size);
    m_dataNote->setText(sizes.dataNote);
    problemLineOf(m_dataSize)->setFieldNote(sizes.dataNote);
}
