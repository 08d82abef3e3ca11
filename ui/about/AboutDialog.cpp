#include "about/AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

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

QString pathLink(const QString &path)
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

    auto *heading = new QLabel(u"<h2>%1</h2>"_s.arg(tr("CVM Purchaser").toHtmlEscaped()), this);
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
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
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
                                      .arg(pathLink(facts.dataFolder))
                                : pathLink(facts.dataFolder);
    form->addRow(tr("Purchase history:"), valueLabel(history, u"aboutDataFolder"_s, this));
    const QString settings = !facts.settingsFile.isEmpty() ? pathLink(facts.settingsFile)
                             : facts.sandbox ? tr("none: a sandbox run writes no settings").toHtmlEscaped()
                                             : tr("none").toHtmlEscaped();
    form->addRow(tr("Settings:"), valueLabel(settings, u"aboutSettings"_s, this));
    const QString secrets = facts.sandbox ? tr("in memory, for this sandbox run only")
                                          : tr("the system keychain (Secret Service), never a file");
    form->addRow(tr("SecretKeys and passwords:"),
                 valueLabel(secrets.toHtmlEscaped(), u"aboutSecrets"_s, this));

    // One command a line: a line break inside "man cvm-purchaser-cli" would read as two commands.
    QStringList pages;
    for (const char *program : {"cvm-purchaser", "cvm-purchaser-cli", "cvm-sandbox"})
        pages.append(u"<code>man %1</code>"_s.arg(QLatin1StringView(program)));
    form->addRow(tr("Manual pages:"), valueLabel(pages.join(u"<br>"_s), u"aboutManualPages"_s, this));
    if (const QString readme = readmePath(); !readme.isEmpty())
        form->addRow(tr("User guide:"), valueLabel(pathLink(readme), u"aboutUserGuide"_s, this));
    layout->addLayout(form);
    // Wide enough for a path on one line, from the width of a Latin letter (a CJK font's average character is
    // twice as wide), and never wider than the screen: the font sets the width, not a number of pixels.
    const int screenWidth = screen() ? screen()->availableSize().width() : 1024;
    setMinimumWidth(std::min(fontMetrics().horizontalAdvance(u'n') * 100, screenWidth * 9 / 10));
    layout->addStretch(1); // room left over goes below the text, not between its lines

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    layout->addWidget(buttons);
    // As tall as the wrapped text is at that width: the size hint alone guesses from a narrower one.
    resize(minimumWidth(), layout->totalHeightForWidth(minimumWidth()));
}

AboutDialog::~AboutDialog() = default;
