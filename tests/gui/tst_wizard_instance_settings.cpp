// API 3.0's instance settings in the wizard (issue 17): data disks each of its own type, the host name and
// the names the cloud gives, tags, the start-up script and protection from termination; their rules said
// live; Review and the request showing them; a template round trip; an API 2.0 order showing them disabled,
// with the reason.
#include "AppLanguage.h"
#include "MainWindow.h"
#include "common/ContractsExample.h"
#include "common/SandboxWindow.h"
#include "order/OrderDraft.h"
#include "protocol/ApiProtocol.h"
#include "protocol/InstanceSettings.h"
#include "wizard/ProblemLabel.h"
#include "wizard/PurchaseWizard.h"
#include "wizard/WizardContext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWizardInstanceSettings : public QObject
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
        QVERIFY(nextButton()->isEnabled());
        QTest::keyClick(m_app.window.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(wizard()->currentId() != before);
    }

    // Opens a template and goes Next up to the page, giving the password on the way.
    void openAndWalkTo(const QByteArray &json, int page)
    {
        const QString path = m_app.data->filePath(u"order.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        QVERIFY(m_app.window->openTemplate(path));
        while (wizard()->currentId() != page) {
            if (wizard()->currentId() == int(PurchaseWizard::Login)) {
                QTest::keyClicks(find<QLineEdit>(u"password"_s), u"Abcd1234!xyz"_s);
                QTest::keyClicks(find<QLineEdit>(u"passwordConfirm"_s), u"Abcd1234!xyz"_s);
            }
            QTRY_VERIFY2_WITH_TIMEOUT(nextButton()->isEnabled(), qPrintable(wizard()->currentPage()->title()),
                                      10000);
            pressNext();
        }
    }

    QWidget *focused() const { return QApplication::focusWidget(); }

    // A tag typed into the table: Add, the key, Tab, the value, Return.
    void typeTag(const QString &key, const QString &value)
    {
        QTest::mouseClick(find<QPushButton>(u"addTag"_s), Qt::LeftButton);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()));
        QTest::keyClicks(focused(), key);
        QTest::keyClick(focused(), Qt::Key_Tab);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()));
        QTest::keyClicks(focused(), value);
        QTest::keyClick(focused(), Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(AppLanguage::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void init() { m_app.open({QSize(1280, 800), true, true}); }

    void cleanup() { m_app.close(); }

    void api3OrderWithEverySetting()
    {
        openAndWalkTo(kContractsExampleV3, PurchaseWizard::Storage);
        QCOMPARE(order().api, PurchaseOrder::Api::V3);

        // Storage: the template's disk, and two more added with the mouse and set by keyboard.
        QVERIFY(find<QWidget>(u"dataDisks"_s)->isVisible());
        QVERIFY(!find<QSpinBox>(u"dataDiskSize"_s)->isVisible());
        QCOMPARE(find<QSpinBox>(u"dataDiskSize_0"_s)->value(), 100);
        QVERIFY2(find<QLabel>(u"dataDisksNote"_s)->text().contains("10 to 32,000 GB"_L1),
                 qPrintable(find<QLabel>(u"dataDisksNote"_s)->text()));
        QTest::mouseClick(find<QPushButton>(u"addDataDisk"_s), Qt::LeftButton);
        QCOMPARE(focused(), find<QComboBox>(u"dataDiskType_1"_s));
        QTest::keyClick(focused(), Qt::Key_Down); // CLOUD_PREMIUM → CLOUD_SSD
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), find<QSpinBox>(u"dataDiskSize_1"_s));
        QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focused(), u"200"_s);
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), find<QCheckBox>(u"dataDiskDelete_1"_s));
        QTest::keyClick(focused(), Qt::Key_Space); // kept when the instance goes
        QTest::mouseClick(find<QPushButton>(u"addDataDisk"_s), Qt::LeftButton);
        find<QSpinBox>(u"dataDiskSize_2"_s)->setValue(300);
        QCOMPARE(order().dataDisks,
                 (QList<PurchaseOrder::Disk>{
                     {u"CLOUD_PREMIUM"_s, 100}, {u"CLOUD_SSD"_s, 200}, {u"CLOUD_PREMIUM"_s, 300}}));
        QCOMPARE(InstanceSettings::deleteWithInstanceOf(order(), 1), std::optional<bool>(false));
        QCOMPARE(InstanceSettings::deleteWithInstanceOf(order(), 0), std::nullopt);

        // A second local disk: the problem line says the rule, and Next waits.
        auto *disksProblem = find<ProblemLabel>(u"problem_dataDiskList"_s);
        auto *type0 = find<QComboBox>(u"dataDiskType_0"_s);
        auto *type2 = find<QComboBox>(u"dataDiskType_2"_s);
        type0->setCurrentIndex(type0->findData(u"LOCAL_BASIC"_s));
        QVERIFY(!disksProblem->isVisible()); // one local disk is fine
        type2->setCurrentIndex(type2->findData(u"LOCAL_SSD"_s));
        QTRY_VERIFY2(disksProblem->isVisible() &&
                         disksProblem->text().contains("at most one local data disk"_L1),
                     qPrintable(disksProblem->text()));
        QVERIFY(!nextButton()->isEnabled());
        type0->setCurrentIndex(type0->findData(u"CLOUD_PREMIUM"_s));
        type2->setCurrentIndex(type2->findData(u"CLOUD_PREMIUM"_s));
        QTRY_VERIFY(!disksProblem->isVisible());

        // Remove by keyboard: a fourth disk goes again, the focus stays in the list.
        QTest::mouseClick(find<QPushButton>(u"addDataDisk"_s), Qt::LeftButton);
        QCOMPARE(order().dataDisks.size(), 4);
        find<QPushButton>(u"dataDiskRemove_3"_s)->setFocus();
        QTest::keyClick(focused(), Qt::Key_Space);
        QCOMPARE(order().dataDisks.size(), 3);
        QVERIFY(focused());
        pressNext();

        while (wizard()->currentId() != int(PurchaseWizard::Options)) {
            if (wizard()->currentId() == int(PurchaseWizard::Login)) {
                QTest::keyClicks(find<QLineEdit>(u"password"_s), u"Abcd1234!xyz"_s);
                QTest::keyClicks(find<QLineEdit>(u"passwordConfirm"_s), u"Abcd1234!xyz"_s);
            }
            QTRY_VERIFY_WITH_TIMEOUT(nextButton()->isEnabled(), 10000);
            pressNext();
        }

        // Options: the names the cloud gives, beside the name fields.
        auto *name = find<QLineEdit>(u"instanceName"_s);
        name->clear();
        QTest::keyClicks(name, u"web-{R:1,F:3}"_s);
        auto *hostName = find<QLineEdit>(u"hostName"_s);
        QVERIFY(hostName->isEnabled());
        QVERIFY(!find<QLabel>(u"hostNameReason"_s)->isVisible());
        // A Linux host name of 61 characters: the rule, live.
        QTest::keyClicks(hostName, QString(61, u'a'));
        auto *hostProblem = find<ProblemLabel>(u"problem_hostName"_s);
        QTRY_VERIFY2(hostProblem->isVisible() && hostProblem->text().contains("2 to 60"_L1),
                     qPrintable(hostProblem->text()));
        QVERIFY(!nextButton()->isEnabled());
        hostName->selectAll();
        QTest::keyClicks(hostName, u"node{R:7}"_s);
        QTRY_VERIFY(!hostProblem->isVisible());
        find<QSpinBox>(u"goodsNum"_s)->setValue(10);
        QCOMPARE(find<QLabel>(u"namesPreview"_s)->text(),
                 u"Instances: web-001, web-002, web-003 … and 7 more"_s);
        QCOMPARE(find<QLabel>(u"hostNamesPreview"_s)->text(),
                 u"Host names: node7, node8, node9 … and 7 more"_s);
        // The whole list on demand.
        QTest::mouseClick(find<QPushButton>(u"allNames"_s), Qt::LeftButton);
        auto *dialog = wizard()->findChild<QDialog *>(u"allNamesDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        const QString all = dialog->findChild<QPlainTextEdit *>(u"allNamesText"_s)->toPlainText();
        QVERIFY2(all.contains("10. web-010, host name node16"_L1), qPrintable(all));
        dialog->reject();
        m_app.window->activateWindow(); // the keyboard goes back to the window, as after any dialog
        QVERIFY(QTest::qWaitForWindowActive(m_app.window.get()));
        find<QSpinBox>(u"goodsNum"_s)->setValue(3);
        QCOMPARE(find<QLabel>(u"namesPreview"_s)->text(), u"Instances: web-001, web-002, web-003"_s);
        pressNext();

        // Tags and start-up.
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Tags));
        QVERIFY(!find<QLabel>(u"instanceSettingsReason"_s)->isVisible());
        typeTag(u"env"_s, u"prod"_s);
        typeTag(u"team"_s, u"web"_s);
        typeTag(u"qcloud-owner"_s, u"me"_s);
        auto *tagsProblem = find<ProblemLabel>(u"problem_tags"_s);
        QTRY_VERIFY2(tagsProblem->isVisible() && tagsProblem->text().contains("does not start with"_L1),
                     qPrintable(tagsProblem->text()));
        QVERIFY(!nextButton()->isEnabled());
        // Edited in place: F2 on the key.
        auto *tags = find<QTableWidget>(u"tags"_s);
        tags->setFocus();
        tags->setCurrentCell(2, 0);
        QTest::keyClick(tags, Qt::Key_F2);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()));
        qobject_cast<QLineEdit *>(focused())->selectAll();
        QTest::keyClicks(focused(), u"owner"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_VERIFY(!tagsProblem->isVisible());
        // A key given twice: said, and removed again.
        typeTag(u"env"_s, u"test"_s);
        auto *twice = find<ProblemLabel>(u"problem_tagsDuplicate"_s);
        QTRY_VERIFY2(twice->isVisible() && twice->text().contains("\"env\" is given twice"_L1),
                     qPrintable(twice->text()));
        QVERIFY(!nextButton()->isEnabled());
        tags->setCurrentCell(3, 0);
        QTest::mouseClick(find<QPushButton>(u"removeTag"_s), Qt::LeftButton);
        QTRY_VERIFY(!twice->isVisible());
        QCOMPARE(tags->rowCount(), 3);
        QCOMPARE(InstanceSettings::tagsOf(order()),
                 (QList<QPair<QString, QString>>{
                     {u"env"_s, u"prod"_s}, {u"owner"_s, u"me"_s}, {u"team"_s, u"web"_s}}));

        // The script: 17 KiB is too big once encoded; a short one fits, its size shown.
        auto *script = find<QPlainTextEdit>(u"userData"_s);
        script->setPlainText(QString(17 * 1024, u'x'));
        auto *scriptProblem = find<ProblemLabel>(u"problem_userData"_s);
        QTRY_VERIFY2(scriptProblem->isVisible() && scriptProblem->text().contains("16 KiB"_L1),
                     qPrintable(scriptProblem->text()));
        QVERIFY(!nextButton()->isEnabled());
        script->clear();
        script->setFocus();
        QTest::keyClicks(script, u"echo started by cvm"_s);
        QTRY_VERIFY(!scriptProblem->isVisible());
        QVERIFY2(find<QLabel>(u"userDataSize"_s)->text().contains("of 16 KiB once base64-encoded"_L1),
                 qPrintable(find<QLabel>(u"userDataSize"_s)->text()));
        QTest::mouseClick(find<QCheckBox>(u"disableApiTermination"_s), Qt::LeftButton);
        QVERIFY(InstanceSettings::disablesApiTermination(order()));
        pressNext();

        // Review: all of it, the script by its size only.
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Review));
        // Without the invisible breaks long runs of letters are given.
        const QString summary = find<QLabel>(u"summary"_s)->text().remove(QChar(0x200b));
        for (const char *part :
             {"web-{R:1,F:3}: web-001 to web-003", "node{R:7}: node7 to node9", "env = prod", "owner = me",
              "team = web", "node{R:7}", "100 GB CLOUD_PREMIUM",
              "200 GB CLOUD_SSD (kept after the "
              "instance)",
              "300 GB CLOUD_PREMIUM", "protected from termination through the API", "once base64-encoded"})
            QVERIFY2(summary.contains(QLatin1StringView(part)), part);
        QVERIFY(!summary.contains("echo started"_L1));
        QTest::mouseClick(find<QPushButton>(u"showRequest"_s), Qt::LeftButton);
        const QString request = find<QPlainTextEdit>(u"request"_s)->toPlainText();
        for (const char *part : {"\"HostName\": \"node{R:7}\"", "\"InstanceName\": \"web-{R:1,F:3}\"",
                                 "\"InstanceCount\": 3", "\"DisableApiTermination\": true",
                                 "\"DeleteWithInstance\": false", "\"Key\": \"owner\"", "\"CLOUD_SSD\""})
            QVERIFY2(request.contains(QLatin1StringView(part)),
                     qPrintable(QString::fromLatin1(part) + u"\n"_s + request));
        QVERIFY(request.contains(QString::fromLatin1(QByteArray("echo started by cvm").toBase64())));

        // The order itself.
        QCOMPARE(order().goodsNum, 3);
        QCOMPARE(order().instanceName, u"web-{R:1,F:3}"_s);
        QCOMPARE(InstanceSettings::hostNameOf(order()), u"node{R:7}"_s);
        QCOMPARE(InstanceSettings::userDataOf(order()), u"echo started by cvm"_s);
        QCOMPARE(order().dataDisks.size(), 3);

        // Saved as a template from the window, and opened again: every editor shows it.
        const QString saved = m_app.data->filePath(u"saved.json"_s);
        QVERIFY(m_app.window->saveTemplate(saved));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value("hostName"_L1).toString(), u"node{R:7}"_s);
        QCOMPARE(json.value("userData"_L1).toString(), u"echo started by cvm"_s);
        QCOMPARE(json.value("tags"_L1).toObject().value("team"_L1).toString(), u"web"_s);
        QCOMPARE(json.value("disableApiTermination"_L1).toBool(), true);
        QCOMPARE(json.value("dataDisks"_L1).toArray().size(), 3);
        QCOMPARE(json.value("dataDisks"_L1).toArray().at(1).toObject().value("deleteWithInstance"_L1),
                 QJsonValue(false));
        m_app.window->context()->draft()->reset(m_app.window->context()->startingOrder());
        QVERIFY(!order().own.contains("hostName"_L1));
        QVERIFY(m_app.window->openTemplate(saved));
        while (wizard()->currentId() != int(PurchaseWizard::Storage)) {
            QTRY_VERIFY_WITH_TIMEOUT(nextButton()->isEnabled(), 10000);
            pressNext();
        }
        QCOMPARE(find<QComboBox>(u"dataDiskType_1"_s)->currentData().toString(), u"CLOUD_SSD"_s);
        QVERIFY(!find<QCheckBox>(u"dataDiskDelete_1"_s)->isChecked());
        QCOMPARE(find<QSpinBox>(u"dataDiskSize_2"_s)->value(), 300);
    }

    void templateFillsTheEditors()
    {
        QByteArray json = kContractsExampleV3;
        json.replace(
            "\"instanceName\": \"web\"",
            "\"instanceName\": \"db\", \"hostName\": \"db{R:1}\", \"tags\": {\"env\": \"prod\", \"app\": "
            "\"db\"}, \"userData\": \"echo hi\", \"disableApiTermination\": true, \"count\": 2");
        json.replace("\"count\": 1,\n", "");
        openAndWalkTo(json, PurchaseWizard::Options);
        QCOMPARE(find<QLineEdit>(u"hostName"_s)->text(), u"db{R:1}"_s);
        QCOMPARE(find<QLabel>(u"namesPreview"_s)->text(), u"Instances: db1, db2"_s);
        QCOMPARE(find<QLabel>(u"hostNamesPreview"_s)->text(), u"Host names: db1, db2"_s);
        pressNext();
        auto *tags = find<QTableWidget>(u"tags"_s);
        QCOMPARE(tags->rowCount(), 2);
        QCOMPARE(tags->item(0, 0)->text(), u"app"_s);
        QCOMPARE(tags->item(1, 1)->text(), u"prod"_s);
        QCOMPARE(find<QPlainTextEdit>(u"userData"_s)->toPlainText(), u"echo hi"_s);
        QVERIFY(find<QCheckBox>(u"disableApiTermination"_s)->isChecked());

        // Keys of earlier orders are offered when a key is typed.
        m_app.window->context()->addRecentTagKeys({u"costCenter"_s});
        QTest::mouseClick(find<QPushButton>(u"addTag"_s), Qt::LeftButton);
        auto *editor = qobject_cast<QLineEdit *>(focused());
        QVERIFY(editor && editor->completer());
        auto *model = qobject_cast<QStringListModel *>(editor->completer()->model());
        QVERIFY(model && model->stringList().contains(u"costCenter"_s));
    }

    void api2ShowsThemDisabledWithTheReason()
    {
        openAndWalkTo(kContractsExample, PurchaseWizard::Storage);
        QCOMPARE(order().api, PurchaseOrder::Api::V2);
        // One data disk, and why not more.
        QVERIFY(find<QSpinBox>(u"dataDiskSize"_s)->isVisible());
        QVERIFY(!find<QWidget>(u"dataDisks"_s)->isVisible());
        auto *reason = find<QLabel>(u"dataDiskReason"_s);
        QVERIFY(reason->isVisible());
        QVERIFY2(reason->text().contains("API 3.0"_L1), qPrintable(reason->text()));
        while (wizard()->currentId() != int(PurchaseWizard::Options)) {
            if (wizard()->currentId() == int(PurchaseWizard::Login))
                find<QAbstractButton>(u"generatedMode"_s)->click();
            QTRY_VERIFY_WITH_TIMEOUT(nextButton()->isEnabled(), 10000);
            pressNext();
        }
        QVERIFY(find<QLineEdit>(u"hostName"_s)->isVisible());
        QVERIFY(!find<QLineEdit>(u"hostName"_s)->isEnabled());
        QVERIFY(find<QLabel>(u"hostNameReason"_s)->isVisible());
        QVERIFY(find<QLabel>(u"hostNameReason"_s)->text().contains("API 3.0"_L1));
        pressNext();
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Tags));
        for (const QString &name :
             {u"tags"_s, u"addTag"_s, u"userData"_s, u"loadUserData"_s, u"disableApiTermination"_s}) {
            QVERIFY2(find<QWidget>(name)->isVisible(), qPrintable(name));
            QVERIFY2(!find<QWidget>(name)->isEnabled(), qPrintable(name));
        }
        QVERIFY(find<QLabel>(u"instanceSettingsReason"_s)->isVisible());
        QVERIFY(find<QLabel>(u"instanceSettingsReason"_s)->text().contains("API 3.0"_L1));
        QVERIFY(nextButton()->isEnabled());
    }
};

QTEST_MAIN(TestWizardInstanceSettings)
#include "tst_wizard_instance_settings.moc"
