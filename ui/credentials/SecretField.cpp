#include "credentials/SecretField.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace {
class CopyBlocker final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
                key->accept();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

namespace SecretField {
void protect(QLineEdit *edit)
{
    edit->installEventFilter(new CopyBlocker(edit));
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    edit->setDragEnabled(false);
    // A selection of shown text goes to the X11 selection clipboard on its own: none is kept while shown.
    QObject::connect(edit, &QLineEdit::selectionChanged, edit, [edit] {
        if (edit->echoMode() == QLineEdit::Normal && edit->hasSelectedText())
            edit->deselect();
    });
}
} // namespace SecretField
