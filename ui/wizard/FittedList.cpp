#include "wizard/FittedList.h"

#include <QScrollBar>

#include <algorithm>

FittedList::FittedList(int minRows, int maxRows, QWidget *parent)
    : QListWidget(parent), m_minRows(minRows), m_maxRows(maxRows)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Its height follows its rows: the layout asks again whenever rows come or go.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model(), signal, this, &QWidget::updateGeometry);
    connect(model(), &QAbstractItemModel::modelReset, this, &QWidget::updateGeometry);
    // A row's height can change after it came: a check box set on an item makes it taller than its text.
    connect(model(), &QAbstractItemModel::dataChanged, this, &QWidget::updateGeometry);
    connect(horizontalScrollBar(), &QScrollBar::rangeChanged, this, &QWidget::updateGeometry);
}

QSize FittedList::sizeHint() const
{
    const int rows = std::clamp(count(), m_minRows, m_maxRows);
    int rowHeight = count() > 0 ? sizeHintForRow(0) : 0;
    if (rowHeight <= 0)
        rowHeight = fontMetrics().height();
    int height = rows * (rowHeight + 2 * spacing()) + 2 * frameWidth();
    // A row longer than the list is wide gets a horizontal scroll bar, which must not hide the last row.
    if (horizontalScrollBar()->isVisible())
        height += horizontalScrollBar()->sizeHint().height();
    return {QListWidget::sizeHint().width(), height};
}

QSize FittedList::minimumSizeHint() const
{
    return {QListWidget::minimumSizeHint().width(), sizeHint().height()};
}
