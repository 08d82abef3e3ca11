#pragma once

#include "wizard/WizardContext.h"

#include <QHash>
#include <QMainWindow>

class InstanceStatusModel;
class InstanceTracker;
class PurchaseJournal;
class PurchaseSubmission;
class PurchaseWizard;
class PurchasesView;
class ApiClient;
class QNetworkAccessManager;
struct JournalEntry;
class QStackedWidget;
class SecretStore;
class StatusView;
struct ApiResult;
struct JournalEntry;
struct TrackingSummary;

// The application window: a banner when nothing is bought, the purchases,
// the purchase wizard and the status view of one purchase.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The journal and the secret store stay their owner's.
    MainWindow(QNetworkAccessManager *network, const WizardContext::Setup &setup, PurchaseJournal *journal,
               SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Fills the wizard from a template file; false (with the reasons shown) when it is refused.
    bool openTemplate(const QString &path);
    bool saveTemplate(const QString &path);
    PurchaseWizard *wizard() const { return m_wizard; }
    WizardContext *context() const { return m_context; }
    // Built when first needed (shown, or asked for by a test).
    StatusView *statusView();
    PurchasesView *purchasesView();
    // The tracking of a purchase shown or running, for tests.
    InstanceTracker *tracker(const QString &entryId) const;

    void showWizard();
    void showPurchases();
    void openPurchase(const QString &entryId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Run
    {
        InstanceTracker *tracker = nullptr;
        InstanceStatusModel *model = nullptr;
    };

    // The client for a journaled purchase: the wizard's, or, for a purchase
    // written in another API (a 3.0 one bought with the CLI), one that speaks
    // that API at the entry's own endpoint, with the same credentials.
    ApiClient *clientFor(const JournalEntry &entry);

    void purchase();
    void resume(const QString &entryId);
    void dismiss(const QString &entryId);
    PurchaseSubmission *newSubmission();
    void onSubmitted(PurchaseSubmission *submission, const QStringList &ids);
    void onTrackingFinished(const QString &entryId, const TrackingSummary &summary);
    void buyReplacements(int failedCount);
    void chooseTemplateToOpen();
    void chooseTemplateToSave();
    void rememberTemplate(const QString &path);

    WizardContext *m_context;
    PurchaseJournal *m_journal;
    SecretStore *m_secrets;
    QStackedWidget *m_stack;
    PurchasesView *m_purchases = nullptr;
    PurchaseWizard *m_wizard;
    StatusView *m_status = nullptr;
    QHash<QString, Run> m_runs; // by journal entry
    QString m_shownEntry;
    // The last purchase sent from the wizard: pressing Purchase again with the same order resumes it.
    QString m_lastEntry;
    PurchaseOrder m_lastOrder;
    QString m_lastTemplate; // where "Open template…" and "Save as template…" start
};
