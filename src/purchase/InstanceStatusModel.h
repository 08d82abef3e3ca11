#pragma once

#include "purchase/InstanceStatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class InstanceTracker;

// The instances of one purchase as a table for the status view (QtCore only:
// the ui adds icons through StateRole). Updates signal dataChanged for the rows
// that changed and no others, contiguous rows coalesced into one range, so a
// view of 100 instances repaints only what moved.
class InstanceStatusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceStatusModel)

public:
    enum Column {
        IdColumn,
        NameColumn,
        StateColumn,
        ElapsedColumn,
        LanIpColumn,
        PublicIpColumn,
        ColumnCount
    };
    enum Role {
        StateRole = Qt::UserRole + 1, // ApiReplies::InstanceState, for the icon
        StatusCodeRole,               // int, the API's status code (0 before it is listed)
        InstanceIdRole,               // QString
        ElapsedMsRole,                // qint64, for sorting and export
        SettledRole,                  // bool
        WanIpsRole,                   // QStringList
    };

    explicit InstanceStatusModel(QObject *parent = nullptr);

    // Replaces every row.
    void setInstances(const QList<InstanceStatus> &instances);
    // Applies observations; unknown ids become new rows at the end.
    void updateInstances(const QList<InstanceStatus> &statuses);
    void updateInstance(const InstanceStatus &status) { updateInstances({status}); }
    // Follows a tracker: its start fills the table, each round's changes update it.
    void attach(InstanceTracker *tracker);
    // The elapsed time of unsettled instances moves on its own; a view that shows
    // it ticking calls this (say once a second): dataChanged for that column of those rows.
    void refreshElapsed();
    // For tests: a monotonic clock in milliseconds.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    InstanceStatus instanceAt(int row) const { return m_rows.value(row).status; }
    int rowOf(const QString &instanceId) const { return m_rowById.value(instanceId, -1); }
    int count(ApiReplies::InstanceState state) const;
    // "3 of 5 running · 1 failed · 1 creating"
    QString summary() const;
    static QString formatElapsed(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void summaryChanged(const QString &summary);

private:
    struct Row
    {
        InstanceStatus status;
        qint64 observedAt = 0; // m_clock() when status was observed, to move elapsed on
    };
    qint64 elapsedOf(const Row &row) const;
    void emitRanges(QList<int> rows, int firstColumn, int lastColumn);

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    std::function<qint64()> m_clock;
    QString m_lastSummary;
};
