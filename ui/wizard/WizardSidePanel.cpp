#include "wizard/WizardSidePanel.h"

#include "api/CloudQueries.h"
#include "order/Catalog.h"
#include "wizard/Format.h"
#include "wizard/OrderPage.h"
#include "wizard/WizardContext.h"

#include <QEvent>
#include <QIconEngine>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace {
// The current step's marker: an arrowhead in the text colour, drawn at whatever size and pixel ratio
// it is shown, in place of the style's arrow image, so opening the window decodes no image for it.
class ArrowIconEngine final : public QIconEngine
{
public:
    explicit ArrowIconEngine(const QColor &color) : m_color(color) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode, QIcon::State) override
    {
        const QRectF r(rect);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_color);
        painter->drawPolygon(QPolygonF{{r.left() + r.width() * 0.3, r.top() + r.height() * 0.2},
                                       {r.left() + r.width() * 0.8, r.top() + r.height() * 0.5},
                                       {r.left() + r.width() * 0.3, r.top() + r.height() * 0.8}});
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new ArrowIconEngine(m_color); }

private:
    QColor m_color;
};

// A heading written "<b>…</b>": shown as plain text in a bold font, which looks the same and takes a
// fraction of the work of laying out rich text. Anything richer stays rich text.
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    const auto open = "<b>"_L1;
    const auto close = "</b>"_L1;
    const QStringView inner =
        text.size() > open.size() + close.size() && text.startsWith(open) && text.endsWith(close)
            ? QStringView(text).sliced(open.size(), text.size() - open.size() - close.size())
            : QStringView();
    if (!inner.isEmpty() && !inner.contains(u'<') && !inner.contains(u'&')) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setTextFormat(Qt::PlainText);
        label->setText(inner.toString());
    } else {
        label->setText(text);
    }
    return label;
}
} // namespace

WizardSidePanel::WizardSidePanel(QWizard *wizard, WizardContext *context, QWidget *parent)
    : QWidget(parent), m_wizard(wizard), m_context(context), m_steps(new QListWidget(this)),
      m_summary(new QLabel(this))
{
    m_steps->setObjectName(u"steps"_s);
    m_summary->setObjectName(u"orderSummary"_s);
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setFrameShape(QFrame::NoFrame);
    // A stop of its own: the arrow keys move along the steps, Enter or Space goes to one reached. The
    // current step is the selected one, set here only.
    m_steps->setFocusPolicy(Qt::StrongFocus);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->installEventFilter(this);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->viewport()->setAutoFillBackground(false);
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("<b>Steps</b>"), this));
    layout->addWidget(m_steps);
    layout->addWidget(heading(tr("<b>Your order</b>"), this));
    layout->addWidget(m_summary);
    layout->addStretch();

    connect(m_steps, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT stepClicked(item->data(Qt::UserRole).toInt()); });
    connect(m_context->draft(), &OrderDraft::changed, this, &WizardSidePanel::refresh);
    connect(m_context->draft(), &OrderDraft::replaced, this, [this] { m_forgetReached = true; });
    connect(m_wizard, &QWizard::currentIdChanged, this, &WizardSidePanel::refresh);
    // A step can come to need attention after it was left (a lookup that answered late): refreshed once for
    // however many pages say so at a time.
    for (int id : m_wizard->pageIds())
        connect(m_wizard->page(id), &QWizardPage::completeChanged, this, [this] {
            if (m_refreshPending)
                return;
            m_refreshPending = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_refreshPending = false;
                    refresh();
                },
                Qt::QueuedConnection);
        });
}

void WizardSidePanel::refresh()
{
    const QList<int> visited = m_wizard->visitedIds();
    // QWizard forgets the steps after the current one on Back; they stay reached here, until the wizard
    // starts over for another order.
    if (m_forgetReached && visited.size() <= 1) {
        m_reached.clear();
        m_forgetReached = false;
    }
    for (int id : visited)
        if (!m_reached.contains(id))
            m_reached.append(id);
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
        const bool reached = m_reached.contains(id);
        const bool wasVisited = reached && id != current;
        const bool problem = page && wasVisited && (page->hasErrors() || !page->isComplete());
        // The state in words as well as an icon: never by colour alone. A screen reader hears the step's
        // place, its name and its state, the icon's in words.
        const QString title = m_wizard->page(id)->title();
        QString text = tr("%1. %2").arg(row + 1).arg(title);
        QString spoken;
        QIcon icon;
        if (id == current) {
            icon = currentStepIcon();
            spoken = tr("Step %1 of %2, %3, current");
        } else if (problem) {
            icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
            text = tr("%1 (needs attention)").arg(text);
            spoken = tr("Step %1 of %2, %3, needs attention");
        } else if (wasVisited) {
            icon = style()->standardIcon(QStyle::SP_DialogApplyButton);
            spoken = tr("Step %1 of %2, %3, done");
        } else {
            spoken = tr("Step %1 of %2, %3, not reached yet");
        }
        item->setText(text);
        item->setData(Qt::AccessibleTextRole, spoken.arg(row + 1).arg(ids.size()).arg(title));
        item->setIcon(icon);
        QFont font = item->font();
        font.setBold(id == current);
        item->setFont(font);
        item->setFlags(reached ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
    }
    // The current step is the selected item; the keyboard's place in the list follows it to each new step.
    const int currentRow = ids.indexOf(current);
    if (currentRow >= 0) {
        const QModelIndex index = m_steps->model()->index(currentRow, 0);
        m_steps->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
        if (current != m_shownCurrent)
            m_steps->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    m_shownCurrent = current;
    // Wide enough for the longest step name in the current language, never cut off.
    m_steps->setFixedWidth(std::max(m_steps->sizeHintForColumn(0) + 2 * m_steps->frameWidth() + 8,
                                    fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12));
    // Tall enough for every step, so the order summary below is never squeezed.
    m_steps->setFixedHeight(m_steps->sizeHintForRow(0) * m_steps->count() + 2 * m_steps->frameWidth() + 4);

    const PurchaseOrder &o = m_context->draft()->order();
    QStringList lines{o.instanceType};
    if (o.cpu > 0 && o.mem > 0)
        lines.append(tr("%1, %2").arg(Format::cores(o.cpu), Format::gigabytes(o.mem)));
    if (!o.zone.isEmpty())
        lines.append(Format::zoneName(o.zone));
    if (!o.imageId.isEmpty())
        lines.append(m_context->imageName(o.imageId));
    lines.append(tr("× %1").arg(Format::instances(o.goodsNum)));
    m_summary->setText(lines.join(u'\n'));
}

QIcon WizardSidePanel::currentStepIcon()
{
    if (m_currentStepIcon.isNull())
        m_currentStepIcon = QIcon(new ArrowIconEngine(palette().color(QPalette::WindowText)));
    return m_currentStepIcon;
}

bool WizardSidePanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter or Space on a reached step goes there; taken here, so Enter does not also press Next.
    if (watched == m_steps && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
            if (QListWidgetItem *item = m_steps->currentItem(); item && (item->flags() & Qt::ItemIsEnabled))
                Q_EMIT stepClicked(item->data(Qt::UserRole).toInt());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WizardSidePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_currentStepIcon = QIcon(); // drawn in the new text colour
        if (m_steps->count() > 0)
            refresh();
    }
    QWidget::changeEvent(event);
}
