// The wizard's values say what they are (issue 19, items 5, 10 and 14): a number box keeps what is typed,
// with a problem line naming the range; a value the program changes by itself says so beside its field; ids
// are checked while typed; a problem names what is missing or invisible; lists, the review and the buttons
// show what they hold and do.
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
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>

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

    // The zone and image lists are as tall as their rows, not large and mostly empty (issue 19, item 14).
    void listsAreAsTallAsTheirRows()
    {
        pressNext(); // Account
        auto *zones = find<QListWidget>(u"zones"_s);
        QTRY_COMPARE(zones->count(), 4);
        QTRY_VERIFY(zones->sizeHintForRow(0) > 0);
        const int row = zones->sizeHintForRow(0);
        // Every zone shown, and no more than a row's height left over.
        QTRY_VERIFY2(zones->viewport()->height() < 5 * row,
                     qPrintable(u"%1 px for 4 rows of %2 px"_s.arg(zones->viewport()->height()).arg(row)));
        QVERIFY(zones->visualItemRect(zones->item(3)).bottom() < zones->viewport()->height());
        pressNext(); // Location
        pressNext(); // Instance
        auto *images = find<QListWidget>(u"images"_s);
        QTRY_VERIFY(images->count() > 0);
        const int rows = std::min(int(images->count()), 10);
        QTRY_VERIFY2(images->viewport()->height() < (rows + 1) * images->sizeHintForRow(0),
                     qPrintable(u"%1 px for %2 rows"_s.arg(images->viewport()->height()).arg(rows)));
    }

    // At 1024 px a 60-character name wraps in its own cell; the other values keep their line ("Guangzhou Zone
    // 1" is not broken after "Zone").
    void reviewKeepsValuesWholeBesideALongName()
    {
        m_app.window->resize(1024, 768);
        walkToImagePage();
        chooseImage(u"img-31tjrtph"_s);
        pressNext();
        pressNext(); // Storage
        pressNext(); // Network
        QTest::keyClicks(find<QLineEdit>(u"password"_s), u"Cvm+Kq7z/Range"_s);
        QTest::keyClicks(find<QLineEdit>(u"passwordConfirm"_s), u"Cvm+Kq7z/Range"_s);
        pressNext(); // Login
        const QString name = QString(60, u'W');
        QTest::keyClicks(find<QLineEdit>(u"instanceName"_s), name);
        QCOMPARE(order().instanceName, name);
        pressNext(); // Options
        pressNext(); // Tags and start-up
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Review));
        auto *summary = find<QLabel>(u"summary"_s);
        // The summary fits the window: the name no longer widens it past the window's edge.
        const int right = summary->mapTo(m_app.window.get(), QPoint(summary->width(), 0)).x();
        QVERIFY2(right <= m_app.window->width(),
                 qPrintable(u"the summary ends at %1 px of %2"_s.arg(right).arg(m_app.window->width())));
        // The summary laid out as the label lays it out: its text, font and width.
        QTextDocument document;
        document.setDefaultFont(summary->font());
        document.setDocumentMargin(0);
        document.setHtml(summary->text());
        document.setTextWidth(summary->contentsRect().width());
        QVERIFY2(
            document.size().width() <= summary->contentsRect().width() + 1,
            qPrintable(
                u"%1 px wide in %2 px"_s.arg(document.size().width()).arg(summary->contentsRect().width())));
        bool zoneSeen = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QString text = block.text();
            if (text.isEmpty() || text.contains(u'W'))
                continue;
            zoneSeen = zoneSeen || text.simplified().contains("Guangzhou Zone"_L1); // after its region
            QVERIFY2(block.layout()->lineCount() == 1,
                     qPrintable(u"\"%1\" takes %2 lines"_s.arg(text).arg(block.layout()->lineCount())));
        }
        QVERIFY2(zoneSeen, qPrintable(document.toPlainText()));
    }

    // Saving a template says so (issue 19, item 14).
    void savingATemplateSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"order.json"_s);
        QVERIFY(m_app.window->saveTemplate(path));
        const QString message = m_app.window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY(m_app.window->statusBar()->isVisible());
        // Opening one saves nothing, and says nothing of saving.
        m_app.window->statusBar()->clearMessage();
        QVERIFY(m_app.window->openTemplate(path));
        QVERIFY2(!m_app.window->statusBar()->currentMessage().startsWith("Saved"_L1),
                 qPrintable(m_app.window->statusBar()->currentMessage()));
    }

    // The button that shows the password says what a click does: show it, or hide it again.
    void showPasswordButtonHasATooltip()
    {
        walkToImagePage();
        chooseImage(u"img-31tjrtph"_s);
        pressNext();
        pressNext(); // Storage
        pressNext(); // Network
        const QList<QToolButton *> buttons = find<QLineEdit>(u"password"_s)->findChildren<QToolButton *>();
        QCOMPARE(buttons.size(), 1);
        QToolButton *reveal = buttons.first();
        QCOMPARE(reveal->toolTip(), u"Show the password"_s);
        reveal->click();
        QCOMPARE(find<QLineEdit>(u"password"_s)->echoMode(), QLineEdit::Normal);
        QCOMPARE(reveal->toolTip(), u"Hide the password"_s);
        reveal->click();
        QCOMPARE(reveal->toolTip(), u"Show the password"_s);
    }
};

QTEST_MAIN(TestWizardValues)
#include "tst_wizard_values.moc"
