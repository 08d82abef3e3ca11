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
    void build() override;
    void syncFromOrder() override;

private:
    QComboBox *m_storageType = nullptr;
    QSpinBox *m_rootSize = nullptr;
    QLabel *m_rootNote = nullptr;
    QSpinBox *m_dataSize = nullptr;
    QLabel *m_dataNote = nullptr;
};
