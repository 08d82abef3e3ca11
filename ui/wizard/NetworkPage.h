#pragma once

#include "protocol/ApiReplies.h"
#include "wizard/OrderPage.h"

class FittedList;
class LookupStatus;
class ProblemLabel;
class QFormLayout;
class QLabel;
class QListWidgetItem;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// Step 6: basic network or VPC, bandwidth billing and size, public IP and the API's own network settings
// (API 2.0's VPC gateway), as the order's protocol describes them. With an API that lists the account's VPCs,
// subnets and security groups (3.0), each is a choice from those lists, and an id can still be typed.
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
    // The lookups of the account's resources, asked again when what they depend on changed.
    void lookUp();
    void loadVpcs();
    void loadSubnets();
    void loadSecurityGroups();
    void showVpcs();
    void showSubnets();
    void showSecurityGroups();
    void groupChecked(QListWidgetItem *item);
    QString subnetsKey() const;

    QFormLayout *m_form = nullptr;
    QComboBox *m_vpcChoice = nullptr;
    QComboBox *m_subnetChoice = nullptr;
    LookupStatus *m_vpcStatus = nullptr;
    LookupStatus *m_subnetStatus = nullptr;
    ProblemLabel *m_subnetZone = nullptr;
    QLabel *m_noLookups = nullptr;
    FittedList *m_groups = nullptr;
    QLabel *m_groupCount = nullptr;
    ProblemLabel *m_groupLimit = nullptr;
    LookupStatus *m_groupStatus = nullptr;
    QLineEdit *m_groupIds = nullptr;
    // What each list was last asked for (empty: ask again); the lists as answered.
    QString m_vpcsKey;
    QString m_subnetsKey;
    QString m_groupsKey;
    bool m_subnetsLoaded = false;
    QList<ApiReplies::Vpc> m_vpcList;
    QList<ApiReplies::Subnet> m_subnetList;
    QList<ApiReplies::SecurityGroup> m_groupList;

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
