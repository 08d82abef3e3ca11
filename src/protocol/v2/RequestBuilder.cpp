#include "protocol/v2/RequestBuilder.h"

#include "protocol/v2/Signer.h"

using namespace Qt::StringLiterals;

ApiParams RequestBuilder::runInstancesParams(const PurchaseOrder &order)
{
    ApiParams params;
    for (const PurchaseOrder::Field &f : PurchaseOrder::fields()) {
        if (!(f.uses & PurchaseOrder::Field::Request))
            continue;
        const QString name = QString::fromLatin1(f.name);
        // Numbers are always sent, bandwidth 0 included: the API's silent default of 0 Mbps surprises people.
        if (f.intMember)
            params.append({name, QString::number(order.*(f.intMember))});
        else if (!(order.*(f.stringMember)).isEmpty())
            params.append({name, order.*(f.stringMember)});
    }
    return params;
}

PurchaseOrder RequestBuilder::orderFromParams(const ApiParams &params, const QString &region)
{
    PurchaseOrder order;
    order.region = region;
    for (const auto &[name, value] : params) {
        for (const PurchaseOrder::Field &f : PurchaseOrder::fields()) {
            if (!(f.uses & PurchaseOrder::Field::Request) || name != QLatin1StringView(f.name))
                continue;
            if (f.intMember) {
                bool isNumber = false;
                const int n = value.toInt(&isNumber);
                // Not a number: -1, which no rule accepts.
                order.*(f.intMember) = isNumber ? n : -1;
            } else {
                order.*(f.stringMember) = value;
            }
        }
    }
    return order;
}

QString RequestBuilder::hostHeader(const QUrl &url)
{
    // IPv6 literals travel in brackets, as Qt writes them into the Host header.
    const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
    const int port = url.port();
    return port < 0 ? host : host + u':' + QString::number(port);
}

ApiParams RequestBuilder::signedParams(const QString &action, const QString &region, const ApiParams &actionParams,
                                       const Credentials &credentials, const QUrl &url, qint64 timestamp,
                                       quint32 nonce)
{
    ApiParams p{{u"Action"_s, action},
                {u"Region"_s, region},
                {u"Timestamp"_s, QString::number(timestamp)},
                {u"Nonce"_s, QString::number(nonce)},
                {u"SecretId"_s, credentials.secretId},
                {u"SignatureMethod"_s, u"HmacSHA256"_s}};
    if (!credentials.sessionToken.isEmpty())
        p.append({u"Token"_s, credentials.sessionToken});
    p.append(actionParams);
    const QString path = url.path().isEmpty() ? u"/"_s : url.path();
    const QString toSign = Signer::stringToSign(u"POST"_s, hostHeader(url), path, p);
    p.append({u"Signature"_s, Signer::signature(toSign, credentials.secretKey, Signer::Method::HmacSHA256)});
    return p;
}
