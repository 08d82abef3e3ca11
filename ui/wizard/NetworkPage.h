#pragma once

#include "wizard/OrderPage.h"

class ProblemLabel;
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
    void build() override;
    void syncFromOrder() override;
    // A VPC chosen needs its ids: with neither, the order would quietly go to the basic network.
    bool pageComplete() const override;

private:
    // The billing choices of the order's API: its own internet charge types when it names them.
    void fillBilling();
    bool ownBilling() const;
    int m_billingApi = -1;
    void updateEnabled();
    bool vpcIdsMissing() const;

    QRadioButton *m_basic = nullptr;
    QRadioButton *m_vpc = nullptr;
    QLineEdit *m_vpcId = nullptr;
    QLineEdit *m_subnetId = nullptr;
    QComboBox *m_billing = nullptr;
    QSpinBox *m_bandwidth = nullptr;
    QCheckBox *m_publicIp = nullptr;
    QCheckBox *m_gateway = nullptr;
    ProblemLabel *m_vpcMissing = nullptr;
};
