#include "MainWindow.h"

#include "about/AboutDialog.h"
#include "api/ApiClient.h"
#include "credentials/CredentialsDialog.h"
#include "order/OrderConversion.h"
#include "order/OrderTemplate.h"
#include "preferences/PreferencesDialog.h"
#include "purchase/InstanceStatusModel.h"
#include "purchase/InstanceTermination.h"
#include "purchase/PurchaseJournal.h"
#include "purchase/PurchaseRun.h"
#include "status/PurchasesView.h"
#include "status/StatusView.h"
#include "wizard/Format.h"
#include "wizard/PurchaseWizard.h"
#include "wizard/ReviewPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
// How long the word that a template was saved stays.
constexpr int kSavedMessageMs = 15000;
// In the settings given by WizardContext::Setup (the user's cvm-purchaser.conf; none on the sandbox).
const auto kGeometryKey = "window/geometry"_L1;
const auto kTemplateKey = "templates/last"_L1;

std::function<bool(const QString &)> &closeAnswer()
{
    static std::function<bool(const QString &)> answer;
    return answer;
}

std::function<bool(const QString &)> &terminateAnswer()
{
    static std::function<bool(const QString &)> answer;
    return answer;
}
} // namespace

MainWindow::MainWindow(QNetworkAccessManager *network, const WizardContext::Setup &setup,
                       PurchaseJournal *journal, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent), m_context(new WizardContext(network, setup, this)), m_journal(journal),
      m_secrets(secrets), m_stack(new QStackedWidget(this))
{
    setWindowTitle(setup.isSandbox() ? tr("CVM Purchaser — Sandbox") : tr("CVM Purchaser"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    if (setup.isSandbox()) {
        auto *banner =
            new QLabel(tr("Sandbox: nothing is bought. Requests go to the simulated cloud built into "
                          "this application."),
                       central);
        banner->setObjectName(u"sandboxBanner"_s);
        banner->setWordWrap(true);
        banner->setFrameShape(QFrame::StyledPanel);
        banner->setAutoFillBackground(true);
        banner->setBackgroundRole(QPalette::ToolTipBase);
        banner->setForegroundRole(QPalette::ToolTipText);
        banner->setMargin(8);
        layout->addWidget(banner);
    }
    // The offer of an opened API 2.0 template's API 3.0 equivalent: a choice, until it is made or another
    // order takes the place of that one.
    auto *offerFrame = new QFrame(central);
    offerFrame->setObjectName(u"conversionOffer"_s);
    offerFrame->setFrameShape(QFrame::StyledPanel);
    m_conversionOffer = offerFrame;
    m_conversionText = new QLabel(m_conversionOffer);
    m_conversionText->setObjectName(u"conversionQuestion"_s);
    m_conversionText->setWordWrap(true);
    m_conversionText->setTextFormat(Qt::PlainText);
    // Why each setting left out has no equivalent, on demand: in a small window the offer stays short.
    m_conversionReasons = new QLabel(m_conversionOffer);
    m_conversionReasons->setObjectName(u"conversionReasons"_s);
    m_conversionReasons->setWordWrap(true);
    m_conversionReasons->setTextFormat(Qt::PlainText);
    m_conversionReasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conversionReasons->hide();
    m_conversionWhy = new QPushButton(tr("&Why?"), m_conversionOffer);
    m_conversionWhy->setObjectName(u"conversionWhy"_s);
    m_conversionWhy->setCheckable(true);
    auto *convert = new QPushButton(tr("Open as API &3.0"), m_conversionOffer);
    auto *keep = new QPushButton(tr("Keep API &2.0"), m_conversionOffer);
    convert->setObjectName(u"convertToApi3"_s);
    keep->setObjectName(u"keepApi2"_s);
    auto *offerLayout = new QGridLayout(m_conversionOffer);
    offerLayout->addWidget(m_conversionText, 0, 0);
    offerLayout->addWidget(m_conversionWhy, 0, 1, Qt::AlignTop);
    offerLayout->addWidget(convert, 0, 2, Qt::AlignTop);
    offerLayout->addWidget(keep, 0, 3, Qt::AlignTop);
    offerLayout->addWidget(m_conversionReasons, 1, 0, 1, 4);
    offerLayout->setColumnStretch(0, 1);
    connect(m_conversionWhy, &QPushButton::toggled, m_conversionReasons, &QWidget::setVisible);
    m_conversionOffer->hide();
    layout->addWidget(m_conversionOffer);
    connect(convert, &QPushButton::clicked, this, &MainWindow::convertToApi3);
    connect(keep, &QPushButton::clicked, m_conversionOffer, &QWidget::hide);
    connect(m_context->draft(), &OrderDraft::replaced, m_conversionOffer, &QWidget::hide);
    // The offer is about the wizard's order: leaving the wizard keeps the API 2.0 order.
    connect(m_stack, &QStackedWidget::currentChanged, m_conversionOffer, [this] {
        if (m_stack->currentWidget() != m_wizard)
            m_conversionOffer->hide();
    });
    connect(m_context->draft(), &OrderDraft::changed, this, [this] {
        if (!m_conversionOffer->isHidden())
            updateConversionOffer();
    });
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newPurchase = file->addAction(tr("&New purchase…"), this, &MainWindow::showWizard);
    newPurchase->setShortcut(QKeySequence::New);
    QAction *purchases = file->addAction(tr("&Purchases"), this, &MainWindow::showPurchases);
    purchases->setShortcut(Qt::CTRL | Qt::Key_L);
    QAction *credentials = file->addAction(tr("&Credentials…"), this, [this] {
        if (CredentialStore *store = m_context->setup().credentialStore)
            CredentialsDialog(
                store, m_context->network(),
                [context = m_context](PurchaseOrder::Api api) { return context->endpointFor(api); }, this)
                .exec();
    });
    credentials->setEnabled(m_context->setup().credentialStore != nullptr);
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open template…"), this, &MainWindow::chooseTemplateToOpen);
    open->setShortcut(QKeySequence::Open);
    QAction *save = file->addAction(tr("&Save as template…"), this, &MainWindow::chooseTemplateToSave);
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    // A sandbox run writes no settings: the dialog then shows them without letting them change.
    QAction *preferences = file->addAction(tr("P&references…"), this, [this] {
        PreferencesDialog(m_secrets, m_context->setup().isSandbox(), this).exec();
    });
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // Ctrl+Q where the platform names no Quit key (Windows' keyboard scheme, which offscreen uses too).
    quit->setShortcut(
        QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(Qt::CTRL | Qt::Key_Q)));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    // The README installed beside the manual pages; a program copied away from its installation has none.
    QAction *guide = help->addAction(tr("&User guide"), this, [] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(AboutDialog::readmePath()));
    });
    guide->setObjectName(u"userGuideAction"_s);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setEnabled(!AboutDialog::readmePath().isEmpty());
    help->addSeparator();
    QAction *about = help->addAction(tr("&About CVM Purchaser"), this, [this] {
        AboutDialog::Facts facts;
        facts.dataFolder = QFileInfo(m_journal->path()).absolutePath();
        if (const QSettings *settings = m_context->settings())
            facts.settingsFile = settings->fileName();
        facts.sandbox = m_context->setup().isSandbox();
        auto *dialog = new AboutDialog(facts, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    // A first start goes straight to buying; afterwards the purchases come first. Each view is built when
    // first shown, so a start with a history costs the list, not the wizard too. A history with problems
    // opens on the purchases, where they are explained.
    if (m_journal->isEmpty() && m_journal->isUsable() && m_journal->problems().isEmpty())
        showWizard();
    else
        showPurchases();
    // About 1100×720, on a smaller screen (1024×768) what it has room for.
    resize(QSize(1100, 720).boundedTo(screen()->availableSize()));
    if (const QSettings *settings = m_context->settings()) {
        restoreGeometry(
            settings->value(kGeometryKey).toByteArray()); // keeps the size above when there is none
        m_lastTemplate = settings->value(kTemplateKey).toString();
    }
    // Closing while instances were being created said that tracking resumes now.
    if (m_journal->isUsable())
        for (const JournalEntry &entry : m_journal->entries(JournalEntry::State::Tracking))
            whenConnected([this, id = entry.id] { trackAgain(id); });
}

void MainWindow::trackAgain(const QString &entryId)
{
    const auto entry = m_journal->entry(entryId);
    if (m_shown.value(entryId).run || !entry || entry->unsettledIds().isEmpty())
        return;
    PurchaseRun *run = newRun();
    run->track(entryId);
    follow(entryId, run);
}

void MainWindow::setCloseAnswerForTesting(std::function<bool(const QString &question)> answer)
{
    closeAnswer() = std::move(answer);
}

void MainWindow::setTerminateAnswerForTesting(std::function<bool(const QString &question)> answer)
{
    terminateAnswer() = std::move(answer);
}

QString MainWindow::closeQuestion() const
{
    if (m_sending)
        return tr("The order is being sent to the cloud. If you quit now, the purchase is safe: it is never "
                  "bought twice, and at the next start the purchases list shows it, where Resume finds out "
                  "what the cloud did.");
    int creating = 0;
    for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it)
        if (it->run && it->run->isActive())
            if (const auto entry = m_journal->entry(it.key()))
                creating += int(entry->unsettledIds().size());
    if (creating > 0)
        return tr("%n instance(s) are still being created. If you quit now, the cloud goes on creating them "
                  "and tracking resumes at the next start.",
                  nullptr, creating);
    if (m_wizard && m_context->draft()->order() != m_context->startingOrder())
        return tr("The choices you made in this order will be lost.");
    return {};
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Ctrl+Q (Quit) closes the window too, so it asks the same.
    if (const QString question = closeQuestion(); !question.isEmpty()) {
        bool quit = false;
        if (closeAnswer()) {
            quit = closeAnswer()(question);
        } else {
            QMessageBox box(QMessageBox::Question, tr("Quit CVM Purchaser?"), question, QMessageBox::Cancel,
                            this);
            QPushButton *quitButton = box.addButton(tr("&Quit"), QMessageBox::DestructiveRole);
            box.setDefaultButton(QMessageBox::Cancel);
            box.exec();
            quit = box.clickedButton() == quitButton;
        }
        if (!quit) {
            event->ignore();
            return;
        }
    }
    if (QSettings *settings = m_context->settings())
        settings->setValue(kGeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::rememberTemplate(const QString &path)
{
    m_lastTemplate = QFileInfo(path).absoluteFilePath();
    if (QSettings *settings = m_context->settings())
        settings->setValue(kTemplateKey, m_lastTemplate);
}

MainWindow::~MainWindow() = default;

PurchaseWizard *MainWindow::wizard()
{
    if (!m_wizard) {
        // Built in its place in the stack: moving it later would take away the focus it gives its first page.
        m_wizard = new PurchaseWizard(m_context, m_stack);
        m_wizard->setWindowFlags(Qt::Widget); // a page of this window, not a dialog of its own
        m_stack->addWidget(m_wizard);
        connect(m_wizard, &PurchaseWizard::purchaseRequested, this, &MainWindow::purchase);
    }
    return m_wizard;
}

PurchasesView *MainWindow::purchasesView()
{
    if (!m_purchases) {
        m_purchases = new PurchasesView(m_journal, m_stack);
        m_purchases->setTrackedCheck([this](const QString &entryId) {
            const PurchaseRun *run = m_shown.value(entryId).run;
            return run && run->isActive();
        });
        m_stack->addWidget(m_purchases);
        connect(m_purchases, &PurchasesView::newPurchaseRequested, this, &MainWindow::showWizard);
        connect(m_purchases, &PurchasesView::openRequested, this, &MainWindow::openPurchase);
        connect(m_purchases, &PurchasesView::resumeRequested, this, &MainWindow::resume);
        connect(m_purchases, &PurchasesView::dismissRequested, this, &MainWindow::dismiss);
        connect(m_purchases, &PurchasesView::terminateRequested, this, [this](const QString &entryId) {
            // Shown first, so that the question and then each instance's end are seen where they happen.
            openPurchase(entryId);
            const auto entry = m_journal->entry(entryId);
            if (!entry || m_shownEntry != entryId)
                return;
            QStringList left;
            for (const QString &id : entry->instanceIds)
                if (!entry->terminatedIds.contains(id))
                    left.append(id);
            if (!left.isEmpty())
                terminate(left);
        });
    }
    return m_purchases;
}

StatusView *MainWindow::statusView()
{
    if (!m_status) {
        m_status = new StatusView(m_stack);
        m_stack->addWidget(m_status);
        connect(m_status, &StatusView::newPurchaseRequested, this, &MainWindow::showWizard);
        connect(m_status, &StatusView::purchasesRequested, this, &MainWindow::showPurchases);
        connect(m_status, &StatusView::replacementsRequested, this, &MainWindow::buyReplacements);
        connect(m_status, &StatusView::terminateRequested, this, &MainWindow::terminate);
    }
    return m_status;
}

InstanceTracker *MainWindow::tracker(const QString &entryId) const
{
    const PurchaseRun *run = m_shown.value(entryId).run;
    return run ? run->tracker() : nullptr;
}

void MainWindow::showWizard()
{
    m_stack->setCurrentWidget(wizard());
}

void MainWindow::showPurchases()
{
    // A list built now has just read the history.
    const bool built = m_purchases != nullptr;
    PurchasesView *purchases = purchasesView();
    if (built)
        purchases->refresh();
    m_stack->setCurrentWidget(purchases);
}

void MainWindow::whenConnected(const std::function<void()> &then)
{
    wizard(); // its Account page chooses the credentials
    if (m_context->hasCredentials()) {
        then();
        return;
    }
    // The keychain gives up after 5 s; then the run itself says that there are no credentials.
    constexpr int kCredentialsWaitMs = 6000;
    auto *wait = new QObject(this); // ends both ways of waiting once one of them has run `then`
    auto go = [wait, then, done = std::make_shared<bool>(false)] {
        if (std::exchange(*done, true))
            return;
        wait->deleteLater();
        then();
    };
    connect(m_context, &WizardContext::connectionChanged, wait, [this, go] {
        if (m_context->hasCredentials())
            go();
    });
    QTimer::singleShot(kCredentialsWaitMs, wait, go);
}

PurchaseRun *MainWindow::newRun()
{
    wizard(); // its Account page chooses the credentials
    auto *run = new PurchaseRun(m_context->network(), m_context->client(), m_journal, m_secrets, this);
    // Only a run that reached its instances stays, to track them.
    connect(run, &PurchaseRun::failed, run, &QObject::deleteLater);
    connect(run, &PurchaseRun::orderInvalid, run, &QObject::deleteLater);
    connect(run, &PurchaseRun::notSent, run, &QObject::deleteLater);
    return run;
}

void MainWindow::purchase()
{
    const PurchaseOrder order = m_context->draft()->order();
    const auto last = m_journal->entry(m_lastEntry);
    PurchaseOrder unchanged = m_lastOrder;
    unchanged.clientToken = order.clientToken;
    const bool again = last && last->state() == JournalEntry::State::Unfinished && unchanged == order;

    PurchaseRun *run = newRun();
    m_sending = run;
    ReviewPage *review = wizard()->reviewPage();
    connect(run, &PurchaseRun::journaled, this, [this, review](const QString &entryId) {
        m_lastEntry = entryId;
        review->setSubmitting(true, tr("Sending the order to the cloud…"));
    });
    connect(run, &PurchaseRun::retrying, this, [review](int attempt, const QString &reason, int delayMs) {
        review->setSubmitting(true, tr("No answer yet (%1). Trying again in %2 s (attempt %3), with the "
                                       "same client token so nothing is bought twice.")
                                        .arg(reason)
                                        .arg(qMax(1, (delayMs + 999) / 1000))
                                        .arg(attempt));
    });
    connect(run, &PurchaseRun::submitted, this, [this, review, run] {
        review->setSubmitting(false);
        onSubmitted(run);
        // The order is the cloud's now (and the journal's): the next one starts clean, and this one's
        // password leaves the window with it.
        m_context->draft()->reset(m_context->startingOrder());
        wizard()->restart();
    });
    connect(run, &PurchaseRun::failed, this,
            [this](const ApiResult &result) { wizard()->showSubmissionError(result); });
    connect(run, &PurchaseRun::orderInvalid, this, [review](const QList<FieldProblem> &problems) {
        review->setSubmitting(false, problems.isEmpty() ? QString() : problems.first().message);
    });
    connect(run, &PurchaseRun::notSent, this,
            [review](const QString &reason) { review->setSubmitting(false, reason); });

    // The same order again after an unanswered attempt: the same token, never a second purchase.
    if (again) {
        review->setSubmitting(true, tr("Sending the order again with the same client token…"));
        run->resume(m_lastEntry);
        return;
    }
    m_lastOrder = order;
    // The next new order of this API starts where this one goes.
    m_context->rememberLocation(order);
    review->setSubmitting(true, tr("Writing the order to the journal…"));
    run->submit(order);
}

void MainWindow::resume(const QString &entryId)
{
    whenConnected([this, entryId] { resumeConnected(entryId); });
}

void MainWindow::resumeConnected(const QString &entryId)
{
    PurchaseRun *run = newRun();
    m_sending = run;
    connect(run, &PurchaseRun::submitted, this, [this, run] { onSubmitted(run); });
    auto report = [this](const QString &text) {
        QMessageBox::warning(this, tr("Resume purchase"), text);
        if (m_purchases)
            m_purchases->refresh();
    };
    connect(run, &PurchaseRun::failed, this, [report](const ApiResult &r) { report(r.describe()); });
    connect(run, &PurchaseRun::notSent, this, report);
    run->resume(entryId);
}

void MainWindow::dismiss(const QString &entryId)
{
    if (QMessageBox::question(this, tr("Dismiss purchase"),
                              tr("Dismiss this purchase? Do this only if you know the cloud did not buy it; "
                                 "otherwise resume it."),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_journal->dismiss(entryId, m_secrets);
    if (m_purchases)
        m_purchases->refresh();
}

void MainWindow::onSubmitted(PurchaseRun *run)
{
    if (m_sending == run)
        m_sending = nullptr;
    const QString entryId = run->entryId();
    if (m_shown.value(entryId).run) {
        // Resumed twice at once: one run tracks a purchase, never two.
        run->cancel();
        run->deleteLater();
    } else {
        follow(entryId, run);
    }
    openPurchase(entryId);
}

void MainWindow::follow(const QString &entryId, PurchaseRun *run)
{
    Shown &shown = m_shown[entryId];
    shown.run = run;
    if (shown.model)
        shown.model->attach(run->tracker());
    connect(run, &PurchaseRun::pollFailed, this, [this, entryId](const ApiResult &result) {
        if (m_shownEntry == entryId)
            statusView()->setNote(
                tr("The last check failed (%1); checking again shortly.").arg(result.describe()));
    });
    connect(run, &PurchaseRun::roundFinished, this, [this, entryId] {
        if (m_shownEntry == entryId)
            statusView()->setNote(QString());
    });
    connect(run, &PurchaseRun::finished, this,
            [this, entryId](const TrackingSummary &summary) { onTrackingFinished(entryId, summary); });
}

void MainWindow::openPurchase(const QString &entryId)
{
    const auto entry = m_journal->entry(entryId);
    if (!entry || entry->instanceIds.isEmpty())
        return;
    Shown &shown = m_shown[entryId];
    if (!shown.model) {
        shown.model = new InstanceStatusModel(this);
        QList<InstanceStatus> known;
        for (const QString &id : entry->instanceIds) {
            if (const InstanceStatus *settled = entry->settledStatus(id)) {
                known.append(*settled);
            } else {
                InstanceStatus pending;
                pending.instanceId = id;
                known.append(pending);
            }
            if (entry->terminatedIds.contains(id))
                known.last().statusText = InstanceTermination::fateText(InstanceTermination::Fate::Gone);
        }
        shown.model->setInstances(known);
        if (shown.run)
            shown.model->attach(shown.run->tracker());
    }
    if (!shown.run && !entry->unsettledIds().isEmpty()) {
        // Opened from the list: its instances are tracked again, nothing is sent.
        PurchaseRun *run = newRun();
        run->track(entryId);
        follow(entryId, run);
    }
    m_shownEntry = entryId;
    const int count = int(entry->instanceIds.size());
    StatusView *status = statusView();
    // The zone by its name, as the wizard showed it (API 3.0 names its zones: ap-guangzhou-3).
    const QString zone = Format::zoneName(entry->order.zone);
    status->setModel(shown.model,
                     tr("%n %1 instance(s) in %2", nullptr, count).arg(entry->order.instanceType, zone));
    status->setTerminateAvailable(
        !ApiProtocol::forApi(entry->order.api).terminateInstances(entry->instanceIds).action.isEmpty());
    const QDateTime destroyAt = ApiProtocol::terminateAt(entry->order);
    status->setSchedule(
        !destroyAt.isValid() ? QString()
        : destroyAt > QDateTime::currentDateTimeUtc()
            ? tr("The cloud destroys these instances automatically at %1.").arg(Format::moment(destroyAt))
            : tr("The cloud was set to destroy these instances at %1.").arg(Format::moment(destroyAt)));
    if (!shown.run || !shown.run->isActive()) {
        TrackingSummary summary;
        for (const InstanceStatus &s : entry->settled)
            (s.state == ApiReplies::InstanceState::Running ? summary.running : summary.failed)
                .append(s.instanceId);
        summary.pending = entry->unsettledIds();
        status->setFinished(summary);
    }
    m_stack->setCurrentWidget(status);
}

void MainWindow::onTrackingFinished(const QString &entryId, const TrackingSummary &summary)
{
    if (m_shownEntry == entryId)
        statusView()->setFinished(summary);
    if (m_purchases)
        m_purchases->refresh();
    if (!isActiveWindow()) {
        QApplication::alert(this);
        if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
            auto *tray = new QSystemTrayIcon(windowIcon(), this);
            tray->show();
            tray->showMessage(tr("CVM Purchaser"), summary.describe());
            QTimer::singleShot(10000, tray, &QObject::deleteLater);
        }
    }
}

void MainWindow::terminate(const QStringList &instanceIds)
{
    const QString entryId = m_shownEntry;
    const auto entry = m_journal->entry(entryId);
    if (!entry)
        return;
    const int count = int(instanceIds.size());
    const QString question = tr("Terminate %n instance(s) of the purchase of %1 (%2 in %3)? They are "
                                "destroyed with their data and "
                                "cannot be recovered.",
                                nullptr, count)
                                 .arg(QLocale().toString(entry->time.toLocalTime(), QLocale::ShortFormat),
                                      entry->order.instanceType, Format::zoneName(entry->order.zone));
    bool confirmed = false;
    if (terminateAnswer()) {
        confirmed = terminateAnswer()(question);
    } else if (count > 10) {
        // Many at once: the number typed, so that a slip of the mouse destroys nothing.
        bool ok = false;
        const QString typed = QInputDialog::getText(
            this, tr("Terminate instances"),
            question + u"\n\n"_s + tr("Type %1 to terminate them:").arg(QLocale().toString(count)),
            QLineEdit::Normal, {}, &ok);
        confirmed = ok && typed.trimmed() == QLocale().toString(count);
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Terminate instances"), question, QMessageBox::Cancel, this);
        QPushButton *yes = box.addButton(tr("Terminate"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        confirmed = box.clickedButton() == yes;
    }
    if (!confirmed)
        return;

    statusView()->setTerminating(true);
    statusView()->setNote(tr("Terminating %n instance(s)…", nullptr, count));
    whenConnected([this, entryId, region = entry->region, api = entry->order.api, instanceIds] {
        // Spoken in the purchase's API at its endpoint, with the credentials the window uses.
        auto *client = new ApiClient(m_context->network(), m_context->endpointFor(api),
                                     m_context->client()->credentials(), this);
        auto *termination = new InstanceTermination(client, client);
        termination->setJournal(m_journal);
        connect(termination, &InstanceTermination::instanceChanged, this,
                [this, entryId](const InstanceTermination::Instance &instance) {
                    InstanceStatusModel *model = m_shown.value(entryId).model;
                    if (!model || model->rowOf(instance.instanceId) < 0)
                        return;
                    InstanceStatus status = model->instanceAt(model->rowOf(instance.instanceId));
                    status.statusText =
                        instance.reason.isEmpty()
                            ? InstanceTermination::fateText(instance.fate)
                            : tr("%1: %2").arg(InstanceTermination::fateText(instance.fate), instance.reason);
                    model->updateInstance(status);
                });
        connect(termination, &InstanceTermination::finished, this,
                [this, entryId, termination, client](InstanceTermination::Outcome outcome,
                                                     const ApiResult &failure) {
                    client->deleteLater();
                    if (m_shownEntry == entryId) {
                        statusView()->setTerminating(false);
                        statusView()->setNote(
                            outcome == InstanceTermination::Outcome::Failed
                                ? tr("Nothing was terminated: %1").arg(failure.describe())
                                : InstanceTermination::describe(termination->instances(), outcome));
                    }
                    if (m_purchases)
                        m_purchases->refresh();
                });
        termination->start(region, instanceIds);
    });
}

void MainWindow::buyReplacements(int failedCount)
{
    const auto entry = m_journal->entry(m_shownEntry);
    if (!entry || failedCount < 1)
        return;
    // A new purchase: a fresh token, the password typed again, and the Purchase button pressed again.
    m_context->draft()->reset(entry->replacementOrder(failedCount));
    wizard()->restart();
    showWizard();
}

bool MainWindow::openTemplate(const QString &path)
{
    const OrderTemplate::ReadResult read = OrderTemplate::readFile(path);
    if (!read.ok()) {
        QStringList lines;
        for (const FieldProblem &p : read.problems)
            lines.append(u"%1: %2"_s.arg(p.field, p.message));
        QMessageBox::warning(this, tr("Open template"),
                             tr("%1 is not a usable template:\n\n%2").arg(path, lines.join(u'\n')));
        return false;
    }
    m_context->draft()->reset(read.order);
    wizard()->restart();
    showWizard();
    rememberTemplate(path);
    // An API 2.0 order: its API 3.0 equivalent is offered above the wizard, which meanwhile shows the order
    // as the template says it.
    if (read.order.api == PurchaseOrder::Api::V2) {
        m_offeredTemplate = QFileInfo(path).fileName();
        updateConversionOffer();
        m_conversionOffer->show();
    }
    return true;
}

void MainWindow::updateConversionOffer()
{
    const OrderConversion::Result conversion = OrderConversion::toApi3(m_context->draft()->order());
    QStringList keys;
    QStringList lines;
    for (const FieldProblem &p : conversion.unconvertible) {
        keys.append(p.field);
        lines.append(u"• %1: %2"_s.arg(p.field, p.message));
    }
    m_conversionText->setText(
        lines.isEmpty()
            ? tr("This order is for API 2.0. Open its API 3.0 equivalent? The zone, the instance type, the "
                 "disks and the bandwidth billing are written in API 3.0 terms; %1 itself stays as it is.")
                  .arg(m_offeredTemplate)
            : tr("This order is for API 2.0. Open its API 3.0 equivalent? Having no API 3.0 equivalent, "
                 "these "
                 "settings would be left out: %1.")
                  .arg(QLocale().createSeparatedList(keys)));
    m_conversionReasons->setText(lines.join(u'\n'));
    m_conversionWhy->setVisible(!lines.isEmpty());
    m_conversionReasons->setVisible(!lines.isEmpty() && m_conversionWhy->isChecked());
}

void MainWindow::convertToApi3()
{
    const PurchaseOrder before = m_context->draft()->order();
    m_context->draft()->reset(OrderConversion::toApi3(before).order);
    wizard()->restart();
    showWizard();
    statusBar()->show();
    statusBar()->showMessage(
        before.password.isEmpty()
            ? tr("The order is now its API 3.0 equivalent; %1 itself is unchanged.").arg(m_offeredTemplate)
            : tr("The order is now its API 3.0 equivalent; %1 itself is unchanged. Type the password again.")
                  .arg(m_offeredTemplate),
        kSavedMessageMs);
}

bool MainWindow::saveTemplate(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(OrderTemplate::write(m_context->draft()->order())) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Save template"),
                             tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    rememberTemplate(path);
    // Said where it is seen, for a while: a save that says nothing leaves one wondering whether it happened.
    statusBar()->show();
    statusBar()->showMessage(tr("Saved the order as the template %1. A template never holds the password.")
                                 .arg(QDir::toNativeSeparators(path)),
                             kSavedMessageMs);
    return true;
}

void MainWindow::chooseTemplateToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open template"), m_lastTemplate,
                                                      tr("Order templates (*.json);;All files (*)"));
    if (!path.isEmpty())
        openTemplate(path);
}

void MainWindow::chooseTemplateToSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as template"), m_lastTemplate,
                                                      tr("Order templates (*.json)"));
    if (!path.isEmpty())
        saveTemplate(path);
}
