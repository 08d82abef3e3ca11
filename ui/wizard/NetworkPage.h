#pragma once

#include "OrderPage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// Step 6: basic network or VPC, bandwidth billing and size, public IP and
// the VPC gateway.
class NetworkPage final : public OrderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPage)

public:
    explicit NetworkPage(WizardContext *context, QWidget *parent = nullptr);

protected:
    void syncFromOrder() override;

private:
    void updateEnabled();

    QRadioButton *m_basic;
    QRadioButton *m_vpc;
    QLineEdit *m_vpcId;
    QLineEdit *m_subnetId;
    QComboBox *m_billing;
    QSpinBox *m_bandwidth;
    QCheckBox *m_publicIp;
    QCheckBox *m_gateway;
};
