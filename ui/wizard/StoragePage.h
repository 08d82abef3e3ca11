#pragma once

#include "OrderPage.h"

class QComboBox;
class QLabel;
class QSpinBox;

// Step 5: disk type, system disk and data disk sizes, in steps of 10 GB.
class StoragePage final : public OrderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoragePage)

public:
    explicit StoragePage(WizardContext *context, QWidget *parent = nullptr);

protected:
    void syncFromOrder() override;

private:
    QComboBox *m_storageType;
    QSpinBox *m_rootSize;
    QLabel *m_rootNote;
    QSpinBox *m_dataSize;
    QLabel *m_dataNote;
};
