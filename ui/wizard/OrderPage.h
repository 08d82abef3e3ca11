#pragma once

#include "PurchaseOrder.h"

#include <QStringList>
#include <QWizardPage>

class OrderDraft;
class ProblemLabel;
class QFormLayout;
class QLabel;
class WizardContext;

// A wizard page that edits part of the shared order. Each row is a label
// with a mnemonic and buddy, the control, and the problem line beneath it
// for the order fields it edits; Next is enabled when those fields are valid.
class OrderPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderPage)

public:
    OrderPage(WizardContext *context, QWidget *parent = nullptr);

    bool isComplete() const override;
    void initializePage() override;
    // The order fields this page edits.
    QStringList orderFields() const;
    bool hasErrors() const;
    // A refusal from the cloud about this page, shown at its top until the order is edited.
    void setApiError(const QString &message);
    QString apiError() const;

protected:
    WizardContext *context() const { return m_context; }
    OrderDraft *draft() const;

    // Adds a row; returns the label so pages can relabel it.
    QLabel *addRow(QFormLayout *form, const QString &labelText, QWidget *field, const QStringList &orderFields);
    // A problem line for fields shown by a composite control (a grid, a list).
    ProblemLabel *addProblemLine(QFormLayout *form, const QStringList &orderFields);

    // Page-local conditions beyond the order's rules (a confirmation field).
    virtual bool pageComplete() const { return true; }
    // Widgets <- order, when the page is shown or the order was replaced.
    virtual void syncFromOrder() {}
    void refreshProblems();

private:
    struct Line
    {
        ProblemLabel *label;
        QStringList fields;
    };
    WizardContext *m_context;
    QList<Line> m_lines;
    ProblemLabel *m_apiError = nullptr;
};
