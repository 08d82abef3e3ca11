#pragma once

#include <QWidget>

class InstanceStatusModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
struct TrackingSummary;

// One purchase's instances until they run: a header line ("3 of 5 running ·
// 1 failed · 1 creating"), a progress bar, and a row per instance with its
// state as an icon and a word, elapsed time, LAN and public IPs.
class StatusView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusView)

public:
    explicit StatusView(QWidget *parent = nullptr);

    // The colour of failure (a state colour, as the state icons), readable on `palette`'s window.
    static QColor failureColour(const QPalette &palette);

    // Shows the model's purchase; the model stays its owner's.
    void setModel(InstanceStatusModel *model, const QString &title);
    // A line under the header: submitting, a retry, a poll failure.
    void setNote(const QString &note);
    void setFinished(const TrackingSummary &summary);
    // Terminate is offered where the purchase's API can terminate; it waits while instances are terminated.
    void setTerminateAvailable(bool available);
    void setTerminating(bool terminating);
    // When the cloud is to destroy the instances (the order's timer), in a sentence; empty: no timer.
    void setSchedule(const QString &text);

    // The selected rows' ids, or every id when nothing is selected; one per line.
    QString selectedIds() const;
    QString selectedIps() const;
    // Every row as CSV: id, name, state, status text, elapsed seconds, LAN IP, public IPs.
    QByteArray toCsv() const;
    bool exportCsv(const QString &path, QString *error) const;

Q_SIGNALS:
    void newPurchaseRequested();
    void replacementsRequested(int failedCount);
    // The selected rows' instances, or every row's when none is selected.
    void terminateRequested(const QStringList &instanceIds);
    void purchasesRequested();

private:
    void updateHeader();
    QList<int> selectedOrAllRows() const;

    InstanceStatusModel *m_model = nullptr;
    QLabel *m_title;
    QLabel *m_outcomeIcon;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_note;
    QLabel *m_schedule;
    QTableView *m_table;
    QPushButton *m_copyIds;
    QPushButton *m_copyIps;
    QPushButton *m_export;
    QPushButton *m_replacements;
    QPushButton *m_terminate;
    QTimer *m_tick;
};
