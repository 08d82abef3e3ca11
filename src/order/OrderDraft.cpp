#include "order/OrderDraft.h"

#include "order/Catalog.h"
#include "protocol/ApiProtocol.h"

namespace {
// The consequences of an edit, so that the order holds only what can be sent: without bandwidth there is no
// public IP, and a setting of the API's own that the order can no longer have goes off, each with the reason
// the Network page shows beside it.
void settle(PurchaseOrder &order)
{
    if (order.bandwidth <= 0)
        order.wanIp = 0;
    const ApiProtocol &protocol = ApiProtocol::forApi(order.api);
    for (const ApiProtocol::Flag &flag : protocol.networkFlags())
        if (order.own.value(flag.key).toInt() != 0 &&
            !protocol.flagUnavailableReason(flag.key, order).isEmpty())
            order.own.insert(flag.key, 0);
}
} // namespace

OrderDraft::OrderDraft(QObject *parent)
    : QObject(parent), m_order(ApiProtocol::assumed().newOrder())
{
    revalidate();
}

QList<FieldProblem> OrderDraft::problemsFor(const QStringList &fields) const
{
    QList<FieldProblem> errors;
    QList<FieldProblem> warnings;
    for (const FieldProblem &p : m_problems)
        if (isAbout(p, fields))
            (p.isError() ? errors : warnings).append(p);
    return errors + warnings;
}

bool OrderDraft::hasErrorsIn(const QStringList &fields) const
{
    return std::any_of(m_problems.cbegin(), m_problems.cend(),
                       [&](const FieldProblem &p) { return p.isError() && isAbout(p, fields); });
}

bool OrderDraft::isAbout(const FieldProblem &problem, const QStringList &fields) const
{
    return fields.contains(ApiProtocol::forApi(m_order.api).orderField(problem.field));
}

void OrderDraft::update(const std::function<void(PurchaseOrder &)> &edit)
{
    PurchaseOrder next = m_order;
    edit(next);
    // Whichever page made the edit, its consequences are the order's, not a page's.
    settle(next);
    if (next == m_order)
        return;
    m_order = next;
    revalidate();
    Q_EMIT changed();
}

void OrderDraft::reset(const PurchaseOrder &order)
{
    m_order = order;
    revalidate();
    Q_EMIT changed();
    Q_EMIT replaced();
}

void OrderDraft::revalidate()
{
    m_problems = OrderValidator(Catalog::builtIn()).validate(m_order);
}
