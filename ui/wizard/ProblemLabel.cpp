#include "ProblemLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

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
    show();
}
