#pragma once

// API 2.0's parameters of an order, read and written through the protocol's own table
// (RequestBuilder::fields), so that tests speak RunInstancesHour's names: zoneId, storageType, ...

#include "order/PurchaseOrder.h"
#include "protocol/ApiProtocol.h"
#include "protocol/v2/RequestBuilder.h"

#include <QString>

// A new API 2.0 order with the API's own defaults (gz, CVM.S1, a 20 GB local system disk, PayByHour).
inline PurchaseOrder v2NewOrder()
{
    return ApiProtocol::forApi(PurchaseOrder::Api::V2).newOrder();
}

inline const RequestBuilder::Field &v2Field(const char *name)
{
    for (const RequestBuilder::Field &f : RequestBuilder::fields())
        if (QByteArrayView(f.name) == QByteArrayView(name))
            return f;
    qFatal("no API 2.0 parameter %s", name);
}

inline void v2Set(PurchaseOrder &order, const char *name, int value)
{
    v2Field(name).set(order, QString::number(value));
}

inline void v2Set(PurchaseOrder &order, const char *name, const QString &value)
{
    v2Field(name).set(order, value);
}

inline int v2Int(const PurchaseOrder &order, const char *name)
{
    return v2Field(name).get(order).toInt();
}

inline QString v2String(const PurchaseOrder &order, const char *name)
{
    return v2Field(name).get(order);
}
