#include "StoragePage.h"

#include "Catalog.h"
#include "Format.h"
#include "OrderDraft.h"
#include "WizardContext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

StoragePage::StoragePage(WizardContext *context, QWidget *parent)
    : OrderPage(context, {u"storageType"_s, u"rootSize"_s, u"storageSize"_s}, parent)
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
    for (const Catalog::StorageType &s : Catalog::builtIn().storageTypes())
        m_storageType->addItem(Format::localized(s.nameEn, s.nameZh), s.id);

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
    addRow(form, tr("&System disk:"), m_rootSize, {u"rootSize"_s});
    form->addRow(QString(), m_rootNote);
    addRow(form, tr("D&ata disk:"), m_dataSize, {u"storageSize"_s});
    form->addRow(QString(), m_dataNote);

    connect(m_storageType, &QComboBox::currentIndexChanged, this, [this] {
        draft()->update([this](PurchaseOrder &o) { o.storageType = m_storageType->currentData().toInt(); });
        syncFromOrder();
    });
    connect(m_rootSize, &QSpinBox::valueChanged, this,
            [this](int value) { draft()->update([value](PurchaseOrder &o) { o.rootSize = value; }); });
    connect(m_dataSize, &QSpinBox::valueChanged, this,
            [this](int value) { draft()->update([value](PurchaseOrder &o) { o.storageSize = value; }); });
}

void StoragePage::syncFromOrder()
{
    const PurchaseOrder &order = draft()->order();
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
