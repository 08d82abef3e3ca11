#pragma once

#include "purchase/PurchaseJournal.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

#include <functional>

// The purchases of the history as a table, newest first, read a page at a time
// as the view asks (fetchMore): the view reads the first page as it lays itself
// out and the next ones as it scrolls to the end, never the whole history. Each page is one query that ends
// at once, so the list holds no statement open that would keep the database's log from being folded in.
class PurchasesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchasesModel)

public:
    enum Column { Submitted, Order, Instances, Outcome, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole, StateRole, DamagedRole };
    static constexpr int kPageSize = 32; // about a screenful at the window's default size

    explicit PurchasesModel(PurchaseJournal *journal, QObject *parent = nullptr);

    // What is shown; setting it starts again from the first page.
    void setFilter(const PurchaseJournal::Filter &filter);
    PurchaseJournal::Filter filter() const { return m_filter; }
    // Starts again from the first page (the history changed): no rows until the view fetches them.
    void refresh();
    // Whether this window tracks a purchase now: one bought and not settled is tracked, or is not.
    void setTrackedCheck(std::function<bool(const QString &entryId)> tracked)
    {
        m_tracked = std::move(tracked);
    }

    const PurchaseJournal::Summary *summary(int row) const;
    int rowOf(const QString &entryId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // True while there is more to fetch, so that a view lays out (and fetches) a list not read yet.
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<PurchaseJournal::Summary> page(qint64 beforeSeq) const;
    // The cloud's words for each failed instance of a purchase, as a tooltip.
    QString failureReasons(const QString &entryId) const;

    PurchaseJournal *m_journal;
    PurchaseJournal::Filter m_filter;
    QList<PurchaseJournal::Summary> m_rows;
    bool m_atEnd = true;
    mutable QHash<int, QIcon> m_icons; // by QStyle::StandardPixmap
    std::function<bool(const QString &)> m_tracked;
};
