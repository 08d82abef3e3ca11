#include "protocol/v3/Tc3Signer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {
QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// Names and values in lower case, values trimmed, sorted by name.
QList<QPair<QByteArray, QByteArray>> canonicalHeaders(const Tc3Signer::Input &input)
{
    QList<QPair<QByteArray, QByteArray>> headers = input.signedHeaders;
    if (headers.isEmpty())
        headers = {{"content-type", input.contentType}, {"host", input.host.toUtf8()}};
    for (auto &[name, value] : headers) {
        name = name.trimmed().toLower();
        value = value.trimmed().toLower();
    }
    std::sort(headers.begin(), headers.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return headers;
}

QByteArray signedHeaderNames(const Tc3Signer::Input &input)
{
    QByteArrayList names;
    for (const auto &header : canonicalHeaders(input))
        names.append(header.first);
    return names.join(';');
}
} // namespace

QByteArray Tc3Signer::utcDate(qint64 timestamp)
{
    return QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd"))
        .toLatin1();
}

QByteArray Tc3Signer::credentialScope(const Input &input)
{
    return utcDate(input.timestamp) + '/' + input.service + "/tc3_request";
}

QByteArray Tc3Signer::hashedPayload(const QByteArray &payload)
{
    return QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex();
}

QByteArray Tc3Signer::canonicalRequest(const Input &input)
{
    QByteArray headers;
    for (const auto &[name, value] : canonicalHeaders(input))
        headers += name + ':' + value + '\n';
    return input.method.toUpper() + "\n/\n" + input.query + '\n' + headers + '\n' + signedHeaderNames(input) +
           '\n' + hashedPayload(input.payload);
}

QByteArray Tc3Signer::stringToSign(const Input &input)
{
    return QByteArray(kAlgorithm) + '\n' + QByteArray::number(input.timestamp) + '\n' +
           credentialScope(input) + '\n' +
           QCryptographicHash::hash(canonicalRequest(input), QCryptographicHash::Sha256).toHex();
}

QByteArray Tc3Signer::signature(const Input &input)
{
    const QByteArray date = hmac("TC3" + input.secretKey.toUtf8(), utcDate(input.timestamp));
    const QByteArray service = hmac(date, input.service);
    const QByteArray key = hmac(service, "tc3_request");
    return hmac(key, stringToSign(input)).toHex();
}

QByteArray Tc3Signer::authorization(const Input &input)
{
    return QByteArray(kAlgorithm) + " Credential=" + input.secretId.toUtf8() + '/' + credentialScope(input) +
           ", SignedHeaders=" + signedHeaderNames(input) + ", Signature=" + signature(input);
}
