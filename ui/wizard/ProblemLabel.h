#pragma once

#include "order/OrderValidator.h"
#include "wizard/WrappedLine.h"

// The line under a field: an icon and one sentence naming the rule, hidden
// while the field is fine. Errors and warnings have different icons, so
// nothing is told by colour alone.
class ProblemLabel final : public WrappedLine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemLabel)

public:
    explicit ProblemLabel(QWidget *parent = nullptr);
    void setProblems(const QList<FieldProblem> &problems);
    QString text() const;

private:
    QLabel *m_icon;
};
