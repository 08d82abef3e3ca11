#include "credentials/CredentialsDialog.h"

#include "api/ApiClient.h"
#include "api/CloudQueries.h"
#include "credentials/SecretField.h"
#include "order/Catalog.h"
#include "protocol/ApiProtocol.h"
#include "protocol/ProfileApi.h"
#include "secrets/CredentialStore.h"
#include "secrets/Redaction.h"
#include "ui_CredentialsDialog.h"

#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kNameRole = Qt::UserRole;

bool hasSpace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}
} // namespace

CredentialsDialog::CredentialsDialog(CredentialStore *store, QNetworkAccessManager *network,
                                     EndpointForApi endpointFor, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::CredentialsDialog), m_network(network),
      m_endpointFor(std::move(endpointFor))
{
    m_ui->setupUi(this);
    m_ui->sessionOnlyButton->hide();
    for (QLineEdit *secret : {m_ui->secretKeyEdit, m_ui->sessionTokenEdit}) {
        secret->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase |
                                    Qt::ImhHiddenText);
        SecretField::protect(secret);
    }
    for (const Catalog::Region &region : Catalog::builtIn().regions())
        m_ui->regionCombo->addItem(u"%1 (%2)"_s.arg(region.name(), region.code),
                                   region.code);
    m_ui->regionCombo->setCurrentIndex(std::max(0, m_ui->regionCombo->findData(u"gz"_s)));
    m_ui->confirmFrame->hide();
    m_ui->statusIcon->hide();
    // Room for a SecretId and the hints in the fields, in any font, within the screen; still resizable.
    // Measured on Latin text: a Chinese font's average character is about twice as wide.
    const QSize room(fontMetrics().horizontalAdvance(u'x') * 110, fontMetrics().height() * 24);
    resize(sizeHint().expandedTo(room).boundedTo(screen()->availableGeometry().size() * 9 / 10));

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &CredentialsDialog::updateButtons);
    connect(m_ui->profileList, &QListWidget::itemActivated, this, &CredentialsDialog::startEditing);
    connect(m_ui->addButton, &QPushButton::clicked, this, &CredentialsDialog::startAdding);
    connect(m_ui->editButton, &QPushButton::clicked, this, &CredentialsDialog::startEditing);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &CredentialsDialog::askDelete);
    connect(m_ui->confirmDeleteButton, &QPushButton::clicked, this, &CredentialsDialog::confirmDelete);
    connect(m_ui->keepButton, &QPushButton::clicked, this, [this] {
        m_ui->confirmFrame->hide();
        updateButtons();
        m_ui->profileList->setFocus();
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &CredentialsDialog::testSelected);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CredentialsDialog::save);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CredentialsDialog::closeEditor);
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->secretIdEdit, m_ui->secretKeyEdit, m_ui->sessionTokenEdit})
        connect(edit, &QLineEdit::textChanged, this, &CredentialsDialog::updateEditorProblem);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, &CredentialsDialog::useSessionOnlyStore);

    setStore(store);
    closeEditor();
}

void CredentialsDialog::setStore(CredentialStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    connect(m_store, &CredentialStore::profilesChanged, this, [this] { reloadProfiles(selectedProfile()); });
    if (m_store->isSessionOnly())
        m_ui->introLabel->setText(tr(
            "The system keychain is not available, so profiles are kept for this session only: they are held "
            "in memory and forgotten when CVM Purchaser quits. Nothing is written to disk."));
    reloadProfiles();
}

void CredentialsDialog::useSessionOnlyStore()
{
    m_ui->sessionOnlyButton->hide();
    if (m_unsavedName.isEmpty() || m_busy)
        return;
    // Owned by the store it stands in for, so that it outlives this dialog.
    CredentialStore *session = CredentialStore::createSessionOnly(m_store);
    setStore(session);
    Q_EMIT sessionOnlyStoreCreated(session);
    const QString name = m_unsavedName;
    const Credentials credentials = m_unsaved;
    m_unsavedName.clear();
    m_unsaved = {};
    setBusy(true);
    showProgress(tr("Saving profile “%1”…").arg(name));
    QPointer<CredentialsDialog> self(this);
    session->save(name, credentials, [self, name](CredentialStore::Error error, const QString &message) {
        if (!self)
            return;
        self->setBusy(false);
        if (error != CredentialStore::Error::None) {
            self->showStatus(false, message);
            return;
        }
        self->closeEditor();
        self->reloadProfiles(name);
        self->m_ui->profileList->setFocus();
        self->showStatus(true, tr("Profile “%1” is kept in memory for this run only.").arg(name));
    });
}

CredentialsDialog::~CredentialsDialog() = default;

QString CredentialsDialog::selectedProfile() const
{
    const QListWidgetItem *item = m_ui->profileList->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

void CredentialsDialog::reloadProfiles(const QString &select)
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    for (const CredentialStore::Profile &profile : m_store->profiles()) {
        const QString secretId = Redaction::maskSecretId(profile.secretId);
        auto *item = new QListWidgetItem(
            profile.hasSessionToken ? tr("%1 — SecretId %2, with a session token").arg(profile.name, secretId)
                                    : tr("%1 — SecretId %2").arg(profile.name, secretId),
            m_ui->profileList);
        item->setData(kNameRole, profile.name);
        if (profile.name == select)
            m_ui->profileList->setCurrentItem(item);
    }
    if (!m_ui->profileList->currentItem() && m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(0);
    updateButtons();
}

void CredentialsDialog::updateButtons()
{
    const bool idle = m_mode == Mode::Idle && !m_busy && m_ui->confirmFrame->isHidden();
    const bool selected = !selectedProfile().isEmpty();
    m_ui->profileList->setEnabled(m_mode == Mode::Idle && !m_busy);
    m_ui->addButton->setEnabled(idle);
    m_ui->editButton->setEnabled(idle && selected);
    m_ui->deleteButton->setEnabled(idle && selected);
    m_ui->testButton->setEnabled(idle && selected && !m_client);
    m_ui->editorGroup->setEnabled(m_mode != Mode::Idle && !m_busy);
    m_ui->saveButton->setEnabled(!m_busy && editorComplete() && editorProblem().isEmpty());
}

void CredentialsDialog::startAdding()
{
    m_mode = Mode::Adding;
    m_editedName.clear();
    m_ui->editorGroup->setTitle(tr("New profile"));
    m_ui->nameEdit->setReadOnly(false);
    // The first profile is usually the one used without --profile.
    m_ui->nameEdit->setText(m_store->profile(QString::fromLatin1(CredentialStore::kDefaultProfile))
                                ? QString()
                                : QString::fromLatin1(CredentialStore::kDefaultProfile));
    m_ui->secretIdEdit->clear();
    m_ui->secretKeyEdit->clear();
    m_ui->secretKeyEdit->setPlaceholderText({});
    m_ui->sessionTokenEdit->clear();
    m_ui->sessionTokenEdit->setPlaceholderText(tr("Optional, for temporary credentials"));
    m_ui->saveButton->setDefault(true);
    updateButtons();
    updateEditorProblem();
    (m_ui->nameEdit->text().isEmpty() ? m_ui->nameEdit : m_ui->secretIdEdit)->setFocus();
}

void CredentialsDialog::startEditing()
{
    const std::optional<CredentialStore::Profile> profile = m_store->profile(selectedProfile());
    if (!profile || m_mode != Mode::Idle || m_busy)
        return;
    m_mode = Mode::Editing;
    m_editedName = profile->name;
    m_ui->editorGroup->setTitle(tr("Edit profile “%1”").arg(profile->name));
    m_ui->nameEdit->setText(profile->name);
    m_ui->nameEdit->setReadOnly(true);
    m_ui->secretIdEdit->setText(profile->secretId);
    // The stored key is never read back into the form.
    m_ui->secretKeyEdit->clear();
    m_ui->secretKeyEdit->setPlaceholderText(tr("Leave empty to keep the stored key"));
    m_ui->sessionTokenEdit->clear();
    m_ui->sessionTokenEdit->setPlaceholderText(
        profile->hasSessionToken ? tr("Kept with the stored key; replaced when you enter a new key")
                                 : tr("Optional, for temporary credentials"));
    m_ui->saveButton->setDefault(true);
    updateButtons();
    updateEditorProblem();
    m_ui->secretIdEdit->setFocus();
}

void CredentialsDialog::closeEditor()
{
    m_unsavedName.clear();
    m_unsaved = {};
    m_ui->sessionOnlyButton->hide();
    m_mode = Mode::Idle;
    m_editedName.clear();
    m_ui->editorGroup->setTitle(tr("Profile"));
    for (QLineEdit *edit :
         {m_ui->nameEdit, m_ui->secretIdEdit, m_ui->secretKeyEdit, m_ui->sessionTokenEdit}) {
        const QSignalBlocker blocker(edit);
        edit->clear();
    }
    m_ui->secretKeyEdit->setPlaceholderText({});
    m_ui->nameEdit->setReadOnly(false);
    m_ui->editorProblem->clear();
    m_ui->editorProblem->hide();
    m_ui->saveButton->setDefault(false);
    updateButtons();
}

QString CredentialsDialog::editorProblem() const
{
    if (m_mode == Mode::Idle)
        return {};
    const QString name = m_ui->nameEdit->text();
    if (m_mode == Mode::Adding && !name.isEmpty()) {
        if (const QString problem = CredentialStore::nameProblem(name); !problem.isEmpty())
            return problem;
        if (m_store->profile(name))
            return tr("A profile named “%1” exists already: select it and choose Edit to change it.")
                .arg(name);
    }
    if (hasSpace(m_ui->secretIdEdit->text()))
        return tr("A SecretId has no spaces.");
    if (hasSpace(m_ui->secretKeyEdit->text()))
        return tr("A SecretKey has no spaces.");
    if (m_ui->secretKeyEdit->text().isEmpty() && !m_ui->sessionTokenEdit->text().isEmpty())
        return tr("Enter the SecretKey too: the session token is stored together with it.");
    return {};
}

bool CredentialsDialog::editorComplete() const
{
    // Editing may leave the key empty: the stored one is kept.
    return m_mode != Mode::Idle && !m_ui->nameEdit->text().isEmpty() &&
           !m_ui->secretIdEdit->text().isEmpty() &&
           (m_mode == Mode::Editing || !m_ui->secretKeyEdit->text().isEmpty());
}

void CredentialsDialog::updateEditorProblem()
{
    // Only what was typed is criticised; an empty field just keeps Save disabled.
    const QString problem = editorProblem();
    m_ui->editorProblem->setText(problem);
    m_ui->editorProblem->setVisible(!problem.isEmpty());
    updateButtons();
}

void CredentialsDialog::reject()
{
    // Esc first leaves the form, then closes the dialog.
    if (m_mode != Mode::Idle && !m_busy) {
        closeEditor();
        m_ui->profileList->setFocus();
        return;
    }
    QDialog::reject();
}

void CredentialsDialog::save()
{
    if (m_mode == Mode::Idle || m_busy || !editorComplete() || !editorProblem().isEmpty())
        return;
    const QString name = m_ui->nameEdit->text();
    const Credentials credentials{m_ui->secretIdEdit->text(), m_ui->secretKeyEdit->text(),
                                  m_ui->sessionTokenEdit->text()};
    setBusy(true);
    m_ui->sessionOnlyButton->hide();
    showProgress(m_store->isSessionOnly() ? tr("Saving profile “%1”…").arg(name)
                                          : tr("Saving profile “%1” in the system keychain…").arg(name));
    QPointer<CredentialsDialog> self(this);
    // A new profile speaks today's API (cvm-purchaser-cli credentials set --api changes it); one kept in
    // memory for this run writes nothing to the settings.
    const bool speaksCurrentApi = m_mode == Mode::Adding && !m_store->isSessionOnly();
    auto done = [self, name, credentials, speaksCurrentApi](CredentialStore::Error error, const QString &message) {
        if (!self)
            return;
        self->setBusy(false);
        if (error == CredentialStore::Error::None && speaksCurrentApi)
            ProfileApi::write(name, ApiProtocol::current().api());
        if (error != CredentialStore::Error::None) {
            self->showStatus(false, message);
            // Without a keychain, a new key can still serve this run, from memory.
            if (error == CredentialStore::Error::NoBackend && !credentials.secretKey.isEmpty()) {
                self->m_unsavedName = name;
                self->m_unsaved = credentials;
                self->m_ui->sessionOnlyButton->show();
            }
            return;
        }
        self->closeEditor();
        self->reloadProfiles(name);
        self->m_ui->profileList->setFocus();
        self->showStatus(true,
                         self->m_store->isSessionOnly()
                             ? tr("Profile “%1” saved for this session only.").arg(name)
                             : tr("Profile “%1” saved: its SecretKey is in the system keychain.").arg(name));
    };
    if (m_mode == Mode::Editing && credentials.secretKey.isEmpty())
        m_store->saveKeepingSecret(name, credentials.secretId, done);
    else
        m_store->save(name, credentials, done);
    // The key leaves the form as soon as it is handed over.
    m_ui->secretKeyEdit->clear();
    m_ui->sessionTokenEdit->clear();
}

void CredentialsDialog::askDelete()
{
    const QString name = selectedProfile();
    if (name.isEmpty() || m_busy || m_mode != Mode::Idle)
        return;
    m_ui->confirmLabel->setText(m_store->isSessionOnly()
                                    ? tr("Delete profile “%1”?").arg(name)
                                    : tr("Delete profile “%1”? Its SecretKey is removed from the system "
                                         "keychain; this cannot be undone.")
                                          .arg(name));
    m_ui->confirmFrame->show();
    updateButtons();
    m_ui->keepButton->setFocus();
}

void CredentialsDialog::confirmDelete()
{
    const QString name = selectedProfile();
    m_ui->confirmFrame->hide();
    if (name.isEmpty())
        return;
    setBusy(true);
    showProgress(tr("Deleting profile “%1”…").arg(name));
    QPointer<CredentialsDialog> self(this);
    m_store->remove(name, [self, name](CredentialStore::Error error, const QString &message) {
        if (!self)
            return;
        self->setBusy(false);
        if (error != CredentialStore::Error::None) {
            self->showStatus(false, message);
            return;
        }
        self->reloadProfiles();
        self->m_ui->profileList->setFocus();
        self->showStatus(true, tr("Profile “%1” deleted.").arg(name));
    });
}

void CredentialsDialog::testSelected()
{
    const QString name = selectedProfile();
    if (name.isEmpty())
        return;
    // In the profile's own API, at the window's endpoint for that API: where its purchases would go.
    const Endpoint endpoint = m_endpointFor(ProfileApi::read(name));
    delete m_client; // also ends a test still running, and its queries with it
    m_client = new ApiClient(m_network, endpoint, {}, this);
    const QString region = m_client->protocol().regionName(m_ui->regionCombo->currentData().toString());
    updateButtons();
    showProgress(tr("Testing profile “%1”: reading it from the system keychain…").arg(name));
    QPointer<ApiClient> client = m_client;
    m_store->load(name, [this, client, name, region, endpoint](CredentialStore::Error error,
                                                               const Credentials &credentials,
                                                               const QString &message) {
        if (!client)
            return; // the dialog, or a newer test, ended this one
        if (error != CredentialStore::Error::None) {
            delete m_client;
            updateButtons();
            showStatus(false, message);
            return;
        }
        client->setCredentials(credentials);
        showProgress(tr("Testing profile “%1”: asking %2 for the zones of %3…")
                         .arg(name, endpoint.url().host(), region));
        // The Account page's "Test connection" asks the same (CloudQueries::queryZones).
        auto *queries = new CloudQueries(client, client);
        connect(queries, &CloudQueries::zonesReady, this,
                [this, client, name, region](const ApiResult &result, const QList<ApiReplies::Zone> &zones) {
                    if (client)
                        client->deleteLater();
                    m_client.clear();
                    updateButtons();
                    if (result.status == ApiResult::Status::BadReply) {
                        showStatus(false,
                                   tr("The endpoint's reply could not be read: %1").arg(result.message));
                        return;
                    }
                    if (!result.ok()) {
                        showStatus(false, tr("Profile “%1” does not work: %2").arg(name, result.describe()));
                        return;
                    }
                    showStatus(true, tr("Profile “%1” works: the cloud lists %2 availability zones in %3.")
                                         .arg(name)
                                         .arg(zones.size())
                                         .arg(region));
                });
        queries->queryZones(region);
    });
}

void CredentialsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void CredentialsDialog::showProgress(const QString &text)
{
    m_ui->statusIcon->hide();
    m_ui->statusLabel->setText(text);
}

void CredentialsDialog::showStatus(bool success, const QString &text)
{
    // An icon and words: never colour alone.
    const QIcon icon =
        style()->standardIcon(success ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->statusIcon->setPixmap(icon.pixmap(size, size));
    m_ui->statusIcon->setAccessibleName(success ? tr("Done") : tr("Problem"));
    m_ui->statusIcon->show();
    m_ui->statusLabel->setText(text);
}
