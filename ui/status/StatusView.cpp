#include "status/StatusView.h"

#include "purchase/InstanceStatusModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Adds the state icons the core model leaves to the ui: an icon beside the
// word, never colour alone.
class StateIconProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == InstanceStatusModel::StateColumn) {
            const auto state = index.data(InstanceStatusModel::StateRole).value<ApiReplies::InstanceState>();
            QStyle *style = QApplication::style();
            switch (state) {
            case ApiReplies::InstanceState::Running:
                return style->standardIcon(QStyle::SP_DialogApplyButton);
            case ApiReplies::InstanceState::Failed:
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            case ApiReplies::InstanceState::Creating:
                return style->standardIcon(QStyle::SP_BrowserReload);
            case ApiReplies::InstanceState::Other:
                return style->standardIcon(QStyle::SP_MessageBoxInformation);
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}
} // namespace

StatusView::StatusView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_outcomeIcon(new QLabel(this)),
      m_summary(new QLabel(this)), m_progress(new QProgressBar(this)), m_note(new QLabel(this)),
      m_schedule(new QLabel(this)), m_table(new QTableView(this)),
      m_copyIds(new QPushButton(tr("Copy I&Ds"), this)),
      m_copyIps(new QPushButton(tr("Copy &IP addresses"), this)),
      m_export(new QPushButton(tr("&Export CSV…"), this)),
      m_replacements(new QPushButton(tr("Buy &replacements for failed…"), this)),
      m_terminate(new QPushButton(tr("&Terminate…"), this)), m_tick(new QTimer(this))
{
    m_title->setObjectName(u"statusTitle"_s);
    m_outcomeIcon->setObjectName(u"statusOutcomeIcon"_s);
    m_summary->setObjectName(u"statusSummary"_s);
    m_progress->setObjectName(u"statusProgress"_s);
    m_note->setObjectName(u"statusNote"_s);
    m_schedule->setObjectName(u"statusSchedule"_s);
    m_table->setObjectName(u"instances"_s);
    m_copyIds->setObjectName(u"copyIds"_s);
    m_copyIps->setObjectName(u"copyIps"_s);
    m_export->setObjectName(u"exportCsv"_s);
    m_replacements->setObjectName(u"buyReplacements"_s);
    m_terminate->setObjectName(u"terminate"_s);
    m_terminate->setToolTip(tr("Destroys the selected instances, or all of this purchase's when none is "
                               "selected, after asking. Pay-as-you-go instances cost money until then."));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    // Nothing here is edited: Tab leaves the table for the buttons instead of walking its cells.
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Rows as tall as their text and icon: a hundred instances need scrolling as little as possible.
    m_table->verticalHeader()->setDefaultSectionSize(
        std::max(fontMetrics().height(), style()->pixelMetric(QStyle::PM_SmallIconSize)) + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Headings over the values they name, not centred over a wide last column.
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setAccessibleName(tr("Instances"));
    m_progress->setAccessibleName(tr("Instances settled"));
    m_copyIds->setToolTip(
        tr("Copies the instance IDs of the selected rows, or of every row when none is selected, "
           "one per line (Ctrl+C in the table)."));
    m_copyIps->setToolTip(
        tr("Copies the LAN and public IP addresses of the selected rows, or of every row when "
           "none is selected, one instance per line."));
    // Ctrl+C in the table copies what a user selected there: the instance IDs.
    auto *copy = new QAction(tr("Copy instance IDs"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    connect(copy, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(selectedIds()); });
    m_replacements->hide();
    m_note->hide();
    m_schedule->setWordWrap(true);
    m_schedule->hide();

    auto *buttons = new QHBoxLayout;
    // Created in the order they stand, which is the Tab order.
    auto *purchases = new QPushButton(tr("All &purchases"), this);
    purchases->setObjectName(u"allPurchases"_s);
    auto *newPurchase = new QPushButton(tr("&New purchase…"), this);
    newPurchase->setObjectName(u"newPurchase"_s);
    for (QPushButton *b : {m_copyIds, m_copyIps, m_export, m_replacements, m_terminate})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(purchases);
    buttons->addWidget(newPurchase);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    auto *summary = new QHBoxLayout;
    summary->addWidget(m_outcomeIcon);
    summary->addWidget(m_summary, 1);
    layout->addLayout(summary);
    layout->addWidget(m_schedule);
    layout->addWidget(m_progress);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    // IDs and IPs are not secrets; copying them is what the administrator came for.
    connect(m_copyIds, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(selectedIds()); });
    connect(m_copyIps, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(selectedIps()); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export instances"), u"instances.csv"_s,
                                                          tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            setNote(error);
    });
    connect(m_replacements, &QPushButton::clicked, this, [this] {
        if (m_model)
            Q_EMIT replacementsRequested(m_model->count(ApiReplies::InstanceState::Failed));
    });
    connect(m_terminate, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds().split(u'\n', Qt::SkipEmptyParts);
        if (!ids.isEmpty())
            Q_EMIT terminateRequested(ids);
    });
    connect(newPurchase, &QPushButton::clicked, this, &StatusView::newPurchaseRequested);
    connect(purchases, &QPushButton::clicked, this, &StatusView::purchasesRequested);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->refreshElapsed();
    });
}

void StatusView::setModel(InstanceStatusModel *model, const QString &title)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    delete m_table->model();
    auto *proxy = new StateIconProxy(m_table);
    proxy->setSourceModel(model);
    m_table->setModel(proxy);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_title->setText(title);
    setNote(QString());
    m_replacements->hide();
    m_note->hide();
    connect(model, &InstanceStatusModel::summaryChanged, this, &StatusView::updateHeader);
    connect(model, &QAbstractItemModel::modelReset, this, &StatusView::updateHeader);
    connect(model, &QAbstractItemModel::rowsInserted, this, &StatusView::updateHeader);
    m_tick->start();
    updateHeader();
}

void StatusView::setTerminateAvailable(bool available)
{
    m_terminate->setVisible(available);
}

void StatusView::setTerminating(bool terminating)
{
    m_terminate->setEnabled(!terminating);
}

void StatusView::setNote(const QString &note)
{
    m_note->setText(note);
    // No empty gap between the progress bar and the table while there is nothing to say.
    m_note->setVisible(!note.isEmpty());
}

void StatusView::setSchedule(const QString &text)
{
    m_schedule->setText(text);
    m_schedule->setVisible(!text.isEmpty());
}

void StatusView::setFinished(const TrackingSummary &summary)
{
    m_tick->stop();
    if (m_model)
        m_model->refreshElapsed();
    setNote(summary.describe());
    m_replacements->setVisible(!summary.failed.isEmpty());
    updateHeader();
}

QColor StatusView::failureColour(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x7b, 0x63)
                                                             : QColor(0xc0, 0x1c, 0x28);
}

void StatusView::updateHeader()
{
    if (!m_model)
        return;
    const int total = m_model->rowCount();
    const int running = m_model->count(ApiReplies::InstanceState::Running);
    const int failed = m_model->count(ApiReplies::InstanceState::Failed);
    m_summary->setText(m_model->summary());
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(running + failed);
    // Failure looks like failure: an icon, a colour and words, never a full bar in the usual colour alone.
    QStyle::StandardPixmap icon = QStyle::SP_BrowserReload;
    if (failed > 0) {
        icon = running > 0 ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxCritical;
        m_progress->setFormat(tr("%1 running, %2 failed").arg(running).arg(failed));
        QPalette failure = m_progress->palette();
        failure.setColor(QPalette::Highlight, failureColour(palette()));
        m_progress->setPalette(failure);
        QPalette words = m_summary->palette();
        words.setColor(QPalette::WindowText, failureColour(palette()));
        m_summary->setPalette(words);
    } else {
        if (total > 0 && running == total)
            icon = QStyle::SP_DialogApplyButton;
        m_progress->setFormat(tr("%1 of %2 settled").arg(running + failed).arg(total));
        m_progress->setPalette(QPalette());
        m_summary->setPalette(QPalette());
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_outcomeIcon->setPixmap(style()->standardIcon(icon).pixmap(size));
    m_outcomeIcon->setAccessibleName(failed > 0         ? tr("Failed")
                                     : running == total ? tr("Running")
                                                        : tr("Creating"));
}

QList<int> StatusView::selectedOrAllRows() const
{
    QList<int> rows;
    if (!m_model)
        return rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows.append(row);
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString StatusView::selectedIds() const
{
    QStringList ids;
    for (int row : selectedOrAllRows())
        ids.append(m_model->instanceAt(row).instanceId);
    return ids.join(u'\n');
}

QString StatusView::selectedIps() const
{
    QStringList lines;
    for (int row : selectedOrAllRows()) {
        const InstanceStatus s = m_model->instanceAt(row);
        if (s.state == ApiReplies::InstanceState::Failed)
            continue; // nothing to connect to
        QStringList ips;
        if (!s.lanIp.isEmpty())
            ips.append(s.lanIp);
        ips += s.wanIps;
        if (!ips.isEmpty())
            lines.append(u"%1 %2"_s.arg(s.instanceId, ips.join(u' ')));
    }
    return lines.join(u'\n');
}

QByteArray StatusView::toCsv() const
{
    QStringList lines{u"instanceId,name,state,statusText,elapsedSeconds,lanIp,publicIps"_s};
    for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
        const InstanceStatus s = m_model->instanceAt(row);
        const qint64 elapsed = m_model->index(row, 0).data(InstanceStatusModel::ElapsedMsRole).toLongLong();
        lines.append(QStringList{csvField(s.instanceId), csvField(s.name), InstanceStatus::stateName(s.state),
                                 csvField(s.statusText), QString::number(elapsed / 1000), csvField(s.lanIp),
                                 csvField(s.wanIps.join(u' '))}
                         .join(u','));
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

bool StatusView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(toCsv()) >= 0 && file.commit())
        return true;
    *error = tr("The table could not be exported to %1: %2").arg(path, file.errorString());
    return false;
}
