// The desktop window and API 3.0: the Account page shows which API a profile
// speaks and starts a 3.0 order for a 3.0 profile; a 3.0 template opens in the
// wizard and its calls go to the 3.0 endpoint; journaled 3.0 purchases resume.
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/ServerText.h"
#include "common/ContractsExample.h"
#include "order/OrderDraft.h"
#include "order/OrderTemplate.h"
#include "protocol/ApiProtocol.h"
#include "protocol/ProfileApi.h"
#include "purchase/InstanceStatusModel.h"
#include "purchase/InstanceTracker.h"
#include "purchase/PurchaseJournal.h"
#include "purchase/PurchaseSubmission.h"
#include "sandbox/SandboxServer.h"
#include "secrets/CredentialStore.h"
#include "secrets/MemorySecretStore.h"
#include "status/PurchasesModel.h"
#include "status/PurchasesView.h"
#include "status/StatusView.h"
#include "wizard/Format.h"
#include "wizard/PurchaseWizard.h"
#include "wizard/WizardContext.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestApi3Gui : public QObject
{
    Q_OBJECT

    // A client of the sandbox's API 3.0 with the demo account's keys; null when its URL is refused.
    static std::unique_ptr<ApiClient> v3Client(QNetworkAccessManager *network, const SandboxServer &sandbox)
    {
        Endpoint v3(PurchaseOrder::Api::V3);
        QString error;
        if (!Endpoint::fromUrl(sandbox.endpointUrlV3().toString(), &v3, &error, PurchaseOrder::Api::V3))
            return nullptr;
        const Credentials demo{QString::fromLatin1(SandboxServer::kDemoSecretId),
                               QString::fromLatin1(SandboxServer::kDemoSecretKey),
                               {}};
        return std::make_unique<ApiClient>(network, v3, demo);
    }

    // A 3.0 purchase bought in process at the sandbox (as cvm-purchaser-cli would), and a window on the same
    // history: the set-up of the tests that act on a purchase from the window.
    struct BoughtAndShown
    {
        QTemporaryDir dir;
        PurchaseJournal journal{dir.filePath(u"history.sqlite"_s)};
        QNetworkAccessManager network;
        std::unique_ptr<ApiClient> v3;
        std::unique_ptr<PurchaseSubmission> submission;
        MemorySecretStore secrets;
        std::unique_ptr<MainWindow> window;
        QString entryId;

        // False when the purchase was not confirmed.
        bool buy(const SandboxServer &sandbox, const PurchaseOrder &order)
        {
            v3 = v3Client(&network, sandbox);
            if (!v3)
                return false;
            submission = std::make_unique<PurchaseSubmission>(v3.get(), &journal, nullptr);
            QSignalSpy submitted(submission.get(), &PurchaseSubmission::submitted);
            submission->submit(order);
            if (!submitted.wait(10000))
                return false;
            entryId = submission->entryId();
            WizardContext::Setup setup;
            QString error;
            if (!Endpoint::fromUrl(sandbox.endpointUrl().toString(), &setup.endpoint, &error,
                                   PurchaseOrder::Api::V2))
                return false;
            setup.sandboxAccount = v3->credentials();
            setup.sandbox = sandbox.endpointUrlV3();
            window = std::make_unique<MainWindow>(&network, setup, &journal, &secrets);
            window->show();
            return true;
        }
        // Opens the purchase and follows it, polling fast, until every instance has settled.
        bool openUntilSettled()
        {
            window->openPurchase(entryId);
            if (!QTest::qWaitFor([this] { return window->tracker(entryId) != nullptr; }, 15000))
                return false;
            window->tracker(entryId)->setOptions({50, 100, 1.5, 5000, 60000});
            return QTest::qWaitFor(
                [this] { return journal.entry(entryId)->state() == JournalEntry::State::Done; }, 15000);
        }
    };

    static PurchaseOrder v3Order(int count)
    {
        PurchaseOrder order = OrderTemplate::read(kContractsExampleV3).order;
        order.goodsNum = count;
        return order;
    }

private Q_SLOTS:
    void accountPageShowsTheProfilesApi()
    {
        SandboxServer sandbox(SandboxServer::Options{});
        QVERIFY(sandbox.listen() != 0);
        MemorySecretStore secrets;
        QTemporaryDir dir;
        CredentialStore store(&secrets);
        const Credentials demo{QString::fromLatin1(SandboxServer::kDemoSecretId),
                               QString::fromLatin1(SandboxServer::kDemoSecretKey),
                               {}};
        int saved = 0;
        for (const QString &name : {u"old"_s, u"new"_s})
            store.save(name, demo, [&](CredentialStore::Error error, const QString &) {
                saved += error == CredentialStore::Error::None ? 1 : 0;
            });
        QTRY_COMPARE(saved, 2);
        QVERIFY(ProfileApi::write(u"new"_s, PurchaseOrder::Api::V3));

        WizardContext::Setup setup;
        QString error;
        QVERIFY(Endpoint::fromUrl(sandbox.endpointUrl().toString(), &setup.endpoint, &error,
                                  PurchaseOrder::Api::V2));
        setup.credentialStore = &store;
        setup.profile = u"new"_s;
        PurchaseJournal journal(dir.filePath(u"history.sqlite"_s));
        QNetworkAccessManager network;
        MainWindow window(&network, setup, &journal, &secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.wizard()->currentPage();
        auto *source = page->findChild<QComboBox *>(u"credentials"_s);
        QCOMPARE(source->currentText(), u"Profile new (API 3.0)"_s);
        auto *detail = page->findChild<QLabel *>(u"credentialsDetail"_s);
        QTRY_VERIFY(detail->text().contains("This profile buys through API 3.0"_L1));
        // The order being made is a 3.0 one, and the calls go to the 3.0 endpoint.
        QCOMPARE(window.context()->draft()->order().api, PurchaseOrder::Api::V3);
        QCOMPARE(window.context()->client()->endpoint().api(), PurchaseOrder::Api::V3);
        QCOMPARE(page->findChild<QComboBox *>(u"api"_s)->currentText().left(7), u"API 3.0"_s);
        // The long sentence wraps inside the page instead of widening the window.
        QVERIFY(detail->wordWrap() || detail->sizeHint().width() <= detail->width());
        QVERIFY(detail->width() <= page->width());
        if (const QString shots = qEnvironmentVariable("CVM_SCREENSHOTS"); !shots.isEmpty())
            window.grab().save(shots + u"/account-api3.png"_s);
        // A 2.0 profile reads as it always did.
        source->setCurrentIndex(source->findText(u"Profile old"_s));
        QTRY_VERIFY(detail->text().startsWith("SecretId"_L1) && detail->text().endsWith("0000"_L1));
        QCOMPARE(window.context()->draft()->order().api, PurchaseOrder::Api::V2);
        QCOMPARE(window.context()->client()->endpoint().api(), PurchaseOrder::Api::V2);
        ProfileApi::remove(u"new"_s);
        for (const QString &name : {u"old"_s, u"new"_s})
            store.remove(name, [](CredentialStore::Error, const QString &) {});
    }

    void a3PurchaseIsResumedAndFollowedInTheWindow()
    {
        // Bought with API 3.0 (as cvm-purchaser-cli does) but the answer was lost: the journal entry is
        // unfinished. A window whose wizard speaks 2.0 resumes it in 3.0, same ClientToken, and follows it.
        SandboxServer::Options options;
        options.runningAfter = 2;
        // Bought, and no answer comes: the purchase gives up waiting. (A dropped connection would not do: Qt
        // resends the very same request, which API 3.0 answers, as it has no replay rule.)
        options.faults = {u"hang-first-run"_s};
        SandboxServer sandbox(options);
        QVERIFY(sandbox.listen() != 0);
        QTemporaryDir dir;
        PurchaseJournal journal(dir.filePath(u"history.sqlite"_s));
        QNetworkAccessManager network;
        const std::unique_ptr<ApiClient> v3 = v3Client(&network, sandbox);
        QVERIFY(v3);
        ApiClient &client = *v3;
        QString error;
        client.setTimeout(1000);
        PurchaseSubmission lost(&client, &journal, nullptr);
        RetryPolicy once;
        once.maxAttempts = 1;
        lost.setRetryPolicy(once);
        QSignalSpy failed(&lost, &PurchaseSubmission::failed);
        PurchaseOrder order = OrderTemplate::read(kContractsExampleV3).order;
        order.goodsNum = 2;
        lost.submit(order);
        QVERIFY(failed.wait(10000));
        const QString entryId = lost.entryId();
        QCOMPARE(journal.entry(entryId)->state(), JournalEntry::State::Unfinished);
        QCOMPARE(sandbox.purchaseCount(), 1); // bought, answer lost

        WizardContext::Setup setup;
        QVERIFY(Endpoint::fromUrl(sandbox.endpointUrl().toString(), &setup.endpoint, &error,
                                  PurchaseOrder::Api::V2));
        setup.sandboxAccount = client.credentials();
        MemorySecretStore secrets;
        MainWindow window(&network, setup, &journal, &secrets);
        window.show();
        // A refusal would come as a modal message box: note it and close it, so the test fails instead of
        // hanging.
        QString refusal;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                refusal = box->text();
                box->accept();
            }
        });
        closer.start(20);
        Q_EMIT window.purchasesView()->resumeRequested(entryId);
        QTRY_VERIFY_WITH_TIMEOUT(window.tracker(entryId) || !refusal.isEmpty(), 15000);
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        QSignalSpy finished(window.tracker(entryId), &InstanceTracker::finished);
        QVERIFY(finished.wait(30000));
        closer.stop();
        const TrackingSummary summary = finished.first().first().value<TrackingSummary>();
        QCOMPARE(summary.running.size(), 2);  // PENDING, then RUNNING
        QCOMPARE(sandbox.purchaseCount(), 1); // the same ClientToken bought nothing more
        journal.reload();
        QCOMPARE(journal.entry(entryId)->state(), JournalEntry::State::Done);
    }

    // An API 3.0 instance that failed shows the cloud's own explanation (LatestOperationErrorMsg) in its row.
    void a3FailureShowsTheCloudsReason()
    {
        SandboxServer::Options options;
        options.runningAfter = 1;
        options.faults = {u"fail-one"_s};
        SandboxServer sandbox(options);
        QVERIFY(sandbox.listen() != 0);
        BoughtAndShown bought;
        QVERIFY(bought.buy(sandbox, v3Order(2)));
        MainWindow &window = *bought.window;
        window.openPurchase(bought.entryId);
        QTRY_VERIFY_WITH_TIMEOUT(window.tracker(bought.entryId), 15000);
        window.tracker(bought.entryId)->setOptions({50, 100, 1.5, 5000, 60000});
        auto *table = window.statusView()->findChild<QTableView *>(u"instances"_s);
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(
            table->model()->index(0, 0).data(InstanceStatusModel::SettledRole).toBool() &&
                table->model()->index(1, 0).data(InstanceStatusModel::SettledRole).toBool(),
            15000);
        QStringList states;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            states.append(table->model()->index(row, InstanceStatusModel::StateColumn).data().toString());
        QVERIFY2(states.contains(u"failed: %1"_s.arg(
                     ServerText::shown(QString::fromLatin1(SandboxServer::kFailureMessage)))),
                 qPrintable(states.join(u" | "_s)));
    }

    // Terminate in the status view asks, naming how many instances of which purchase, then destroys them
    // (the failed one too), shows each go, and the history says the purchase is terminated (issue 18).
    void terminatingFromTheStatusViewLeavesNothing()
    {
        SandboxServer::Options options;
        options.runningAfter = 1;
        options.faults = {u"fail-one"_s};
        SandboxServer sandbox(options);
        QVERIFY(sandbox.listen() != 0);
        BoughtAndShown bought;
        const PurchaseOrder order = v3Order(2);
        QVERIFY(bought.buy(sandbox, order));
        QVERIFY(bought.openUntilSettled());
        MainWindow &window = *bought.window;
        PurchaseJournal &journal = bought.journal;
        const QString entryId = bought.entryId;

        QStringList asked;
        MainWindow::setTerminateAnswerForTesting([&asked](const QString &question) {
            asked.append(question);
            return true;
        });
        auto *terminate = window.statusView()->findChild<QPushButton *>(u"terminate"_s);
        QVERIFY(terminate && terminate->isVisible());
        QTest::mouseClick(terminate, Qt::LeftButton);
        MainWindow::setTerminateAnswerForTesting({});
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains("Terminate 2 instance"_L1) &&
                     asked.first().contains(order.instanceType),
                 qPrintable(asked.first()));

        auto *note = window.statusView()->findChild<QLabel *>(u"statusNote"_s);
        QTRY_VERIFY_WITH_TIMEOUT(note->text().startsWith("2 instance(s) terminated."_L1), 15000);
        QVERIFY(terminate->isEnabled());
        QVERIFY(sandbox.instances().isEmpty());
        QCOMPARE(journal.entry(entryId)->terminatedIds.size(), 2);
        QCOMPARE(journal.entry(entryId)->historyState(), u"terminated"_s);
        auto *table = window.statusView()->findChild<QTableView *>(u"instances"_s);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY2(
                table->model()
                    ->index(row, InstanceStatusModel::StateColumn)
                    .data()
                    .toString()
                    .contains("terminated"_L1),
                qPrintable(table->model()->index(row, InstanceStatusModel::StateColumn).data().toString()));
    }

    // The purchases list terminates a whole purchase (what is left of it), and both the list and the status
    // view say when the cloud's timer is to destroy the instances (issue 18).
    void thePurchasesListTerminatesAndShowsTheTimer()
    {
        SandboxServer::Options options;
        options.runningAfter = 1;
        SandboxServer sandbox(options);
        QVERIFY(sandbox.listen() != 0);
        PurchaseOrder order = v3Order(2);
        const QDateTime destroyAt = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
        ApiProtocol::setTerminateAt(&order, destroyAt.toOffsetFromUtc(8 * 3600));
        BoughtAndShown bought;
        QVERIFY(bought.buy(sandbox, order));
        QVERIFY(bought.openUntilSettled());
        MainWindow &window = *bought.window;

        auto *schedule = window.statusView()->findChild<QLabel *>(u"statusSchedule"_s);
        QVERIFY(schedule && schedule->isVisible());
        QVERIFY2(schedule->text().contains(Format::moment(destroyAt)), qPrintable(schedule->text()));

        window.showPurchases();
        PurchasesView *list = window.purchasesView();
        auto *rows = list->findChild<QTreeView *>(u"purchases"_s);
        QTRY_COMPARE(rows->model()->rowCount(), 1);
        const QModelIndex outcome = rows->model()->index(0, PurchasesModel::Outcome);
        QVERIFY2(outcome.data().toString().contains(Format::moment(destroyAt)),
                 qPrintable(outcome.data().toString()));
        auto *terminate = list->findChild<QPushButton *>(u"terminatePurchase"_s);
        QVERIFY(terminate && terminate->isVisible());
        rows->setCurrentIndex(rows->model()->index(0, 0));
        QVERIFY(terminate->isEnabled());

        QStringList asked;
        MainWindow::setTerminateAnswerForTesting([&asked](const QString &question) {
            asked.append(question);
            return true;
        });
        QTest::mouseClick(terminate, Qt::LeftButton);
        MainWindow::setTerminateAnswerForTesting({});
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains("Terminate 2 instance"_L1), qPrintable(asked.first()));
        // The status view shows them go.
        QVERIFY(window.statusView()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.instances().isEmpty(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(bought.journal.entry(bought.entryId)->historyState(), u"terminated"_s,
                                  15000);

        // Back in the list: the purchase says it is terminated, the state filter finds it, nothing is left
        // to terminate.
        window.showPurchases();
        QTRY_VERIFY(rows->model()
                        ->index(0, PurchasesModel::Outcome)
                        .data()
                        .toString()
                        .startsWith("terminated: all 2 instance"_L1));
        auto *state = list->findChild<QComboBox *>(u"stateFilter"_s);
        const int terminated = state->findData(u"terminated"_s);
        QVERIFY(terminated >= 0);
        state->setCurrentIndex(terminated);
        Q_EMIT state->activated(terminated);
        QTRY_COMPARE(rows->model()->rowCount(), 1);
        rows->setCurrentIndex(rows->model()->index(0, 0));
        QVERIFY(!terminate->isEnabled());
    }

    void api3TemplateOpensInTheWizard()
    {
        SandboxServer sandbox(SandboxServer::Options{});
        QVERIFY(sandbox.listen() != 0);
        WizardContext::Setup setup;
        QString error;
        QVERIFY(Endpoint::fromUrl(sandbox.endpointUrl().toString(), &setup.endpoint, &error,
                                  PurchaseOrder::Api::V2));
        setup.sandboxAccount = {QString::fromLatin1(SandboxServer::kDemoSecretId),
                                QString::fromLatin1(SandboxServer::kDemoSecretKey),
                                {}};
        setup.sandbox = sandbox.endpointUrlV3();
        QTemporaryDir data;
        PurchaseJournal journal(data.filePath(u"history.sqlite"_s));
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        MainWindow window(&network, setup, &journal, &secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A window on the legacy API 2.0 (chosen in the API box; a sandbox run starts in 3.0): the template
        // brings its own API.
        window.context()->setApi(PurchaseOrder::Api::V2);
        QCOMPARE(window.context()->draft()->order().api, PurchaseOrder::Api::V2);

        const QString path = data.filePath(u"web3.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kContractsExampleV3);
        file.close();

        QString shown;
        // A refusal would be a modal message box: read it, then close it.
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        closer.start(20);
        QVERIFY(window.openTemplate(path));
        closer.stop();
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        const PurchaseOrder order = window.context()->draft()->order();
        QCOMPARE(order.api, PurchaseOrder::Api::V3);
        QCOMPARE(order, OrderTemplate::read(kContractsExampleV3).order);
        // The sandbox's calls for this order go to its API 3.0 address.
        QCOMPARE(window.context()->client()->endpoint().api(), PurchaseOrder::Api::V3);
        QCOMPARE(window.context()->client()->endpoint().url(), sandbox.endpointUrlV3());
        auto *apiBox = window.wizard()->currentPage()->findChild<QComboBox *>(u"api"_s);
        QCOMPARE(apiBox->currentData().toInt(), int(PurchaseOrder::Api::V3));
    }
};

QTEST_MAIN(TestApi3Gui)
#include "tst_api3_gui.moc"
