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

void ProblemLabel::setField(QWidget *field)
{
    m_field = field;
    describeField();
}

void ProblemLabel::setFieldNote(const QString &note)
{
    m_fieldNote = note;
    describeField();
}

void ProblemLabel::describeField()
{
    if (!m_field)
        return;
    // The icon's word and the sentence: "Error: Choose an image." Qt 6.4 has no invalid-entry state to set
    // (QAccessible::State leaves it out), so the word says it.
    QStringList parts;
    if (!textLabel()->text().isEmpty())
        parts.append(tr("%1: %2").arg(m_icon->accessibleName(), textLabel()->text()));
    if (!m_fieldNote.isEmpty())
        parts.append(m_fieldNote);
    const QString description = parts.join(u'\n');
    // Two lines may take turns on one field (a rule's problem, a note on what changed): the one with
    // nothing to say leaves the other's words.
    const QString current = m_field->accessibleDescription();
    if (description.isEmpty() && current != m_described)
        return;
    m_described = description;
    if (current != description)
        m_field->setAccessibleDescription(description);
}

void ProblemLabel::setProblems(const QList<FieldProblem> &problems)
{
    if (problems.isEmpty()) {
        textLabel()->clear();
        setAccessibleName(QString());
        hide();
        describeField();
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
    // The icon's text equivalent.
    m_icon->setAccessibleName(error ? tr("Error") : tr("Warning"));
    textLabel()->setText(lines.join(u'\n'));
    setAccessibleName(tr("%1: %2").arg(m_icon->accessibleName(), textLabel()->text()));
    retell();
    show();
    describeField();
}
