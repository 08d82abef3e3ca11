#include "OrderPage.h"

#include "OrderDraft.h"
#include "ProblemLabel.h"
#include "WizardContext.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

OrderPage::OrderPage(WizardContext *context, QWidget *parent) : QWizardPage(parent), m_context(context)
{
    connect(draft(), &OrderDraft::changed, this, [this] {
        if (m_apiError)
            m_apiError->setProblems({});
        refreshProblems();
    });
}

void OrderPage::setApiError(const QString &message)
{
    if (!m_apiError) {
        m_apiError = new ProblemLabel(this);
        m_apiError->setObjectName(QStringLiteral("apiError"));
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
    if (field->accessibleName().isEmpty())
        // "&Zone:" reads "Zone"; a translation such as "可用区(&Z)：" reads "可用区".
        field->setAccessibleName(QString(labelText)
                                     .remove(QRegularExpression(u"\\(&.\\)"_s))
                                     .remove(u'&')
                                     .remove(u':')
                                     .remove(u'：')
                                     .trimmed());
    form->addRow(label, field);
    if (!orderFields.isEmpty())
        addProblemLine(form, orderFields);
    return label;
}

ProblemLabel *OrderPage::addProblemLine(QFormLayout *form, const QStringList &orderFields)
{
    auto *problem = new ProblemLabel(this);
    problem->setObjectName(QStringLiteral("problem_") + orderFields.value(0));
    form->addRow(QString(), problem);
    m_lines.append({problem, orderFields});
    refreshProblems();
    return problem;
}

QStringList OrderPage::orderFields() const
{
    QStringList fields;
    for (const Line &line : m_lines)
        fields += line.fields;
    return fields;
}

bool OrderPage::hasErrors() const
{
    return draft()->hasErrorsIn(orderFields());
}

bool OrderPage::isComplete() const
{
    return !hasErrors() && pageComplete();
}

void OrderPage::initializePage()
{
    syncFromOrder();
    refreshProblems();
}

void OrderPage::refreshProblems()
{
    for (const Line &line : std::as_const(m_lines))
        line.label->setProblems(draft()->problemsFor(line.fields));
    Q_EMIT completeChanged();
}
