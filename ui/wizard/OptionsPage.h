#pragma once

#include "wizard/OrderPage.h"

class QCheckBox;
class QDateTimeEdit;
class QLabel;
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
    void build() override;
    void syncFromOrder() override;

private:
    QString quantityLabel() const;
    void setTerminateAt();

    QLineEdit *m_name = nullptr;
    QSpinBox *m_project = nullptr;
    QSpinBox *m_quantity = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QCheckBox *m_security = nullptr;
    QCheckBox *m_monitor = nullptr;
    QCheckBox *m_terminate = nullptr;
    QDateTimeEdit *m_terminateAt = nullptr;
    QLabel *m_terminateReason = nullptr;
};
