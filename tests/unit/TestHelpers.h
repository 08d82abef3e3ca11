#pragma once

// Shared by the unit tests: a valid order to vary, and readable QCOMPARE
// failure output for the project's value types.

#include "common/V2Fields.h"
#include "order/OrderTemplate.h"
#include "order/OrderValidator.h"
#include "order/PurchaseOrder.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

// The complete valid default order of the brief: gz, 100001, CVM.S1, 1 core,
// 2 GB, img-3wnd9xpl, 1 Mbps.
inline PurchaseOrder validOrder()
{
    PurchaseOrder o = v2NewOrder();
    o.region = QStringLiteral("gz");
    v2Set(o, "zoneId", 100001);
    o.instanceType = QStringLiteral("CVM.S1");
    o.cpu = 1;
    o.mem = 2;
    o.imageId = QStringLiteral("img-3wnd9xpl");
    o.bandwidth = 1;
    return o;
}

// Everything the order holds: its template (every key of its API) plus what a template never has.
inline QString describeOrder(const PurchaseOrder &o)
{
    return QString::fromUtf8(OrderTemplate::write(o)).simplified() + QStringLiteral(" password=") + o.password +
           QStringLiteral(" clientToken=") + o.clientToken;
}

inline QString describeProblems(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines << (p.isError() ? QStringLiteral("error ") : QStringLiteral("warning ")) + p.field +
                     QLatin1Char('/') + p.rule + QStringLiteral(": ") + p.message;
    return lines.isEmpty() ? QStringLiteral("(no problems)") : lines.join(QLatin1Char('\n'));
}

// Found by argument-dependent lookup from QCOMPARE.
inline char *toString(const PurchaseOrder &order)
{
    return QTest::toString(describeOrder(order));
}
