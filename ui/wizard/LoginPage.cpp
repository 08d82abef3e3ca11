#include "wizard/LoginPage.h"

#include "api/CloudQueries.h"
#include "credentials/SecretField.h"
#include "order/OrderDraft.h"
#include "wizard/LookupStatus.h"
#include "wizard/ProblemLabel.h"
#include "wizard/SecretClipboard.h"
#include "wizard/WizardContext.h"

#include <QAction>
#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
void setCheck(QLabel *label, bool met, const QString &text)
{
    // A tick or a cross as text, so the state reads without colour.
    label->setText((met ? u"✔ "_s : u"✘ "_s) + text);
    label->setAccessibleName((met ? LoginPage::tr("Met: %1") : LoginPage::tr("Not met: %1")).arg(text));
}
} // namespace

LoginPage::LoginPage(WizardContext *context, QWidget *parent)
    : OrderPage(context, {u"password"_s, u"keyIds"_s}, parent)
{
    setTitle(tr("Login"));
    setSubTitle(tr("How you will log in to the new instances."));
    connect(context, &WizardContext::connectionChanged, this, [this] { m_keysLoaded = false; });
}

void LoginPage::build()
{
    m_passwordMode = new QRadioButton(tr("Set a &password"), this);
    m_keyMode = new QRadioButton(tr("Use an SSH &key"), this);
    m_generatedMode =
        new QRadioButton(tr("Let the cloud &generate a password and send it by site message"), this);
    m_password = new QLineEdit(this);
    m_confirm = new QLineEdit(this);
    m_generate = new QPushButton(tr("Gene&rate"), this);
    m_copy = new QPushButton(tr("Cop&y password"), this);
    m_copyNote = new QLabel(this);
    m_clipboard = new SecretClipboard(this);
    m_checkLength = new QLabel(this);
    m_checkClasses = new QLabel(this);
    m_checkCharacters = new QLabel(this);
    m_confirmProblem = new ProblemLabel(this);
    m_keyMissing = new ProblemLabel(this);
    m_keys = new QListWidget(this);
    m_keyStatus = new LookupStatus(this);
    m_windowsNote = new QLabel(this);
    m_passwordMode->setObjectName(u"passwordMode"_s);
    m_keyMode->setObjectName(u"keyMode"_s);
    m_generatedMode->setObjectName(u"generatedMode"_s);
    m_password->setObjectName(u"password"_s);
    m_confirm->setObjectName(u"passwordConfirm"_s);
    m_generate->setObjectName(u"generatePassword"_s);
    m_copy->setObjectName(u"copyPassword"_s);
    m_copyNote->setObjectName(u"copyPasswordNote"_s);
    m_copy->setToolTip(tr("Put the generated password on the clipboard for 30 seconds"));
    m_copyNote->setWordWrap(true);
    m_checkLength->setObjectName(u"checkLength"_s);
    m_checkClasses->setObjectName(u"checkClasses"_s);
    m_checkCharacters->setObjectName(u"checkCharacters"_s);
    m_confirmProblem->setObjectName(u"confirmProblem"_s);
    m_keyMissing->setObjectName(u"keyMissing"_s);
    m_keys->setObjectName(u"keys"_s);
    m_keyStatus->setObjectName(u"keyStatus"_s);
    m_windowsNote->setObjectName(u"windowsKeyNote"_s);

    m_modes = new QButtonGroup(this);
    for (QRadioButton *b : {m_passwordMode, m_keyMode, m_generatedMode})
        m_modes->addButton(b);
    // Checked before the mode is connected: the first mode, which the order of a new purchase agrees with.
    m_passwordMode->setChecked(true);
    for (QLineEdit *edit : {m_password, m_confirm}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(64);
        SecretField::protect(edit); // also once shown: a generated password is noted down, never copied
    }
    m_password->setAccessibleName(tr("Password"));
    m_confirm->setAccessibleName(tr("Confirm password"));
    auto *reveal = m_password->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                         QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setObjectName(u"showPassword"_s);
    // The button says what a click does now: show the password, or hide it again.
    reveal->setToolTip(tr("Show the password"));
    connect(reveal, &QAction::toggled, this, [this, reveal](bool shown) {
        for (QLineEdit *edit : {m_password, m_confirm})
            edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setToolTip(shown ? tr("Hide the password") : tr("Show the password"));
    });
    m_windowsNote->setWordWrap(true);
    // Eight lines, and no more however tall the page: a form that may grow spreads the extra height over
    // the gaps between its rows once the list has its most.
    m_keys->setMaximumHeight(m_keys->fontMetrics().height() * 8);
    m_keys->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_windowsNote->setText(tr("Windows instances cannot log in with an SSH key."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_passwordMode);
    auto *passwordForm = new QFormLayout;
    passwordForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(passwordForm, tr("Pass&word:"), m_password, {u"password"_s});
    addRow(passwordForm, tr("C&onfirm:"), m_confirm, {});
    passwordForm->addRow(QString(), m_confirmProblem);
    auto *checklist = new QVBoxLayout;
    checklist->setSpacing(0);
    for (QLabel *check : {m_checkLength, m_checkClasses, m_checkCharacters})
        checklist->addWidget(check);
    passwordForm->addRow(QString(), checklist);
    auto *generateRow = new QHBoxLayout;
    generateRow->addWidget(m_generate);
    generateRow->addWidget(m_copy);
    generateRow->addStretch();
    passwordForm->addRow(QString(), generateRow);
    passwordForm->addRow(QString(), m_copyNote);
    layout->addLayout(passwordForm);
    layout->addWidget(m_keyMode);
    auto *keyForm = new QFormLayout;
    keyForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(keyForm, tr("Key pa&ir:"), m_keys, {u"keyIds"_s});
    keyForm->addRow(QString(), m_keyMissing);
    keyForm->addRow(QString(), m_keyStatus);
    keyForm->addRow(QString(), m_windowsNote);
    layout->addLayout(keyForm);
    layout->addWidget(m_generatedMode);
    layout->addStretch();

    connect(m_modes, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            applyMode();
    });
    connect(m_password, &QLineEdit::textChanged, this, [this] { applyMode(); });
    connect(m_confirm, &QLineEdit::textChanged, this, &LoginPage::updateChecklist);
    connect(m_generate, &QPushButton::clicked, this, [this] {
        const PurchaseOrder &order = draft()->order();
        const QString password = generatePassword(OrderValidator::passwordPolicy(order.api, order.osFamily).specials);
        // Shown once so it can be noted; copied only by a click on Copy, marked secret and cleared.
        m_password->findChild<QAction *>(u"showPassword"_s)->setChecked(true);
        m_generated = password;
        m_password->setText(password);
        m_confirm->setText(password);
        updateCopy();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        m_clipboard->copy(m_generated);
        m_copyNote->setText(tr("Copied. The clipboard is cleared in %n second(s) unless you copy something else, "
                               "and clipboard managers are asked not to keep it.",
                               nullptr, m_clipboard->clearAfterMs() / 1000));
        m_copyNote->setVisible(true);
    });
    connect(m_clipboard, &SecretClipboard::cleared, this,
            [this] { m_copyNote->setText(tr("The password was removed from the clipboard.")); });
    connect(m_password, &QLineEdit::textChanged, this, &LoginPage::updateCopy);
    updateCopy();
    connect(m_keys, &QListWidget::currentItemChanged, this, [this] { applyMode(); });
    connect(m_keyStatus, &LookupStatus::retryRequested, this, &LoginPage::loadKeys);
    connect(context()->queries(), &CloudQueries::keyPairsReady, this,
            [this](const ApiResult &result, const QList<ApiReplies::KeyPair> &keys) {
                {
                    const QSignalBlocker blocker(m_keys);
                    m_keys->clear();
                    for (const ApiReplies::KeyPair &key : keys) {
                        auto *item = new QListWidgetItem(u"%1 · %2"_s.arg(key.keyName, key.keyId), m_keys);
                        item->setData(Qt::UserRole, key.keyId);
                    }
                }
                showChosenKey();
                if (result.ok())
                    m_keyStatus->showLoaded(keys.isEmpty() ? tr("This account has no key pairs in the region.")
                                                           : tr("Key pairs from the cloud."));
                else
                    m_keyStatus->showFailed(tr("Could not load the key pairs: %1").arg(result.describe()));
            });
}

void LoginPage::updateCopy()
{
    // Only the program's own password, as generated: one the user typed or changed is theirs to keep.
    const bool generated = !m_generated.isEmpty() && m_password->text() == m_generated;
    if (!generated)
        m_generated.clear();
    m_copy->setVisible(generated);
    m_copyNote->setVisible(generated && !m_copyNote->text().isEmpty());
    if (!generated)
        m_copyNote->clear();
}

QString LoginPage::generatePassword(PurchaseOrder::OsFamily family)
{
    return generatePassword(OrderValidator::allowedSpecials(family));
}

QString LoginPage::generatePassword(const QString &specials)
{
    const QString classes[] = {u"abcdefghijkmnopqrstuvwxyz"_s, u"ABCDEFGHJKLMNPQRSTUVWXYZ"_s, u"23456789"_s, specials};
    QRandomGenerator *random = QRandomGenerator::system();
    // One character of every class, then any of them, shuffled: meets both policies by construction.
    QString password;
    for (const QString &chars : classes)
        password.append(chars.at(random->bounded(int(chars.size()))));
    const QString all = classes[0] + classes[1] + classes[2] + classes[3];
    while (password.size() < 16)
        password.append(all.at(random->bounded(int(all.size()))));
    for (qsizetype i = password.size() - 1; i > 0; --i)
        std::swap(password[i], password[random->bounded(int(i + 1))]);
    return password;
}

void LoginPage::orderReplaced()
{
    {
        const QSignalBlocker modes(m_modes);
        const QSignalBlocker keys(m_keys);
        const QSignalBlocker password(m_password);
        const QSignalBlocker confirm(m_confirm);
        m_passwordMode->setChecked(true);
        m_keys->setCurrentItem(nullptr);
        m_password->clear();
        m_confirm->clear();
    }
    m_password->findChild<QAction *>(u"showPassword"_s)->setChecked(false);
    m_generated.clear();
    updateCopy();
    syncFromOrder();
}

LoginPage::Mode LoginPage::mode() const
{
    if (m_keyMode->isChecked())
        return Mode::Key;
    if (m_generatedMode->isChecked())
        return Mode::Generated;
    return Mode::Password;
}

void LoginPage::syncFromOrder()
{
    // Widgets <- order only: the order is written by the user's own changes (applyMode), never here, so what
    // an opened template holds stays in the order while the key pairs are still loading.
    const PurchaseOrder &order = draft()->order();
    const bool windows = order.osFamily == PurchaseOrder::OsFamily::Windows;
    m_keyMode->setEnabled(!windows);
    m_keyMode->setToolTip(windows ? m_windowsNote->text() : QString());
    m_windowsNote->setVisible(windows);
    {
        // The mode the order says where it says one (a key, a password); otherwise the one the user chose.
        const QSignalBlocker modes(m_modes);
        if (!order.keyIds.isEmpty() && !windows)
            m_keyMode->setChecked(true);
        else if (!order.password.isEmpty() || (windows && m_keyMode->isChecked()))
            m_passwordMode->setChecked(true);
    }
    showChosenKey();
    if (m_password->text() != order.password) {
        // A password the order does not hold (typed before another mode was chosen) is not kept in a field.
        const QSignalBlocker password(m_password);
        const QSignalBlocker confirm(m_confirm);
        m_password->setText(order.password);
        m_confirm->clear();
        updateCopy();
    }
    if (!windows && !m_keysLoaded)
        loadKeys();
    showMode();
}

void LoginPage::showChosenKey()
{
    const QSignalBlocker blocker(m_keys);
    const QStringList &keyIds = draft()->order().keyIds;
    // A key of the order's that the cloud's list does not hold (yet: it may be loading, or have failed) is
    // listed too, as the order's, so the key that is sent is always the one shown.
    QStringList listed;
    for (int row = m_keys->count() - 1; row >= 0; --row) {
        QListWidgetItem *item = m_keys->item(row);
        const QString keyId = item->data(Qt::UserRole).toString();
        if (item->data(Qt::UserRole + 1).toBool() && !keyIds.contains(keyId))
            delete item;
        else
            listed.append(keyId);
    }
    for (const QString &keyId : keyIds) {
        if (listed.contains(keyId))
            continue;
        auto *item = new QListWidgetItem(tr("%1 · from the order").arg(keyId), m_keys);
        item->setData(Qt::UserRole, keyId);
        item->setData(Qt::UserRole + 1, true);
    }
    m_keys->setCurrentItem(nullptr);
    for (int row = 0; row < m_keys->count(); ++row)
        if (keyIds.contains(m_keys->item(row)->data(Qt::UserRole).toString()))
            m_keys->setCurrentItem(m_keys->item(row));
}

void LoginPage::loadKeys()
{
    m_keysLoaded = true;
    m_keyStatus->showLoading(tr("Loading key pairs from the cloud…"));
    context()->queries()->queryKeyPairs(draft()->order().region);
}

void LoginPage::applyMode()
{
    const Mode m = mode();
    const QString password = m == Mode::Password ? m_password->text() : QString();
    QString keyId;
    if (m == Mode::Key && m_keys->currentItem())
        keyId = m_keys->currentItem()->data(Qt::UserRole).toString();
    draft()->update([&](PurchaseOrder &o) {
        o.password = password;
        o.keyIds = keyId.isEmpty() ? QStringList() : QStringList{keyId};
    });
    showMode();
}

void LoginPage::showMode()
{
    const Mode m = mode();
    const bool windows = draft()->order().osFamily == PurchaseOrder::OsFamily::Windows;
    for (QWidget *w : std::initializer_list<QWidget *>{m_password, m_confirm, m_generate})
        w->setEnabled(m == Mode::Password);
    m_keys->setEnabled(m == Mode::Key && !windows);
    updateChecklist();
}

void LoginPage::updateChecklist()
{
    const PurchaseOrder &order = draft()->order();
    const bool windows = order.osFamily == PurchaseOrder::OsFamily::Windows;
    // The policy of the order's API: API 3.0 allows longer passwords and counts the cases apart.
    const PasswordPolicy policy = OrderValidator::passwordPolicy(order.api, order.osFamily);
    const PasswordCheck check = OrderValidator::checkPassword(m_password->text(), policy);
    setCheck(m_checkLength, check.lengthOk,
             tr("%1 to %2 characters").arg(check.minLength).arg(check.maxLength));
    setCheck(m_checkClasses, check.classesOk(),
             windows ? tr("At least three of: lower-case letters, upper-case letters, digits, special characters")
             : policy.casesApart
                 ? tr("At least two of: lower-case letters, upper-case letters, digits, special characters")
                 : tr("At least two of: letters, digits, special characters"));
    setCheck(m_checkCharacters, check.invalidCharacters.isEmpty(), tr("Only letters, digits and %1").arg(policy.specials));
    const bool mismatch = mode() == Mode::Password && m_password->text() != m_confirm->text();
    m_confirmProblem->setProblems(
        mismatch && !m_confirm->text().isEmpty()
            ? QList<FieldProblem>{{u"passwordConfirm"_s, u"differs"_s, tr("The two passwords differ.")}}
            : QList<FieldProblem>{});
    // Next is greyed while the key mode has no key: the page says why.
    m_keyMissing->setProblems(
        mode() == Mode::Key && draft()->order().keyIds.isEmpty() &&
                draft()->order().osFamily != PurchaseOrder::OsFamily::Windows
            ? QList<FieldProblem>{{u"keyIds"_s, u"required"_s,
                                   tr("Choose a key pair in the list, or another way to log "
                                      "in.")}}
            : QList<FieldProblem>{});
    Q_EMIT completeChanged();
}

bool LoginPage::pageComplete() const
{
    if (!isBuilt())
        return false; // nothing typed yet: the password page as it first appears
    switch (mode()) {
    case Mode::Password:
        return !m_password->text().isEmpty() && m_password->text() == m_confirm->text();
    case Mode::Key:
        return !draft()->order().keyIds.isEmpty();
    case Mode::Generated:
        return true;
    }
    return false;
}
