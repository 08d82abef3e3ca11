// The status view and the purchases list as a user meets them, bought through
// the real wizard against the sandbox: 1 and 100 instances at the window sizes
// and in the languages the application supports, an application killed
// between the journal and the cloud's answer and started again, and
// replacements bought for failed instances. Set CVM_SCREENSHOTS=DIR to save a
// picture of each state looked at.
#include "AppLanguage.h"
#include "MainWindow.h"
#include "purchase/InstanceStatusModel.h"
#include "purchase/InstanceTracker.h"
#include "purchase/PurchaseJournal.h"
#include "purchase/PurchaseTestSupport.h"
#include "sandbox/SandboxServer.h"
#include "status/PurchasesModel.h"
#include "status/PurchasesView.h"
#include "status/StatusView.h"
#include "statusgui/StatusGuiSupport.h"
#include "wizard/PurchaseWizard.h"

#include <QAccessible>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// A helper's QVERIFY ends only the helper: stop the test function too.
#define CHECK(call)                                                                                                    \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

class TestStatusGui : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<PurchaseTest::CloudStandIn> m_cloud;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<PurchaseJournal> m_journal;
    std::unique_ptr<PurchaseTest::FileSecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;

    void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CVM_SCREENSHOTS");
        if (!dir.isEmpty())
            widget->window()->grab().save(QDir(dir).filePath(name + u".png"_s));
    }

    // The journal where the application keeps it: $XDG_DATA_HOME/cvm-purchaser.
    void useDataHome()
    {
        m_data = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data->path()));
        m_secrets = std::make_unique<PurchaseTest::FileSecretStore>(m_data->filePath(u"secrets.json"_s));
    }

    // The application as cvm-purchaser --endpoint starts it: the journal under
    // XDG_DATA_HOME, credentials from the environment.
    void startWindow(QSize size = {1280, 800})
    {
        m_window.reset();
        m_journal = std::make_unique<PurchaseJournal>(PurchaseJournal::defaultPath());
        WizardContext::Setup setup;
        QString error;
        QVERIFY(Endpoint::fromUrl(m_cloud->endpointUrl().toString(), &setup.endpoint, &error,
                                  PurchaseOrder::Api::V2));
        m_window = std::make_unique<MainWindow>(&m_network, setup, m_journal.get(), m_secrets.get());
        m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QString templatePath(int count)
    {
        const QString path = m_data->filePath(u"order-%1.json"_s.arg(count));
        if (!StatusGui::writeTemplate(path, StatusGui::order(count)))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Template, wizard, Alt+P: the status view of the new purchase.
    void buy(int count)
    {
        QVERIFY(m_window->openTemplate(templatePath(count)));
        const QString walked = StatusGui::walkToReview(m_window.get(), StatusGui::password());
        QVERIFY2(walked.isEmpty(), qPrintable(walked));
        const QString pressed = StatusGui::pressPurchase(m_window.get());
        QVERIFY2(pressed.isEmpty(), qPrintable(pressed));
    }

    StatusView *status() const { return m_window->statusView(); }
    template<typename T>
    T *inStatus(const QString &name) const
    {
        T *widget = status()->findChild<T *>(name);
        if (!widget)
            qFatal("no %s in the status view", qPrintable(name));
        return widget;
    }

    // The purchase shown, tracked quickly so a test need not wait for the real intervals.
    void trackQuickly(const QString &entryId)
    {
        InstanceTracker *tracker = m_window->tracker(entryId);
        QVERIFY(tracker);
        tracker->setOptions({50, 100, 1.5, 5000, 60000});
    }

    void waitUntilSettled()
    {
        auto *progress = inStatus<QProgressBar>(u"statusProgress"_s);
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() == progress->maximum(), 30000);
        auto *table = inStatus<QTableView>(u"instances"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            table->model()->index(0, 0).data(InstanceStatusModel::SettledRole).toBool(), 30000);
    }

    // Nothing the user needs is cut off: every column as wide as its widest
    // text, no sideways scrolling, every button as wide as its label.
    void verifyNothingCut(QSize size)
    {
        QCOMPARE(m_window->size(), size);
        auto *table = inStatus<QTableView>(u"instances"_s);
        QHeaderView *header = table->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            const int needed = std::max(static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column), header->sectionSizeHint(column));
            QVERIFY2(header->sectionSize(column) >= needed,
                     qPrintable(u"column %1 (%2) is %3 px, its text needs %4"_s
                                    .arg(column)
                                    .arg(table->model()->headerData(column, Qt::Horizontal).toString())
                                    .arg(header->sectionSize(column))
                                    .arg(needed)));
        }
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        for (QPushButton *button : status()->findChildren<QPushButton *>())
            if (button->isVisible())
                QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
    }

    // Each state as an icon and a word, never colour alone.
    void verifyStatesHaveIconAndWord()
    {
        auto *table = inStatus<QTableView>(u"instances"_s);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex state = table->model()->index(row, InstanceStatusModel::StateColumn);
            QVERIFY(!state.data(Qt::DisplayRole).toString().isEmpty());
            QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
    }

private Q_SLOTS:
    void init()
    {
        useDataHome();
        m_sandbox = std::make_unique<SandboxServer>(SandboxServer::Options{});
        m_cloud = std::make_unique<PurchaseTest::CloudStandIn>(m_sandbox.get());
        QVERIFY(m_cloud->listen() != 0);
        qputenv("TENCENTCLOUD_SECRET_ID", SandboxServer::kDemoSecretId);
        qputenv("TENCENTCLOUD_SECRET_KEY", SandboxServer::kDemoSecretKey);
    }

    void cleanup()
    {
        MainWindow::setCloseAnswerForTesting(nullptr);
        m_window.reset();
        m_journal.reset();
        m_cloud.reset();
        m_sandbox.reset();
        m_secrets.reset();
        m_data.reset();
        AppLanguage::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        qunsetenv("TENCENTCLOUD_SECRET_ID");
        qunsetenv("TENCENTCLOUD_SECRET_KEY");
    }

    void oneAndHundredInstancesFit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("count");
        for (const char *language : {"en", "zh_CN"})
            for (QSize size : {QSize(1280, 800), QSize(1024, 768)})
                for (int count : {1, 100})
                    QTest::addRow("%s-%dx%d-%d", language, size.width(), size.height(), count)
                        << QString::fromLatin1(language) << size << count;
    }

    void oneAndHundredInstancesFit()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(int, count);
        QVERIFY(AppLanguage::install(qApp, QLocale(language)));
        CHECK(startWindow(size));
        CHECK(buy(count));
        QTRY_VERIFY(status()->isVisible());
        const QString entryId = m_journal->entries().constLast().id;
        CHECK(trackQuickly(entryId));
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        auto *table = inStatus<QTableView>(u"instances"_s);
        QCOMPARE(table->model()->rowCount(), count);
        screenshot(status(), u"status-"_s + name + u"-start"_s);
        CHECK(verifyNothingCut(size)); // the longest state texts come first: "waiting for the cloud to list it"

        CHECK(waitUntilSettled());
        auto *progress = inStatus<QProgressBar>(u"statusProgress"_s);
        QCOMPARE(progress->maximum(), count);
        QCOMPARE(m_sandbox->purchaseCount(), 1);
        for (int row = 0; row < count; ++row)
            QCOMPARE(table->model()->index(row, 0).data(InstanceStatusModel::StateRole).value<ApiReplies::InstanceState>(),
                     ApiReplies::InstanceState::Running);
        if (language == "en"_L1) {
            QCOMPARE(inStatus<QLabel>(u"statusSummary"_s)->text(),
                     u"%1 of %1 running"_s.arg(count));
            QVERIFY(inStatus<QLabel>(u"statusTitle"_s)->text().contains(QString::number(count)));
        }
        QVERIFY(!inStatus<QPushButton>(u"buyReplacements"_s)->isVisible());
        CHECK(verifyStatesHaveIconAndWord());
        CHECK(verifyNothingCut(size));
        screenshot(status(), u"status-"_s + name + u"-done"_s);
    }

    // The application is killed after the journal entry is written and before
    // the cloud's answer arrives (the cloud bought, its answer is held back),
    // then started again on the same journal against the same cloud: the
    // purchase is offered for resume, resumed from the purchases list, and
    // bought once, under one clientToken, with its instances tracked to running.
    void killedBeforeTheAnswerResumesAfterRestart()
    {
        // Earlier purchases, so the list has history: one done, one refused by the cloud.
        CHECK(startWindow());
        CHECK(buy(2));
        QTRY_VERIFY(status()->isVisible());
        CHECK(trackQuickly(m_journal->entries().constLast().id));
        CHECK(waitUntilSettled());
        m_cloud->before = [](const QString &action, const ApiParams &, int nth) -> std::optional<PurchaseTest::CloudStandIn::Answer> {
            if (action == "RunInstancesHour"_L1 && nth == 2)
                return PurchaseTest::apiError(4000, "InvalidParameter", "the sandbox refuses this one");
            if (action == "RunInstancesHour"_L1 && nth == 3)
                return PurchaseTest::CloudStandIn::Answer{200, {}, true, true}; // bought, never answered
            return std::nullopt;
        };
        CHECK(buy(1));
        QTRY_COMPARE(m_journal->entries().constLast().state(), JournalEntry::State::Refused);
        m_window.reset();
        m_journal.reset();
        QCOMPARE(m_sandbox->purchaseCount(), 1);

        // The application buys 3, the cloud buys them and holds its answer back; then the process is killed.
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_data->path());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(CVM_APP_HELPER_PATH),
                  {u"--endpoint"_s, m_cloud->endpointUrl().toString(), u"--template"_s, templatePath(3),
                   u"--secrets"_s, m_data->filePath(u"secrets.json"_s)});
        QByteArray said;
        connect(&app, &QProcess::readyReadStandardOutput, this, [&] { said += app.readAllStandardOutput(); });
        QVERIFY(app.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->purchaseCount() == 2 || app.state() == QProcess::NotRunning, 60000);
        QVERIFY2(app.state() == QProcess::Running, said.constData());
        QCOMPARE(m_cloud->requests(u"RunInstancesHour"_s), 3);
        const QString token = m_cloud->tokensSeen().constLast();
        QVERIFY(!token.isEmpty());
        app.kill();
        QVERIFY(app.waitForFinished());
        said += app.readAllStandardOutput();
        QVERIFY2(said.contains("journaled "), said.constData());

        // Started again: the purchases come first, the unfinished one explained and offered for resume.
        CHECK(startWindow());
        PurchasesView *purchases = m_window->purchasesView();
        QVERIFY(purchases->isVisible());
        auto *notice = purchases->findChild<QLabel *>(u"unfinishedNotice"_s);
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains("never confirmed"_L1));
        const QList<JournalEntry> unfinished = m_journal->entries(JournalEntry::State::Unfinished);
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.first().order.clientToken, token);
        auto *list = purchases->findChild<QTreeView *>(u"purchases"_s);
        QCOMPARE(list->model()->rowCount(), 3);
        QCOMPARE(purchases->selectedEntry(), unfinished.first().id); // the newest comes first
        screenshot(purchases, u"purchases-unfinished"_s);

        auto *resume = purchases->findChild<QPushButton *>(u"resumePurchase"_s);
        QVERIFY(resume->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusView()->isVisible(), 20000);
        CHECK(trackQuickly(unfinished.first().id));
        CHECK(waitUntilSettled());
        QCOMPARE(inStatus<QLabel>(u"statusSummary"_s)->text(), u"3 of 3 running"_s);

        // Sent twice under one token, bought once.
        QCOMPARE(m_cloud->requests(u"RunInstancesHour"_s), 4);
        QCOMPARE(m_cloud->tokensSeen().count(token), 2);
        QCOMPARE(m_sandbox->purchaseCount(), 2);
        QCOMPARE(m_sandbox->clientTokens().count(token), 1);
        QCOMPARE(m_journal->entries(JournalEntry::State::Unfinished).size(), 0);
        QVERIFY(m_secrets->keys().isEmpty()); // the held password is gone once the purchase is confirmed
        m_window->showPurchases();
        QVERIFY(!notice->isVisible());
        screenshot(purchases, u"purchases-after-resume"_s);
    }

    // Two of five instances fail: the view says which and why, and "Buy
    // replacements" opens a new purchase of exactly two, under a new
    // clientToken, confirmed by the user; the first purchase is never sent again
    // and the replacements are tracked until they run.
    void failedInstancesAreReplacedByANewPurchase_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s;
    }

    void failedInstancesAreReplacedByANewPurchase()
    {
        QFETCH(QString, language);
        QVERIFY(AppLanguage::install(qApp, QLocale(language)));
        QStringList failing;
        m_cloud->after = [&failing](const QString &action, int nth, QJsonObject &reply) {
            if (action == "RunInstancesHour"_L1 && nth == 1) {
                for (const QString &id : reply.value("unInstanceIds"_L1).toVariant().toStringList().mid(0, 2))
                    failing.append(id);
            }
            if (action != "DescribeInstances"_L1)
                return;
            QJsonArray set = reply.value("instanceSet"_L1).toArray();
            for (qsizetype i = 0; i < set.size(); ++i) {
                QJsonObject instance = set.at(i).toObject();
                if (failing.contains(instance.value("unInstanceId"_L1).toString()) &&
                    instance.value("status"_L1).toInt() == 2) {
                    instance.insert("status"_L1, 1); // the cloud gave up on this one
                    set.replace(i, instance);
                }
            }
            reply.insert("instanceSet"_L1, set);
        };
        CHECK(startWindow(QSize(1024, 768)));
        CHECK(buy(5));
        QTRY_VERIFY(status()->isVisible());
        const JournalEntry first = m_journal->entries().constFirst();
        CHECK(trackQuickly(first.id));
        CHECK(waitUntilSettled());
        QCOMPARE(failing.size(), 2);

        auto *table = inStatus<QTableView>(u"instances"_s);
        auto *replacements = inStatus<QPushButton>(u"buyReplacements"_s);
        QTRY_VERIFY(replacements->isVisible());
        for (const QString &id : failing) {
            const int row = table->model()->match(table->model()->index(0, 0), InstanceStatusModel::InstanceIdRole, id,
                                                  1, Qt::MatchExactly)
                                .constFirst()
                                .row();
            const QModelIndex state = table->model()->index(row, InstanceStatusModel::StateColumn);
            QCOMPARE(state.data(InstanceStatusModel::StateRole).value<ApiReplies::InstanceState>(),
                     ApiReplies::InstanceState::Failed);
            QVERIFY(!state.data(Qt::ToolTipRole).toString().isEmpty()); // the reason where the user looks
            QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
        if (language == "en"_L1) {
            QCOMPARE(inStatus<QLabel>(u"statusSummary"_s)->text(), u"3 of 5 running · 2 failed"_s);
            QVERIFY(replacements->text().contains("replacements"_L1));
        }
        CHECK(verifyStatesHaveIconAndWord());
        CHECK(verifyNothingCut(QSize(1024, 768)));
        screenshot(status(), u"status-failed-"_s + language);

        // A new order of two, with a fresh token, for the user to confirm: nothing is sent yet.
        QTest::mouseClick(replacements, Qt::LeftButton);
        QTRY_VERIFY(m_window->wizard()->isVisible());
        const PurchaseOrder &draft = m_window->context()->draft()->order();
        QCOMPARE(draft.goodsNum, 2);
        QCOMPARE(draft.imageId, first.order.imageId);
        QCOMPARE(draft.zone, first.order.zone);
        QVERIFY(draft.clientToken != first.clientToken);
        QCOMPARE(m_cloud->requests(u"RunInstancesHour"_s), 1);
        const QString walked = StatusGui::walkToReview(m_window.get(), StatusGui::password());
        QVERIFY2(walked.isEmpty(), qPrintable(walked));
        if (language == "en"_L1)
            QCOMPARE(m_window->wizard()->button(QWizard::FinishButton)->text(), u"&Purchase 2 instances"_s);
        QCOMPARE(m_cloud->requests(u"RunInstancesHour"_s), 1);
        const QString pressed = StatusGui::pressPurchase(m_window.get());
        QVERIFY2(pressed.isEmpty(), qPrintable(pressed));

        QTRY_COMPARE(m_journal->entries().size(), 2);
        const JournalEntry second = m_journal->entries().constLast();
        QTRY_VERIFY(status()->isVisible());
        QTRY_COMPARE(table->model()->rowCount(), 2);
        CHECK(trackQuickly(second.id));
        CHECK(waitUntilSettled());
        QVERIFY(!replacements->isVisible());
        for (int row = 0; row < 2; ++row)
            QCOMPARE(table->model()->index(row, 0).data(InstanceStatusModel::StateRole).value<ApiReplies::InstanceState>(),
                     ApiReplies::InstanceState::Running);
        if (language == "en"_L1)
            QCOMPARE(inStatus<QLabel>(u"statusSummary"_s)->text(), u"2 of 2 running"_s);

        // Two purchases, two tokens, each sent once; the first one's was never sent again.
        QCOMPARE(second.order.goodsNum, 2);
        QVERIFY(!second.clientToken.isEmpty());
        QVERIFY(second.clientToken != first.clientToken);
        QCOMPARE(m_cloud->requests(u"RunInstancesHour"_s), 2);
        QCOMPARE(m_cloud->tokensSeen(), (QStringList{first.clientToken, second.clientToken}));
        QCOMPARE(m_sandbox->purchaseCount(), 2);
        screenshot(status(), u"status-replacements-"_s + language);
    }

    // Everything in the status view is reached with Tab in the order it is
    // seen, has a name a screen reader can say, and copying works from the keyboard.
    void statusViewByKeyboard()
    {
        CHECK(startWindow());
        CHECK(buy(3));
        QTRY_VERIFY(status()->isVisible());
        CHECK(trackQuickly(m_journal->entries().constLast().id));
        CHECK(waitUntilSettled());

        auto *table = inStatus<QTableView>(u"instances"_s);
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QStringList reached;
        for (int i = 0; i < 8; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            if (focus == table)
                break;
            reached.append(focus->objectName());
        }
        QCOMPARE(reached, (QStringList{u"copyIds"_s, u"copyIps"_s, u"exportCsv"_s, u"allPurchases"_s,
                                       u"newPurchase"_s}));
        for (QWidget *widget : status()->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), qPrintable(widget->objectName()));
        }
        QVERIFY(!QAccessible::queryAccessibleInterface(inStatus<QProgressBar>(u"statusProgress"_s))
                     ->text(QAccessible::Name)
                     .isEmpty());

        // Ctrl+C in the table copies the selected instance's ID; Alt+D (Copy IDs) does the same.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Down);
        const QString second = table->model()->index(1, 0).data(InstanceStatusModel::InstanceIdRole).toString();
        QApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), second);
        QApplication::clipboard()->clear();
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(QApplication::clipboard()->text(), second); // a mnemonic clicks after a short animation
        // Alt+P goes to the purchases list.
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(m_window->purchasesView()->isVisible());
    }

    // Closing (the window's close button or Ctrl+Q) asks before it loses a typed order, and while an order is
    // on its way or its instances are being created it says what goes on without the window; tracking then
    // resumes at the next start.
    void closingAsksAndSaysWhatContinues()
    {
        QVERIFY(AppLanguage::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        QStringList asked;
        bool answer = false;
        MainWindow::setCloseAnswerForTesting([&](const QString &question) {
            asked.append(question);
            return answer;
        });
        m_cloud->before = [](const QString &action, const ApiParams &,
                             int nth) -> std::optional<PurchaseTest::CloudStandIn::Answer> {
            if (action == "RunInstancesHour"_L1 && nth == 1)
                return PurchaseTest::CloudStandIn::Answer{200, {}, false, true}; // never answered
            return std::nullopt;
        };
        CHECK(startWindow());
        // Nothing typed, nothing sent: it closes without asking.
        QVERIFY(m_window->close());
        QVERIFY(asked.isEmpty());
        CHECK(startWindow());

        // On Review with the order typed in.
        QVERIFY(m_window->openTemplate(templatePath(1)));
        const QString walked = StatusGui::walkToReview(m_window.get(), StatusGui::password());
        QVERIFY2(walked.isEmpty(), qPrintable(walked));
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.last().contains("will be lost"_L1), qPrintable(asked.last()));
        QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(asked.size(), 2);
        QVERIFY(m_window->isVisible());

        // While "Sending the order to the cloud…".
        const QString pressed = StatusGui::pressPurchase(m_window.get());
        QVERIFY2(pressed.isEmpty(), qPrintable(pressed));
        QTRY_COMPARE(m_cloud->requests(u"RunInstancesHour"_s), 1);
        QVERIFY(!m_window->close());
        QCOMPARE(asked.size(), 3);
        QVERIFY2(asked.last().contains("being sent"_L1) && asked.last().contains("safe"_L1) &&
                     asked.last().contains("never bought twice"_L1),
                 qPrintable(asked.last()));
        QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(asked.size(), 4);
        QVERIFY(m_window->isVisible());

        // While the instances are being created.
        m_window.reset();
        m_cloud->before = nullptr;
        CHECK(startWindow());
        CHECK(buy(2));
        QTRY_VERIFY(status()->isVisible());
        const QString entryId = m_journal->entries().constLast().id;
        QVERIFY(m_window->tracker(entryId));
        asked.clear();
        QVERIFY(!m_window->close());
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.last().contains("2 instances are still being created"_L1) &&
                     asked.last().contains("tracking resumes at the next start"_L1),
                 qPrintable(asked.last()));
        answer = true;
        QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(asked.size(), 2);
        QTRY_VERIFY(!m_window->isVisible());

        // Started again, it tracks the purchase on its own, as it said it would.
        m_window.reset();
        CHECK(startWindow());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tracker(entryId) != nullptr, 10000);
        CHECK(trackQuickly(entryId));
        QTRY_COMPARE_WITH_TIMEOUT(m_journal->entry(entryId)->state(), JournalEntry::State::Done, 30000);
    }

    // One of three instances fails: the status view and the purchases list say so with an icon, a colour and
    // words, the failed instance lists no addresses, and a purchase nothing tracks any more is not called
    // tracked.
    void partialFailureLooksLikeFailure()
    {
        QVERIFY(AppLanguage::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        m_cloud.reset();
        SandboxServer::Options options;
        options.faults = {u"fail-one"_s};
        m_sandbox = std::make_unique<SandboxServer>(options);
        m_cloud = std::make_unique<PurchaseTest::CloudStandIn>(m_sandbox.get());
        QVERIFY(m_cloud->listen() != 0);
        CHECK(startWindow());
        CHECK(buy(3));
        QTRY_VERIFY(status()->isVisible());
        const QString entryId = m_journal->entries().constLast().id;
        CHECK(trackQuickly(entryId));
        CHECK(waitUntilSettled());
        QTRY_COMPARE(m_journal->entry(entryId)->state(), JournalEntry::State::Done);

        QStyle *style = QApplication::style();
        const auto sameIcon = [](const QPixmap &shown, const QIcon &icon) {
            return !shown.isNull() &&
                   shown.toImage() == icon.pixmap(shown.deviceIndependentSize().toSize()).toImage();
        };
        auto *outcome = inStatus<QLabel>(u"statusOutcomeIcon"_s);
        QVERIFY(outcome->isVisible());
        QVERIFY(sameIcon(outcome->pixmap(), style->standardIcon(QStyle::SP_MessageBoxWarning)));
        auto *progress = inStatus<QProgressBar>(u"statusProgress"_s);
        QCOMPARE(progress->text(), u"2 running, 1 failed"_s);
        QVERIFY(progress->palette().color(QPalette::Highlight) !=
                m_window->palette().color(QPalette::Highlight));
        auto *summary = inStatus<QLabel>(u"statusSummary"_s);
        QVERIFY(summary->palette().color(QPalette::WindowText) !=
                m_window->palette().color(QPalette::WindowText));

        auto *table = inStatus<QTableView>(u"instances"_s);
        QAbstractItemModel *model = table->model();
        int failedRow = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0)
                    .data(InstanceStatusModel::StateRole)
                    .value<ApiReplies::InstanceState>() == ApiReplies::InstanceState::Failed)
                failedRow = row;
        QVERIFY(failedRow >= 0);
        // The cloud's own words for API 2.0: its status, by name and number.
        QCOMPARE(model->index(failedRow, InstanceStatusModel::StateColumn).data().toString(),
                 u"failed: the cloud reports \u201cfault\u201d (status 1)"_s);
        QVERIFY(model->index(failedRow, InstanceStatusModel::LanIpColumn).data().toString().isEmpty());
        QVERIFY(model->index(failedRow, InstanceStatusModel::PublicIpColumn).data().toString().isEmpty());
        QVERIFY(!status()->selectedIps().contains(model->index(failedRow, 0).data().toString()));
        screenshot(status(), u"status-partly-failed"_s);

        m_window->showPurchases();
        auto *list = m_window->purchasesView()->findChild<QTreeView *>(u"purchases"_s);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        const QModelIndex done = list->model()->index(0, PurchasesModel::Outcome);
        QCOMPARE(done.data().toString(), u"partly failed: 2 running, 1 failed"_s);
        QVERIFY(done.data(Qt::ForegroundRole).isValid());
        QVERIFY(done.data(Qt::ToolTipRole).toString().contains("fault"_L1));
        QCOMPARE(done.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage(),
                 style->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16).toImage());
        screenshot(m_window->purchasesView(), u"purchases-partly-failed"_s);

        // A purchase whose tracking stopped before its instances settled: nothing tracks it, and the list
        // says so.
        m_cloud.reset();
        options.faults.clear();
        options.runningAfter = 1000;
        m_sandbox = std::make_unique<SandboxServer>(options);
        m_cloud = std::make_unique<PurchaseTest::CloudStandIn>(m_sandbox.get());
        QVERIFY(m_cloud->listen() != 0);
        CHECK(startWindow());
        CHECK(buy(1));
        QTRY_VERIFY(status()->isVisible());
        const QString stuck = m_journal->entries().constLast().id;
        QVERIFY(m_window->tracker(stuck));
        m_window->tracker(stuck)->cancel(); // as when it times out: the purchase is left unsettled
        QTRY_VERIFY(!m_window->tracker(stuck)->isActive());
        QCOMPARE(m_journal->entry(stuck)->state(), JournalEntry::State::Tracking);
        m_window->showPurchases();
        list = m_window->purchasesView()->findChild<QTreeView *>(u"purchases"_s);
        QTRY_COMPARE(list->model()->rowCount(), 2);
        const QModelIndex untracked = list->model()->index(0, PurchasesModel::Outcome);
        QCOMPARE(untracked.data().toString(), u"bought, not tracked now: open it to check again"_s);
        QCOMPARE(untracked.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage(),
                 style->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16).toImage());
    }

    // With nothing bought yet, the purchases list says so and what to do.
    void emptyPurchasesListExplainsItself()
    {
        CHECK(startWindow());
        m_window->showPurchases();
        auto *empty = m_window->purchasesView()->findChild<QLabel *>(u"noPurchases"_s);
        QVERIFY(empty->isVisible());
        QVERIFY(!m_window->purchasesView()->findChild<QLabel *>(u"unfinishedNotice"_s)->isVisible());
        QVERIFY(!m_window->purchasesView()->findChild<QPushButton *>(u"openPurchase"_s)->isEnabled());
        screenshot(m_window->purchasesView(), u"purchases-empty"_s);
        CHECK(buy(1));
        QTRY_VERIFY(status()->isVisible());
        m_window->showPurchases();
        QVERIFY(!empty->isVisible());
    }
};

QTEST_MAIN(TestStatusGui)
#include "tst_statusgui.moc"
