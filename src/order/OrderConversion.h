#pragma once

#include "order/OrderValidator.h"
#include "order/PurchaseOrder.h"

#include <QCoreApplication>
#include <QList>

// An API 2.0 order as the API 3.0 order that buys the same (CONTRACTS.md, `convert`): the zone id under its
// zone name, CVM.S1 with 1 core and 2 GB as S1.SMALL2 (the built-in catalog's CPU and memory, in API 3.0's
// naming), disk types, bandwidth billing, image, key, project, count and name. A password is never carried
// over: it is typed again for the new order, as for any order opened from a template.
class OrderConversion final
{
    Q_DECLARE_TR_FUNCTIONS(OrderConversion)

public:
    struct Result
    {
        // The API 3.0 order; when not ok(), as far as it converts: the keys without an equivalent left out
        // (or, a name with a pattern, kept for the user to rename).
        PurchaseOrder order;
        // One per API 2.0 template key that has no API 3.0 equivalent, named by that key, saying why.
        QList<FieldProblem> unconvertible;
        bool ok() const { return unconvertible.isEmpty(); }
    };

    // `order` is an API 2.0 order as a template reads it; what it leaves unset stays unset. An order of
    // another API comes back unchanged.
    static Result toApi3(const PurchaseOrder &order);
};
