#pragma once

#include "wizard/OrderPage.h"

class QComboBox;
class QLabel;
class QSpinBox;

// Step 5: disk type, system disk and data disk sizes, in steps of 10 GB: the
// built-in catalog's types, or those of the order's API when it names its own.
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
    // Whether the order's API names its own disk types (API 3.0: CLOUD_PREMIUM, ...); else the catalog's.
    bool ownDiskTypes() const;
    void fillTypes();

    int m_typesApi = -1; // the API whose disk types the list holds
    QComboBox *m_storageType = nullptr;
    QSpinBox *m_rootSize = nullptr;
    QLabel *m_rootNote = nullptr;
    QSpinBox *m_dataSize = nullptr;
    QLabel *m_dataNote = nullptr;
};
