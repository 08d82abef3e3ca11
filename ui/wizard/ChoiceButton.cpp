#include "wizard/ChoiceButton.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace {
class ChoiceButtonAccessible final : public QAccessibleWidget
{
public:
    explicit ChoiceButtonAccessible(ChoiceButton *button)
        : QAccessibleWidget(button, QAccessible::RadioButton)
    {
    }

    ChoiceButton *button() const { return static_cast<ChoiceButton *>(widget()); }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && button()->accessibleName().isEmpty())
            return button()->text();
        return QAccessibleWidget::text(t);
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.checkable = true;
        state.checked = button()->isChecked();
        return state;
    }

    QStringList actionNames() const override
    {
        QStringList names = QAccessibleWidget::actionNames();
        if (button()->isEnabled())
            names.prepend(pressAction());
        return names;
    }

    void doAction(const QString &actionName) override
    {
        if (actionName == pressAction() && button()->isEnabled())
            button()->click();
        else
            QAccessibleWidget::doAction(actionName);
    }
};

QAccessibleInterface *choiceButtonAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String(ChoiceButton::staticMetaObject.className()))
        return new ChoiceButtonAccessible(static_cast<ChoiceButton *>(object));
    return nullptr;
}
} // namespace

ChoiceButton::ChoiceButton(QWidget *parent) : QToolButton(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(choiceButtonAccessible);
        return true;
    }();
    Q_UNUSED(installed)
    setCheckable(true);
    // A checked button tells screen readers, as a radio button does.
    connect(this, &QToolButton::toggled, this, [this] {
        QAccessible::State changed;
        changed.checked = true;
        QAccessibleStateChangeEvent event(this, changed);
        QAccessible::updateAccessibility(&event);
    });
}
