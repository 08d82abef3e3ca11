#pragma once
// What a user cannot read on a page at its size; shared by the layout tests.
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QWidget>

#include <algorithm>

namespace LayoutCheck {
using namespace Qt::StringLiterals;

// What of w a user cannot read: its text needs more room than it was given.
inline QString clipped(QWidget *w)
{
    const QString name =
        w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
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
        if (button->width() < button->minimumSizeHint().width() ||
            button->height() < button->minimumSizeHint().height())
            return u"%1 \"%2\": %3×%4 px, needs %5×%6"_s.arg(name, button->text())
                .arg(button->width())
                .arg(button->height())
                .arg(button->minimumSizeHint().width())
                .arg(button->minimumSizeHint().height());
        return {};
    }
    const bool partOfAnother =
        qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget());
    if (!partOfAnother && (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                           qobject_cast<QLineEdit *>(w))) {
        if (w->width() < w->minimumSizeHint().width() || w->height() < w->minimumSizeHint().height())
            return u"%1: %2×%3 px, needs %4×%5"_s.arg(name)
                .arg(w->width())
                .arg(w->height())
                .arg(w->minimumSizeHint().width())
                .arg(w->minimumSizeHint().height());
    }
    return {};
}
// Blank pixels between the bottom of what a line under a field shows (its wrapped text, or a taller widget
// beside it: a busy bar, a button) and the next widget down the page; -1 when nothing is below.
inline int blankBelow(QWidget *page, QWidget *line)
{
    auto *text = line->findChild<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
    for (QLabel *label : line->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly))
        if (label->wordWrap())
            text = label;
    const int top = line->mapTo(page, QPoint(0, 0)).y();
    int bottom = text->mapTo(page, QPoint(0, 0)).y() + text->heightForWidth(text->width());
    for (QWidget *beside : line->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        if (beside != text && beside->isVisible())
            bottom = std::max(bottom, beside->mapTo(page, QPoint(0, beside->height())).y());
    int below = -1;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisible() || w == line || line->isAncestorOf(w) || w->isAncestorOf(line))
            continue;
        const int wTop = w->mapTo(page, QPoint(0, 0)).y();
        if (wTop > top && (below < 0 || wTop < below))
            below = wTop;
    }
    return below < 0 ? -1 : below - bottom;
}

// What is wrong with page in window at the size of screen, one line each, starting with name: the window
// needs more than the screen, a widget's text is cut off, a blank line follows a problem or status line.
inline QStringList pageProblems(QWidget *window, QWidget *page, const QString &name, const QSize &screen)
{
    QStringList problems;
    if (window->width() > screen.width() || window->height() > screen.height())
        problems.append(u"%1: the window needs %2×%3"_s.arg(name)
                            .arg(window->minimumSizeHint().width())
                            .arg(window->minimumSizeHint().height()));
    for (QWidget *w : page->findChildren<QWidget *>()) {
        const QString problem = w->isVisible() ? clipped(w) : QString();
        if (!problem.isEmpty())
            problems.append(u"%1: cut off: %2"_s.arg(name, problem));
    }
    // The next row follows a problem line or a list's status line at the form's spacing, not a line below.
    const int allowed = page->fontMetrics().lineSpacing() * 2 / 3;
    for (QWidget *line : page->findChildren<QWidget *>()) {
        if (!line->isVisible() || !(line->inherits("ProblemLabel") || line->inherits("LookupStatus")))
            continue;
        const int blank = blankBelow(page, line);
        if (blank > allowed)
            problems.append(u"%1: %2 px blank under %3 \"%4\" (at most %5)"_s.arg(name)
                                .arg(blank)
                                .arg(line->objectName(), line->accessibleName().left(40))
                                .arg(allowed));
    }
    return problems;
}
} // namespace LayoutCheck
