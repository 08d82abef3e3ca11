#pragma once

#include "OrderPage.h"

class CloudQueries;
class ProblemLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Step 1: which credentials, which endpoint, and a real call to check both.
class AccountPage final : public OrderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPage)

public:
    explicit AccountPage(WizardContext *context, QWidget *parent = nullptr);

protected:
    bool pageComplete() const override;

private:
    void applyConnection();
    void testConnection();

    QComboBox *m_credentials;
    QLabel *m_credentialsDetail;
    QLineEdit *m_endpoint;
    ProblemLabel *m_endpointProblem;
    QPushButton *m_test;
    QLabel *m_testResult;
    CloudQueries *m_queries;
    bool m_valid = false;
};
