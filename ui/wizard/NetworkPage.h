#pragma once

#include "wizard/OrderPage.h"

class ProblemLabel;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// Step 6: basic network or VPC, bandwidth billing and size, public IP and the API's own network settings
// (API 2.0's VPC gateway), as the order's protocol describes them.
class NetworkPage final : public OrderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPage)

public:
    explicit NetworkPage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    void build() override;
    void syncFromOrder() override;
    void orderReplaced() override;
    // A VPC chosen needs its ids: with neither, the order would quietly go to the basic network.
    bool pageComplete() const override;

private:
    void fillChoices();
    int m_choicesApi = -1;
    bool vpcIdsMissing() const;
    bool orderHasVpc() const;

    QRadioButton *m_basic = nullptr;
    QRadioButton *m_vpc = nullptr;
    QLineEdit *m_vpcId = nullptr;
    QLineEdit *m_subnetId = nullptr;
    QComboBox *m_billing = nullptr;
    QSpinBox *m_bandwidth = nullptr;
    QCheckBox *m_publicIp = nullptr;
    QWidget *m_flags = nullptr;
    QList<QCheckBox *> m_flagBoxes;
    // The VPC radio button chosen while its ids are still empty: a choice the order cannot hold yet.
    bool m_vpcChosen = false;
    ProblemLabel *m_vpcMissing = nullptr;
    ProblemLabel *m_publicIpNote = nullptr;
};
