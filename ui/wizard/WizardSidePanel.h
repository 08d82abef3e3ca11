#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QListWidget;
class QWizard;
class WizardContext;

// Beside every page: the steps (current highlighted, completed ticked, a step
// with a problem marked; a step reached once is a click, or Tab and Enter,
// away, also after Back) and the order so far (its price is on the wizard's
// fee bar). A screen reader hears each step as "Step 3 of 9, Instance, current".
class WizardSidePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardSidePanel)

public:
    WizardSidePanel(QWizard *wizard, WizardContext *context, QWidget *parent = nullptr);
    void refresh();
    // The steps reached in this order, also those left by Back (QWizard::visitedIds() forgets them).
    QList<int> reachedIds() const { return m_reached; }

Q_SIGNALS:
    void stepClicked(int pageId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QIcon currentStepIcon();

    QWizard *m_wizard;
    WizardContext *m_context;
    QListWidget *m_steps;
    QLabel *m_summary;
    QIcon m_currentStepIcon;
    QList<int> m_reached;
    bool m_forgetReached = false; // another order took this one's place: the wizard starts over
    int m_shownCurrent = -1;
    bool m_refreshPending = false;
};
