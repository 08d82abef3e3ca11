#pragma once

#include "order/PurchaseOrder.h"

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
//
// A page's widgets are built when it is first shown (build(), from
// initializePage()), so start-up pays only for the page on screen. Until then
// the page still has its title, subtitle and order fields, and says from the
// order alone whether those fields have problems.
class OrderPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderPage)

public:
    // orderFields: the order fields this page edits, known before its widgets exist.
    OrderPage(WizardContext *context, const QStringList &orderFields, QWidget *parent = nullptr);
    ~OrderPage() override;

    // Problems of fields the user has not touched yet are not shown, and do not hold Next back on the page
    // being shown: trying Next shows them (validatePage()) and stays.
    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;
    // At least the room the largest page takes, so the wizard keeps its size from step to step
    // whichever pages have been built; a page that needs more (a longer translation) still gets it.
    QSize minimumSizeHint() const override;
    // The order fields this page edits.
    QStringList orderFields() const { return m_fields; }
    bool hasErrors() const;
    // A refusal from the cloud about this page, shown at its top until the order is edited.
    void setApiError(const QString &message);
    QString apiError() const;
    // Builds the page's widgets if that has not happened yet.
    void ensureBuilt();
    bool isBuilt() const { return m_built; }

protected:
    WizardContext *context() const { return m_context; }
    OrderDraft *draft() const;

    // Adds a row; returns the label so pages can relabel it.
    QLabel *addRow(QFormLayout *form, const QString &labelText, QWidget *field, const QStringList &orderFields);
    // A problem line for fields shown by a composite control (a grid, a list): field is that control, which
    // reads the problems as its accessible description.
    ProblemLabel *addProblemLine(QFormLayout *form, const QStringList &orderFields, QWidget *field);
    // The problem line of a field added with addRow() or addProblemLine(), if it has one.
    ProblemLabel *problemLineOf(const QWidget *field) const;
    // Whether the problem line of a field speaks: a field standing aside for this order (another API's
    // control for the same order field) leaves its problems to the one that replaces it.
    void setProblemLineActive(const QWidget *field, bool active);

    // Creates the widgets and their connections, once; the page's layout is set here.
    virtual void build() = 0;
    // Page-local conditions beyond the order's rules (a confirmation field); also asked before build().
    virtual bool pageComplete() const { return true; }
    // Widgets <- order, when the page is shown or the order was replaced.
    virtual void syncFromOrder() {}
    // Another order took the place of the one the built page shows: the page starts clean, as for a new
    // order.
    virtual void orderReplaced() { syncFromOrder(); }
    void refreshProblems();
    // The page's fields right after the page in the window's focus chain, in the order they are in it.
    void placeFieldsAfterPageInFocusChain();

private:
    struct Line
    {
        ProblemLabel *label;
        QStringList fields;
        QWidget *field;
        // Its problems are shown: the user left its field, tried Next, or the problems changed since the
        // page was built (an edit, or something it set off).
        bool touched = false;
        QStringList untouchedMessages; // the problems while untouched
        bool active = true;
    };
    void focusLeft(QWidget *old, QWidget *now);
    // The order fields whose problems are not shown yet.
    QStringList untouchedFields() const;

    WizardContext *m_context;
    QStringList m_fields;
    QList<Line> m_lines;
    ProblemLabel *m_apiError = nullptr;
    bool m_built = false;
};
