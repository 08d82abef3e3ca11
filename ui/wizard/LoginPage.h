#pragma once

#include "ApiReplies.h"
#include "OrderPage.h"

class LookupStatus;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

// Step 7: a password (with the OS family's policy as a live checklist, a
// confirmation and a generator), an SSH key (Linux only), or a password the
// cloud generates and sends by site message.
class LoginPage final : public OrderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginPage)

public:
    explicit LoginPage(WizardContext *context, QWidget *parent = nullptr);

    // A password that always meets the policy of the family.
    static QString generatePassword(PurchaseOrder::OsFamily family);

protected:
    void syncFromOrder() override;
    bool pageComplete() const override;

private:
    enum class Mode { Password, Key, Generated };
    Mode mode() const;
    void applyMode();
    void updateChecklist();
    void loadKeys();

    QRadioButton *m_passwordMode;
    QRadioButton *m_keyMode;
    QRadioButton *m_generatedMode;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QPushButton *m_generate;
    QLabel *m_checkLength;
    QLabel *m_checkClasses;
    QLabel *m_checkCharacters;
    QLabel *m_confirmProblem;
    QListWidget *m_keys;
    LookupStatus *m_keyStatus;
    QLabel *m_windowsNote;
    bool m_keysLoaded = false;
};
