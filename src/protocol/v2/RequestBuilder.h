#pragma once

#include "order/PurchaseOrder.h"
#include "protocol/ApiParams.h"
#include "secrets/Credentials.h"

#include <QUrl>

// Turns an order into RunInstancesHour parameters and wraps any action's
// parameters with the signed common parameters.
class RequestBuilder final
{
public:
    // RunInstancesHour's parameters by name, in the order templates list them, each read from and written
    // to the order: the one table behind API 2.0's templates, requests and the sandbox's parsing.
    struct Field
    {
        enum Use { Template = 1, Request = 2 };
        const char *name;
        int uses;
        bool isNumber;
        QString (*get)(const PurchaseOrder &order); // a number written out when isNumber
        void (*set)(PurchaseOrder &order, const QString &value); // a number's text when isNumber
    };
    static const QList<Field> &fields();

    // The action parameters of RunInstancesHour (without the common ones).
    static ApiParams runInstancesParams(const PurchaseOrder &order);
    // The reverse, for the sandbox: the order a RunInstancesHour request describes.
    static PurchaseOrder orderFromParams(const ApiParams &params, const QString &region);

    // Adds Action, Region, Timestamp, Nonce, SecretId, SignatureMethod
    // (HmacSHA256) and Token where needed, then Signature over a POST to url.
    static ApiParams signedParams(const QString &action, const QString &region, const ApiParams &actionParams,
                                  const Credentials &credentials, const QUrl &url, qint64 timestamp, quint32 nonce);
    // The host as the Host header carries it: with the port when the URL names one.
    static QString hostHeader(const QUrl &url);
};
