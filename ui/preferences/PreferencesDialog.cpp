#include "preferences/PreferencesDialog.h"

#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The stored values of the language setting, in the order of the list.
const QString kLanguageValues[] = {QString(), u"en"_s, u"zh_CN"_s};
} // namespace

PreferencesDialog::PreferencesDialog(SecretStore *secrets, bool readOnly, QWidget *parent)
    : QDialog(parent), m_secrets(secrets), m_readOnly(readOnly || !secrets), m_language(new QComboBox(this)),
      m_modes(new QButtonGroup(this)), m_system(new QRadioButton(tr("Use the &system proxy settings"), this)),
      m_none(new QRadioButton(tr("&No proxy"), this)), m_manual(new QRadioButton(tr("&Manual proxy"), this)),
      m_type(new QComboBox(this)), m_host(new QLineEdit(this)), m_port(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_problems(new QLabel(this)),
      m_status(new QLabel(this)), m_manualForm(new QWidget(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(u"preferencesDialog"_s);
    auto *layout = new QVBoxLayout(this);

    if (m_readOnly) {
        auto *note =
            new QLabel(tr("This is a sandbox run, which writes no settings: the preferences are shown "
                          "but cannot be changed here. Start CVM Purchaser without --sandbox to "
                          "change them."),
                       this);
        note->setObjectName(u"readOnlyNote"_s);
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System default"));
    m_language->addItem(tr("English"));
    // Each language by its own name, as every language menu lists it.
    m_language->addItem(u"简体中文"_s);
    m_language->setAccessibleName(tr("Language"));
    auto *languageLabel = new QLabel(tr("&Language:"), languageBox);
    languageLabel->setBuddy(m_language);
    languageForm->addRow(languageLabel, m_language);
    auto *restartNote =
        new QLabel(tr("A new language takes effect when CVM Purchaser is started again."), languageBox);
    restartNote->setWordWrap(true);
    languageForm->addRow(restartNote);
    layout->addWidget(languageBox);

    auto *proxyBox = new QGroupBox(tr("Network proxy"), this);
    auto *proxyLayout = new QVBoxLayout(proxyBox);
    m_system->setObjectName(u"proxySystem"_s);
    m_none->setObjectName(u"proxyNone"_s);
    m_manual->setObjectName(u"proxyManual"_s);
    m_modes->addButton(m_system, int(NetworkSettings::Mode::System));
    m_modes->addButton(m_none, int(NetworkSettings::Mode::None));
    m_modes->addButton(m_manual, int(NetworkSettings::Mode::Manual));
    proxyLayout->addWidget(m_system);
    proxyLayout->addWidget(m_none);
    proxyLayout->addWidget(m_manual);

    auto *form = new QFormLayout(m_manualForm);
    form->setContentsMargins(24, 0, 0, 0);
    m_type->setObjectName(u"proxyType"_s);
    m_type->addItem(tr("HTTP"), int(NetworkSettings::Type::Http));
    m_type->addItem(tr("SOCKS5"), int(NetworkSettings::Type::Socks5));
    m_host->setObjectName(u"proxyHost"_s);
    m_host->setPlaceholderText(tr("proxy.example.com"));
    m_port->setObjectName(u"proxyPort"_s);
    m_port->setValidator(new QIntValidator(0, 99999, m_port));
    m_port->setPlaceholderText(tr("e.g. 8080"));
    m_user->setObjectName(u"proxyUser"_s);
    m_user->setPlaceholderText(tr("optional"));
    m_password->setObjectName(u"proxyPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("unchanged"));
    m_password->setToolTip(tr("Kept in the system keychain, never in the settings file. Leave empty to keep "
                              "the stored password."));
    const struct
    {
        QWidget *field;
        QString label;
    } rows[] = {
        {m_type, tr("&Type:")},      {m_host, tr("&Host:")},         {m_port, tr("Po&rt:")},
        {m_user, tr("&User name:")}, {m_password, tr("Pass&word:")},
    };
    for (const auto &row : rows) {
        auto *label = new QLabel(row.label, m_manualForm);
        label->setBuddy(row.field);
        form->addRow(label, row.field);
    }
    proxyLayout->addWidget(m_manualForm);
    layout->addWidget(proxyBox);

    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problems);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(
        m_readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    layout->addWidget(buttons);

    // Room for the notes on fewer lines, in any font.
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 72, 0)));

    load();
    connect(m_modes, &QButtonGroup::idToggled, this, [this] {
        updateEnabled();
        updateProblems();
    });
    for (QLineEdit *edit : {m_host, m_port, m_user})
        connect(edit, &QLineEdit::textChanged, this, &PreferencesDialog::updateProblems);
    updateEnabled();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::load()
{
    const auto settings = openAppSettings();
    const QString language = settings->value(QLatin1StringView(kLanguageKey)).toString().trimmed();
    int index = 0;
    for (int i = 1; i < int(std::size(kLanguageValues)); ++i)
        if (QLocale(language).language() == QLocale(kLanguageValues[i]).language() && !language.isEmpty())
            index = i;
    m_language->setCurrentIndex(index);

    const NetworkSettings::Proxy proxy = NetworkSettings::load(*settings);
    m_modes->button(int(proxy.mode))->setChecked(true);
    m_type->setCurrentIndex(m_type->findData(int(proxy.type)));
    m_host->setText(proxy.host);
    m_port->setText(proxy.port > 0 ? QString::number(proxy.port) : QString());
    m_user->setText(proxy.user);
}

NetworkSettings::Proxy PreferencesDialog::proxy() const
{
    NetworkSettings::Proxy proxy;
    proxy.mode = NetworkSettings::Mode(m_modes->checkedId());
    proxy.type = NetworkSettings::Type(m_type->currentData().toInt());
    proxy.host = m_host->text().trimmed();
    proxy.port = m_port->text().trimmed().isEmpty() ? 0 : m_port->text().trimmed().toInt();
    proxy.user = m_user->text();
    return proxy;
}

void PreferencesDialog::updateEnabled()
{
    m_manualForm->setEnabled(m_manual->isChecked());
    if (m_readOnly)
        for (QWidget *w :
             std::initializer_list<QWidget *>{m_language, m_system, m_none, m_manual, m_manualForm})
            w->setEnabled(false);
}

void PreferencesDialog::updateProblems()
{
    QStringList lines;
    for (const NetworkSettings::Problem &p : NetworkSettings::problems(proxy()))
        lines.append(p.message);
    m_problems->setText(lines.join(u'\n'));
}

void PreferencesDialog::accept()
{
    if (m_readOnly) {
        QDialog::reject();
        return;
    }
    if (m_saving)
        return;
    const NetworkSettings::Proxy chosen = proxy();
    const QList<NetworkSettings::Problem> problems = NetworkSettings::problems(chosen);
    updateProblems();
    if (!problems.isEmpty()) {
        const QString field = problems.first().field;
        (field == "host"_L1 ? m_host : field == "port"_L1 ? m_port : m_user)->setFocus();
        return;
    }

    {
        const auto settings = openAppSettings();
        const QString language = kLanguageValues[qBound(0, m_language->currentIndex(), 2)];
        if (language.isEmpty())
            settings->remove(QLatin1StringView(kLanguageKey));
        else
            settings->setValue(QLatin1StringView(kLanguageKey), language);
        NetworkSettings::save(*settings, chosen);
        settings->sync();
        if (settings->status() != QSettings::NoError) {
            m_status->setText(tr("The preferences could not be written to %1.").arg(settings->fileName()));
            return;
        }
    }

    m_saving = true;
    const QString password = m_password->text();
    m_password->clear(); // the typed password stays no longer than it takes to hand it to the keychain
    QPointer<PreferencesDialog> self(this);
    const auto done = [self](SecretStore::Error error, const QString &message) {
        if (!self)
            return;
        const bool failed = error != SecretStore::Error::None && error != SecretStore::Error::NotFound;
        self->finishSaving(failed ? message : QString());
    };
    if (chosen.user.isEmpty())
        m_secrets->remove(QLatin1StringView(NetworkSettings::kPasswordKey), done); // nobody to log in as
    else if (!password.isEmpty())
        m_secrets->write(QLatin1StringView(NetworkSettings::kPasswordKey), password, done);
    else
        finishSaving(QString());
}

void PreferencesDialog::finishSaving(const QString &keychainProblem)
{
    QPointer<PreferencesDialog> self(this);
    NetworkSettings::applyFromSettings(m_secrets, [self, keychainProblem](const QString &applyProblem) {
        if (!self)
            return;
        self->m_saving = false;
        Q_EMIT self->saved();
        if (!keychainProblem.isEmpty() || !applyProblem.isEmpty()) {
            self->m_status->setText(
                !keychainProblem.isEmpty()
                    ? tr("The settings were saved, but the proxy password could not be stored in the system "
                         "keychain: %1")
                          .arg(keychainProblem)
                    : applyProblem);
            return;
        }
        self->QDialog::accept();
    });
}
