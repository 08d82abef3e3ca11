#include "wizard/StoragePage.h"

#include "order/Catalog.h"
#include "order/OrderDraft.h"
#include "protocol/ApiProtocol.h"
#include "wizard/Format.h"
#include "wizard/WizardContext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

StoragePage::StoragePage(WizardContext *context, QWidget *parent)
    : OrderPage(context, {u"storageType"_s, u"rootSize"_s, u"storageSize"_s, u"systemDisk"_s, u"dataDisks"_s},
                parent)
{
    setTitle(tr("Storage"));
    setSubTitle(tr("The disk type applies to both the system disk and the data disk."));
}

void StoragePage::build()
{
    m_storageType = new QComboBox(this);
    m_rootSize = new QSpinBox(this);
    m_rootNote = new QLabel(this);
    m_dataSize = new QSpinBox(this);
    m_dataNote = new QLabel(this);
    m_storageType->setObjectName(u"storageType"_s);
    m_rootSize->setObjectName(u"rootSize"_s);
    m_dataSize->setObjectName(u"storageSize"_s);

    m_rootSize->setRange(10, 50);
    m_rootSize->setSingleStep(10);
    m_rootSize->setSuffix(tr(" GB"));
    m_rootNote->setWordWrap(true);
    m_dataSize->setRange(0, 16000);
    m_dataSize->setSingleStep(10);
    m_dataSize->setSuffix(tr(" GB"));
    m_dataSize->setSpecialValueText(tr("None"));
    m_dataNote->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, tr("&Disk type:"), m_storageType, {u"storageType"_s});
    addRow(form, tr("&System disk:"), m_rootSize, {u"rootSize"_s, u"systemDisk"_s});
    form->addRow(QString(), m_rootNote);
    addRow(form, tr("D&ata disk:"), m_dataSize, {u"storageSize"_s, u"dataDisks"_s});
    form->addRow(QString(), m_dataNote);

    // With its own disk types the API takes a system disk and a list of data disks (one here, of the same type).
    connect(m_storageType, &QComboBox::currentIndexChanged, this, [this] {
        const bool own = ownDiskTypes();
        draft()->update([this, own](PurchaseOrder &o) {
            if (!own) {
                o.storageType = m_storageType->currentData().toInt();
                return;
            }
            o.systemDiskType = m_storageType->currentData().toString();
            for (PurchaseOrder::DataDisk &disk : o.dataDisks)
                disk.type = o.systemDiskType;
        });
        syncFromOrder();
    });
    connect(m_rootSize, &QSpinBox::valueChanged, this, [this](int value) {
        const bool own = ownDiskTypes();
        draft()->update([value, own](PurchaseOrder &o) { (own ? o.systemDiskSize : o.rootSize) = value; });
    });
    connect(m_dataSize, &QSpinBox::valueChanged, this, [this](int value) {
        const bool own = ownDiskTypes();
        draft()->update([value, own](PurchaseOrder &o) {
            if (!own) {
                o.storageSize = value;
                return;
            }
            o.dataDisks.clear();
            if (value > 0)
                o.dataDisks.append({o.systemDiskType, value});
        });
    });
}

bool StoragePage::ownDiskTypes() const
{
    return !ApiProtocol::forApi(draft()->order().api).diskTypes().isEmpty();
}

void StoragePage::fillTypes()
{
    const PurchaseOrder::Api api = draft()->order().api;
    if (m_typesApi == int(api))
        return;
    m_typesApi = int(api);
    const QSignalBlocker blocker(m_storageType);
    m_storageType->clear();
    const QList<ApiProtocol::Choice> own = ApiProtocol::forApi(api).diskTypes();
    for (const ApiProtocol::Choice &choice : own)
        m_storageType->addItem(choice.label, choice.value);
    if (own.isEmpty())
        for (const Catalog::StorageType &s : Catalog::builtIn().storageTypes())
            m_storageType->addItem(Format::localized(s.nameEn, s.nameZh), s.id);
}

void StoragePage::syncFromOrder()
{
    fillTypes();
    const PurchaseOrder &order = draft()->order();
    if (ownDiskTypes()) {
        const ApiProtocol::DiskSizes sizes = ApiProtocol::forApi(order.api).diskSizes(order.osFamily);
        const QSignalBlocker typeBlocker(m_storageType);
        const QSignalBlocker rootBlocker(m_rootSize);
        const QSignalBlocker dataBlocker(m_dataSize);
        m_storageType->setCurrentIndex(std::max(0, m_storageType->findData(order.systemDiskType)));
        const QLocale locale;
        m_rootSize->setEnabled(true);
        m_rootSize->setRange(sizes.systemMin, sizes.systemMax);
        m_rootSize->setValue(order.systemDiskSize);
        m_rootNote->setText(
            tr("%1 to %2 GB.").arg(locale.toString(sizes.systemMin), locale.toString(sizes.systemMax)));
        m_dataSize->setRange(0, sizes.dataMax);
        m_dataSize->setSingleStep(sizes.dataStep);
        m_dataSize->setValue(order.dataDisks.isEmpty() ? 0 : order.dataDisks.first().size);
        m_dataNote->setText(tr("None, or %1 to %2 GB in steps of %3.")
                                .arg(locale.toString(sizes.dataMin), locale.toString(sizes.dataMax))
                                .arg(sizes.dataStep));
        return;
    }
    m_rootSize->setRange(10, 50);
    m_dataSize->setSingleStep(10);
    const Catalog &catalog = Catalog::builtIn();
    const Catalog::InstanceType *type = catalog.instanceType(order.instanceType);

    // Disk types the instance type is not sold with stay visible, disabled, with the reason.
    auto *model = qobject_cast<QStandardItemModel *>(m_storageType->model());
    for (int row = 0; row < m_storageType->count(); ++row) {
        QStandardItem *item = model->item(row);
        const bool offered = !type || type->storageTypes.contains(item->data(Qt::UserRole).toInt());
        item->setEnabled(offered);
        item->setToolTip(offered ? QString() : tr("Not offered with %1.").arg(order.instanceType));
    }
    const QSignalBlocker typeBlocker(m_storageType);
    const QSignalBlocker rootBlocker(m_rootSize);
    const QSignalBlocker dataBlocker(m_dataSize);
    m_storageType->setCurrentIndex(std::max(0, m_storageType->findData(order.storageType)));

    const bool windows = order.osFamily == PurchaseOrder::OsFamily::Windows;
    m_rootSize->setValue(order.rootSize);
    m_rootSize->setEnabled(!windows);
    m_rootNote->setText(windows ? tr("Windows system disks are fixed at 50 GB, free of charge.")
                                : tr("20 to 50 GB in steps of 10; the first 20 GB are free."));

    if (const Catalog::StorageType *storage = catalog.storageType(order.storageType)) {
        const QLocale locale;
        m_dataSize->setMaximum(storage->dataMax);
        m_dataNote->setText(tr("None, or %1 to %2 GB in steps of 10.")
                                .arg(locale.toString(storage->dataMin), locale.toString(storage->dataMax)));
    }
    m_dataSize->setValue(order.storageSize);
}
