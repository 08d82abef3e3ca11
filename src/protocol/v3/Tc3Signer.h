#pragma once

#include <QByteArray>
#include <QString>

// TC3-HMAC-SHA256, the signature of API 3.0 (PROTOCOL.md section 10). Only
// content-type and host are signed, as the official SDKs do for a JSON POST.
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
        QByteArray payload;
        qint64 timestamp = 0;
    };

    static QByteArray hashedPayload(const QByteArray &payload);        // lower-case hex SHA-256
    static QByteArray canonicalRequest(const Input &input);
    static QByteArray stringToSign(const Input &input);
    static QByteArray signature(const Input &input);                    // lower-case hex
    static QByteArray authorization(const Input &input);                // the Authorization header value
    static QByteArray utcDate(qint64 timestamp);                        // "2019-02-25"
};
