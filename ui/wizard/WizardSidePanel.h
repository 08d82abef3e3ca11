#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QListWidget;
class QWizard;
class WizardContext;

// Beside every page: the steps (current highlighted, completed ticked, a step
// with a problem marked; a visited step is a click away) and the order so far
// (its price is on the wizard's fee bar).
class WizardSidePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardSidePanel)

public:
    WizardSidePanel(QWizard *wizard, WizardContext *context, QWidget *parent = nullptr);
    void refresh();

Q_SIGNALS:
    void stepClicked(int pageId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QIcon currentStepIcon();

    QWizard *m_wizard;
    WizardContext *m_context;
    QListWidget *m_steps;
    QLabel *m_summary;
    QIcon m_currentStepIcon;
    bool m_refreshPending = false;
};
