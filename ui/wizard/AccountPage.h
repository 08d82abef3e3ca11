#pragma once

#include "Credentials.h"
#include "OrderPage.h"

class CloudQueries;
class ProblemLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Step 1: which credentials (the sandbox's demo account, the environment, or
// a keychain profile), which endpoint, and a real call to check both.
class AccountPage final : public OrderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPage)

public:
    explicit AccountPage(WizardContext *context, QWidget *parent = nullptr);

protected:
    bool pageComplete() const override;

private:
    void fillSources(const QString &select);
    void sourceChosen();
    void applyConnection();
    void testConnection();
    void manageCredentials();

    QComboBox *m_credentials;
    QPushButton *m_manage;
    QLabel *m_credentialsDetail;
    QLineEdit *m_endpoint;
    ProblemLabel *m_endpointProblem;
    QPushButton *m_test;
    QLabel *m_testResult;
    CloudQueries *m_queries;
    Credentials m_chosen; // complete once the chosen source has given its keys
    bool m_valid = false;
};
