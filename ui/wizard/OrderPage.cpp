#include "wizard/OrderPage.h"

#include "order/OrderDraft.h"
#include "wizard/ProblemLabel.h"
#include "wizard/WizardContext.h"

#include <QApplication>
#include <QBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QWizard>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QStringList messages(const QList<FieldProblem> &problems)
{
    QStringList list;
    for (const FieldProblem &p : problems)
        list.append(p.message);
    return list;
}
} // namespace

OrderPage::OrderPage(WizardContext *context, const QStringList &orderFields, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_fields(orderFields)
{
    connect(draft(), &OrderDraft::changed, this, [this] {
        if (m_apiError)
            m_apiError->setProblems({});
        refreshProblems();
    });
    connect(draft(), &OrderDraft::replaced, this, [this] {
        if (!m_built)
            return;
        orderReplaced();
        // A new order: nothing of it touched yet.
        for (Line &line : m_lines) {
            line.touched = false;
            line.untouchedMessages = messages(draft()->problemsFor(line.fields));
        }
        refreshProblems();
    });
    connect(qApp, &QApplication::focusChanged, this, &OrderPage::focusLeft);
}

OrderPage::~OrderPage()
{
    // The application's focus moves while the page's widgets are deleted, after this destructor: the page
    // must not hear of it then, half destroyed (UBSan: a QWidget called as an OrderPage).
    disconnect(qApp, &QApplication::focusChanged, this, &OrderPage::focusLeft);
}

void OrderPage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    build();
    // A form lets a field with the Preferred policy grow no wider than its size hint, which for wrapped
    // text is a narrow column of short lines (in Chinese, which breaks anywhere, very narrow): wrapped
    // notes take the whole width of the field column instead.
    // Their text starts at the top of their row, right under the field it is about, when the row is given
    // more height than the text needs.
    for (QLabel *label : findChildren<QLabel *>()) {
        if (!label->wordWrap())
            continue;
        QSizePolicy policy = label->sizePolicy(); // keeping its height-for-width
        if (policy.horizontalPolicy() == QSizePolicy::Preferred) {
            policy.setHorizontalPolicy(QSizePolicy::Expanding);
            label->setSizePolicy(policy);
        }
        label->setAlignment((label->alignment() & Qt::AlignHorizontal_Mask) | Qt::AlignTop);
    }
    placeFieldsAfterPageInFocusChain();
}

void OrderPage::placeFieldsAfterPageInFocusChain()
{
    // Widgets created now join the end of the window's focus chain, behind everything built before them.
    // QWizard gives a page's first field the focus by looking just after the page in that chain (and
    // falls back to its Next button), so put the page's fields there, in the order they were made, as
    // they were when every page was built with the wizard. Tab then moves through them as before.
    QList<QWidget *> fields;
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !isAncestorOf(w))
            continue;
        const bool insideField = std::any_of(fields.cbegin(), fields.cend(),
                                             [w](const QWidget *field) { return field->isAncestorOf(w); });
        if (!insideField)
            fields.append(w);
    }
    const Qt::FocusPolicy policy = focusPolicy();
    setFocusPolicy(Qt::TabFocus); // setTabOrder() only links widgets that take the focus
    QWidget *previous = this;
    for (QWidget *field : std::as_const(fields)) {
        QWidget::setTabOrder(previous, field);
        previous = field;
    }
    setFocusPolicy(policy);
}

void OrderPage::setApiError(const QString &message)
{
    ensureBuilt(); // the message goes into the page's layout
    if (!m_apiError) {
        m_apiError = new ProblemLabel(this);
        m_apiError->setObjectName(QStringLiteral("apiError"));
        m_apiError->setField(this); // about the whole page
        if (auto *form = qobject_cast<QFormLayout *>(layout()))
            form->insertRow(0, m_apiError);
        else if (auto *box = qobject_cast<QBoxLayout *>(layout()))
            box->insertWidget(0, m_apiError);
    }
    m_apiError->setProblems({{QString(), QString(), message}});
}

QString OrderPage::apiError() const
{
    return m_apiError && m_apiError->isVisible() ? m_apiError->text() : QString();
}

OrderDraft *OrderPage::draft() const
{
    return m_context->draft();
}

QLabel *OrderPage::addRow(QFormLayout *form, const QString &labelText, QWidget *field, const QStringList &orderFields)
{
    auto *label = new QLabel(labelText, this);
    label->setBuddy(field);
    if (field->accessibleName().isEmpty()) {
        // "&Zone:" reads "Zone"; a translation such as "可用区(&Z)：" reads "可用区". Plain string work: a
        // regular expression here compiled PCRE2 on the way to the first window.
        QString name = labelText;
        for (qsizetype at = name.indexOf("(&"_L1); at >= 0; at = name.indexOf("(&"_L1, at))
            if (at + 3 < name.size() && name.at(at + 3) == u')')
                name.remove(at, 4);
            else
                ++at;
        field->setAccessibleName(name.remove(u'&').remove(u':').remove(u'：').trimmed());
    }
    form->addRow(label, field);
    if (!orderFields.isEmpty())
        addProblemLine(form, orderFields, field);
    return label;
}

ProblemLabel *OrderPage::addProblemLine(QFormLayout *form, const QStringList &orderFields, QWidget *field)
{
    for (const QString &orderField : orderFields)
        Q_ASSERT_X(m_fields.contains(orderField), "OrderPage::addProblemLine",
                   "a field the page did not declare");
    auto *problem = new ProblemLabel(this);
    problem->setObjectName(QStringLiteral("problem_") + orderFields.value(0));
    problem->setField(field);
    form->addRow(QString(), problem);
    m_lines.append({problem, orderFields, field, false, messages(draft()->problemsFor(orderFields)), true});
    refreshProblems();
    return problem;
}

void OrderPage::setProblemLineActive(const QWidget *field, bool active)
{
    for (Line &line : m_lines)
        if (line.field == field)
            line.active = active;
    refreshProblems();
}

ProblemLabel *OrderPage::problemLineOf(const QWidget *field) const
{
    for (const Line &line : m_lines)
        if (line.field == field)
            return line.label;
    return nullptr;
}

void OrderPage::focusLeft(QWidget *old, QWidget *now)
{
    // Leaving a field (for another widget of the window, not another window) shows its problems.
    if (!m_built || !old || !now || !isVisible())
        return;
    bool changed = false;
    for (Line &line : m_lines) {
        const bool wasIn = line.field == old || line.field->isAncestorOf(old);
        const bool isIn = line.field == now || line.field->isAncestorOf(now);
        if (wasIn && !isIn && !line.touched) {
            line.touched = true;
            changed = true;
        }
    }
    if (changed)
        refreshProblems();
}

QStringList OrderPage::untouchedFields() const
{
    QStringList fields;
    for (const Line &line : m_lines)
        if (!line.touched)
            fields.append(line.fields);
    return fields;
}

bool OrderPage::validatePage()
{
    if (!hasErrors())
        return true;
    // Next was tried: every problem shows, and the first field with one takes the focus.
    for (Line &line : m_lines)
        line.touched = true;
    refreshProblems();
    for (const Line &line : std::as_const(m_lines))
        if (line.active && draft()->hasErrorsIn(line.fields) && line.field->isVisible()) {
            line.field->setFocus(Qt::OtherFocusReason);
            break;
        }
    return false;
}

bool OrderPage::hasErrors() const
{
    return draft()->hasErrorsIn(orderFields());
}

QSize OrderPage::minimumSizeHint() const
{
    // The largest pages: the instance grid (in English about 78 widths of an M wide) and the review page
    // (in Chinese about 24 lines high). In units of the font, so it follows its size; not in average
    // character widths, which for a Chinese font are those of its Chinese characters.
    const QFontMetrics metrics = fontMetrics();
    const QSize room(metrics.horizontalAdvance(QLatin1Char('M')) * 78, metrics.lineSpacing() * 24);
    return QWizardPage::minimumSizeHint().expandedTo(room);
}

bool OrderPage::isComplete() const
{
    if (!pageComplete())
        return false;
    if (!hasErrors())
        return true;
    // On the page being shown, problems the user has not met yet leave Next to be tried.
    if (!m_built || !wizard() || wizard()->currentPage() != this)
        return false;
    QStringList shown = m_fields;
    for (const QString &field : untouchedFields())
        shown.removeAll(field);
    return !draft()->hasErrorsIn(shown);
}

void OrderPage::initializePage()
{
    ensureBuilt();
    syncFromOrder();
    refreshProblems();
}

void OrderPage::refreshProblems()
{
    for (Line &line : m_lines) {
        const QList<FieldProblem> problems = draft()->problemsFor(line.fields);
        if (!line.touched && messages(problems) != line.untouchedMessages)
            line.touched = true; // changed since: by the user, or by what the user did
        line.label->setProblems(line.touched && line.active ? problems : QList<FieldProblem>{});
    }
    Q_EMIT completeChanged();
}
