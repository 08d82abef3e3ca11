#pragma once

#include "api/Endpoint.h"
#include "secrets/Credentials.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

#include <functional>

class ApiClient;
class CredentialStore;
class QNetworkAccessManager;
namespace Ui {
class CredentialsDialog;
}

// "Credentials…": the profiles of a CredentialStore with their SecretIds
// masked; add, edit, delete (after asking, in the dialog) and a real call
// (the zones of a region, in the profile's API) that shows whether a profile
// works. The SecretKey is typed into a password field and never shown again.
class CredentialsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsDialog)

public:
    // Where a profile of each API is tested: the window's endpoint in that API (WizardContext::endpointFor).
    using EndpointForApi = std::function<Endpoint(PurchaseOrder::Api)>;

    CredentialsDialog(CredentialStore *store, QNetworkAccessManager *network, EndpointForApi endpointFor,
                      QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    // The profile selected in the list, or an empty string.
    QString selectedProfile() const;

    // Esc leaves the profile form first; a second Esc closes the dialog.
    void reject() override;

    // The store whose profiles are shown: the one given, or the session-only
    // store the user switched to when the keychain had no backend.
    CredentialStore *store() const { return m_store; }

Q_SIGNALS:
    // The keychain had no backend and the user chose to keep credentials in
    // memory for this run: the application should use this store from now on.
    // It is a child of the store given to the constructor.
    void sessionOnlyStoreCreated(CredentialStore *store);

private:
    enum class Mode { Idle, Adding, Editing };

    void reloadProfiles(const QString &select = {});
    void updateButtons();
    void startAdding();
    void startEditing();
    void closeEditor();
    void updateEditorProblem();
    QString editorProblem() const;
    bool editorComplete() const;
    void save();
    void askDelete();
    void confirmDelete();
    void testSelected();
    void useSessionOnlyStore();
    void setStore(CredentialStore *store);
    void setBusy(bool busy);
    void showStatus(bool success, const QString &text);
    void showProgress(const QString &text);

    const QScopedPointer<Ui::CredentialsDialog> m_ui;
    CredentialStore *m_store = nullptr;
    QNetworkAccessManager *m_network;
    EndpointForApi m_endpointFor;
    Mode m_mode = Mode::Idle;
    QString m_editedName;
    bool m_busy = false;
    QPointer<ApiClient> m_client;
    // What a save that failed for want of a keychain was asked to store, kept
    // (in memory only) so that "Keep for this run only" needs no retyping.
    QString m_unsavedName;
    Credentials m_unsaved;
};
