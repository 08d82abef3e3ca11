#include "Tc3Signer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

namespace {
QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray scope(qint64 timestamp)
{
    return Tc3Signer::utcDate(timestamp) + '/' + Tc3Signer::kService + "/tc3_request";
}
} // namespace

QByteArray Tc3Signer::utcDate(qint64 timestamp)
{
    return QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")).toLatin1();
}

QByteArray Tc3Signer::hashedPayload(const QByteArray &payload)
{
    return QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex();
}

QByteArray Tc3Signer::canonicalRequest(const Input &input)
{
    return "POST\n/\n\ncontent-type:" + input.contentType + "\nhost:" + input.host.toLower().toUtf8() +
           "\n\ncontent-type;host\n" + hashedPayload(input.payload);
}

QByteArray Tc3Signer::stringToSign(const Input &input)
{
    return QByteArray(kAlgorithm) + '\n' + QByteArray::number(input.timestamp) + '\n' + scope(input.timestamp) +
           '\n' + QCryptographicHash::hash(canonicalRequest(input), QCryptographicHash::Sha256).toHex();
}

QByteArray Tc3Signer::signature(const Input &input)
{
    const QByteArray date = hmac("TC3" + input.secretKey.toUtf8(), utcDate(input.timestamp));
    const QByteArray service = hmac(date, kService);
    const QByteArray key = hmac(service, "tc3_request");
    return hmac(key, stringToSign(input)).toHex();
}

QByteArray Tc3Signer::authorization(const Input &input)
{
    return QByteArray(kAlgorithm) + " Credential=" + input.secretId.toUtf8() + '/' + scope(input.timestamp) +
           ", SignedHeaders=content-type;host, Signature=" + signature(input);
}
