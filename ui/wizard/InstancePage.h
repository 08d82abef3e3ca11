#pragma once

#include "OrderPage.h"

class QButtonGroup;
class QComboBox;
class QGridLayout;
class QLabel;

// Step 3: instance type, then CPU and memory from a grid (cores down, memory
// across) in which only the combinations sold for the type can be chosen.
class InstancePage final : public OrderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancePage)

public:
    explicit InstancePage(WizardContext *context, QWidget *parent = nullptr);

protected:
    void build() override;
    void syncFromOrder() override;

private:
    void rebuildGrid();
    void typeChosen();

    QComboBox *m_type = nullptr;
    QLabel *m_description = nullptr;
    QWidget *m_gridHost = nullptr;
    QGridLayout *m_grid = nullptr;
    QButtonGroup *m_choices = nullptr;
    QLabel *m_adjusted = nullptr;
};
