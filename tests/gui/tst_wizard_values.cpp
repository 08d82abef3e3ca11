// The wizard's values say what they are (issue 19, items 5 and 10): a number box keeps what is typed, with a
// problem line naming the range; a value the program changes by itself says so beside its field; ids are
// checked while typed; a problem names what is missing or invisible.
#include "AppLanguage.h"
#include "common/SandboxWindow.h"
#include "common/V2Fields.h"
#include "wizard/ProblemLabel.h"
#include "wizard/PurchaseWizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWizardValues : public QObject
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
        QTest::keyClick(m_app.window.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(wizard()->currentId() != before);
    }

    void pressBack()
    {
        const int before = wizard()->currentId();
        QTest::keyClick(m_app.window.get(), Qt::Key_B, Qt::AltModifier);
        QTRY_VERIFY(wizard()->currentId() != before);
    }

    void walkToImagePage()
    {
        pressNext(); // Account
        QTRY_COMPARE(find<QListWidget>(u"zones"_s)->count(), 4);
        pressNext(); // Location
        pressNext(); // Instance
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Image));
        QTRY_VERIFY(find<QListWidget>(u"images"_s)->count() > 0);
    }

    void chooseImage(const QString &id)
    {
        auto *images = find<QListWidget>(u"images"_s);
        for (int row = 0; row < images->count(); ++row)
            if (images->item(row)->data(Qt::UserRole).toString() == id) {
                QTest::mouseClick(images->viewport(), Qt::LeftButton, {},
                                  images->visualItemRect(images->item(row)).center());
                return;
            }
        QFAIL(qPrintable(u"image %1 not listed"_s.arg(id)));
    }

    // Replaces what the box holds by `text`, typed as a user types it.
    static void typeInto(QWidget *box, const QString &text)
    {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(box, text);
    }

    QString labelOf(const QWidget *field) const
    {
        for (const QLabel *l : wizard()->currentPage()->findChildren<QLabel *>())
            if (l->buddy() == field)
                return l->text();
        return {};
    }

private Q_SLOTS:
    void initTestCase() { AppLanguage::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { m_app.open({QSize(1280, 800)}); }
    void cleanup() { m_app.close(); }

    // 40 GB, then a Windows image (API 2.0: fixed at 50 GB) and back: the disk says it changed, and comes
    // back to the 40 GB chosen.
    void systemDiskFollowsTheImageAndSaysSo()
    {
        walkToImagePage();
        chooseImage(u"img-31tjrtph"_s); // Linux
        pressNext();
        auto *system = find<QSpinBox>(u"systemDiskSize"_s);
        typeInto(system, u"40"_s);
        QCOMPARE(v2Int(order(), "rootSize"), 40);
        auto *problem = find<ProblemLabel>(u"problem_systemDisk"_s);
        QVERIFY(!problem->isVisible());

        pressBack();
        chooseImage(u"img-9id7emv7"_s); // Windows Server 2016
        QCOMPARE(v2Int(order(), "rootSize"), 50);
        pressNext();
        QCOMPARE(system->value(), 50);
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains("from 40 GB to 50 GB"_L1), qPrintable(problem->text()));
        QVERIFY(nextButton()->isEnabled()); // said, not refused

        pressBack();
        chooseImage(u"img-31tjrtph"_s);
        QCOMPARE(v2Int(order(), "rootSize"), 40);
        pressNext();
        QCOMPARE(system->value(), 40);
        QVERIFY2(problem->text().contains("back to 40 GB"_L1), qPrintable(problem->text()));
        // Edited by hand, the size is the user's again: nothing more to say.
        typeInto(system, u"30"_s);
        QTRY_VERIFY(!problem->isVisible());
    }

    // What is typed stays as typed, out of range too, with the rule's problem line; Next waits.
    void numbersStayAsTyped()
    {
        walkToImagePage();
        chooseImage(u"img-31tjrtph"_s);
        pressNext();
        auto *system = find<QSpinBox>(u"systemDiskSize"_s);
        typeInto(system, u"55"_s);
        QCOMPARE(system->cleanText(), u"55"_s);
        QCOMPARE(v2Int(order(), "rootSize"), 55);
        QTRY_VERIFY(find<ProblemLabel>(u"problem_systemDisk"_s)->isVisible());
        QVERIFY(!nextButton()->isEnabled());
        typeInto(system, u"50"_s);

        auto *data = find<QSpinBox>(u"dataDiskSize"_s);
        typeInto(data, u"20000"_s);
        QCOMPARE(data->cleanText(), u"20000"_s);
        QCOMPARE(v2Int(order(), "storageSize"), 20000);
        auto *dataProblem = find<ProblemLabel>(u"problem_dataDisks"_s);
        QTRY_VERIFY(dataProblem->isVisible());
        QVERIFY2(dataProblem->text().contains("GB"_L1), qPrintable(dataProblem->text()));
        QVERIFY(!nextButton()->isEnabled());
        typeInto(data, u"100"_s);
        QTRY_VERIFY(!dataProblem->isVisible());
        pressNext();

        auto *bandwidth = find<QSpinBox>(u"bandwidth"_s);
        QVERIFY2(labelOf(bandwidth).contains("0 to 100 Mbps"_L1), qPrintable(labelOf(bandwidth)));
        typeInto(bandwidth, u"999"_s);
        QCOMPARE(bandwidth->cleanText(), u"999"_s);
        QCOMPARE(order().bandwidth, 999);
        auto *problem = find<ProblemLabel>(u"problem_bandwidth"_s);
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains("0 to 100 Mbps"_L1), qPrintable(problem->text()));
        QVERIFY(!nextButton()->isEnabled());
        typeInto(bandwidth, u"100"_s);
        QTRY_VERIFY(!problem->isVisible());
        QVERIFY(nextButton()->isEnabled());
    }

    // A VPC id and a subnet id are checked as they are typed.
    void idsAreCheckedWhileTyped()
    {
        walkToImagePage();
        chooseImage(u"img-31tjrtph"_s);
        pressNext();
        pressNext(); // Storage
        QTest::mouseClick(find<QRadioButton>(u"vpcNetwork"_s), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>(u"vpcId"_s), u"vpc-bad"_s);
        QTest::keyClicks(find<QLineEdit>(u"subnetId"_s), u"x"_s);
        auto *vpcProblem = find<ProblemLabel>(u"problem_vpcId"_s);
        auto *subnetProblem = find<ProblemLabel>(u"problem_subnetId"_s);
        QTRY_VERIFY(vpcProblem->isVisible());
        QVERIFY2(vpcProblem->text().contains("vpc-2zez8cp4"_L1), qPrintable(vpcProblem->text()));
        QVERIFY(subnetProblem->isVisible());
        QVERIFY2(subnetProblem->text().contains("subnet-8fh2xa1k"_L1), qPrintable(subnetProblem->text()));
        QVERIFY(!nextButton()->isEnabled());
        typeInto(find<QLineEdit>(u"vpcId"_s), u"vpc-2zez8cp4"_s);
        typeInto(find<QLineEdit>(u"subnetId"_s), u"subnet-8fh2xa1k"_s);
        QTRY_VERIFY(!vpcProblem->isVisible());
        QVERIFY(!subnetProblem->isVisible());
        QVERIFY(nextButton()->isEnabled());
    }

    // The Login page says what greys Next: a key not chosen, an invisible character by its name, passwords
    // that differ, each with the icon every problem line has.
    void loginSaysWhatIsMissing()
    {
        walkToImagePage();
        chooseImage(u"img-31tjrtph"_s);
        pressNext();
        pressNext(); // Storage
        pressNext(); // Network
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Login));

        find<QRadioButton>(u"keyMode"_s)->click();
        QVERIFY(find<QRadioButton>(u"keyMode"_s)->isChecked());
        QVERIFY(!nextButton()->isEnabled());
        auto *keyMissing = find<ProblemLabel>(u"keyMissing"_s);
        QVERIFY(keyMissing);
        QTRY_VERIFY(keyMissing->isVisible());
        QVERIFY2(keyMissing->text().contains("key pair"_L1), qPrintable(keyMissing->text()));

        find<QRadioButton>(u"passwordMode"_s)->click();
        QVERIFY(!keyMissing->isVisible());
        QTest::keyClicks(find<QLineEdit>(u"password"_s), u"Cvm+Kq7z Range"_s);
        auto *problem = find<ProblemLabel>(u"problem_password"_s);
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains("not allowed: space."_L1), qPrintable(problem->text()));

        QTest::keyClicks(find<QLineEdit>(u"passwordConfirm"_s), u"Cvm+Kq7z"_s);
        auto *confirm = find<ProblemLabel>(u"confirmProblem"_s);
        QVERIFY(confirm); // a problem line, with its icon, like the others
        QVERIFY(confirm->isVisible());
        QCOMPARE(confirm->text(), u"The two passwords differ."_s);
    }
};

QTEST_MAIN(TestWizardValues)
#include "tst_wizard_values.moc"
