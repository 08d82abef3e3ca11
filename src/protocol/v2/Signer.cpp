#include "protocol/v2/Signer.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

QString Signer::stringToSign(const QString &httpMethod, const QString &host, const QString &path,
                             const ApiParams &params)
{
    ApiParams sorted;
    sorted.reserve(params.size());
    for (const auto &[name, value] : params) {
        if (name != "Signature"_L1)
            sorted.append({QString(name).replace(u'_', u'.'), value});
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    QString out = httpMethod.toUpper() + host + path + u'?';
    bool first = true;
    for (const auto &[name, value] : sorted) {
        if (!first)
            out += u'&';
        out += name + u'=' + value;
        first = false;
    }
    return out;
}

QString Signer::signature(const QString &stringToSign, const QString &secretKey, Method method)
{
    const auto algorithm = method == Method::HmacSHA256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(stringToSign.toUtf8(), secretKey.toUtf8(), algorithm).toBase64());
}

Signer::Method Signer::methodFromName(const QString &signatureMethod, bool *known)
{
    const bool sha256 = signatureMethod == "HmacSHA256"_L1;
    if (known)
        *known = sha256 || signatureMethod.isEmpty() || signatureMethod == "HmacSHA1"_L1;
    return sha256 ? Method::HmacSHA256 : Method::HmacSHA1;
}

QByteArray Signer::formEncode(const ApiParams &params)
{
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

ApiParams Signer::formDecode(const QByteArray &encoded)
{
    ApiParams params;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        auto decode = [](QByteArray part) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' ')));
        };
        params.append({decode(pair.left(eq < 0 ? pair.size() : eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1))});
    }
    return params;
}
