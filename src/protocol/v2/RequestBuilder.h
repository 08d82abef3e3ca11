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
