#include "wizard/ExportDialog.h"

#include "protocol/ApiProtocol.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Format { SdkJson, Terraform };
} // namespace

ExportDialog::ExportDialog(const PurchaseOrder &order, QWidget *parent) : QDialog(parent), m_order(order)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export the order"));
    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("SDK / tccli request (JSON)"), SdkJson);
    m_format->addItem(tr("Terraform resource"), Terraform);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"exportText"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Exported order"));
    m_text->setMinimumSize(m_text->fontMetrics().averageCharWidth() * 80,
                           m_text->fontMetrics().lineSpacing() * 20);
    m_note = new QLabel(
        tr("Neither export holds the password or a client token: add your own where you use it."), this);
    m_note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    QPushButton *saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(u"exportCopy"_s);
    saveButton->setObjectName(u"exportSave"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::showFormat);
    connect(copyButton, &QPushButton::clicked, this, &ExportDialog::copy);
    connect(saveButton, &QPushButton::clicked, this, &ExportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showFormat();
}

QString ExportDialog::text() const
{
    return m_text->toPlainText();
}

void ExportDialog::showFormat()
{
    const ApiProtocol &protocol = ApiProtocol::forApi(m_order.api);
    if (m_format->currentData().toInt() == Terraform)
        m_text->setPlainText(protocol.terraformResource(m_order));
    else
        m_text->setPlainText(QString::fromUtf8(
            QJsonDocument(protocol.sdkRequestBody(m_order)).toJson(QJsonDocument::Indented)));
}

void ExportDialog::copy()
{
    QGuiApplication::clipboard()->setText(text());
}

void ExportDialog::save()
{
    const bool terraform = m_format->currentData().toInt() == Terraform;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the exported order"), terraform ? u"cvm.tf"_s : u"run-instances.json"_s,
        terraform ? tr("Terraform files (*.tf)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text().toUtf8()) < 0 || !file.commit())
        m_note->setText(tr("✘ Could not save %1: %2").arg(path, file.errorString()));
    else
        m_note->setText(tr("Saved to %1.").arg(path));
}
