// A whole API 3.0 purchase through the one wizard, against the sandbox over
// loopback: the sandbox account switched to API 3.0, zones by name, the live
// instance catalog with its sold-out type, 3.0 disk and internet charge types,
// the 3.0 password policy, "Check with the cloud" refusing and then accepting,
// RunInstances, and the instances tracked until they run.
// Set CVM_SCREENSHOTS=DIR to save a picture of every 3.0 page.
#include "AppLanguage.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "common/ContractsExample.h"
#include "common/SandboxWindow.h"
#include "order/OrderDraft.h"
#include "purchase/InstanceTracker.h"
#include "purchase/PurchaseJournal.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "status/StatusView.h"
#include "wizard/Format.h"
#include "wizard/LookupStatus.h"
#include "wizard/ProblemLabel.h"
#include "wizard/PurchaseWizard.h"
#include "wizard/WizardContext.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestWizardApi3 : public QObject
{
    Q_OBJECT

    SandboxWindow m_app;

    PurchaseWizard *wizard() const { return m_app.wizard(); }
    const PurchaseOrder &order() const { return m_app.order(); }
    template<typename T>
    T *find(const QString &name) const
    {
        return m_app.find<T>(name);
    }
    QAbstractButton *nextButton() const { return wizard()->button(QWizard::NextButton); }

    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("CVM_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QCoreApplication::sendPostedEvents(); // pending layout requests: the picture shows what the user sees
        QCoreApplication::sendPostedEvents();
        if (!dir.isEmpty())
            m_app.window->grab().save(QDir(dir).filePath(name + u".png"_s));
    }

    void pressNext()
    {
        const int before = wizard()->currentId();
        QVERIFY(nextButton()->isEnabled());
        QTest::keyClick(m_app.window.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(wizard()->currentId() != before);
    }

    static QListWidgetItem *itemWithData(QListWidget *list, const QString &value)
    {
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(Qt::UserRole).toString() == value)
                return list->item(row);
        return nullptr;
    }

    static QTreeWidgetItem *itemWithData(QTreeWidget *tree, const QString &value)
    {
        for (int row = 0; row < tree->topLevelItemCount(); ++row)
            if (tree->topLevelItem(row)->data(0, Qt::UserRole).toString() == value)
                return tree->topLevelItem(row);
        return nullptr;
    }

    void clickItem(QTreeWidget *tree, QTreeWidgetItem *item)
    {
        QVERIFY(item);
        tree->scrollToItem(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    }

    void clickItem(QListWidget *list, QListWidgetItem *item)
    {
        QVERIFY(item);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    }

    // Check with the cloud, and wait for its answer.
    QString checkWithTheCloud()
    {
        auto *result = find<QLabel>(u"checkResult"_s);
        auto *check = find<QPushButton>(u"checkWithCloud"_s);
        if (!check->isVisible() || !check->isEnabled())
            return u"(no check button)"_s;
        QTest::mouseClick(check, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return result->text().startsWith(u"✔"_s) || result->text().startsWith(u"✘"_s); },
                             15000))
            return u"(no answer: %1)"_s.arg(result->text());
        return result->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // English as the application shows it: with the singular and plural forms of cvm-purchaser_en.ts.
        QVERIFY(AppLanguage::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void init()
    {
        const QStringList size = qEnvironmentVariable("CVM_SCREEN_SIZE", u"1280x800"_s).split(u'x');
        m_app.open({QSize(size.value(0).toInt(), size.value(1).toInt()), false, true});
    }

    void cleanup()
    {
        m_app.close();
    }

    void wholeApi3PurchaseThroughTheWizard()
    {
        // Account: the sandbox serves both APIs, and a run on it starts in today's, 3.0, sent to the sandbox's 3.0
        // address; API 2.0 is offered as legacy (it still works), not as retired.
        QCOMPARE(order().api, PurchaseOrder::Api::V3);
        auto *api = find<QComboBox>(u"api"_s);
        QVERIFY(api->isEnabled());
        QCOMPARE(api->currentData().toInt(), int(PurchaseOrder::Api::V3));
        const QString api2 = api->itemText(api->findData(int(PurchaseOrder::Api::V2)));
        QVERIFY2(api2.contains("legacy"_L1) && !api2.contains("retired"_L1), qPrintable(api2));
        QCOMPARE(m_app.window->context()->client()->endpoint().api(), PurchaseOrder::Api::V3);
        QCOMPARE(m_app.window->context()->client()->endpoint().url(), m_app.sandbox->endpointUrlV3());
        QCOMPARE(find<QLineEdit>(u"endpoint"_s)->text(), m_app.sandbox->endpointUrlV3().toString());
        QTest::mouseClick(find<QPushButton>(u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(u"testResult"_s)->text().contains("Connected"_L1), 10000);
        screenshot(u"api3-1-account"_s);
        pressNext();

        // Location: API 3.0 regions and zone names.
        auto *region = find<QComboBox>(u"region"_s);
        QCOMPARE(region->currentData().toString(), u"ap-guangzhou"_s);
        QVERIFY(region->currentText().contains("ap-guangzhou"_L1));
        auto *zones = find<QListWidget>(u"zones"_s);
        QTRY_VERIFY_WITH_TIMEOUT(zones->count() > 1, 10000);
        QVERIFY(zones->item(1)->text().contains("ap-guangzhou-"_L1));
        QTest::mouseClick(zones->viewport(), Qt::LeftButton, {}, zones->visualItemRect(zones->item(1)).center());
        const QString zone = zones->item(1)->data(Qt::UserRole).toString();
        QVERIFY(zone.startsWith("ap-guangzhou-"_L1));
        QCOMPARE(order().zone, zone);
        screenshot(u"api3-2-location"_s);
        pressNext();

        // Instance: the zone's live catalog; the sold-out type is shown, disabled, with the cloud's reason.
        auto *types = find<QTreeWidget>(u"liveInstanceTypes"_s);
        QTRY_VERIFY_WITH_TIMEOUT(types->topLevelItemCount() > 5, 10000);
        QVERIFY(types->isVisible());
        QVERIFY(!find<QComboBox>(u"instanceType"_s)->isVisible()); // the built-in catalog's list is API 2.0's
        QTreeWidgetItem *soldOut = itemWithData(types, u"S5.2XLARGE32"_s);
        QVERIFY(soldOut);
        QVERIFY(!(soldOut->flags() & Qt::ItemIsEnabled));
        QVERIFY2(soldOut->text(4).startsWith("Sold out: The zone has no stock"_L1), qPrintable(soldOut->text(4)));
        QCOMPARE(itemWithData(types, u"S5.MEDIUM4"_s)->text(1), u"2 cores"_s);
        QCOMPARE(itemWithData(types, u"S5.MEDIUM4"_s)->text(2), u"4 GB"_s);
        clickItem(types, soldOut);
        QVERIFY(order().instanceType != "S5.2XLARGE32"_L1); // cannot be chosen
        clickItem(types, itemWithData(types, u"S5.2XLARGE16"_s));
        QCOMPARE(order().instanceType, u"S5.2XLARGE16"_s);
        QCOMPARE(order().cpu, 8); // cores and memory follow the type
        QCOMPARE(order().mem, 16);
        screenshot(u"api3-3-instance"_s);
        pressNext();

        // Image: API 3.0's DescribeImages, which lists images 2.0 accounts do not see.
        auto *images = find<QListWidget>(u"images"_s);
        QTRY_VERIFY_WITH_TIMEOUT(itemWithData(images, u"img-eb30mz89"_s), 10000);
        // Grouped by OS: each image under its platform, the platforms one after another.
        QStringList platforms;
        for (int row = 0; row < images->count(); ++row) {
            const QString platform = images->item(row)->text().section(u':', 0, 0);
            if (platforms.isEmpty() || platforms.last() != platform)
                platforms.append(platform);
        }
        QVERIFY2(platforms.contains(u"TencentOS"_s) && platforms.contains(u"Windows"_s),
                 qPrintable(platforms.join(u", "_s)));
        QCOMPARE(QSet<QString>(platforms.cbegin(), platforms.cend()).size(), platforms.size());
        clickItem(images, itemWithData(images, u"img-eb30mz89"_s));
        QCOMPARE(order().imageId, u"img-eb30mz89"_s);
        pressNext();

        // Storage: API 3.0's disk types and sizes.
        auto *diskType = find<QComboBox>(u"diskType"_s);
        QVERIFY(diskType->findData(u"CLOUD_PREMIUM"_s) >= 0);
        QVERIFY(diskType->currentText().contains("CLOUD_PREMIUM"_L1));
        diskType->setCurrentIndex(diskType->findData(u"CLOUD_SSD"_s));
        QCOMPARE(order().systemDisk.type, u"CLOUD_SSD"_s);
        auto *system = find<QSpinBox>(u"systemDiskSize"_s);
        // API 3.0's sizes, said beside the box (which takes any size typed).
        const QString systemNote = find<QLabel>(u"systemDiskNote"_s)->text();
        QVERIFY2(systemNote.contains("20 to 1,024 GB"_L1), qPrintable(systemNote));
        system->setValue(100); // beyond API 2.0's 50 GB
        QCOMPARE(order().systemDisk.size, 100);
        // A list of data disks, each of its own type: the first takes the system disk's.
        QVERIFY(!find<QSpinBox>(u"dataDiskSize"_s)->isVisible());
        QTest::mouseClick(find<QPushButton>(u"addDataDisk"_s), Qt::LeftButton);
        find<QSpinBox>(u"dataDiskSize_0"_s)->setValue(200);
        QCOMPARE(order().dataDisks, (QList<PurchaseOrder::Disk>{{u"CLOUD_SSD"_s, 200}}));
        screenshot(u"api3-5-storage"_s);
        pressNext();

        // Network: internet charge types.
        auto *billing = find<QComboBox>(u"internetChargeType"_s);
        QCOMPARE(billing->currentData().toString(), u"TRAFFIC_POSTPAID_BY_HOUR"_s);
        billing->setCurrentIndex(billing->findData(u"BANDWIDTH_POSTPAID_BY_HOUR"_s));
        QCOMPARE(order().internetChargeType, u"BANDWIDTH_POSTPAID_BY_HOUR"_s);
        // RunInstances has no gateway choice: the page shows none.
        const auto *gateway = wizard()->findChild<QCheckBox *>(u"isVpcGateway"_s);
        QVERIFY(!gateway || !gateway->isVisible());
        screenshot(u"api3-6-network"_s);
        pressNext();

        // Login: API 3.0's policy: up to 30 characters, upper and lower case count as two classes. This
        // password breaks API 2.0's Linux rules on both counts (16 at most; letters are one class).
        const QString password = u"abcdefghABCDEFGHijkl"_s;
        QVERIFY(!OrderValidator::checkPassword(password, OrderValidator::passwordPolicy(PurchaseOrder::Api::V2, PurchaseOrder::OsFamily::Linux)).ok());
        QTest::keyClicks(find<QLineEdit>(u"password"_s), u"abcdEFG"_s);
        QVERIFY(find<QLabel>(u"checkLength"_s)->text().startsWith(u"✘"_s));
        QVERIFY(find<QLabel>(u"checkLength"_s)->text().contains("8 to 30"_L1));
        QVERIFY(find<QLabel>(u"checkClasses"_s)->text().startsWith(u"✔"_s)); // lower and upper case
        find<QLineEdit>(u"password"_s)->clear();
        QTest::keyClicks(find<QLineEdit>(u"password"_s), password);
        QTest::keyClicks(find<QLineEdit>(u"passwordConfirm"_s), password);
        QVERIFY(find<QLabel>(u"checkLength"_s)->text().startsWith(u"✔"_s));
        QVERIFY(find<QLabel>(u"checkClasses"_s)->text().startsWith(u"✔"_s));
        QVERIFY(find<ProblemLabel>(u"problem_password"_s)->text().isEmpty());
        // Key pairs come from API 3.0's DescribeKeyPairs.
        QTRY_VERIFY_WITH_TIMEOUT(itemWithData(find<QListWidget>(u"keys"_s), u"skey-3glfot13"_s), 10000);
        pressNext();

        // Options: API 3.0's limits, not 2.0's: up to 500 instances, names of up to 128 characters.
        auto *quantity = find<QSpinBox>(u"goodsNum"_s);
        QString quantityLabel;
        for (const QLabel *l : wizard()->currentPage()->findChildren<QLabel *>())
            if (l->buddy() == quantity)
                quantityLabel = l->text();
        QVERIFY2(quantityLabel.contains("1 to 500"_L1), qPrintable(quantityLabel));
        QVERIFY2(find<QLineEdit>(u"instanceName"_s)->placeholderText().contains("128"_L1),
                 qPrintable(find<QLineEdit>(u"instanceName"_s)->placeholderText()));
        quantity->setValue(300);
        QVERIFY(!find<ProblemLabel>(u"problem_goodsNum"_s)->isVisible());
        // 100 instances of 8 cores cost more an hour than the demo account holds.
        quantity->setValue(100);
        pressNext();

        // Review: the 3.0 request, the price from InquiryPriceRunInstances, and the check.
        pressNext(); // Tags and start-up
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Review));
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(u"price"_s)->text().contains(u"¥"_s), 10000);
        QTest::mouseClick(find<QPushButton>(u"showRequest"_s), Qt::LeftButton);
        const QString request = find<QPlainTextEdit>(u"request"_s)->toPlainText();
        QVERIFY2(request.contains("RunInstances"_L1) && request.contains("\"CLOUD_SSD\""_L1), qPrintable(request));
        QVERIFY(request.contains(u"••••"_s));
        QVERIFY(!request.contains(password));
        // Export… (issue 18): the SDK request holds neither the password nor a client token; Terraform too.
        QVERIFY(find<QPushButton>(u"exportOrder"_s)->isVisible());
        QTest::mouseClick(find<QPushButton>(u"exportOrder"_s), Qt::LeftButton);
        auto *exportDialog = find<QDialog>(u"exportDialog"_s);
        QVERIFY(exportDialog && exportDialog->isVisible());
        const QString sdkJson = find<QPlainTextEdit>(u"exportText"_s)->toPlainText();
        QVERIFY2(sdkJson.contains("\"InstanceType\""_L1) && sdkJson.contains("\"CLOUD_SSD\""_L1),
                 qPrintable(sdkJson));
        QVERIFY2(QJsonDocument::fromJson(sdkJson.toUtf8()).isObject(), qPrintable(sdkJson));
        QVERIFY(!sdkJson.contains(password));
        QVERIFY(!sdkJson.contains("Password"_L1));
        QVERIFY(!sdkJson.contains("ClientToken"_L1));
        QVERIFY(!sdkJson.contains(u"••••"_s));
        find<QComboBox>(u"exportFormat"_s)->setCurrentIndex(1);
        const QString terraform = find<QPlainTextEdit>(u"exportText"_s)->toPlainText();
        QVERIFY2(terraform.contains("resource \"tencentcloud_instance\""_L1), qPrintable(terraform));
        QVERIFY(!terraform.contains(password));
        QTest::mouseClick(find<QPushButton>(u"exportCopy"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), terraform);
        exportDialog->reject();
        m_app.window->activateWindow(); // the keyboard goes back to the window, as after any dialog
        QVERIFY(QTest::qWaitForWindowActive(m_app.window.get()));
        QString answer = checkWithTheCloud();
        QVERIFY2(answer.startsWith(u"✘"_s) && answer.contains("balance"_L1), qPrintable(answer));
        screenshot(u"api3-9-review-refused"_s);
        QCOMPARE(m_app.sandbox->purchaseCount(), 0);

        // Two instances are within the balance: the cloud would accept them.
        wizard()->back();
        wizard()->back();
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Options));
        find<QSpinBox>(u"goodsNum"_s)->setValue(2);
        pressNext(); // Tags and start-up
        pressNext();
        // The old answer was about another order.
        QVERIFY(find<QLabel>(u"checkResult"_s)->text().isEmpty());
        QVERIFY(!find<QLabel>(u"checkResult"_s)->isVisible());
        answer = checkWithTheCloud();
        QVERIFY2(answer.startsWith(u"✔"_s), qPrintable(answer));
        screenshot(u"api3-9-review-accepted"_s);
        QCOMPARE(m_app.sandbox->purchaseCount(), 0); // a dry run buys nothing

        // Purchase: RunInstances, once; the status view follows the instances until they run.
        wizard()->button(QWizard::FinishButton)->click();
        auto *status = m_app.window->statusView();
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 15000);
        QCOMPARE(m_app.sandbox->purchaseCount(), 1);
        const QList<JournalEntry> entries = m_app.journal->entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().order.api, PurchaseOrder::Api::V3);
        QCOMPARE(QUrl(entries.first().endpoint), m_app.sandbox->endpointUrlV3());
        m_app.window->tracker(entries.first().id)->setOptions({50, 100, 1.5, 5000, 60000});
        auto *statusSummary = status->findChild<QLabel *>(u"statusSummary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(statusSummary->text().startsWith("2 of 2 running"_L1), 15000);
        // Headed with the zone by its API 3.0 name.
        QVERIFY2(status->findChild<QLabel *>(u"statusTitle"_s)->text().contains(zone), qPrintable(zone));
        screenshot(u"api3-10-status"_s);
        QCOMPARE(m_app.sandbox->purchaseCount(), 1);
        QCOMPARE(m_app.sandbox->clientTokens().size(), 1);
        m_app.journal->reload();
        QTRY_COMPARE(m_app.journal->entries().first().state(), JournalEntry::State::Done);
    }

    // Issue 18: "Destroy automatically" on the Options page, in the user's time zone, checked live against
    // the 5-minute rule, shown on Review and priced until then in the fee bar.
    void destroyAutomaticallyShownOnReview()
    {
        const QString path = m_app.data->filePath(u"web3.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kContractsExampleV3);
        file.close();
        QVERIFY(m_app.window->openTemplate(path));
        QCOMPARE(order().api, PurchaseOrder::Api::V3);
        while (wizard()->currentId() != int(PurchaseWizard::Options)) {
            if (wizard()->currentId() == int(PurchaseWizard::Login)) {
                QTest::keyClicks(find<QLineEdit>(u"password"_s), u"Abcd1234!xyz"_s);
                QTest::keyClicks(find<QLineEdit>(u"passwordConfirm"_s), u"Abcd1234!xyz"_s);
            }
            QTRY_VERIFY2_WITH_TIMEOUT(nextButton()->isEnabled(), qPrintable(wizard()->currentPage()->title()),
                                      10000);
            pressNext();
        }

        auto *enabled = find<QCheckBox>(u"terminateAtEnabled"_s);
        auto *at = find<QDateTimeEdit>(u"terminateAt"_s);
        QVERIFY(enabled->isEnabled());
        QVERIFY(!find<QLabel>(u"terminateAtReason"_s)->isVisible());
        QVERIFY(!at->isEnabled());
        QVERIFY(!order().own.contains("terminateAt"_L1));
        // Unchecked, the box proposes a time ahead, not a date of the past (it showed 2000-01-01).
        QVERIFY2(at->dateTime() > QDateTime::currentDateTime(), qPrintable(at->dateTime().toString()));
        enabled->click();
        QVERIFY(at->isEnabled());
        QVERIFY(ApiProtocol::terminateAt(order()).isValid());
        QVERIFY(ApiProtocol::terminateAt(order()) > QDateTime::currentDateTime().addSecs(55 * 60));

        // Two minutes ahead is too soon: the problem line names the rule, and Next waits.
        at->setFocus();
        at->setDateTime(QDateTime::currentDateTime().addSecs(120));
        auto *problem = find<ProblemLabel>(u"problem_terminateAt"_s);
        QTRY_VERIFY2(problem->text().contains("5 minutes"_L1), qPrintable(problem->text()));
        QVERIFY(!nextButton()->isEnabled());

        const QDateTime when = QDateTime::currentDateTime().addSecs(3 * 3600);
        at->setDateTime(when);
        QTRY_VERIFY2(problem->text().isEmpty(), qPrintable(problem->text()));
        QCOMPARE(ApiProtocol::terminateAt(order()).toSecsSinceEpoch() / 60, when.toSecsSinceEpoch() / 60);
        pressNext();
        pressNext(); // Tags and start-up
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Review));
        const QString summary = find<QLabel>(u"summary"_s)->text();
        const QString whenText = Format::moment(ApiProtocol::terminateAt(order()));
        QVERIFY2(summary.contains(u"automatically at %1"_s.arg(whenText)), qPrintable(summary));
        // The fee bar: what the instances cost until then.
        QTRY_VERIFY2_WITH_TIMEOUT(
            wizard()->button(QWizard::CustomButton1)->text().contains(u"until %1"_s.arg(whenText)),
            qPrintable(wizard()->button(QWizard::CustomButton1)->text()), 10000);
        QVERIFY(find<QPlainTextEdit>(u"request"_s)->toPlainText().contains("TerminateInstances"_L1));

        // Unchecked, the order has no time and Review says so.
        wizard()->back();
        wizard()->back();
        find<QCheckBox>(u"terminateAtEnabled"_s)->click();
        QVERIFY(!order().own.contains("terminateAt"_L1));
        pressNext();
        pressNext(); // Tags and start-up
        QVERIFY(find<QLabel>(u"summary"_s)->text().contains("only when you destroy them"_L1));
    }

    // Issue 17: with the cloud out of reach, a 3.0 order still gets its zones and instance types from the
    // built-in catalog, marked as such with Retry, a zone may be typed (checked for its form), and Next goes
    // on.
    void unreachableCloudOffersTheBuiltInLists()
    {
        QCOMPARE(order().api, PurchaseOrder::Api::V3);
        m_app.sandbox.reset(); // nothing listens at the endpoint any more
        pressNext();
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Location));

        auto *status = find<LookupStatus>(u"zoneStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->isFailed(), 15000);
        QVERIFY2(status->text().startsWith(u"Built-in list — the cloud could not be reached: "_s),
                 qPrintable(status->text()));
        QVERIFY(find<QPushButton>(u"retry"_s)->isVisible());
        auto *zones = find<QListWidget>(u"zones"_s);
        QCOMPARE(zones->count(), 4);
        QVERIFY2(itemWithData(zones, u"ap-guangzhou-3"_s), qPrintable(zones->item(0)->text()));
        QCOMPARE(order().zone, u"ap-guangzhou-1"_s); // the first chosen, as with the cloud's list

        // A zone the list lacks can be typed; its form is checked.
        auto *typed = find<QLineEdit>(u"typedZone"_s);
        QVERIFY(typed->isVisible());
        typed->setFocus();
        QTest::keyClicks(typed, u"guangzhou 6"_s);
        QCOMPARE(order().zone, u"guangzhou 6"_s);
        QVERIFY(!zones->currentItem());
        auto *problem = find<ProblemLabel>(u"problem_zone"_s);
        QTRY_VERIFY2(problem->text().contains("ap-guangzhou-3"_L1), qPrintable(problem->text()));
        QVERIFY(!nextButton()->isEnabled());
        typed->selectAll();
        QTest::keyClicks(typed, u"ap-guangzhou-6"_s);
        QCOMPARE(order().zone, u"ap-guangzhou-6"_s);
        QTRY_VERIFY(nextButton()->isEnabled());
        clickItem(zones, itemWithData(zones, u"ap-guangzhou-2"_s));
        QCOMPARE(order().zone, u"ap-guangzhou-2"_s);
        QVERIFY(typed->text().isEmpty());
        screenshot(u"api3-offline-location"_s);
        pressNext();

        // Instance: the built-in catalog under API 3.0 names, no stock claimed; the order's own type kept.
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Instance));
        auto *typeStatus = find<LookupStatus>(u"instanceTypeStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(typeStatus->isFailed(), 15000);
        QVERIFY2(typeStatus->text().startsWith(u"Built-in list — the cloud could not be reached: "_s),
                 qPrintable(typeStatus->text()));
        auto *types = find<QTreeWidget>(u"liveInstanceTypes"_s);
        QTreeWidgetItem *small2 = itemWithData(types, u"S1.SMALL2"_s);
        QVERIFY(small2);
        QCOMPARE(small2->text(1), u"1 core"_s);
        QCOMPARE(small2->text(2), u"2 GB"_s);
        QVERIFY2(!small2->text(4).contains("On sale"_L1), qPrintable(small2->text(4)));
        QVERIFY(itemWithData(types, u"M1.12XLARGE368"_s));
        QCOMPARE(order().instanceType, u"S5.SMALL2"_s); // the order's, not in the list, stays chosen
        QVERIFY(itemWithData(types, u"S5.SMALL2"_s));
        clickItem(types, small2);
        QCOMPARE(order().instanceType, u"S1.SMALL2"_s);
        screenshot(u"api3-offline-instance"_s);
        pressNext();
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Image));
    }

    // Issue 17: an API 2.0 template opened offers its API 3.0 equivalent; declined, the 2.0 order stays.
    void opening2TemplateOffersItsApi3Equivalent()
    {
        auto write = [&](const QString &name, const QByteArray &json) {
            const QString path = m_app.data->filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
                qFatal("cannot write %s", qPrintable(path));
            return path;
        };
        const QString path = write(u"web.json"_s, kContractsExample);
        auto *offer = m_app.window->findChild<QWidget *>(u"conversionOffer"_s);
        auto *question = m_app.window->findChild<QLabel *>(u"conversionQuestion"_s);
        QVERIFY(offer && question);
        QVERIFY(!offer->isVisible());

        QVERIFY(m_app.window->openTemplate(path));
        QVERIFY(offer->isVisible());
        QVERIFY2(question->text().startsWith("This order is for API 2.0. Open its API 3.0 equivalent?"_L1),
                 qPrintable(question->text()));
        QVERIFY(!m_app.window->findChild<QPushButton *>(u"conversionWhy"_s)->isVisible()); // nothing left out
        QCOMPARE(order().api, PurchaseOrder::Api::V2); // shown as the template says until the choice is made
        QTest::mouseClick(m_app.window->findChild<QPushButton *>(u"keepApi2"_s), Qt::LeftButton);
        QVERIFY(!offer->isVisible());
        QCOMPARE(order().api, PurchaseOrder::Api::V2);
        QCOMPARE(order().zone, u"100001"_s);

        QVERIFY(m_app.window->openTemplate(path));
        QVERIFY(offer->isVisible());
        QTest::mouseClick(m_app.window->findChild<QPushButton *>(u"convertToApi3"_s), Qt::LeftButton);
        QVERIFY(!offer->isVisible());
        QCOMPARE(order().api, PurchaseOrder::Api::V3);
        QCOMPARE(order().region, u"ap-guangzhou"_s);
        QCOMPARE(order().zone, u"ap-guangzhou-1"_s);
        QCOMPARE(order().instanceType, u"S1.SMALL2"_s);
        QCOMPARE(order().imageId, u"img-3wnd9xpl"_s);
        QCOMPARE(order().instanceName, u"web"_s);
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Account));
        QVERIFY2(m_app.window->statusBar()->currentMessage().contains("API 3.0 equivalent"_L1),
                 qPrintable(m_app.window->statusBar()->currentMessage()));

        // A key with no equivalent: named with the reason before anything is chosen.
        QByteArray gateway = kContractsExample;
        gateway.replace(R"("vpcId": "")", R"("vpcId": "vpc-abcd1234")");
        gateway.replace(R"("subnetId": "")", R"("subnetId": "subnet-abcd1234")");
        gateway.replace(R"("isVpcGateway": 0)", R"("isVpcGateway": 1)");
        QVERIFY(m_app.window->openTemplate(write(u"gateway.json"_s, gateway)));
        QCOMPARE(order().own.value("isVpcGateway"_L1).toInt(), 1);
        QVERIFY(offer->isVisible());
        QVERIFY2(question->text().contains("would be left out: isVpcGateway."_L1),
                 qPrintable(question->text()));
        auto *reasons = m_app.window->findChild<QLabel *>(u"conversionReasons"_s);
        QVERIFY(!reasons->isVisible());
        QTest::mouseClick(m_app.window->findChild<QPushButton *>(u"conversionWhy"_s), Qt::LeftButton);
        QVERIFY(reasons->isVisible());
        QVERIFY2(reasons->text().startsWith(u"• isVpcGateway: "_s) &&
                     reasons->text().contains(" has no API 3.0 equivalent: "_L1),
                 qPrintable(reasons->text()));
        screenshot(u"api3-conversion-offer"_s);
    }

    // Back to API 2.0 on the sandbox: the pages show the built-in catalog's choices again.
    void switchingBackToApi2RestoresItsChoices()
    {
        auto *api = find<QComboBox>(u"api"_s);
        api->setCurrentIndex(api->findData(int(PurchaseOrder::Api::V3)));
        api->setCurrentIndex(api->findData(int(PurchaseOrder::Api::V2)));
        QCOMPARE(order().api, PurchaseOrder::Api::V2);
        QCOMPARE(m_app.window->context()->client()->endpoint().url(), m_app.sandbox->endpointUrl());
        pressNext();
        QCOMPARE(find<QComboBox>(u"region"_s)->currentData().toString(), u"gz"_s);
        QTRY_COMPARE(find<QListWidget>(u"zones"_s)->count(), 4);
        pressNext();
        QVERIFY(find<QComboBox>(u"instanceType"_s)->isVisible());
        QVERIFY(!find<QTreeWidget>(u"liveInstanceTypes"_s)->isVisible());
    }
};

QTEST_MAIN(TestWizardApi3)
#include "tst_wizard_api3.moc"
