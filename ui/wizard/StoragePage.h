#pragma once

#include "wizard/OrderPage.h"

class QComboBox;
class QLabel;
class QSpinBox;

// Step 5: disk type, system disk and data disk sizes: the choices and limits the order's protocol gives
// for the order as it stands (its instance type, its OS).
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
    QComboBox *m_diskType = nullptr;
    QSpinBox *m_systemSize = nullptr;
    QLabel *m_systemNote = nullptr;
    QSpinBox *m_dataSize = nullptr;
    QLabel *m_dataNote = nullptr;
};
