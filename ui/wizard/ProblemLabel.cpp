#include "wizard/ProblemLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

ProblemLabel::ProblemLabel(QWidget *parent) : WrappedLine(parent), m_icon(new QLabel(this))
{
    m_icon->setAlignment(Qt::AlignTop);
    row()->insertWidget(0, m_icon);
    textLabel()->setTextFormat(Qt::PlainText);
    hide();
}

QString ProblemLabel::text() const
{
    return textLabel()->text();
}

void ProblemLabel::setProblems(const QList<FieldProblem> &problems)
{
    if (problems.isEmpty()) {
        textLabel()->clear();
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
    textLabel()->setText(lines.join(u'\n'));
    setAccessibleName(textLabel()->text());
    retell();
    show();
}
