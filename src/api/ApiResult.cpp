#include "api/ApiResult.h"

#include "api/ServerText.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
struct CodeText
{
    int code;
    const char *text;
};

// PROTOCOL.md section 6, the numeric classes.
constexpr CodeText kCodeTexts[] = {
    {4000, QT_TRANSLATE_NOOP("ApiResult", "The request has an invalid parameter.")},
    {4100, QT_TRANSLATE_NOOP("ApiResult", "Authentication failed: check the SecretId and SecretKey.")},
    {4200, QT_TRANSLATE_NOOP("ApiResult", "The request expired: check that this computer's clock is correct.")},
    {4300, QT_TRANSLATE_NOOP("ApiResult", "Access denied: this key may not perform this action.")},
    {4400, QT_TRANSLATE_NOOP("ApiResult", "A quota is exceeded.")},
    {4500, QT_TRANSLATE_NOOP("ApiResult", "The request was refused as a replay.")},
    {4600, QT_TRANSLATE_NOOP("ApiResult", "The protocol is not supported.")},
    {5000, QT_TRANSLATE_NOOP("ApiResult", "A resource does not exist.")},
    {5100, QT_TRANSLATE_NOOP("ApiResult", "The operation failed.")},
    {5200, QT_TRANSLATE_NOOP("ApiResult", "The purchase failed: this configuration is not sold or out of stock.")},
    {5300, QT_TRANSLATE_NOOP("ApiResult", "The account balance is insufficient: top up, then try again.")},
    {5400, QT_TRANSLATE_NOOP("ApiResult", "The operation only partly succeeded.")},
    {5500, QT_TRANSLATE_NOOP("ApiResult", "The account is not qualified for this purchase.")},
    {6000, QT_TRANSLATE_NOOP("ApiResult", "The cloud had an internal error.")},
    {6100, QT_TRANSLATE_NOOP("ApiResult", "This API version is not supported.")},
    {6200, QT_TRANSLATE_NOOP("ApiResult", "The API is temporarily unavailable.")},
};

struct DescText
{
    const char *codeDesc;
    const char *text;
};

// RunInstancesHour's own codes (seed section 4).
constexpr DescText kDescTexts[] = {
    {"InvalidParameter.PasswordNotConformSpecs",
     QT_TRANSLATE_NOOP("ApiResult", "The password does not meet the policy for this operating system.")},
    {"InvalidParameter.InvaildZoneId",
     QT_TRANSLATE_NOOP("ApiResult", "The availability zone is not valid for this region.")},
    {"InnerError.VpcError", QT_TRANSLATE_NOOP("ApiResult", "The cloud had an internal VPC error.")},
    {"OperationConstraints.AccountBalanceNotEnough",
     QT_TRANSLATE_NOOP("ApiResult", "The account balance is insufficient: top up, then try again.")},
    {"OperationFail.SystemBusy", QT_TRANSLATE_NOOP("ApiResult", "The cloud is busy with other purchases.")},
    // API 3.0 codes with a better sentence than their class's (PROTOCOL.md section 10).
    {"InvalidPassword",
     QT_TRANSLATE_NOOP("ApiResult", "The password does not meet the policy for this operating system.")},
    {"RequestLimitExceeded",
     QT_TRANSLATE_NOOP("ApiResult",
                       "The cloud refused: too many requests from this account in a short time.")},
    {"ResourceInsufficient.SpecifiedInstanceType",
     QT_TRANSLATE_NOOP("ApiResult", "The purchase failed: this configuration is not sold or out of stock.")},
};

// "about 7 minutes", "about 2 hours", "about 3 days".
QString roughDuration(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(1, (std::abs(seconds) + 30) / 60);
    if (minutes < 120)
        return ApiResult::tr("about %n minute(s)", nullptr, int(minutes));
    const qint64 hours = (minutes + 30) / 60;
    if (hours < 48)
        return ApiResult::tr("about %n hour(s)", nullptr, int(hours));
    return ApiResult::tr("about %n day(s)", nullptr, int(std::min<qint64>((hours + 12) / 24, INT_MAX)));
}

// What a person should do, instead of a bare "authentication failed".
QString clockSentence(qint64 skewSeconds)
{
    // The server's clock is ahead of ours: ours is behind.
    return skewSeconds > 0
        ? ApiResult::tr("This computer's clock is wrong: it is %1 behind the cloud's clock, so the cloud refuses "
                        "its requests. Correct the date and time (or turn on automatic time), then try again.")
              .arg(roughDuration(skewSeconds))
        : ApiResult::tr("This computer's clock is wrong: it is %1 ahead of the cloud's clock, so the cloud refuses "
                        "its requests. Correct the date and time (or turn on automatic time), then try again.")
              .arg(roughDuration(skewSeconds));
}
} // namespace

bool ApiResult::isRetryable() const
{
    switch (status) {
    case Status::Ok:
    case Status::BadReply:
        return false;
    case Status::NetworkError:
        return !certificateError;
    case Status::Timeout:
        return true;
    case Status::HttpError:
        return httpStatus >= 500;
    case Status::ApiError:
        // 4500 (replay) is added to PROTOCOL.md's list: Qt's HTTP stack resends a request whose connection
        // dropped before any answer, with the same nonce, and the cloud refuses that copy as a replay. It
        // is a transport failure in disguise; the retry has a fresh nonce and the same clientToken.
        // API 3.0 (PROTOCOL.md section 10): RequestLimitExceeded too; InternalError is class 6000.
        return codeDesc == "OperationFail.SystemBusy"_L1 || codeDesc.startsWith("RequestLimitExceeded"_L1) ||
               code == 6000 || code == 6200 || code == 4500;
    }
    return false;
}

QString ApiResult::errorName() const
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::ApiError:
        return codeDesc.isEmpty() ? QString::number(code) : codeDesc;
    case Status::HttpError:
        return u"HttpError"_s;
    case Status::NetworkError:
        return u"NetworkError"_s;
    case Status::Timeout:
        return u"Timeout"_s;
    case Status::BadReply:
        return u"BadReply"_s;
    }
    return {};
}

QString ApiResult::describe() const
{
    // The server's (or the transport's) own words are data: shown with their control characters escaped.
    const QString message = ServerText::shown(this->message);
    if (status != Status::Ok && clockSkewSeconds != 0) {
        const QString clock = clockSentence(clockSkewSeconds);
        if (status == Status::ApiError)
            return message.isEmpty() ? clock : tr("%1 (server: %2)").arg(clock, message);
        ApiResult withoutSkew = *this;
        withoutSkew.clockSkewSeconds = 0;
        return clock + u' ' + withoutSkew.describe();
    }
    switch (status) {
    case Status::Ok:
        return tr("Success.");
    case Status::ApiError: {
        QString known;
        for (const DescText &d : kDescTexts)
            if (codeDesc == QLatin1StringView(d.codeDesc))
                known = tr(d.text);
        if (known.isEmpty())
            for (const CodeText &c : kCodeTexts)
                if (c.code == code)
                    known = tr(c.text);
        if (known.isEmpty())
            known = tr("The cloud refused the request (code %1).").arg(code);
        return message.isEmpty() ? known : tr("%1 (server: %2)").arg(known, message);
    }
    case Status::HttpError:
        return tr("The endpoint answered HTTP %1 instead of an API reply.").arg(httpStatus);
    case Status::NetworkError:
        return tr("The endpoint could not be reached: %1").arg(message);
    case Status::Timeout:
        return tr("The endpoint did not answer in time.");
    case Status::BadReply:
        return tr("The endpoint's reply could not be read: %1").arg(message);
    }
    return {};
}

std::optional<qint64> ApiResult::parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value).simplified();
    if (const qsizetype comma = text.indexOf(u','); comma >= 0)
        text = text.mid(comma + 1).trimmed(); // the weekday adds nothing
    if (text.endsWith(" GMT"_L1) || text.endsWith(" UTC"_L1)) {
        QDateTime time = QLocale::c().toDateTime(text.chopped(4), u"d MMM yyyy HH:mm:ss"_s);
        if (!time.isValid())
            return std::nullopt;
        time.setTimeSpec(Qt::UTC); // the fields were read as local time; they are UTC
        return time.toSecsSinceEpoch();
    }
    const QDateTime time = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!time.isValid())
        return std::nullopt;
    return time.toSecsSinceEpoch();
}

void ApiResult::noteServerDate(const QByteArray &httpDate, qint64 localSecsSinceEpoch)
{
    clockSkewSeconds = 0;
    const std::optional<qint64> server = parseHttpDate(httpDate);
    if (!server)
        return;
    const qint64 skew = *server - localSecsSinceEpoch;
    // An expired request with the clocks a minute or more apart is the clock's
    // fault too; otherwise only a difference the API would refuse counts.
    const bool expired = status == Status::ApiError && code == 4200;
    if (std::abs(skew) > kClockSkewToleranceSeconds || (expired && std::abs(skew) >= 60))
        clockSkewSeconds = skew;
}
