// The account's VPCs, subnets, security groups and projects as choices in the wizard (issue 17), against
// the sandbox's demo account: chosen by keyboard and mouse and carried to the order, Review and the request;
// the limit of security groups; typed ids checked as typed; a lookup that fails says why and offers Retry
// while typing stays possible; API 2.0, which has no such lookups, keeps the typed fields.
#include "AppLanguage.h"
#include "MainWindow.h"
#include "common/ContractsExample.h"
#include "common/SandboxWindow.h"
#include "order/Catalog.h"
#include "order/OrderDraft.h"
#include "protocol/ApiProtocol.h"
#include "sandbox/SandboxServer.h"
#include "status/StatusView.h"
#include "wizard/LookupStatus.h"
#include "wizard/ProblemLabel.h"
#include "wizard/PurchaseWizard.h"
#include "wizard/WizardContext.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWizardLookups : public QObject
{
    Q_OBJECT

    SandboxWindow m_app;

    PurchaseWizard *wizard() const { return m_app.wizard(); }
    const PurchaseOrder &order() const { return m_app.order(); }
    template <typename T> T *find(const QString &name) const { return m_app.find<T>(name); }
    QAbstractButton *nextButton() const { return wizard()->button(QWizard::NextButton); }

    void pressNext()
    {
        const int before = wizard()->currentId();
        QTRY_VERIFY2_WITH_TIMEOUT(nextButton()->isEnabled(), qPrintable(wizard()->currentPage()->title()),
                                  10000);
        QTest::keyClick(m_app.window.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(wizard()->currentId() != before);
    }

    // The example 3.0 (or 2.0) order opened, and the wizard walked to a page.
    void openAndWalkTo(const QByteArray &example, PurchaseWizard::PageId page, const QString &zone = {})
    {
        QByteArray text = example;
        if (!zone.isEmpty())
            text.replace("ap-guangzhou-3", zone.toUtf8());
        const QString path = m_app.data->filePath(u"order.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        QVERIFY(m_app.window->openTemplate(path));
        while (wizard()->currentId() != int(page)) {
            if (wizard()->currentId() == int(PurchaseWizard::Login)) {
                QTest::keyClicks(find<QLineEdit>(u"password"_s), u"Abcd1234!xyz"_s);
                QTest::keyClicks(find<QLineEdit>(u"passwordConfirm"_s), u"Abcd1234!xyz"_s);
            }
            pressNext();
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Down arrow on a focused combo box until its current item holds text: what a user does with the
    // keyboard.
    static bool chooseByKeyboard(QComboBox *box, const QString &text)
    {
        box->setFocus();
        box->setCurrentIndex(0);
        for (int i = 0; i < box->count(); ++i) {
            if (box->currentText().contains(text))
                return true;
            QTest::keyClick(box, Qt::Key_Down);
        }
        return box->currentText().contains(text);
    }

    static QListWidgetItem *itemNamed(QListWidget *list, const QString &name)
    {
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->text().startsWith(name + u" · "_s))
                return list->item(row);
        return nullptr;
    }

    // A mouse click on an item's check box.
    static void clickCheck(QListWidget *list, QListWidgetItem *item)
    {
        list->scrollToItem(item);
        const QRect rect = list->visualItemRect(item);
        const int box = list->style()->pixelMetric(QStyle::PM_IndicatorWidth);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          QPoint(rect.left() + box / 2 + 3, rect.center().y()));
    }

    // The zone of the region whose subnets the prod-vpc has (the sandbox: its first two zones).
    QString prodZone()
    {
        const Catalog::Region *region = Catalog::builtIn().region(u"gz"_s);
        return !region || region->zones.isEmpty() ? QString()
                                                  : u"ap-guangzhou-%1"_s.arg(region->zones.first().id % 100);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(AppLanguage::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void init()
    {
        m_app.open({QSize(1280, 800), true,
                    QString::fromLatin1(QTest::currentTestFunction()) != "api2KeepsTypedFields"_L1});
    }

    void cleanup() { m_app.close(); }

    void chooseVpcSubnetGroupsAndProject()
    {
        const QString zone = prodZone();
        QVERIFY(!zone.isEmpty());
        // The resources issue's full order: the template brings three tags, name and host-name patterns, a
        // start-up script, three data disks of two types and 3 instances (tst_wizard_instance_settings types
        // them); the account's network resources are chosen here.
        QJsonObject full = QJsonDocument::fromJson(kContractsExampleV3).object();
        const QJsonObject settings =
            QJsonDocument::fromJson(
                R"({"count": 3, "instanceName": "web-{R:1,F:2}", "hostName": "web-{R:1}", )"
                R"("tags": {"team": "ops", "env": "prod", "cost": "42"}, "userData": "#!/bin/sh\necho ready\n", )"
                R"("dataDisks": [{"type": "CLOUD_SSD", "size": 200}, {"type": "CLOUD_SSD", "size": 300}, )"
                R"({"type": "CLOUD_PREMIUM", "size": 100, "deleteWithInstance": false}]})")
                .object();
        for (auto it = settings.begin(); it != settings.end(); ++it)
            full.insert(it.key(), it.value());
        openAndWalkTo(QJsonDocument(full).toJson(), PurchaseWizard::Network, zone);
        QCOMPARE(order().zone, zone);

        // The VPCs: the default one marked, and "none chosen" first.
        auto *vpcs = find<QComboBox>(u"vpcChoice"_s);
        QTRY_VERIFY_WITH_TIMEOUT(vpcs->count() == 3, 10000);
        QCOMPARE(vpcs->itemText(0), u"Default VPC (none chosen)"_s);
        QVERIFY2(vpcs->itemText(1).startsWith(u"Default-VPC · vpc-"_s) &&
                     vpcs->itemText(1).endsWith("(default)"_L1),
                 qPrintable(vpcs->itemText(1)));
        QVERIFY(find<LookupStatus>(u"vpcStatus"_s)->text().contains("VPCs"_L1));
        QVERIFY(chooseByKeyboard(vpcs, u"prod-vpc"_s));
        const QString prodVpc = vpcs->currentData().toString();
        QVERIFY(vpcs->currentText().contains("10.0.0.0/16"_L1));
        QCOMPARE(order().vpcId, prodVpc);
        QVERIFY(find<QRadioButton>(u"vpcNetwork"_s)->isChecked());
        QCOMPARE(find<QLineEdit>(u"vpcId"_s)->text(), prodVpc);

        // Its subnets in the order's zone, with their free addresses.
        auto *subnets = find<QComboBox>(u"subnetChoice"_s);
        QTRY_VERIFY_WITH_TIMEOUT(subnets->count() == 2, 10000);
        QVERIFY(chooseByKeyboard(subnets, u"prod-web-"_s + zone));
        const QString subnet = subnets->currentData().toString();
        QVERIFY2(subnets->currentText().contains("free addresses"_L1), qPrintable(subnets->currentText()));
        QVERIFY(subnet.startsWith("subnet-"_L1));
        QCOMPARE(order().subnetId, subnet);
        QCOMPARE(find<QLineEdit>(u"subnetId"_s)->text(), subnet);

        // Two security groups, checked with the mouse; none chosen says what is bound.
        auto *groups = find<QListWidget>(u"securityGroups"_s);
        auto *count = find<QLabel>(u"securityGroupCount"_s);
        QTRY_VERIFY_WITH_TIMEOUT(groups->count() == 4, 10000);
        QCOMPARE(count->text(), u"None chosen: the project's default security group is bound."_s);
        QVERIFY(itemNamed(groups, u"default"_s)->text().contains("(default)"_L1));
        QListWidgetItem *web = itemNamed(groups, u"web-80-443"_s);
        QListWidgetItem *ssh = itemNamed(groups, u"ssh-office"_s);
        QVERIFY(web && ssh);
        QVERIFY(web->text().contains("HTTP and HTTPS from anywhere"_L1));
        const QString webId = web->data(Qt::UserRole).toString();
        const QString sshId = ssh->data(Qt::UserRole).toString();
        clickCheck(groups, web);
        QCOMPARE(ApiProtocol::chosenSecurityGroups(order()), QStringList{webId});
        // And one by keyboard: the list's current item, Space.
        groups->setFocus();
        groups->setCurrentItem(itemNamed(groups, u"ssh-office"_s));
        QTest::keyClick(groups, Qt::Key_Space);
        QCOMPARE(ApiProtocol::chosenSecurityGroups(order()), (QStringList{webId, sshId}));
        QCOMPARE(count->text(), u"2 of 5 chosen"_s);
        QCOMPARE(find<QLineEdit>(u"securityGroupIds"_s)->text(), webId + u", "_s + sshId);
        pressNext();
        QTest::keyClicks(find<QLineEdit>(u"password"_s), u"Abcd1234!xyz"_s);
        QTest::keyClicks(find<QLineEdit>(u"passwordConfirm"_s), u"Abcd1234!xyz"_s);
        pressNext();

        // Options: the account's projects by name; the typed id follows.
        auto *projects = find<QComboBox>(u"projectChoice"_s);
        QTRY_VERIFY_WITH_TIMEOUT(projects->count() == 4, 10000);
        QCOMPARE(projects->itemText(0), u"Default project"_s);
        QVERIFY(chooseByKeyboard(projects, u"web-shop (1001)"_s));
        QCOMPARE(order().projectId, 1001);
        QCOMPARE(find<QSpinBox>(u"projectId"_s)->value(), 1001);
        pressNext();
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Tags)); // nothing to set there
        pressNext();

        // Review: each by name and id; the request carries the ids.
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Review));
        // (Long values may break anywhere: the zero-width spaces that allow it are not seen.)
        const QString summary = find<QLabel>(u"summary"_s)->text().remove(QChar(0x200b));
        for (const QString &expected :
             {u"prod-vpc (%1)"_s.arg(prodVpc), u"prod-web-%1 (%2)"_s.arg(zone, subnet),
              u"web-80-443 (%1), ssh-office (%2)"_s.arg(webId, sshId), u"web-shop (1001)"_s})
            QVERIFY2(summary.contains(expected), qPrintable(expected + u" in "_s + summary));
        QVERIFY2(summary.contains("web-01 to web-03"_L1), qPrintable(summary));
        const QString request = find<QPlainTextEdit>(u"request"_s)->toPlainText();
        for (const QString &expected : {prodVpc, subnet, webId, sshId, u"1001"_s, u"\"HostName\""_s,
                                        u"\"UserData\""_s, u"\"cost\""_s, u"\"InstanceCount\": 3"_s})
            QVERIFY2(request.contains(expected), qPrintable(expected + u" in "_s + request));

        // Bought on the sandbox: the three instances, named as previewed, in the chosen subnet's zone,
        // tagged.
        QTest::keyClick(m_app.window.get(), Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(m_app.window->statusView()->isVisible());
        QCOMPARE(m_app.sandbox->purchaseCount(), 1);
        QStringList names;
        for (const SandboxServer::Instance &instance : m_app.sandbox->instances()) {
            names.append(instance.name);
            QCOMPARE(instance.zone, zone);
            QVERIFY(instance.tags.contains(qMakePair(u"cost"_s, u"42"_s)));
        }
        names.sort();
        QCOMPARE(names, (QStringList{u"web-01"_s, u"web-02"_s, u"web-03"_s}));
    }

    void sixthGroupRefusedAndTypedIdsChecked()
    {
        openAndWalkTo(kContractsExampleV3, PurchaseWizard::Network, prodZone());
        auto *groups = find<QListWidget>(u"securityGroups"_s);
        QTRY_VERIFY_WITH_TIMEOUT(groups->count() == 4, 10000);
        auto *typed = find<QLineEdit>(u"securityGroupIds"_s);
        // Three typed by hand (groups of another listing), then two checked: five.
        QTest::keyClicks(typed, u"sg-aaaa1111, sg-bbbb2222 sg-cccc3333"_s);
        QCOMPARE(ApiProtocol::chosenSecurityGroups(order()).size(), 3);
        clickCheck(groups, itemNamed(groups, u"web-80-443"_s));
        clickCheck(groups, itemNamed(groups, u"ssh-office"_s));
        QCOMPARE(ApiProtocol::chosenSecurityGroups(order()).size(), 5);
        QCOMPARE(find<QLabel>(u"securityGroupCount"_s)->text(), u"5 of 5 chosen"_s);
        // The sixth is refused where it was asked, naming the rule.
        QListWidgetItem *db = itemNamed(groups, u"db-internal"_s);
        clickCheck(groups, db);
        QCOMPARE(db->checkState(), Qt::Unchecked);
        QCOMPARE(ApiProtocol::chosenSecurityGroups(order()).size(), 5);
        auto *limit = find<ProblemLabel>(u"securityGroupLimit"_s);
        QVERIFY2(limit->isVisible() && limit->text().contains("at most 5 security groups"_L1),
                 qPrintable(limit->text()));
        // Typed, a sixth gets the rule's problem line; nothing typed is lost.
        typed->setFocus();
        typed->end(false);
        QTest::keyClicks(typed, u", sg-dddd4444"_s);
        QCOMPARE(ApiProtocol::chosenSecurityGroups(order()).size(), 6);
        auto *problem = find<ProblemLabel>(u"problem_securityGroupIds"_s);
        QTRY_VERIFY2(problem->text().contains("at most 5 security groups"_L1), qPrintable(problem->text()));
        QVERIFY(!nextButton()->isEnabled());

        // A badly formed id is said while typing.
        typed->clear();
        QTest::keyClicks(typed, u"sg-XY"_s);
        QTRY_VERIFY2(problem->text().contains("sg-5tjt7v3n"_L1), qPrintable(problem->text()));
        QCOMPARE(typed->text(), u"sg-XY"_s);
        auto *vpcId = find<QLineEdit>(u"vpcId"_s);
        QTest::mouseClick(find<QRadioButton>(u"vpcNetwork"_s), Qt::LeftButton);
        QTest::keyClicks(vpcId, u"vpc-bad"_s);
        auto *vpcProblem = find<ProblemLabel>(u"problem_vpcId"_s);
        QTRY_VERIFY2(vpcProblem->text().contains("vpc-2zez8cp4"_L1), qPrintable(vpcProblem->text()));
        QCOMPARE(vpcId->text(), u"vpc-bad"_s);
        QCOMPARE(order().vpcId, u"vpc-bad"_s);
    }

    void subnetOutsideTheZoneIsSaid()
    {
        openAndWalkTo(kContractsExampleV3, PurchaseWizard::Network, prodZone());
        auto *vpcs = find<QComboBox>(u"vpcChoice"_s);
        QTRY_VERIFY_WITH_TIMEOUT(vpcs->count() == 3, 10000);
        QVERIFY(chooseByKeyboard(vpcs, u"prod-vpc"_s));
        auto *subnets = find<QComboBox>(u"subnetChoice"_s);
        QTRY_VERIFY_WITH_TIMEOUT(subnets->count() == 2, 10000);
        // A subnet id typed that the VPC does not have in the zone: said, and kept as typed.
        auto *subnetId = find<QLineEdit>(u"subnetId"_s);
        subnetId->clear();
        QTest::keyClicks(subnetId, u"subnet-zzzz9999"_s);
        auto *zoneProblem = find<ProblemLabel>(u"subnetZone"_s);
        QTRY_VERIFY2(zoneProblem->text().contains("has no subnet subnet-zzzz9999 in the zone"_L1),
                     qPrintable(zoneProblem->text()));
        QCOMPARE(order().subnetId, u"subnet-zzzz9999"_s);
        QVERIFY(subnets->currentText().contains("typed, not listed"_L1));
    }

    void failedLookupSaysWhyAndTypingStillWorks()
    {
        openAndWalkTo(kContractsExampleV3, PurchaseWizard::Storage, prodZone());
        const quint16 port = m_app.sandbox->port();
        m_app.sandbox.reset(); // the cloud cannot be reached
        pressNext();
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Network));
        auto *status = find<LookupStatus>(u"vpcStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->isFailed(), 15000);
        QVERIFY2(status->text().startsWith("Could not load the VPCs: "_L1), qPrintable(status->text()));
        auto *retry = status->findChild<QPushButton *>(u"retry"_s);
        QVERIFY(retry && retry->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(find<LookupStatus>(u"securityGroupStatus"_s)->isFailed(), 15000);

        // Typing stays possible.
        QTest::mouseClick(find<QRadioButton>(u"vpcNetwork"_s), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>(u"vpcId"_s), u"vpc-2zez8cp4"_s);
        QTest::keyClicks(find<QLineEdit>(u"subnetId"_s), u"subnet-8fh2xa1k"_s);
        QTest::keyClicks(find<QLineEdit>(u"securityGroupIds"_s), u"sg-5tjt7v3n"_s);
        QCOMPARE(order().vpcId, u"vpc-2zez8cp4"_s);
        QCOMPARE(order().subnetId, u"subnet-8fh2xa1k"_s);
        QCOMPARE(ApiProtocol::chosenSecurityGroups(order()), QStringList{u"sg-5tjt7v3n"_s});

        // The cloud back: Retry lists the VPCs, and the typed VPC stays chosen.
        m_app.sandbox = std::make_unique<SandboxServer>(SandboxServer::Options{});
        QCOMPARE(m_app.sandbox->listen(port), port);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!status->isFailed() && !status->isLoading(), 15000);
        auto *vpcs = find<QComboBox>(u"vpcChoice"_s);
        QVERIFY(vpcs->findText(u"prod-vpc"_s, Qt::MatchStartsWith) > 0);
        QCOMPARE(order().vpcId, u"vpc-2zez8cp4"_s);
        QVERIFY(vpcs->currentText().contains("typed, not listed"_L1));
    }

    void api2KeepsTypedFields()
    {
        QCOMPARE(order().api, PurchaseOrder::Api::V2);
        openAndWalkTo(kContractsExample, PurchaseWizard::Network);
        QVERIFY(!find<QComboBox>(u"vpcChoice"_s)->isVisible());
        QVERIFY(!find<QComboBox>(u"subnetChoice"_s)->isVisible());
        QVERIFY(!find<QListWidget>(u"securityGroups"_s)->isVisible());
        QVERIFY(!find<QLineEdit>(u"securityGroupIds"_s)->isVisible());
        QVERIFY(find<QLabel>(u"noNetworkLookups"_s)->isVisible());
        QVERIFY(find<QLabel>(u"noNetworkLookups"_s)->text().contains("API 2.0"_L1));
        QTest::mouseClick(find<QRadioButton>(u"vpcNetwork"_s), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>(u"vpcId"_s), u"vpc-2zez8cp4"_s);
        QCOMPARE(order().vpcId, u"vpc-2zez8cp4"_s);
        find<QRadioButton>(u"basicNetwork"_s)->click();
        pressNext();
        QTest::keyClicks(find<QLineEdit>(u"password"_s), u"Abcd1234!xyz"_s);
        QTest::keyClicks(find<QLineEdit>(u"passwordConfirm"_s), u"Abcd1234!xyz"_s);
        pressNext();
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Options));
        QVERIFY(!find<QComboBox>(u"projectChoice"_s)->isVisible());
        QVERIFY(find<QLabel>(u"projectsUnavailable"_s)->isVisible());
        auto *project = find<QSpinBox>(u"projectId"_s);
        QVERIFY(project->isVisible());
        project->setValue(7);
        QCOMPARE(order().projectId, 7);
    }
};

QTEST_MAIN(TestWizardLookups)
#include "tst_wizard_lookups.moc"
