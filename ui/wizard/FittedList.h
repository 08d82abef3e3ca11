#pragma once

#include <QListWidget>

// A list as tall as its rows, between a least and a most (scrolling beyond): four zones take four lines, not
// a tall box that is mostly empty, and the page's other fields stay close under it.
class FittedList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FittedList)

public:
    FittedList(int minRows, int maxRows, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int m_minRows;
    int m_maxRows;
};
