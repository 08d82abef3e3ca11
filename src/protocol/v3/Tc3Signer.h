#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// TC3-HMAC-SHA256, the signature of API 3.0 (PROTOCOL.md section 10). The
// client signs content-type and host, as the official SDKs do for a JSON POST;
// a checking server passes whatever headers the request says it signed.
class Tc3Signer final
{
public:
    static constexpr const char *kAlgorithm = "TC3-HMAC-SHA256";
    static constexpr const char *kService = "cvm";
    static constexpr const char *kContentType = "application/json; charset=utf-8";

    struct Input
    {
        QString secretId;
        QString secretKey;
        QString host; // bare host name, no port
        QByteArray contentType = kContentType;
        // The API's service ("cvm", "vpc", "tag"): it is part of the credential scope and the signing key.
        QByteArray service = kService;
        QByteArray payload;
        qint64 timestamp = 0;
        QByteArray method = "POST";
        QByteArray query; // the canonical query string; empty for POST
        // Empty: content-type and host. Otherwise every signed header, name and value.
        QList<QPair<QByteArray, QByteArray>> signedHeaders;
    };

    static QByteArray hashedPayload(const QByteArray &payload); // lower-case hex SHA-256
    static QByteArray canonicalRequest(const Input &input);
    static QByteArray stringToSign(const Input &input);
    static QByteArray signature(const Input &input);     // lower-case hex
    static QByteArray authorization(const Input &input); // the Authorization header value
    static QByteArray utcDate(qint64 timestamp);         // "2019-02-25"
    // "2019-02-25/cvm/tc3_request": the credential scope of the request.
    static QByteArray credentialScope(const Input &input);
};
