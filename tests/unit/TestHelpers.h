#pragma once

// Shared by the unit tests: a valid order to vary, and readable QCOMPARE
// failure output for the project's value types.

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
    PurchaseOrder o;
    o.region = QStringLiteral("gz");
    o.zoneId = 100001;
    o.instanceType = QStringLiteral("CVM.S1");
    o.cpu = 1;
    o.mem = 2;
    o.imageId = QStringLiteral("img-3wnd9xpl");
    o.bandwidth = 1;
    return o;
}

inline QString describeOrder(const PurchaseOrder &o)
{
    QStringList parts;
    parts << QStringLiteral("region=") + o.region << QStringLiteral("zoneId=") + QString::number(o.zoneId)
          << QStringLiteral("instanceType=") + o.instanceType
          << QStringLiteral("cpu=") + QString::number(o.cpu)
          << QStringLiteral("mem=") + QString::number(o.mem) << QStringLiteral("imageId=") + o.imageId
          << QStringLiteral("imageType=") + QString::number(o.imageType)
          << QStringLiteral("osFamily=") + PurchaseOrder::osFamilyName(o.osFamily)
          << QStringLiteral("storageType=") + QString::number(o.storageType)
          << QStringLiteral("storageSize=") + QString::number(o.storageSize)
          << QStringLiteral("rootSize=") + QString::number(o.rootSize)
          << QStringLiteral("bandwidthType=") + o.bandwidthType
          << QStringLiteral("bandwidth=") + QString::number(o.bandwidth)
          << QStringLiteral("wanIp=") + QString::number(o.wanIp) << QStringLiteral("vpcId=") + o.vpcId
          << QStringLiteral("subnetId=") + o.subnetId
          << QStringLiteral("isVpcGateway=") + QString::number(o.isVpcGateway)
          << QStringLiteral("password=") + o.password << QStringLiteral("keyId=") + o.keyId
          << QStringLiteral("needSecurityAgent=") + QString::number(o.needSecurityAgent)
          << QStringLiteral("needMonitorAgent=") + QString::number(o.needMonitorAgent)
          << QStringLiteral("projectId=") + QString::number(o.projectId)
          << QStringLiteral("goodsNum=") + QString::number(o.goodsNum)
          << QStringLiteral("clientToken=") + o.clientToken
          << QStringLiteral("instanceName=") + o.instanceName;
    return parts.join(QStringLiteral(", "));
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
