// The wizard's values say what they are (issue 19, item 5): a number box keeps what is typed, with a problem
// line naming the range, and a value the program changes by itself says so beside its field.
#include "AppLanguage.h"
#include "common/SandboxWindow.h"
#include "common/V2Fields.h"
#include "wizard/ProblemLabel.h"
#include "wizard/PurchaseWizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
};

QTEST_MAIN(TestWizardValues)
#include "tst_wizard_values.moc"
