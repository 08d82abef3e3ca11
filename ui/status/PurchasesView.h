#pragma once

#include <QWidget>

class PurchaseJournal;
class QLabel;
class QPushButton;
class QTreeWidget;

// The purchases in the journal, newest first, with their outcome. Purchases
// that were sent but never confirmed are offered for resume (the same order,
// the same clientToken: never a second purchase) or dismissal.
class PurchasesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchasesView)

public:
    explicit PurchasesView(PurchaseJournal *journal, QWidget *parent = nullptr);

    void refresh();
    QString selectedEntry() const;

Q_SIGNALS:
    void newPurchaseRequested();
    void openRequested(const QString &entryId);
    void resumeRequested(const QString &entryId);
    void dismissRequested(const QString &entryId);

private:
    void updateButtons();

    PurchaseJournal *m_journal;
    QLabel *m_unfinished;
    QLabel *m_empty;
    QTreeWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_resume;
    QPushButton *m_dismiss;
};
