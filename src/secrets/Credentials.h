#pragma once

#include <QString>

// An API key pair, and a session token for temporary credentials. Held in
// memory only; the SecretKey and token never reach a file or a log.
struct Credentials
{
    QString secretId;
    QString secretKey;
    QString sessionToken;

    bool isComplete() const { return !secretId.isEmpty() && !secretKey.isEmpty(); }
    // TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and TENCENTCLOUD_SESSION_TOKEN.
    static Credentials fromEnvironment();
};
