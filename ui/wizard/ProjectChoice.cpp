#include "wizard/ProjectChoice.h"

#include "api/CloudQueries.h"
#include "api/ServerText.h"
#include "order/OrderDraft.h"
#include "wizard/LookupStatus.h"
#include "wizard/WizardContext.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProjectChoice::ProjectChoice(WizardContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_choice(new QComboBox(this)), m_status(new LookupStatus(this)),
      m_unavailable(
          new QLabel(tr("API 2.0 cannot list the account's projects: type the project id below."), this))
{
    m_choice->setObjectName(u"projectChoice"_s);
    m_status->setObjectName(u"projectStatus"_s);
    m_unavailable->setObjectName(u"projectsUnavailable"_s);
    m_unavailable->setWordWrap(true);
    m_choice->setAccessibleName(tr("Project"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(24);
    m_choice->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusProxy(m_choice);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice);
    layout->addWidget(m_status);
    layout->addWidget(m_unavailable);

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_choice->currentData().toLongLong();
        m_context->draft()->update([&](PurchaseOrder &o) { o.projectId = int(id); });
        Q_EMIT chosen(int(id));
    });
    connect(m_status, &LookupStatus::retryRequested, this, &ProjectChoice::load);
    connect(m_context->draft(), &OrderDraft::changed, this, &ProjectChoice::refresh);
    connect(m_context, &WizardContext::connectionChanged, this, [this] { m_loadedKey.clear(); });
    connect(m_context->queries(), &CloudQueries::projectsReady, this,
            [this](const ApiResult &result, const QList<ApiReplies::Project> &projects) {
                m_projects = projects;
                if (result.ok())
                    m_status->showLoaded(projects.isEmpty()
                                             ? tr("The account has no project besides the default.")
                                             : tr("The account's projects."));
                else
                    m_status->showFailed(
                        tr("Could not load the projects: %1 You can type a project id below.")
                            .arg(result.describe()));
                showProjects();
            });
}

void ProjectChoice::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ProjectChoice::refresh()
{
    const bool lookups = m_context->queries()->hasResourceLookups();
    m_choice->setVisible(lookups);
    m_status->setVisible(lookups);
    m_unavailable->setVisible(!lookups);
    if (lookups && isVisible() && m_loadedKey != m_context->draft()->order().region)
        load();
    else
        showProjects();
}

void ProjectChoice::load()
{
    m_loadedKey = m_context->draft()->order().region;
    m_projects.clear();
    showProjects();
    m_status->showLoading(tr("Loading the account's projects…"));
    m_context->queries()->queryProjects(m_loadedKey);
}

void ProjectChoice::showProjects()
{
    const int projectId = m_context->draft()->order().projectId;
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    m_choice->addItem(tr("Default project"), qint64(0));
    for (const ApiReplies::Project &project : std::as_const(m_projects))
        if (project.projectId != 0)
            m_choice->addItem(tr("%1 (%2)").arg(ServerText::shown(project.name)).arg(project.projectId),
                              project.projectId);
    if (m_choice->findData(qint64(projectId)) < 0)
        m_choice->addItem(tr("%1 (typed, not listed)").arg(projectId), qint64(projectId));
    m_choice->setCurrentIndex(m_choice->findData(qint64(projectId)));
}
