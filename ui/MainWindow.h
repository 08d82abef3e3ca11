#pragma once

#include "wizard/WizardContext.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class InstanceStatusModel;
class InstanceTracker;
class PurchaseJournal;
class PurchaseRun;
class PurchaseWizard;
class PurchasesView;
class QLabel;
class QPushButton;
class QNetworkAccessManager;
class QStackedWidget;
class SecretStore;
class StatusView;
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
    WizardContext *context() const { return m_context; }
    // Built when first needed (shown, or asked for by a test).
    PurchaseWizard *wizard();
    StatusView *statusView();
    PurchasesView *purchasesView();
    // The tracking of a purchase shown or running, for tests.
    InstanceTracker *tracker(const QString &entryId) const;

    // Closing asks before it loses a typed order, or while a purchase is being sent or tracked; tests answer
    // for the user (true: close), and see the question.
    static void setCloseAnswerForTesting(std::function<bool(const QString &question)> answer);
    // Terminating asks first (more than 10 instances: the number typed); tests answer for the user.
    static void setTerminateAnswerForTesting(std::function<bool(const QString &question)> answer);

    void showWizard();
    void showPurchases();
    void openPurchase(const QString &entryId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // A purchase the window has shown: its instances, and the run that tracks them when one does.
    struct Shown
    {
        PurchaseRun *run = nullptr;
        InstanceStatusModel *model = nullptr;
    };

    // Runs `then` once the Account page has chosen the credentials every run uses: at once when it has, else
    // when they arrive (a keychain profile is read a moment after the wizard is built), or after
    // kCredentialsWaitMs, when the run says what is missing.
    void whenConnected(const std::function<void()> &then);
    PurchaseRun *newRun();
    // What closing now would lose or leave to run on its own, as a question; empty when nothing.
    QString closeQuestion() const;
    // Tracks again a purchase whose instances were still being created when the application last closed.
    void trackAgain(const QString &entryId);
    void purchase();
    void resume(const QString &entryId);
    void resumeConnected(const QString &entryId);
    void dismiss(const QString &entryId);
    // A run that reached its instance ids becomes the one that tracks its purchase.
    void onSubmitted(PurchaseRun *run);
    // Shows what the run tracks while its purchase is shown.
    void follow(const QString &entryId, PurchaseRun *run);
    void onTrackingFinished(const QString &entryId, const TrackingSummary &summary);
    void buyReplacements(int failedCount);
    // Destroys instances of the purchase shown, after asking, and shows what becomes of them.
    void terminate(const QStringList &instanceIds);
    // The offer of an opened API 2.0 order's API 3.0 equivalent, saying what would be left out; taking it.
    void updateConversionOffer();
    void convertToApi3();
    void chooseTemplateToOpen();
    void chooseTemplateToSave();
    void rememberTemplate(const QString &path);

    WizardContext *m_context;
    PurchaseJournal *m_journal;
    SecretStore *m_secrets;
    QStackedWidget *m_stack;
    PurchasesView *m_purchases = nullptr;
    PurchaseWizard *m_wizard = nullptr;
    StatusView *m_status = nullptr;
    QHash<QString, Shown> m_shown; // by journal entry
    QString m_shownEntry;
    QPointer<PurchaseRun> m_sending; // a run sending an order, until the cloud gave its instance ids
    // The last purchase sent from the wizard: pressing Purchase again with the same order resumes it.
    QString m_lastEntry;
    PurchaseOrder m_lastOrder;
    QWidget *m_conversionOffer = nullptr;
    QLabel *m_conversionText = nullptr;
    QLabel *m_conversionReasons = nullptr; // why each setting left out has no equivalent
    QPushButton *m_conversionWhy = nullptr;
    QString m_offeredTemplate; // the file name of the API 2.0 template whose order is offered in API 3.0
    QString m_lastTemplate; // where "Open template…" and "Save as template…" start
};
