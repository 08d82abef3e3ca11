#include "wizard/NamesPreview.h"

#include "order/NamePattern.h"
#include "protocol/ApiProtocol.h"
#include "protocol/InstanceSettings.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

int NamesPreview::count(const PurchaseOrder &order)
{
    return std::clamp(order.goodsNum, 1, ApiProtocol::forApi(order.api).maxInstanceCount());
}

QStringList NamesPreview::instanceNames(const PurchaseOrder &order)
{
    if (order.instanceName.isEmpty())
        return {};
    return NamePattern::instanceNames(order.instanceName, count(order));
}

QStringList NamesPreview::hostNames(const PurchaseOrder &order)
{
    const QString hostName = InstanceSettings::hostNameOf(order);
    if (hostName.isEmpty() || !InstanceSettings::supported(order.api))
        return {};
    return NamePattern::hostNames(hostName, count(order), {});
}

QString NamesPreview::summary(const QStringList &names, const QString &whenNone)
{
    if (names.isEmpty())
        return whenNone;
    const QString first = names.mid(0, kShown).join(tr(", "));
    if (names.size() <= kShown)
        return first;
    return tr("%1 … and %2 more").arg(first, QLocale().toString(names.size() - kShown));
}

QString NamesPreview::fullList(const PurchaseOrder &order)
{
    const QStringList names = instanceNames(order);
    const QStringList hosts = hostNames(order);
    const int n = count(order);
    QStringList lines;
    for (int i = 0; i < n; ++i) {
        const QString name = names.value(i, tr("(named by the cloud)"));
        lines.append(hosts.isEmpty() ? tr("%1. %2").arg(i + 1).arg(name)
                                     : tr("%1. %2, host name %3").arg(i + 1).arg(name, hosts.at(i)));
    }
    return lines.join(u'\n');
}

void NamesPreview::showAll(const PurchaseOrder &order, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(u"allNamesDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Names of the %n instance(s)", nullptr, count(order)));
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(u"allNamesText"_s);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(fullList(order));
    text->setAccessibleName(tr("Instance names"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("The names the cloud gives the instances of this order:"), dialog));
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(dialog->fontMetrics().horizontalAdvance(u'M') * 40,
                   dialog->fontMetrics().lineSpacing() * 20);
    dialog->open();
    text->setFocus();
}
