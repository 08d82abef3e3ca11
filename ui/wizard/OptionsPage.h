#pragma once

#include "OrderPage.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

// Step 8: name, project, quantity and the agents.
class OptionsPage final : public OrderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsPage)

public:
    explicit OptionsPage(WizardContext *context, QWidget *parent = nullptr);

protected:
    void syncFromOrder() override;

private:
    QLineEdit *m_name;
    QSpinBox *m_project;
    QSpinBox *m_quantity;
    QCheckBox *m_security;
    QCheckBox *m_monitor;
};
