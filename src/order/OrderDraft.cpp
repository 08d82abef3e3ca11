#include "order/OrderDraft.h"

#include "order/Catalog.h"
#include "protocol/ApiProtocol.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

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

namespace {
constexpr QLatin1StringView kSystemDisk("systemDisk");
constexpr QLatin1StringView kKeyIds("keyIds");
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
    for (const FieldProblem &change : m_changes)
        if (isAbout(change, fields))
            warnings.append(change);
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
    // A field the user edited says what they made it, no longer what the draft did to it.
    const QList<FieldProblem> changesBefore = m_changes;
    if (next.systemDisk.size != m_order.systemDisk.size) {
        forgetChange(kSystemDisk);
        m_systemDiskChosen = 0;
    }
    if (next.keyIds != m_order.keyIds)
        forgetChange(kKeyIds);
    // Whichever page made the edit, its consequences are the order's, not a page's.
    followOsFamily(next);
    settle(next);
    if (next == m_order) {
        if (m_changes.size() != changesBefore.size())
            Q_EMIT changed();
        return;
    }
    m_order = next;
    revalidate();
    Q_EMIT changed();
}

void OrderDraft::followOsFamily(PurchaseOrder &next)
{
    if (next.osFamily == m_order.osFamily)
        return;
    const bool windows = next.osFamily == PurchaseOrder::OsFamily::Windows;
    // Windows logs in with a password only.
    if (windows && !next.keyIds.isEmpty()) {
        next.keyIds.clear();
        forgetChange(kKeyIds);
        m_changes.append(
            {kKeyIds, u"followsOs"_s,
             tr("The SSH key was taken off the order: Windows instances log in with a password."),
             FieldProblem::Severity::Warning});
    }
    // The system disk takes the new system's sizes: the size chosen before the draft last changed it if that
    // fits, else the nearest that does.
    const ApiProtocol::DiskSizes sizes = ApiProtocol::forApi(next.api).diskSizes(next);
    const int from = next.systemDisk.size;
    const int wanted = m_systemDiskChosen > 0 ? m_systemDiskChosen : from;
    const int to = std::clamp(wanted, sizes.systemMin, std::max(sizes.systemMin, sizes.systemMax));
    if (to == from)
        return;
    forgetChange(kSystemDisk);
    const QLocale locale;
    if (to == m_systemDiskChosen) {
        m_systemDiskChosen = 0;
        m_changes.append(
            {kSystemDisk, u"followsOs"_s,
             tr("The system disk is back to %1 GB, its size before the operating system changed.")
                 .arg(locale.toString(to)),
             FieldProblem::Severity::Warning});
    } else {
        if (m_systemDiskChosen == 0)
            m_systemDiskChosen = from;
        m_changes.append(
            {kSystemDisk, u"followsOs"_s,
             (windows
                  ? tr("The system disk changed from %1 GB to %2 GB, the nearest size a Windows system disk "
                       "can have.")
                  : tr("The system disk changed from %1 GB to %2 GB, the nearest size a Linux system disk "
                       "can have."))
                 .arg(locale.toString(from), locale.toString(to)),
             FieldProblem::Severity::Warning});
    }
    next.systemDisk.size = to;
}

void OrderDraft::forgetChange(const QString &field)
{
    m_changes.removeIf([&](const FieldProblem &change) { return change.field == field; });
}

void OrderDraft::reset(const PurchaseOrder &order)
{
    m_order = order;
    m_changes.clear();
    m_systemDiskChosen = 0;
    revalidate();
    Q_EMIT changed();
    Q_EMIT replaced();
}

void OrderDraft::revalidate()
{
    m_problems = OrderValidator(Catalog::builtIn()).validate(m_order);
}
