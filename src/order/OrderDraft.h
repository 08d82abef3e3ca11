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
    // The problems of these parts of the order (PurchaseOrder's names: "zone", "diskType", "systemDisk", ...,
    // or a protocol's own key), errors first.
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

    PurchaseOrder m_order;
    QList<FieldProblem> m_problems;
};
