#include "wizard/TagsPage.h"

#include "order/OrderDraft.h"
#include "protocol/ApiProtocol.h"
#include "protocol/InstanceSettings.h"
#include "wizard/ProblemLabel.h"
#include "wizard/WizardContext.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringConverter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
// A file bigger than this is no start-up script: it is not read.
constexpr qint64 kMostFileRead = 1024 * 1024;

// Keys are typed with the keys of earlier orders offered.
class TagKeyDelegate final : public QStyledItemDelegate
{
public:
    TagKeyDelegate(std::function<QStringList()> keys, QObject *parent)
        : QStyledItemDelegate(parent), m_keys(std::move(keys))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && index.column() == 0) {
            line->setObjectName(u"tagKeyEditor"_s);
            auto *completer = new QCompleter(m_keys(), line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            line->setCompleter(completer);
        }
        return editor;
    }

private:
    std::function<QStringList()> m_keys;
};
} // namespace

TagsPage::TagsPage(WizardContext *context, QWidget *parent)
    : OrderPage(context, {u"tags"_s, u"userData"_s, u"disableApiTermination"_s}, parent)
{
    setTitle(tr("Setup"));
    setSubTitle(tr("Tags to find the instances by, a script they run when they first start, and protection "
                   "from termination."));
}

void TagsPage::build()
{
    m_reason = new QLabel(tr("Only API 3.0 orders take tags, a start-up script and protection from "
                             "termination; this order is written for API 2.0."),
                          this);
    m_reason->setObjectName(u"instanceSettingsReason"_s);
    m_reason->setWordWrap(true);

    // Tags: a key and a value a row, edited in place.
    m_tags = new QTableWidget(0, 2, this);
    m_tags->setObjectName(u"tags"_s);
    m_tags->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_tags->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tags->verticalHeader()->hide();
    m_tags->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_tags->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tags->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move in it
    m_tags->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_tags->setItemDelegate(new TagKeyDelegate([this] { return context()->recentTagKeys(); }, m_tags));
    m_tags->setMinimumHeight(m_tags->fontMetrics().lineSpacing() * 6);
    m_tags->setMaximumHeight(m_tags->fontMetrics().lineSpacing() * 9);
    m_addTag = new QPushButton(tr("&Add tag"), this);
    m_addTag->setObjectName(u"addTag"_s);
    m_removeTag = new QPushButton(tr("Remo&ve tag"), this);
    m_removeTag->setObjectName(u"removeTag"_s);
    m_addTag->setAutoDefault(false);
    m_removeTag->setAutoDefault(false);
    m_tagsNote = new QLabel(this);
    m_tagsNote->setObjectName(u"tagsNote"_s);
    m_tagsNote->setWordWrap(true);
    auto *tagButtons = new QHBoxLayout;
    tagButtons->addWidget(m_addTag);
    tagButtons->addWidget(m_removeTag);
    tagButtons->addStretch();
    m_duplicates = new ProblemLabel(this);
    m_duplicates->setObjectName(u"problem_tagsDuplicate"_s);

    // The start-up script.
    m_userData = new QPlainTextEdit(this);
    m_userData->setObjectName(u"userData"_s);
    m_userData->setTabChangesFocus(true);
    m_userData->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_userData->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_userData->setPlaceholderText(tr("#!/bin/bash\n…"));
    m_userData->setFixedHeight(m_userData->fontMetrics().lineSpacing() * 5 + 12);
    m_loadUserData = new QPushButton(tr("&Load from file…"), this);
    m_loadUserData->setObjectName(u"loadUserData"_s);
    m_loadUserData->setAutoDefault(false);
    m_userDataSize = new QLabel(this);
    m_userDataSize->setObjectName(u"userDataSize"_s);
    m_userDataSize->setWordWrap(true);
    m_loadProblem = new QLabel(this);
    m_loadProblem->setObjectName(u"userDataLoadProblem"_s);
    m_loadProblem->setWordWrap(true);
    m_loadProblem->hide();

    // Protection from termination.
    m_protect = new QCheckBox(tr("&Protect from termination through the API"), this);
    m_protect->setObjectName(u"disableApiTermination"_s);
    m_protectNote = new QLabel(tr("While on, the cloud refuses to destroy them through the API (this program "
                                  "included) until the protection is turned off."),
                               this);
    m_protectNote->setObjectName(u"disableApiTerminationNote"_s);
    m_protectNote->setWordWrap(true);
    m_protect->setAccessibleDescription(m_protectNote->text());

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_reason);
    addRow(form, tr("Ta&gs:"), m_tags, {u"tags"_s});
    form->addRow(QString(), m_duplicates);
    form->addRow(QString(), m_tagsNote);
    form->addRow(QString(), tagButtons);
    addRow(form, tr("Start-up &script:"), m_userData, {u"userData"_s});
    form->addRow(QString(), m_userDataSize);
    auto *loadRow = new QHBoxLayout;
    loadRow->addWidget(m_loadUserData);
    loadRow->addStretch();
    form->addRow(QString(), loadRow);
    form->addRow(QString(), m_loadProblem);
    form->addRow(tr("Protection:"), m_protect);
    form->addRow(QString(), m_protectNote);
    m_duplicates->setField(m_tags);

    connect(m_tags, &QTableWidget::itemChanged, this, &TagsPage::tagsEdited);
    connect(m_tags, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_removeTag->setEnabled(m_tags->isEnabled() && row >= 0); });
    connect(m_addTag, &QPushButton::clicked, this, &TagsPage::addTag);
    connect(m_removeTag, &QPushButton::clicked, this, &TagsPage::removeTag);
    connect(m_userData, &QPlainTextEdit::textChanged, this, [this] {
        const QString script = m_userData->toPlainText();
        if (script == InstanceSettings::userDataOf(draft()->order()))
            return;
        m_loadProblem->hide();
        draft()->update([&](PurchaseOrder &o) { InstanceSettings::setUserData(&o, script); });
        showUserDataSize();
    });
    connect(m_loadUserData, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Load the start-up script"));
        dialog->setObjectName(u"loadUserDataDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString &path) { loadUserData(path); });
        dialog->open();
    });
    connect(m_protect, &QCheckBox::toggled, this, [this](bool on) {
        draft()->update([on](PurchaseOrder &o) { InstanceSettings::setDisableApiTermination(&o, on); });
    });
}

QList<QPair<QString, QString>> TagsPage::tableTags() const
{
    QList<QPair<QString, QString>> tags;
    for (int row = 0; row < m_tags->rowCount(); ++row) {
        const QTableWidgetItem *key = m_tags->item(row, 0);
        const QTableWidgetItem *value = m_tags->item(row, 1);
        tags.append({key ? key->text() : QString(), value ? value->text() : QString()});
    }
    return tags;
}

QStringList TagsPage::duplicateKeys() const
{
    QStringList seen;
    QStringList twice;
    for (const auto &[key, value] : tableTags()) {
        if (seen.contains(key) && !twice.contains(key))
            twice.append(key);
        seen.append(key);
    }
    return twice;
}

bool TagsPage::pageComplete() const
{
    return !isBuilt() || duplicateKeys().isEmpty();
}

void TagsPage::tagsEdited()
{
    const QList<QPair<QString, QString>> tags = tableTags();
    draft()->update([&](PurchaseOrder &o) { InstanceSettings::setTags(&o, tags); });
    const QStringList twice = duplicateKeys();
    QList<FieldProblem> problems;
    for (const QString &key : twice)
        problems.append({u"tags"_s, u"duplicate"_s,
                         tr("The tag key \"%1\" is given twice; an instance has each key once.").arg(key)});
    m_duplicates->setProblems(problems);
    const QLocale locale;
    m_tagsNote->setText(tr("%1 of %2 tags. A key has 1 to %3 characters and does not start with qcloud, "
                           "tencent or project; a value has up to %4.")
                            .arg(locale.toString(tags.size()), locale.toString(50), locale.toString(127),
                                 locale.toString(255)));
    Q_EMIT completeChanged();
}

void TagsPage::addTag()
{
    const int row = m_tags->rowCount();
    {
        const QSignalBlocker blocker(m_tags);
        m_tags->insertRow(row);
        m_tags->setItem(row, 0, new QTableWidgetItem);
        m_tags->setItem(row, 1, new QTableWidgetItem);
    }
    tagsEdited();
    m_tags->setFocus(Qt::TabFocusReason);
    m_tags->setCurrentCell(row, 0);
    m_tags->editItem(m_tags->item(row, 0));
}

void TagsPage::removeTag()
{
    const int row = m_tags->currentRow();
    if (row < 0)
        return;
    m_tags->removeRow(row);
    tagsEdited();
    if (m_tags->rowCount() > 0) {
        m_tags->setCurrentCell(std::min(row, m_tags->rowCount() - 1), 0);
        m_tags->setFocus(Qt::TabFocusReason);
    } else {
        m_addTag->setFocus(Qt::TabFocusReason);
    }
}

bool TagsPage::loadUserData(const QString &path)
{
    ensureBuilt();
    QFile file(path);
    QString problem;
    QString script;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    } else if (file.size() > kMostFileRead) {
        problem = tr("%1 is too big for a start-up script (%2).")
                      .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(file.size()));
    } else {
        QStringDecoder decoder(QStringConverter::Utf8);
        script = decoder(file.readAll());
        if (decoder.hasError())
            problem =
                tr("%1 is not UTF-8 text: a start-up script is text.").arg(QDir::toNativeSeparators(path));
    }
    if (!problem.isEmpty()) {
        m_loadProblem->setText(problem);
        m_loadProblem->show();
        return false;
    }
    m_userData->setPlainText(script); // through textChanged into the order
    m_loadProblem->hide();
    m_userData->setFocus(Qt::OtherFocusReason);
    return true;
}

void TagsPage::showUserDataSize()
{
    const QString script = InstanceSettings::userDataOf(draft()->order());
    const QLocale locale;
    const qsizetype encoded = InstanceSettings::userDataEncodedSize(script);
    m_userDataSize->setText(
        script.isEmpty() ? tr("None. Up to %1 once base64-encoded.")
                               .arg(locale.formattedDataSize(InstanceSettings::kMaxUserDataBase64, 0))
                         : tr("%1 of %2 once base64-encoded.")
                               .arg(locale.formattedDataSize(encoded, encoded < 1024 ? 0 : 1),
                                    locale.formattedDataSize(InstanceSettings::kMaxUserDataBase64, 0)));
    problemLineOf(m_userData)->setFieldNote(m_userDataSize->text());
}

void TagsPage::syncFromOrder()
{
    const PurchaseOrder &o = draft()->order();
    const bool api3 = InstanceSettings::supported(o.api);
    m_reason->setVisible(!api3);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_tags, m_addTag, m_userData, m_loadUserData, m_protect})
        w->setEnabled(api3);

    // The table keeps what is typed (the order of rows, a key given twice) while the order says the same.
    const QList<QPair<QString, QString>> tags = InstanceSettings::tagsOf(o);
    PurchaseOrder fromTable = o;
    InstanceSettings::setTags(&fromTable, tableTags());
    if (InstanceSettings::tagsOf(fromTable) != tags) {
        const QSignalBlocker blocker(m_tags);
        m_tags->setRowCount(0);
        for (const auto &[key, value] : tags) {
            const int row = m_tags->rowCount();
            m_tags->insertRow(row);
            m_tags->setItem(row, 0, new QTableWidgetItem(key));
            m_tags->setItem(row, 1, new QTableWidgetItem(value));
        }
    }
    m_removeTag->setEnabled(api3 && m_tags->currentRow() >= 0);
    tagsEdited();

    const QString script = InstanceSettings::userDataOf(o);
    if (m_userData->toPlainText() != script) {
        const QSignalBlocker blocker(m_userData);
        m_userData->setPlainText(script);
    }
    showUserDataSize();
    const QSignalBlocker blocker(m_protect);
    m_protect->setChecked(InstanceSettings::disablesApiTermination(o));
}
