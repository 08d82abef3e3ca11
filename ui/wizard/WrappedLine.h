#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

// A line under a field: small widgets beside one word-wrapped text (an icon,
// a busy bar, a button), as high as the text's lines at the width it has,
// whatever width a layout asks about (see the .cpp). It takes the whole width
// of a form's field column.
class WrappedLine : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedLine)

public:
    bool hasHeightForWidth() const override { return false; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    explicit WrappedLine(QWidget *parent = nullptr);
    QHBoxLayout *row() const { return m_row; }
    QLabel *textLabel() const { return m_text; }
    // After the text or the widgets beside it changed: tells the layout the new height.
    void retell();
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int linesHeight() const;

    QHBoxLayout *m_row;
    QLabel *m_text;
    mutable int m_toldHeight = -1; // as last told to the layout
};
