#pragma once

#include "settings/NetworkSettings.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class SecretStore;

// "Preferences…": the language (after a restart) and the network proxy (at
// once). Both are kept in the product's settings file; a proxy password only
// in the SecretStore (the OS keychain). Read-only where nothing may be
// written (a sandbox run): everything is shown, nothing can be changed.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // The key AppLanguage reads at start-up: "en", "zh_CN", or absent for the system's language.
    static constexpr const char *kLanguageKey = "language";

    PreferencesDialog(SecretStore *secrets, bool readOnly, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    bool isReadOnly() const { return m_readOnly; }
    // The proxy as the form shows it now.
    NetworkSettings::Proxy proxy() const;
    // Checks, saves and applies; closes once the keychain has the password (if one was typed).
    void accept() override;

Q_SIGNALS:
    // The settings were written and the proxy applied to the application.
    void saved();

private:
    void load();
    void updateEnabled();
    void updateProblems();
    void finishSaving(const QString &keychainProblem);

    SecretStore *m_secrets;
    bool m_readOnly;
    bool m_saving = false;
    QComboBox *m_language;
    QButtonGroup *m_modes;
    QRadioButton *m_system;
    QRadioButton *m_none;
    QRadioButton *m_manual;
    QComboBox *m_type;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_problems;
    QLabel *m_status;
    QWidget *m_manualForm;
};
