#pragma once

#include "wizard/OrderPage.h"

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;

// Step 5: disk type, system disk and data disks: the choices and limits the order's protocol gives for the
// order as it stands (its instance type, its OS). An API with one data disk per instance (2.0) has one size
// box for it, of the system disk's type; one with more (3.0) a list of disks, each with its own type, size
// and whether it goes with its instance.
class StoragePage final : public OrderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoragePage)

public:
    explicit StoragePage(WizardContext *context, QWidget *parent = nullptr);

protected:
    void build() override;
    void syncFromOrder() override;

private:
    // One row of the data disk list.
    struct DiskRow
    {
        QLabel *number;
        QComboBox *type;
        QSpinBox *size;
        QCheckBox *deleteWithInstance;
        QPushButton *remove;
    };
    void syncDiskList();
    void addDisk();
    void removeDisk(int index);
    void fillDiskTypes(QComboBox *box) const;
    bool hasDiskList() const;

    QComboBox *m_diskType = nullptr;
    QSpinBox *m_systemSize = nullptr;
    QLabel *m_systemNote = nullptr;
    // One data disk (API 2.0)
    QLabel *m_dataLabel = nullptr;
    QSpinBox *m_dataSize = nullptr;
    QLabel *m_dataNote = nullptr;
    QLabel *m_dataReason = nullptr; // why there is only one
    // Data disk list (API 3.0)
    QLabel *m_disksLabel = nullptr;
    QWidget *m_disks = nullptr;
    QScrollArea *m_diskScroll = nullptr;
    QWidget *m_diskRowsHost = nullptr;
    QGridLayout *m_diskGrid = nullptr;
    QList<DiskRow> m_diskRows;
    QPushButton *m_addDisk = nullptr;
    QLabel *m_disksNote = nullptr;
};
