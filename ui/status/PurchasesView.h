#pragma once

#include <QWidget>

#include <functional>

class PurchaseJournal;
class PurchasesModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeView;

// The purchases in the history, newest first, with their outcome; a search
// field (instance id, name, client token, zone) and filters by state, zone and
// date. The list reads a page at a time as it scrolls, never the whole
// history. Purchases that were sent but never confirmed are offered for resume
// (the same order, the same clientToken: never a second purchase) or
// dismissal; a damaged record is shown, never resent.
class PurchasesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchasesView)

public:
    explicit PurchasesView(PurchaseJournal *journal, QWidget *parent = nullptr);

    void refresh();
    QString selectedEntry() const;
    PurchasesModel *model() const { return m_model; }
    // Whether a purchase is tracked now (by the window that shows the list).
    void setTrackedCheck(std::function<bool(const QString &entryId)> tracked);

Q_SIGNALS:
    void newPurchaseRequested();
    void openRequested(const QString &entryId);
    void resumeRequested(const QString &entryId);
    void dismissRequested(const QString &entryId);
    // Every instance of the purchase that is not terminated yet.
    void terminateRequested(const QString &entryId);

private:
    void applyFilter();
    // Reads the first page of the list and selects `selected` when it is on it, else the newest purchase.
    void readFirstPage(const QString &selected);
    void updateButtons();
    void updateNotices();
    void fillZones();

    PurchaseJournal *m_journal;
    PurchasesModel *m_model;
    QLabel *m_problems;
    QLabel *m_unfinished;
    QLabel *m_empty;
    QLineEdit *m_search;
    QComboBox *m_state;
    QComboBox *m_zone;
    QComboBox *m_since;
    QTimer *m_searchDelay;
    QTreeView *m_list;
    QPushButton *m_open;
    QPushButton *m_resume;
    QPushButton *m_dismiss;
    QPushButton *m_terminate;
};
