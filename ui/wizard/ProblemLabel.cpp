#include "ProblemLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QStyle>

#include <algorithm>

ProblemLabel::ProblemLabel(QWidget *parent) : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop); // beside the icon, not centred below it
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    // The whole width of the form's field column: a form lets a Preferred field no wider than its
    // size hint, which for wrapped text (Chinese above all) is a narrow column of short lines.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    hide();
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
// So the line tells its height for the width it has, in its size hint, and tells again when its width changes.
int ProblemLabel::linesHeight() const
{
    const int iconHeight = m_icon->sizeHint().height();
    if (!testAttribute(Qt::WA_Resized)) // not laid out yet: one line a message until it has its width
        return std::max(iconHeight, m_text->minimumSizeHint().height());
    const int textWidth = width() - m_icon->sizeHint().width() - layout()->spacing();
    return std::max(iconHeight, m_text->heightForWidth(std::max(textWidth, m_text->minimumSizeHint().width())));
}

QSize ProblemLabel::sizeHint() const
{
    return {QWidget::sizeHint().width(), linesHeight()};
}

QSize ProblemLabel::minimumSizeHint() const
{
    return {QWidget::minimumSizeHint().width(), linesHeight()};
}

void ProblemLabel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int height = linesHeight();
    if (height != m_linesHeight) {
        m_linesHeight = height;
        updateGeometry();
    }
}

QString ProblemLabel::text() const
{
    return m_text->text();
}

void ProblemLabel::setProblems(const QList<FieldProblem> &problems)
{
    if (problems.isEmpty()) {
        m_text->clear();
        hide();
        return;
    }
    QStringList lines;
    for (const FieldProblem &p : problems)
        if (!lines.contains(p.message))
            lines.append(p.message);
    const bool error = problems.first().isError();
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()
                          ->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation)
                          .pixmap(size, size));
    m_text->setText(lines.join(u'\n'));
    setAccessibleName(m_text->text());
    m_linesHeight = linesHeight();
    updateGeometry();
    show();
}
