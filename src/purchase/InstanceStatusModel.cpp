#include "purchase/InstanceStatusModel.h"

#include "purchase/InstanceTracker.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

InstanceStatusModel::InstanceStatusModel(QObject *parent) : QAbstractTableModel(parent)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] { return timer->elapsed(); };
}

void InstanceStatusModel::setInstances(const QList<InstanceStatus> &instances)
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    const qint64 now = m_clock();
    for (const InstanceStatus &s : instances) {
        if (m_rowById.contains(s.instanceId))
            continue;
        m_rowById.insert(s.instanceId, int(m_rows.size()));
        m_rows.append({s, now});
    }
    endResetModel();
    m_lastSummary = summary();
    Q_EMIT summaryChanged(m_lastSummary);
}

void InstanceStatusModel::updateInstances(const QList<InstanceStatus> &statuses)
{
    const qint64 now = m_clock();
    QList<int> changedRows;
    QList<InstanceStatus> added;
    for (const InstanceStatus &s : statuses) {
        const int row = m_rowById.value(s.instanceId, -1);
        if (row < 0) {
            if (!std::any_of(added.cbegin(), added.cend(),
                             [&](const auto &a) { return a.instanceId == s.instanceId; }))
                added.append(s);
            continue;
        }
        Row &r = m_rows[row];
        // Unchanged observations leave the row alone: no repaint, and elapsed keeps its base.
        if (r.status.sameObservation(s))
            continue;
        r.status = s;
        r.observedAt = now;
        if (!changedRows.contains(row))
            changedRows.append(row);
    }
    emitRanges(changedRows, 0, ColumnCount - 1);
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const InstanceStatus &s : std::as_const(added)) {
            m_rowById.insert(s.instanceId, int(m_rows.size()));
            m_rows.append({s, now});
        }
        endInsertRows();
    }
    const QString text = summary();
    if (text != m_lastSummary) {
        m_lastSummary = text;
        Q_EMIT summaryChanged(text);
    }
}

void InstanceStatusModel::attach(InstanceTracker *tracker)
{
    connect(tracker, &InstanceTracker::started, this, &InstanceStatusModel::setInstances);
    // One batch per round rather than one call per instance: 100 instances
    // changing together become one dataChanged range.
    connect(tracker, &InstanceTracker::roundFinished, this,
            [this](int, const QList<InstanceStatus> &changed) { updateInstances(changed); });
}

void InstanceStatusModel::refreshElapsed()
{
    QList<int> rows;
    for (int row = 0; row < m_rows.size(); ++row)
        if (!m_rows.at(row).status.settled)
            rows.append(row);
    emitRanges(rows, ElapsedColumn, ElapsedColumn);
}

void InstanceStatusModel::emitRanges(QList<int> rows, int firstColumn, int lastColumn)
{
    std::sort(rows.begin(), rows.end());
    qsizetype i = 0;
    while (i < rows.size()) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), firstColumn), index(rows.at(j), lastColumn));
        i = j + 1;
    }
}

int InstanceStatusModel::count(ApiReplies::InstanceState state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [state](const Row &r) { return r.status.state == state; }));
}

QString InstanceStatusModel::summary() const
{
    if (m_rows.isEmpty())
        return tr("No instances");
    const int running = count(ApiReplies::InstanceState::Running);
    const int failed = count(ApiReplies::InstanceState::Failed);
    const int creating = count(ApiReplies::InstanceState::Creating);
    const int other = count(ApiReplies::InstanceState::Other);
    QStringList parts{tr("%1 of %2 running").arg(running).arg(m_rows.size())};
    if (failed > 0)
        parts.append(tr("%n failed", nullptr, failed));
    if (creating > 0)
        parts.append(tr("%n creating", nullptr, creating));
    if (other > 0)
        parts.append(tr("%n in another state", nullptr, other));
    return parts.join(tr(" · ", "separator between the parts of the status summary"));
}

QString InstanceStatusModel::formatElapsed(qint64 ms)
{
    const qlonglong seconds = std::max<qlonglong>(0, ms / 1000);
    const qlonglong h = seconds / 3600;
    const qlonglong m = (seconds / 60) % 60;
    const qlonglong s = seconds % 60;
    const QString mmss = u"%1:%2"_s.arg(m, h > 0 ? 2 : 1, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    return h > 0 ? u"%1:"_s.arg(h) + mmss : mmss;
}

qint64 InstanceStatusModel::elapsedOf(const Row &row) const
{
    // Settled instances keep the time they took; the others keep counting.
    return row.status.settled ? row.status.elapsedMs : row.status.elapsedMs + (m_clock() - row.observedAt);
}

int InstanceStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstanceStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const InstanceStatus &s = row.status;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return s.instanceId;
        case NameColumn:
            // The cloud's name as it gives it; the program's own word where the instance has none (the cloud
            // listed it, status non-zero, and gave no name but its "unnamed").
            return s.name.isEmpty() && s.status != 0 ? tr("(no name)") : s.name;
        case StateColumn:
            // A failed instance says "failed" as the summary counts it, then the cloud's reason.
            if (s.state == ApiReplies::InstanceState::Failed && !s.statusText.isEmpty())
                return tr("failed: %1").arg(s.statusText);
            return s.statusText.isEmpty() ? InstanceStatus::stateName(s.state) : s.statusText;
        case ElapsedColumn:
            return formatElapsed(elapsedOf(row));
        // A failed instance has no address to connect to, whatever the cloud still lists.
        case LanIpColumn:
            return s.state == ApiReplies::InstanceState::Failed ? QString() : s.lanIp;
        case PublicIpColumn:
            return s.state == ApiReplies::InstanceState::Failed ? QString() : s.wanIps.join(u", "_s);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // A failed instance says why where the administrator looks for it.
        // Rich text, so that the cloud's words are shown as they are, never read as markup.
        if (index.column() == StateColumn && s.state == ApiReplies::InstanceState::Failed)
            return u"<p>%1</p>"_s.arg(tr("Failed: %1").arg(s.statusText).toHtmlEscaped());
        return {};
    case StateRole:
        return QVariant::fromValue(s.state);
    case StatusCodeRole:
        return s.status;
    case InstanceIdRole:
        return s.instanceId;
    case ElapsedMsRole:
        return elapsedOf(row);
    case SettledRole:
        return s.settled;
    case WanIpsRole:
        return s.state == ApiReplies::InstanceState::Failed ? QStringList() : s.wanIps;
    default:
        return {};
    }
}

QVariant InstanceStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Instance ID");
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case ElapsedColumn:
        return tr("Elapsed");
    case LanIpColumn:
        return tr("LAN IP");
    case PublicIpColumn:
        return tr("Public IP");
    default:
        return {};
    }
}
