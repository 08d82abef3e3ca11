#pragma once

#include "protocol/ApiParams.h"

#include <QByteArray>
#include <QString>

// Tencent Cloud signature v1 (PROTOCOL.md section 3).
class Signer final
{
public:
    enum class Method { HmacSHA1, HmacSHA256 };

    // "POST" + host + path + "?" + the parameters (except Signature) sorted by
    // name, '_' in names read as '.', raw values.
    static QString stringToSign(const QString &httpMethod, const QString &host, const QString &path,
                                const ApiParams &params);
    static QString signature(const QString &stringToSign, const QString &secretKey, Method method);
    static Method methodFromName(const QString &signatureMethod, bool *known = nullptr);

    // application/x-www-form-urlencoded (and query string) encoding: every
    // value percent-encoded exactly once.
    static QByteArray formEncode(const ApiParams &params);
    // The inverse, for the sandbox: '+' is a space, %XX decoded.
    static ApiParams formDecode(const QByteArray &encoded);
};
