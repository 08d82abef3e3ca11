#include "wizard/FeeBar.h"

#include "wizard/Format.h"

#include <QDateTime>
#include <QLabel>
#include <QMenu>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace {
constexpr int kHoursPerDay = 24;
constexpr int kHoursPer30Days = 30 * kHoursPerDay;
// Longer lines (a cloud's reason, say) are cut short on the bar and read in full in its details.
constexpr int kMaxLineChars = 90;
} // namespace

FeeBar::FeeBar(QWidget *parent) : QPushButton(parent), m_details(new QLabel), m_retry(nullptr)
{
    setObjectName(u"feeBar"_s);
    setAccessibleName(tr("Price"));
    setFlat(true);
    setAutoDefault(false); // Enter moves the wizard on; it never opens the price's details
    setFocusPolicy(Qt::TabFocus);
    QFont bold = font();
    bold.setBold(true); // the figure the whole order comes to, as prominent as the console's
    setFont(bold);

    auto *menu = new QMenu(this);
    menu->setObjectName(u"feeDetails"_s);
    m_details->setObjectName(u"feeBreakdown"_s);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setMargin(8);
    auto *details = new QWidgetAction(menu);
    details->setDefaultWidget(m_details); // the menu owns the label from here on
    menu->addAction(details);
    m_retry = menu->addAction(tr("Ask the cloud &again"), this, &FeeBar::retryRequested);
    m_retry->setObjectName(u"feeRetry"_s);
    setMenu(menu);
    setUnavailable(tr("the order is not complete yet."));
}

void FeeBar::setUnavailable(const QString &reason)
{
    display(tr("Price unavailable: %1").arg(reason), tr("No price can be asked for yet: %1").arg(reason),
            false);
}

void FeeBar::setAsking()
{
    display(tr("Asking the cloud for the price…"), tr("Asking the cloud for the price of this order."),
            false);
}

void FeeBar::showPrice(const ApiResult &result, const ApiReplies::Price &price, int count,
                       const QDateTime &terminateAt)
{
    if (!result.ok()) {
        display(tr("Price unavailable: %1").arg(result.describe()),
                tr("The cloud could not give the price of this order:\n%1").arg(result.describe()), true);
        return;
    }
    const double hourly = price.hourly();
    QString untilLine;
    QString line = tr("Price ≈ %1 · %2 · %3")
                       .arg(Format::hourlyPrice(hourly), Format::dailyPrice(hourly * kHoursPerDay),
                            Format::monthlyPrice(hourly * kHoursPer30Days));
    // Destroyed on schedule: what the instances cost until then.
    if (const qint64 seconds = QDateTime::currentDateTime().secsTo(terminateAt);
        terminateAt.isValid() && seconds > 0) {
        const QString until =
            tr("≈ %1 until %2")
                .arg(Format::price(hourly * double(seconds) / 3600.0), Format::moment(terminateAt));
        // A day's or a month's price says little of instances gone before then.
        line = tr("Price ≈ %1 · %2").arg(Format::hourlyPrice(hourly), until);
        untilLine = tr("Until they are destroyed automatically: %1").arg(until);
    }
    QStringList details{
        tr("Estimated price of %1:").arg(Format::instances(count)),
        tr("Instances with their disks: %1 (%2 each)")
            .arg(Format::hourlyPrice(price.instancePerHour),
                 Format::hourlyPrice(count > 0 ? price.instancePerHour / count : 0)),
    };
    // A per-GB price is a price of its own, never added into the hourly one.
    if (price.bandwidthPerGb()) {
        if (price.bandwidthPerHour > 0) {
            line = tr("%1, plus traffic at %2").arg(line, Format::perGbPrice(price.bandwidthPerHour));
            details.append(tr("Traffic: %1, for each GB sent out; not in the figures below")
                               .arg(Format::perGbPrice(price.bandwidthPerHour)));
        }
    } else if (price.bandwidthPerHour > 0) {
        details.append(tr("Bandwidth: %1").arg(Format::hourlyPrice(price.bandwidthPerHour)));
    }
    details.append(tr("In all: %1, %2, %3")
                       .arg(Format::hourlyPrice(hourly), Format::dailyPrice(hourly * kHoursPerDay),
                            Format::monthlyPrice(hourly * kHoursPer30Days)));
    if (!untilLine.isEmpty())
        details.append(untilLine);
    details.append(tr("An estimate: the cloud bills what is used."));
    display(line, details.join(u'\n'), false);
}

void FeeBar::display(const QString &line, const QString &details, bool failed)
{
    QString shown =
        fontMetrics().elidedText(line, Qt::ElideRight, fontMetrics().averageCharWidth() * kMaxLineChars);
    shown.replace(u'&', "&&"_L1); // a reason's "&" is text, not a mnemonic
    setText(shown);
    Q_EMIT lineChanged(shown);
    setToolTip(details);
    setAccessibleDescription(details);
    m_details->setText(details);
    m_retry->setVisible(failed);
}
