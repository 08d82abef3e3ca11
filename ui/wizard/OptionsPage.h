#pragma once

#include "wizard/OrderPage.h"

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Step 8: name, host name and the names they make, project, quantity, the agents and the schedule.
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
    void showNames();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_hostName = nullptr;
    QLabel *m_hostNote = nullptr;
    QLabel *m_hostReason = nullptr; // why a 2.0 order has none
    QLabel *m_names = nullptr;      // the names the cloud gives, the first few
    QLabel *m_hostNames = nullptr;
    QPushButton *m_allNames = nullptr;
    QSpinBox *m_project = nullptr;
    QSpinBox *m_quantity = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QCheckBox *m_security = nullptr;
    QCheckBox *m_monitor = nullptr;
    QCheckBox *m_terminate = nullptr;
    QDateTimeEdit *m_terminateAt = nullptr;
    QLabel *m_terminateReason = nullptr;
};
