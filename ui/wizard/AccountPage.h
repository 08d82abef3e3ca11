#pragma once

#include "secrets/Credentials.h"
#include "wizard/OrderPage.h"

class CloudQueries;
class ProblemLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Step 1: which credentials (the sandbox's demo account, the environment, or
// a keychain profile), which API they buy through, which endpoint, and a real
// call to check them.
// Unlike the other pages it is built at once: it is the first page shown, and
// its choice sets the connection that resuming and tracking purchases use even
// while the wizard is not on screen.
class AccountPage final : public OrderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPage)

public:
    explicit AccountPage(WizardContext *context, QWidget *parent = nullptr);

protected:
    void build() override;
    bool pageComplete() const override;

private:
    void fillSources(const QString &select);
    void sourceChosen();
    void applyConnection();
    void testConnection();
    void manageCredentials();
    // The API of the chosen source: the profile's setting, CVM_PURCHASER_API for the environment, the
    // user's choice on the sandbox (which serves both).
    PurchaseOrder::Api sourceApi() const;
    void apiChosen();
    // The API box and the endpoint field follow the order's API (an opened template has its own).
    void showOrderApi();

    QComboBox *m_credentials = nullptr;
    QPushButton *m_manage = nullptr;
    QLabel *m_credentialsDetail = nullptr;
    QComboBox *m_api = nullptr;
    QLineEdit *m_endpoint = nullptr;
    ProblemLabel *m_endpointProblem = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    CloudQueries *m_queries = nullptr;
    Credentials m_chosen; // complete once the chosen source has given its keys
    bool m_valid = false;
};
