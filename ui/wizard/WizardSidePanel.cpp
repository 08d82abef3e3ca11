#include "WizardSidePanel.h"

#include "Catalog.h"
#include "CloudQueries.h"
#include "Format.h"
#include "OrderPage.h"
#include "WizardContext.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

WizardSidePanel::WizardSidePanel(QWizard *wizard, WizardContext *context, QWidget *parent)
    : QWidget(parent), m_wizard(wizard), m_context(context), m_steps(new QListWidget(this)),
      m_summary(new QLabel(this)), m_price(new QLabel(this))
{
    m_steps->setObjectName(u"steps"_s);
    m_summary->setObjectName(u"orderSummary"_s);
    m_price->setObjectName(u"priceSummary"_s);
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setFrameShape(QFrame::NoFrame);
    m_steps->setFocusPolicy(Qt::NoFocus); // the wizard's own keys move between steps
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->viewport()->setAutoFillBackground(false);
    m_summary->setWordWrap(true);
    m_price->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    auto *stepsTitle = new QLabel(tr("<b>Steps</b>"), this);
    layout->addWidget(stepsTitle);
    layout->addWidget(m_steps);
    layout->addWidget(new QLabel(tr("<b>Your order</b>"), this));
    layout->addWidget(m_summary);
    layout->addWidget(m_price);
    layout->addStretch();

    connect(m_steps, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT stepClicked(item->data(Qt::UserRole).toInt()); });
    connect(m_context->queries(), &CloudQueries::priceReady, this, &WizardSidePanel::showPrice);
    connect(m_context->draft(), &OrderDraft::changed, this, &WizardSidePanel::refresh);
    connect(m_wizard, &QWizard::currentIdChanged, this, &WizardSidePanel::refresh);
}

void WizardSidePanel::refresh()
{
    const QList<int> visited = m_wizard->visitedIds();
    const int current = m_wizard->currentId();
    const QList<int> ids = m_wizard->pageIds();
    if (m_steps->count() != ids.size()) {
        m_steps->clear();
        for (int id : ids) {
            auto *item = new QListWidgetItem(m_steps);
            item->setData(Qt::UserRole, id);
        }
    }
    for (int row = 0; row < ids.size(); ++row) {
        const int id = ids.at(row);
        auto *page = qobject_cast<OrderPage *>(m_wizard->page(id));
        QListWidgetItem *item = m_steps->item(row);
        const bool wasVisited = visited.contains(id) && id != current;
        const bool problem = page && wasVisited && page->hasErrors();
        // The state in words as well as an icon: never by colour alone.
        QString text = tr("%1. %2").arg(row + 1).arg(m_wizard->page(id)->title());
        QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
        if (id == current) {
            icon = QStyle::SP_ArrowRight;
        } else if (problem) {
            icon = QStyle::SP_MessageBoxWarning;
            text = tr("%1 (needs attention)").arg(text);
        } else if (wasVisited) {
            icon = QStyle::SP_DialogApplyButton;
        }
        item->setText(text);
        item->setIcon(icon == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(icon));
        QFont font = item->font();
        font.setBold(id == current);
        item->setFont(font);
        item->setFlags(visited.contains(id) ? Qt::ItemIsEnabled : Qt::NoItemFlags);
    }
    // Wide enough for the longest step name in the current language, never cut off.
    m_steps->setFixedWidth(std::max(m_steps->sizeHintForColumn(0) + 2 * m_steps->frameWidth() + 8,
                                    fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12));
    // Tall enough for every step, so the order summary below is never squeezed.
    m_steps->setFixedHeight(m_steps->sizeHintForRow(0) * m_steps->count() + 2 * m_steps->frameWidth() + 4);

    const PurchaseOrder &o = m_context->draft()->order();
    QStringList lines{o.instanceType};
    if (o.cpu > 0 && o.mem > 0)
        lines.append(tr("%1, %2").arg(Format::cores(o.cpu), Format::gigabytes(o.mem)));
    if (o.zoneId > 0)
        lines.append(Format::zoneName(o.zoneId));
    if (!o.imageId.isEmpty())
        lines.append(o.imageId);
    lines.append(tr("× %1").arg(Format::instances(o.goodsNum)));
    m_summary->setText(lines.join(u'\n'));
}

void WizardSidePanel::showPrice(const ApiResult &result, const ApiReplies::Price &price)
{
    m_price->setText(result.ok() ? tr("≈ %1 (estimate)").arg(Format::hourlyPrice(price.instancePerHour +
                                                                                 price.bandwidthPerHour))
                                 : tr("Price not known yet"));
}
