#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// The outcome of one API call as a value: the reply's data on success, or
// what went wrong, in words, and whether resending the same request is safe.
struct ApiResult
{
    Q_DECLARE_TR_FUNCTIONS(ApiResult)

public:
    enum class Status {
        Ok,           // code 0; data holds the reply
        ApiError,     // the API answered with a non-zero code
        HttpError,    // an HTTP status other than 200 without an API reply
        NetworkError, // no answer: connection refused, reset, DNS, TLS...
        Timeout,      // no answer in time
        BadReply,     // an answer that is not an API reply (not JSON, too large, fields missing)
    };

    Status status = Status::Ok;
    int code = 0;         // API code, e.g. 4100
    QString codeDesc;     // e.g. "InvalidParameter.PasswordNotConformSpecs"
    QString message;      // the server's or the transport's own words
    int httpStatus = 0;
    QJsonObject data;     // the whole reply on success
    // The server's clock minus this computer's, in seconds, when the reply's
    // Date header shows more than kClockSkewToleranceSeconds between them or
    // explains an expired request (4200); 0 when unknown or small.
    qint64 clockSkewSeconds = 0;
    // The endpoint's TLS certificate failed verification (message says why): the connection was closed
    // before the request was sent, and it is never retried, since another try meets the same certificate.
    bool certificateError = false;
    // The request provably never left this computer: the name did not resolve, the connection was refused,
    // or the TLS handshake failed (certificateError included). Nothing can have been bought by it.
    bool neverSent = false;

    static constexpr qint64 kClockSkewToleranceSeconds = 300;

    bool ok() const { return status == Status::Ok; }
    // PROTOCOL.md section 6: transport failures, timeouts, HTTP 5xx,
    // OperationFail.SystemBusy, 6000 and 6200 only.
    bool isRetryable() const;
    // One sentence for a person: what happened, in the user's language, with
    // the server's own text kept as detail.
    QString describe() const;
    // A stable name for scripts: the codeDesc, or the class of failure.
    QString errorName() const;


    // Compares a reply's HTTP Date header with the local clock (seconds
    // since the epoch when the reply arrived) and sets clockSkewSeconds.
    void noteServerDate(const QByteArray &httpDate, qint64 localSecsSinceEpoch);
    // An HTTP date ("Sun, 06 Nov 1994 08:49:37 GMT", RFC 9110 IMF-fixdate,
    // or RFC 2822 with a numeric zone) as seconds since the epoch.
    static std::optional<qint64> parseHttpDate(const QByteArray &value);
};
