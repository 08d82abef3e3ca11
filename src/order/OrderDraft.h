#pragma once

#include "order/OrderValidator.h"
#include "order/PurchaseOrder.h"

#include <QObject>

#include <functional>

// The one order the wizard's pages share while it is being made. Every edit
// goes through update(), which re-validates and tells the pages.
class OrderDraft final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDraft)

public:
    explicit OrderDraft(QObject *parent = nullptr);

    const PurchaseOrder &order() const { return m_order; }
    const QList<FieldProblem> &problems() const { return m_problems; }
    // What the draft changed by itself as the consequence of another edit (the system disk following a
    // Windows image), each a warning about the field it changed, kept until that field is edited or the order
    // replaced, so that no value changes without a word beside it.
    const QList<FieldProblem> &changes() const { return m_changes; }
    // The problems of these parts of the order (PurchaseOrder's names: "zone", "diskType", "systemDisk", ...,
    // or a protocol's own key), errors first, then warnings and the changes the draft made to them.
    QList<FieldProblem> problemsFor(const QStringList &fields) const;
    bool hasErrorsIn(const QStringList &fields) const;

    // Applies an edit; emits changed() only when the order really changed.
    void update(const std::function<void(PurchaseOrder &)> &edit);
    // Replaces the order (a new one, a template): emits changed(), then replaced().
    void reset(const PurchaseOrder &order);

Q_SIGNALS:
    void changed();
    // Another order took this one's place: what a page kept of the old one (typed text, a highlighted
    // choice) goes with it.
    void replaced();

private:
    void revalidate();
    bool isAbout(const FieldProblem &problem, const QStringList &fields) const;
    void followOsFamily(PurchaseOrder &next);
    void forgetChange(const QString &field);

    PurchaseOrder m_order;
    QList<FieldProblem> m_problems;
    QList<FieldProblem> m_changes;
    // The system disk's size as the user left it before the draft changed it for another operating system
    // (0: unchanged), so that going back to the first one brings that size back.
    int m_systemDiskChosen = 0;
};
