#pragma once

#include "protocol/ApiReplies.h"
#include "wizard/OrderPage.h"

class LookupStatus;
class ProblemLabel;
class QButtonGroup;
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
    // A password that meets the policy: 16 characters of every class, specials from the policy's.
    static QString generatePassword(const QString &specials);

protected:
    void build() override;
    void syncFromOrder() override;
    // A new order starts clean: the last order's password leaves both fields, and the first mode is chosen.
    void orderReplaced() override;
    bool pageComplete() const override;

private:
    enum class Mode { Password, Key, Generated };
    Mode mode() const;
    // Order <- the mode, password and key the user chose; then showMode().
    void applyMode();
    // The fields of the chosen mode enabled, the others not.
    void showMode();
    // The order's key pair highlighted in the list, or none.
    void showChosenKey();
    void updateChecklist();
    void loadKeys();
    void updateCopy();

    QButtonGroup *m_modes = nullptr;
    QRadioButton *m_passwordMode = nullptr;
    QRadioButton *m_keyMode = nullptr;
    QRadioButton *m_generatedMode = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_generate = nullptr;
    // Copying is offered for the password this page generated, while it is unchanged.
    QPushButton *m_copy = nullptr;
    QLabel *m_copyNote = nullptr;
    class SecretClipboard *m_clipboard = nullptr;
    QString m_generated;
    QLabel *m_checkLength = nullptr;
    QLabel *m_checkClasses = nullptr;
    QLabel *m_checkCharacters = nullptr;
    ProblemLabel *m_confirmProblem = nullptr;
    // What the key mode lacks (a key pair), said where Next is greyed for it.
    ProblemLabel *m_keyMissing = nullptr;
    QListWidget *m_keys = nullptr;
    LookupStatus *m_keyStatus = nullptr;
    QLabel *m_windowsNote = nullptr;
    bool m_keysLoaded = false;
};
