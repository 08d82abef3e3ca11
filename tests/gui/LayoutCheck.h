#pragma once
// What of a widget a user cannot read at its size; shared by the layout tests.
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QWidget>

namespace LayoutCheck {
using namespace Qt::StringLiterals;

// What of w a user cannot read: its text needs more room than it was given.
inline QString clipped(QWidget *w)
{
    const QString name = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                   : w->objectName();
    if (auto *label = qobject_cast<QLabel *>(w)) {
        if (label->text().isEmpty() || label->pixmap().isNull() == false)
            return {};
        if (label->wordWrap()) {
            if (label->heightForWidth(label->contentsRect().width() + label->contentsMargins().left() +
                                      label->contentsMargins().right()) > label->height())
                return u"%1 \"%2\": %3 px high, needs %4"_s.arg(name, label->text().left(40))
                    .arg(label->height())
                    .arg(label->heightForWidth(label->width()));
            return {};
        }
        if (label->width() < label->minimumSizeHint().width())
            return u"%1 \"%2\": %3 px wide, needs %4"_s.arg(name, label->text().left(40))
                .arg(label->width())
                .arg(label->minimumSizeHint().width());
        return {};
    }
    if (auto *button = qobject_cast<QAbstractButton *>(w)) {
        if (button->text().isEmpty())
            return {};
        if (button->width() < button->minimumSizeHint().width() || button->height() < button->minimumSizeHint().height())
            return u"%1 \"%2\": %3×%4 px, needs %5×%6"_s.arg(name, button->text())
                .arg(button->width())
                .arg(button->height())
                .arg(button->minimumSizeHint().width())
                .arg(button->minimumSizeHint().height());
        return {};
    }
    const bool partOfAnother = qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
                               qobject_cast<QComboBox *>(w->parentWidget());
    if (!partOfAnother &&
        (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QLineEdit *>(w))) {
        if (w->width() < w->minimumSizeHint().width() || w->height() < w->minimumSizeHint().height())
            return u"%1: %2×%3 px, needs %4×%5"_s.arg(name)
                .arg(w->width())
                .arg(w->height())
                .arg(w->minimumSizeHint().width())
                .arg(w->minimumSizeHint().height());
    }
    return {};
}
} // namespace LayoutCheck
