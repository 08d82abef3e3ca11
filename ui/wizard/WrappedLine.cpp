#include "wizard/WrappedLine.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

WrappedLine::WrappedLine(QWidget *parent)
    : QWidget(parent), m_row(new QHBoxLayout(this)), m_text(new QLabel(this))
{
    m_row->setContentsMargins(0, 0, 0, 0);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop); // beside the other widgets, not centred below them
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->installEventFilter(this);
    m_row->addWidget(m_text, 1);
    // The whole width of the form's field column: a form lets a Preferred field no wider than its
    // size hint, which for wrapped text (Chinese above all) is a narrow column of short lines.
    // As high as its lines (the size hint), never stretched to fill the page.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

// Why not a height for width, as a word-wrapped QLabel has. In the pages' QFormLayouts (Qt 6.4) that left a
// blank under the lines, of up to three lines:
// - a row with a field and no label is at least as high as the field's size hint (setupHfwLayoutData starts
//   the row from it and only raises it to the height for width), and the size hint of a widget whose layout
//   has a height for width is its height at its size-hint width (QLayout::totalSizeHint): for wrapped text,
//   a narrow column of short lines;
// - the form keeps one set of row heights for two widths: asking its height for its size-hint width (the
//   page's sizeHint() does) replaces the rows of the width it has, and its next setGeometry() at that width
//   uses them, giving the line the height of a narrow column and squeezing the rows around it.
// So the line tells its height for the width its text has, in its size hint, and tells again when that width
// or the text changes.
int WrappedLine::linesHeight() const
{
    int height = 0;
    for (int i = 0; i < m_row->count(); ++i)
        if (QWidget *w = m_row->itemAt(i)->widget(); w && w != m_text && !w->isHidden())
            height = std::max(height, w->sizeHint().height());
    if (m_text->text().isEmpty())
        return height;
    // Not laid out yet: one line a message until the text has its width.
    const int textHeight =
        m_text->testAttribute(Qt::WA_Resized)
            ? m_text->heightForWidth(std::max(m_text->width(), m_text->minimumSizeHint().width()))
            : m_text->minimumSizeHint().height();
    return std::max(height, textHeight);
}

QSize WrappedLine::sizeHint() const
{
    m_toldHeight = linesHeight();
    return {QWidget::sizeHint().width(), m_toldHeight};
}

QSize WrappedLine::minimumSizeHint() const
{
    m_toldHeight = linesHeight();
    return {QWidget::minimumSizeHint().width(), m_toldHeight};
}

void WrappedLine::retell()
{
    if (linesHeight() != m_toldHeight)
        updateGeometry();
}

bool WrappedLine::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::Resize)
        retell();
    return QWidget::eventFilter(watched, event);
}
