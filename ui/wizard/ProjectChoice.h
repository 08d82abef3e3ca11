#pragma once

#include "protocol/ApiReplies.h"

#include <QWidget>

class LookupStatus;
class QComboBox;
class QLabel;
class WizardContext;

// The order's project as a choice from the account's projects ("Default project", then each by name and
// id), with the lookup's state beneath it; it loads them itself when shown and again when the region or the
// connection changed. A project id can still be typed in the page's own field. With an API that cannot list
// projects (2.0) it says so instead, and the typed id is the way.
class ProjectChoice final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectChoice)

public:
    explicit ProjectChoice(WizardContext *context, QWidget *parent = nullptr);

Q_SIGNALS:
    // A project chosen from the list (written to the order already), for the field that shows the typed id.
    void chosen(int projectId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void load();
    void showProjects();

    WizardContext *m_context;
    QComboBox *m_choice;
    LookupStatus *m_status;
    QLabel *m_unavailable;
    QString m_loadedKey; // the region last asked; empty: ask again
    QList<ApiReplies::Project> m_projects;
};
