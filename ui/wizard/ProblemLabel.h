#pragma once

#include "OrderValidator.h"

#include <QWidget>

class QLabel;

// The line under a field: an icon and one sentence naming the rule, hidden
// while the field is fine. Errors and warnings have different icons, so
// nothing is told by colour alone.
class ProblemLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemLabel)

public:
    explicit ProblemLabel(QWidget *parent = nullptr);
    void setProblems(const QList<FieldProblem> &problems);
    QString text() const;

    // As high as its lines at the width it has, whatever width a layout asks about (see the .cpp).
    bool hasHeightForWidth() const override { return false; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int linesHeight() const;

    QLabel *m_icon;
    QLabel *m_text;
    int m_linesHeight = -1; // as last told to the layout
};
