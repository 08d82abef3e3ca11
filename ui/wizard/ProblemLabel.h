#pragma once

#include "order/OrderValidator.h"
#include "wizard/WrappedLine.h"

#include <QPointer>

// The line under a field: an icon and one sentence naming the rule, hidden
// while the field is fine. Errors and warnings have different icons, so
// nothing is told by colour alone; the icon is named ("Error", "Warning") for
// screen readers. The field it is about reads the line as its accessible
// description, so a screen reader says the problem where the user is.
class ProblemLabel final : public WrappedLine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemLabel)

public:
    explicit ProblemLabel(QWidget *parent = nullptr);
    void setProblems(const QList<FieldProblem> &problems);
    QString text() const;
    // The field (or the control holding the fields) the problems are about.
    void setField(QWidget *field);
    QWidget *field() const { return m_field; }
    // A standing note on the field (its range, say), read in its description after any problem.
    void setFieldNote(const QString &note);

private:
    void describeField();

    QLabel *m_icon;
    QPointer<QWidget> m_field;
    QString m_fieldNote;
    QString m_described; // the description last given to the field
};
