#include "status/PurchasesModel.h"

#include "api/ServerText.h"
#include "status/StatusView.h"
#include "wizard/Format.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {
QString outcomeText(const PurchaseJournal::Summary &s, bool tracked)
{
    if (!s.damage.isEmpty())
        return PurchasesModel::tr("damaged, never sent again: %1").arg(s.damage);
    if (s.dismissed)
        return PurchasesModel::tr("dismissed");
    if (!s.refusal.isEmpty() && s.instanceIds.isEmpty())
        return PurchasesModel::tr("refused by the cloud, nothing bought");
    if (s.state == "unconfirmed"_L1)
        return PurchasesModel::tr("not confirmed: resume to find out");
    if (s.state == "tracking"_L1)
        return tracked ? PurchasesModel::tr("bought, being tracked")
                       : PurchasesModel::tr("bought, not tracked now: open it to check again");
    if (s.state == "terminated"_L1)
        return PurchasesModel::tr("terminated: all %n instance(s)", nullptr, int(s.instanceIds.size()));
    // The outcome, not just that it ended: how many run, how many failed, how many are gone since.
    const int running = int(s.instanceIds.size()) - s.failed;
    QString text =
        s.failed == 0 ? PurchasesModel::tr("done: %n running", nullptr, running)
        : running == 0
            ? PurchasesModel::tr("failed: none of %n instance(s) runs", nullptr, s.failed)
            : PurchasesModel::tr("partly failed: %1 running, %2 failed").arg(running).arg(s.failed);
    if (s.terminated > 0)
        text = PurchasesModel::tr("%1; %n terminated since", nullptr, s.terminated).arg(text);
    if (s.terminateAt.isValid())
        text =
            PurchasesModel::tr("%1; destroyed automatically at %2").arg(text, Format::moment(s.terminateAt));
    return text;
}

QStyle::StandardPixmap outcomeIcon(const PurchaseJournal::Summary &s, bool tracked)
{
    if (!s.damage.isEmpty())
        return QStyle::SP_MessageBoxCritical;
    if (s.dismissed)
        return QStyle::SP_DialogCloseButton;
    if (s.state == "unconfirmed"_L1)
        return QStyle::SP_MessageBoxWarning;
    if (s.state == "tracking"_L1)
        return tracked ? QStyle::SP_BrowserReload : QStyle::SP_MessageBoxWarning;
    if (!s.refusal.isEmpty() && s.instanceIds.isEmpty())
        return QStyle::SP_MessageBoxCritical;
    if (s.state == "terminated"_L1)
        return QStyle::SP_TrashIcon;
    if (s.failed > 0)
        return s.failed < s.instanceIds.size() ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxCritical;
    return QStyle::SP_DialogApplyButton;
}
} // namespace

PurchasesModel::PurchasesModel(PurchaseJournal *journal, QObject *parent)
    : QAbstractTableModel(parent), m_journal(journal)
{
}

void PurchasesModel::setFilter(const PurchaseJournal::Filter &filter)
{
    m_filter = filter;
    refresh();
}

QList<PurchaseJournal::Summary> PurchasesModel::page(qint64 beforeSeq) const
{
    PurchaseJournal::Filter filter = m_filter;
    filter.limit = kPageSize;
    filter.beforeSeq = beforeSeq;
    return m_journal->summaries(filter);
}

void PurchasesModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
}

bool PurchasesModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && (!m_rows.isEmpty() || !m_atEnd);
}

bool PurchasesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PurchasesModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    // The next page: older than the oldest shown, so rows written meanwhile never shift it.
    const QList<PurchaseJournal::Summary> more = page(m_rows.isEmpty() ? -1 : m_rows.constLast().seq);
    m_atEnd = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

const PurchaseJournal::Summary *PurchasesModel::summary(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PurchasesModel::rowOf(const QString &entryId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == entryId)
            return int(i);
    return -1;
}

int PurchasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PurchasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PurchasesModel::data(const QModelIndex &index, int role) const
{
    const PurchaseJournal::Summary *s = summary(index.row());
    if (!s)
        return {};
    switch (role) {
    case EntryIdRole:
        return s->id;
    case StateRole:
        return s->state;
    case DamagedRole:
        return !s->damage.isEmpty();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Submitted:
            return QLocale().toString(s->time.toLocalTime(), QLocale::ShortFormat);
        case Order:
            return tr("%1 · %2").arg(s->instanceType, Format::zoneName(s->zone));
        case Instances:
            return s->instanceIds.isEmpty() ? tr("%1 ordered").arg(s->count)
                                            : QString::number(s->instanceIds.size());
        case Outcome:
            return outcomeText(*s, m_tracked && m_tracked(s->id));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Instances && !s->instanceIds.isEmpty())
            return ServerText::shown(s->instanceIds.join(u", "_s));
        if (index.column() == Outcome && s->failed > 0 && s->damage.isEmpty())
            return failureReasons(s->id);
        if (index.column() == Outcome)
            return ServerText::shown(s->refusal);
        if (index.column() == Order)
            return tr("clientToken %1").arg(ServerText::shown(s->clientToken));
        return {};
    case Qt::DecorationRole:
        if (index.column() == Outcome) {
            // Loaded once each: the style reads and decodes its image files every time it is asked.
            const QStyle::StandardPixmap kind = outcomeIcon(*s, m_tracked && m_tracked(s->id));
            auto icon = m_icons.constFind(kind);
            if (icon == m_icons.cend())
                icon = m_icons.insert(kind, QApplication::style()->standardIcon(kind));
            return *icon;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Outcome && s->failed > 0 && s->damage.isEmpty() && !s->dismissed &&
            s->state != "terminated"_L1)
            return StatusView::failureColour(QApplication::palette());
        return {};
    default:
        return {};
    }
}

QString PurchasesModel::failureReasons(const QString &entryId) const
{
    // Read when asked (a tooltip), not for every row the list shows.
    const auto entry = m_journal->entry(entryId);
    if (!entry)
        return {};
    QStringList lines;
    for (const InstanceStatus &s : entry->settled)
        if (s.state == ApiReplies::InstanceState::Failed)
            lines.append(tr("%1 failed: %2").arg(s.instanceId, s.statusText).toHtmlEscaped());
    return lines.isEmpty() ? QString() : u"<p>%1</p>"_s.arg(lines.join(u"<br>"_s));
}

QVariant PurchasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Submitted:
        return tr("Submitted");
    case Order:
        return tr("Order");
    case Instances:
        return tr("Instances");
    case Outcome:
        return tr("Outcome");
    }
    return {};
}
