#pragma once

#include "order/OrderValidator.h"
#include "order/PurchaseOrder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// Order templates, JSON schema 1 (CONTRACTS.md). A template never holds a
// password, a credential or a client token.
class OrderTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(OrderTemplate)

public:
    struct ReadResult
    {
        PurchaseOrder order;
        // Refusals, each naming the key. The order is only usable when this is empty.
        QList<FieldProblem> problems;
        bool ok() const { return problems.isEmpty(); }
    };

    // Parses a template: unknown keys, wrong types, secrets and values out of
    // range (judged by OrderValidator for the keys the template sets) are refused.
    static ReadResult read(const QByteArray &json);
    // Reads the template file at path: a regular file (never a device, pipe or socket, which could block or
    // never end) of at most kMaxFileBytes; otherwise a "template" problem saying which.
    static ReadResult readFile(const QString &path);
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
    static QByteArray write(const PurchaseOrder &order);
};
