// The wizard as a screen reader meets it, against the real sandbox over loopback: every page's
// accessibility tree is walked (issue 19, items 10, 12, 18, 19, 20).
// - Every control that takes the focus has a name, and every one that does not name itself (a box, a
//   list, a field) is labelled by its label (the Labelled/Label relation).
// - Every problem line shown is read by its field, as the field's accessible description; its icon has
//   a text equivalent.
// - The step list takes the focus and says which step is the current one, and what the others are.
// Also: the steps stay reachable after Back, and problems of untouched fields wait.
#include "common/SandboxWindow.h"
#include "wizard/ProblemLabel.h"
#include "wizard/PurchaseWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// A failed check of the page ends the test function, also from a helper.
#define CHECK_PAGE()                                                                                         \
    do {                                                                                                     \
        checkPage();                                                                                         \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)
#define WALK_TO_IMAGE_PAGE()                                                                                 \
    do {                                                                                                     \
        walkToImagePage();                                                                                   \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

class TestWizardAccessibility : public QObject
{
    Q_OBJECT

    SandboxWindow m_app;

    PurchaseWizard *wizard() const { return m_app.wizard(); }
    QWidget *page() const { return wizard()->currentPage(); }
    const PurchaseOrder &order() const { return m_app.order(); }
    template <typename T> T *find(const QString &name) const { return m_app.find<T>(name); }
    QAbstractButton *nextButton() const { return wizard()->button(QWizard::NextButton); }
    QListWidget *steps() const { return m_app.window->findChild<QListWidget *>(u"steps"_s); }
    static QString nameOf(const QObject *o) { return o ? o->objectName() : u"(nothing)"_s; }

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

    void chooseFirstImage()
    {
        auto *images = find<QListWidget>(u"images"_s);
        QTRY_VERIFY(images->count() > 0);
        QTest::mouseClick(images->viewport(), Qt::LeftButton, {},
                          images->visualItemRect(images->item(0)).center());
        QVERIFY(!order().imageId.isEmpty());
    }

    // From the Account page to the Image page, every page checked on the way.
    void walkToImagePage()
    {
        CHECK_PAGE();
        pressNext(); // Account
        QTRY_COMPARE(find<QListWidget>(u"zones"_s)->count(), 4);
        CHECK_PAGE();
        pressNext(); // Location: the first zone is chosen
        CHECK_PAGE();
        pressNext(); // Instance: 1 core, 2 GB preselected
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Image));
        QTRY_VERIFY(find<QListWidget>(u"images"_s)->count() > 0);
    }

    void clickStep(int id)
    {
        QListWidget *list = steps();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(id)).center());
    }

    // The accessible interfaces of the page's widgets, walked from the page's own down its children.
    static void walk(QAccessibleInterface *iface, QList<QAccessibleInterface *> *found)
    {
        if (!iface || !iface->isValid())
            return;
        found->append(iface);
        if (qobject_cast<QAbstractItemView *>(iface->object()))
            return; // its items are the view's to name (the steps are checked on their own)
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), found);
    }

    // Whether a label of the page says, through its Labelled relation, that it labels w.
    bool labelledFromLabel(QWidget *w) const
    {
        for (QLabel *label : page()->findChildren<QLabel *>()) {
            if (!label->isVisible())
                continue;
            const auto relations =
                QAccessible::queryAccessibleInterface(label)->relations(QAccessible::Labelled);
            for (const auto &[target, relation] : relations)
                if (target->object() == w)
                    return true;
        }
        return false;
    }

    // What a screen reader would find wrong on the page shown.
    QStringList accessibilityProblems() const
    {
        QStringList wrong;
        QList<QAccessibleInterface *> interfaces;
        walk(QAccessible::queryAccessibleInterface(page()), &interfaces);
        QStringList descriptions;
        for (QAccessibleInterface *iface : std::as_const(interfaces)) {
            auto *w = qobject_cast<QWidget *>(iface->object());
            if (!w || !w->isVisible())
                continue;
            descriptions.append(iface->text(QAccessible::Description));
            const QAccessible::State state = iface->state();
            const QWidget *parent = w->parentWidget();
            if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent))
                continue; // the line edit inside a spin box or combo box: read as the box
            // A picture (a problem line's icon) has its words.
            if (auto *label = qobject_cast<QLabel *>(w);
                label && !label->pixmap().isNull() && iface->text(QAccessible::Name).trimmed().isEmpty())
                wrong.append(nameOf(w) + u": an image without words"_s);
            if (!state.focusable)
                continue;
            if (iface->text(QAccessible::Name).trimmed().isEmpty())
                wrong.append(nameOf(w) + u": focusable, with no name"_s);
            // A control that does not say what it is by its own text is labelled by its label. Qt 6.4's
            // item views report no relations of their own: for them, a label's Labelled relation to the view.
            const bool namesItself = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLabel *>(w);
            const bool labelled = qobject_cast<QAbstractItemView *>(w)
                                      ? labelledFromLabel(w)
                                      : !iface->relations(QAccessible::Label).isEmpty();
            if (!namesItself && !labelled)
                wrong.append(nameOf(w) + u": labelled by nothing"_s);
        }
        // Every problem line shown is read by its field.
        for (const ProblemLabel *line : page()->findChildren<ProblemLabel *>()) {
            if (!line->isVisible())
                continue;
            QWidget *field = line->field();
            QAccessibleInterface *iface = field ? QAccessible::queryAccessibleInterface(field) : nullptr;
            if (!iface || !iface->text(QAccessible::Description).contains(line->text()))
                wrong.append(nameOf(line) + u": its field does not read it"_s);
            const bool reachable =
                field && (field->focusPolicy() & Qt::TabFocus || field == page() ||
                          std::any_of(field->findChildren<QWidget *>().cbegin(),
                                      field->findChildren<QWidget *>().cend(), [](QWidget *w) {
                                          return w->isVisible() && (w->focusPolicy() & Qt::TabFocus);
                                      }));
            if (!reachable)
                wrong.append(nameOf(line) + u": its field takes no focus"_s);
        }
        return wrong + stepListProblems();
    }

    // The step list takes the focus, and exactly one step is marked as the current one, in words too.
    QStringList stepListProblems() const
    {
        QStringList wrong;
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(steps());
        if (!list->state().focusable)
            wrong.append(u"steps: takes no focus"_s);
        const int count = wizard()->pageIds().size();
        int current = 0;
        for (int i = 0; i < list->childCount(); ++i) {
            QAccessibleInterface *item = list->child(i);
            if (item->role() != QAccessible::ListItem)
                continue;
            const QString name = item->text(QAccessible::Name);
            if (!name.startsWith(u"Step %1 of %2, "_s.arg(i + 1).arg(count)))
                wrong.append(u"steps: item %1 reads \"%2\""_s.arg(i).arg(name));
            if (item->state().selected) {
                ++current;
                if (!name.endsWith(", current"_L1))
                    wrong.append(u"steps: the selected step reads \"%1\""_s.arg(name));
            }
        }
        if (current != 1)
            wrong.append(u"steps: %1 steps marked current"_s.arg(current));
        return wrong;
    }

    void checkPage()
    {
        const QStringList wrong = accessibilityProblems();
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(u"page %1: "_s.arg(wizard()->currentId()) + wrong.join(u"; "_s)));
    }

    QString stepName(int id) const
    {
        return QAccessible::queryAccessibleInterface(steps())->child(id)->text(QAccessible::Name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Interfaces answer as they would to a screen reader; the events go nowhere.
        QAccessible::installUpdateHandler([](QAccessibleEvent *) {});
        QAccessible::setActive(true);
    }

    void init() { m_app.open({QSize(1280, 800), true}); }

    void cleanup() { m_app.close(); }

    // Every page, with problems shown where a page can have them.
    void everyPageReadsWhole()
    {
        WALK_TO_IMAGE_PAGE();
        // A problem not met yet waits for Next: trying it shows the problem, read by its field.
        QTest::keyClick(m_app.window.get(), Qt::Key_N, Qt::AltModifier); // the button clicks after a moment
        QTRY_COMPARE(nameOf(QApplication::focusWidget()), u"imageId"_s);
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Image));
        QVERIFY(find<ProblemLabel>(u"problem_imageId"_s)->isVisible());
        CHECK_PAGE();
        chooseFirstImage();
        CHECK_PAGE();
        pressNext();

        // Storage: the sizes' rules are read with their spin boxes.
        const QString systemNote = find<QLabel>(u"systemDiskNote"_s)->text();
        QVERIFY(!systemNote.isEmpty());
        QVERIFY2(QAccessible::queryAccessibleInterface(find<QSpinBox>(u"systemDiskSize"_s))
                     ->text(QAccessible::Description)
                     .contains(systemNote),
                 qPrintable(systemNote));
        QVERIFY(QAccessible::queryAccessibleInterface(find<QSpinBox>(u"dataDiskSize"_s))
                    ->text(QAccessible::Description)
                    .contains(find<QLabel>(u"dataDiskNote"_s)->text()));
        CHECK_PAGE();
        pressNext();

        // Network: a VPC without its ids.
        QTest::mouseClick(find<QRadioButton>(u"vpcNetwork"_s), Qt::LeftButton);
        QVERIFY(find<ProblemLabel>(u"vpcMissing"_s)->isVisible());
        CHECK_PAGE();
        QTest::mouseClick(find<QRadioButton>(u"basicNetwork"_s), Qt::LeftButton);
        pressNext();

        // Login: a password, then Options with a quantity out of range.
        CHECK_PAGE();
        QTest::keyClicks(find<QLineEdit>(u"password"_s), u"Screen+Reader1"_s);
        QTest::keyClicks(find<QLineEdit>(u"passwordConfirm"_s), u"Screen+Reader1"_s);
        pressNext();
        auto *quantity = find<QSpinBox>(u"goodsNum"_s);
        quantity->setFocus();
        quantity->selectAll();
        QTest::keyClicks(quantity, u"0"_s);
        QTRY_VERIFY(find<ProblemLabel>(u"problem_goodsNum"_s)->isVisible());
        CHECK_PAGE();
        quantity->selectAll();
        QTest::keyClicks(quantity, u"2"_s);
        pressNext();

        // Tags and start-up: API 3.0's settings, disabled for this order, with the reason read on the page.
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Tags));
        CHECK_PAGE();
        QCOMPARE(stepName(PurchaseWizard::Tags), u"Step 9 of 10, Setup, current"_s);
        pressNext();

        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Review));
        CHECK_PAGE();
        QCOMPARE(stepName(PurchaseWizard::Review), u"Step 10 of 10, Review, current"_s);
        QCOMPARE(stepName(PurchaseWizard::Instance), u"Step 3 of 10, Instance, done"_s);
    }

    // The CPU × memory grid is one choice among many: its cells read as radio buttons, the choice checked.
    void theGridIsOneChoice()
    {
        pressNext();
        QTRY_COMPARE(find<QListWidget>(u"zones"_s)->count(), 4);
        pressNext();
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Instance));
        QAccessibleInterface *cell =
            QAccessible::queryAccessibleInterface(find<QToolButton>(u"choice_1_2"_s));
        QCOMPARE(cell->role(), QAccessible::RadioButton);
        QVERIFY(cell->state().checked);
        QCOMPARE(QAccessible::queryAccessibleInterface(find<QToolButton>(u"choice_2_4"_s))->role(),
                 QAccessible::RadioButton);
    }

    // The Account page: no empty line to land on until a test says something.
    void theAccountPageHasNoEmptyStop()
    {
        auto *result = find<QLabel>(u"testResult"_s);
        QVERIFY(!result->isVisible());
        CHECK_PAGE();
        QTest::mouseClick(find<QAbstractButton>(u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY(result->text().contains("Connected"_L1));
        QVERIFY(result->isVisible());
        CHECK_PAGE();
    }

    // After Back, the steps reached stay a click away, and a step with a problem says so.
    void stepsStayReachableAfterBack()
    {
        WALK_TO_IMAGE_PAGE();
        chooseFirstImage();
        pressNext(); // Image
        pressNext(); // Storage
        pressNext(); // Network
        QTest::keyClicks(find<QLineEdit>(u"password"_s), u"Steps+Back12"_s);
        QTest::keyClicks(find<QLineEdit>(u"passwordConfirm"_s), u"Steps+Back12"_s);
        pressNext(); // Login
        pressNext(); // Options
        pressNext(); // Tags and start-up
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Review));

        // Back to Options, where the quantity goes out of range, then back again to Login.
        pressBack();
        pressBack();
        auto *quantity = find<QSpinBox>(u"goodsNum"_s);
        quantity->setFocus();
        quantity->selectAll();
        QTest::keyClicks(quantity, u"0"_s);
        pressBack();
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Login));
        QVERIFY(steps()->item(PurchaseWizard::Review)->flags() & Qt::ItemIsEnabled);
        QVERIFY(steps()->item(PurchaseWizard::Options)->text().contains("needs attention"_L1));
        QCOMPARE(stepName(PurchaseWizard::Options), u"Step 8 of 10, Options, needs attention"_s);
        QCOMPARE(stepName(PurchaseWizard::Review), u"Step 10 of 10, Review, done"_s);
        CHECK_PAGE();

        // Going to Review stops at the step that needs attention, its problem shown.
        clickStep(PurchaseWizard::Review);
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Options));
        QVERIFY(find<ProblemLabel>(u"problem_goodsNum"_s)->isVisible());
        quantity->selectAll();
        QTest::keyClicks(quantity, u"1"_s);

        // By keyboard: Tab reaches the step list; Up, then Enter, goes to Storage; Down and Space to Review.
        steps()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(steps(), Qt::Key_Up);
        QTest::keyClick(steps(), Qt::Key_Up);
        QTest::keyClick(steps(), Qt::Key_Up);
        QTest::keyClick(steps(), Qt::Key_Return);
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Storage));
        clickStep(PurchaseWizard::Review);
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Review));
        CHECK_PAGE();
    }

    // Problems of fields not touched yet wait until Next is tried or the field is left.
    void untouchedFieldsWait()
    {
        WALK_TO_IMAGE_PAGE();
        auto *problem = find<ProblemLabel>(u"problem_imageId"_s);
        auto *imageId = find<QLineEdit>(u"imageId"_s);
        QVERIFY(!problem->isVisible());
        QVERIFY(imageId->accessibleDescription().isEmpty());
        QVERIFY(nextButton()->isEnabled()); // to be tried

        // Leaving the field shows it.
        imageId->setFocus();
        QVERIFY(!problem->isVisible());
        QTest::keyClick(imageId, Qt::Key_Tab);
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains("Choose an image"_L1));
        QVERIFY(imageId->accessibleDescription().contains("Choose an image"_L1));
        QVERIFY(!nextButton()->isEnabled());

        // In a new order, trying Next shows it, stays, and puts the focus on the field.
        m_app.window->context()->draft()->reset(m_app.window->context()->startingOrder());
        wizard()->restart();
        WALK_TO_IMAGE_PAGE();
        problem = find<ProblemLabel>(u"problem_imageId"_s);
        QVERIFY(!problem->isVisible());
        QVERIFY(nextButton()->isEnabled());
        QTest::mouseClick(nextButton(), Qt::LeftButton);
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::Image));
        QVERIFY(problem->isVisible());
        QCOMPARE(nameOf(QApplication::focusWidget()), u"imageId"_s);
        QVERIFY(!nextButton()->isEnabled());
        chooseFirstImage();
        QVERIFY(!problem->isVisible());
        QVERIFY(find<QLineEdit>(u"imageId"_s)->accessibleDescription().isEmpty());
        QVERIFY(nextButton()->isEnabled());
    }
};

QTEST_MAIN(TestWizardAccessibility)
#include "tst_wizard_accessibility.moc"
