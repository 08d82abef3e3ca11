#pragma once

#include <QToolButton>

// A tool button that is one choice of a group's (a cell of the CPU × memory
// grid): screen readers are told it is a radio button, checked or not, where
// Qt 6.4 calls every checkable button a check box.
class ChoiceButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceButton)

public:
    explicit ChoiceButton(QWidget *parent = nullptr);
};
