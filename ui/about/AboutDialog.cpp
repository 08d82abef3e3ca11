#include "about/AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// A value the user may select and copy, with links that open in the desktop's own program.
QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

QString link(const QUrl &url, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                          text.toHtmlEscaped());
}

QString folderLink(const QString &path)
{
    return link(QUrl::fromLocalFile(path), QDir::toNativeSeparators(path));
}
} // namespace

QString AboutDialog::readmePath()
{
    const QString path = QDir(QCoreApplication::applicationDirPath())
                             .filePath(QStringLiteral(CVM_DOC_FROM_BINDIR "/README.md"));
    return QFileInfo::exists(path) ? QDir::cleanPath(path) : QString();
}

QString AboutDialog::licenceId()
{
    return u"GPL-3.0-or-later"_s;
}

AboutDialog::AboutDialog(const Facts &facts, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About CVM Purchaser"));
    auto *layout = new QVBoxLayout(this);

    auto *heading =
        new QLabel(u"<h2>%1</h2>"_s.arg(
                       tr("CVM Purchaser %1").arg(QStringLiteral(CVM_PURCHASER_VERSION)).toHtmlEscaped()),
                   this);
    heading->setObjectName(u"aboutHeading"_s);
    heading->setTextFormat(Qt::RichText);
    layout->addWidget(heading);
    auto *summary = new QLabel(tr("Buys pay-as-you-go (hourly) Tencent Cloud CVM instances through API 3.0 "
                                  "or the legacy API 2.0, and follows them until they run."),
                               this);
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Version:"), valueLabel(QStringLiteral(CVM_PURCHASER_VERSION), u"aboutVersion"_s, this));
    // The Qt the program runs with, which may be newer than the one it was built with.
    const QString qt =
        QString::fromLatin1(qVersion()) == QLatin1StringView(QT_VERSION_STR)
            ? QString::fromLatin1(qVersion())
            : tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    form->addRow(tr("Qt:"), valueLabel(qt, u"aboutQtVersion"_s, this));
    form->addRow(tr("QtKeychain:"),
                 valueLabel(QStringLiteral(CVM_QTKEYCHAIN_VERSION), u"aboutKeychainVersion"_s, this));
    form->addRow(tr("Licence:"), valueLabel(link(QUrl(u"https://www.gnu.org/licenses/gpl-3.0.html"_s),
                                                 tr("GNU General Public License, version 3 or later")) +
                                                u" (%1)"_s.arg(licenceId()),
                                            u"aboutLicence"_s, this));

    const QString history = facts.sandbox
                                ? tr("%1 (for this sandbox run only: deleted when the application closes)")
                                      .arg(folderLink(facts.dataFolder))
                                : folderLink(facts.dataFolder);
    form->addRow(tr("Purchase history:"), valueLabel(history, u"aboutDataFolder"_s, this));
    const QString settings = facts.settingsFile.isEmpty()
                                 ? tr("none: a sandbox run writes no settings").toHtmlEscaped()
                                 : folderLink(facts.settingsFile);
    form->addRow(tr("Settings:"), valueLabel(settings, u"aboutSettings"_s, this));
    const QString secrets = facts.sandbox ? tr("in memory, for this sandbox run only")
                                          : tr("the system keychain (Secret Service), never a file");
    form->addRow(tr("SecretKeys and passwords:"),
                 valueLabel(secrets.toHtmlEscaped(), u"aboutSecrets"_s, this));

    QString documentation = tr("the manual pages: %1")
                                .arg(u"<code>man cvm-purchaser</code>, "
                                     "<code>man cvm-purchaser-cli</code>, "
                                     "<code>man cvm-sandbox</code>"_s);
    if (const QString readme = readmePath(); !readme.isEmpty())
        documentation = tr("%1; the user guide: %2").arg(documentation, folderLink(readme));
    form->addRow(tr("Documentation:"), valueLabel(documentation, u"aboutDocumentation"_s, this));
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    layout->addWidget(buttons);
}

AboutDialog::~AboutDialog() = default;
