#include "secrets/Redaction.h"

using namespace Qt::StringLiterals;

namespace Redaction {

QString maskSecretId(const QString &secretId)
{
    const QString dots(8, u'*');
    if (secretId.size() < 8)
        return secretId.isEmpty() ? QString() : dots;
    return dots + secretId.right(4);
}

bool isSecretParameter(const QString &name)
{
    static constexpr QLatin1StringView kSecretNames[] = {"signature"_L1, "secretkey"_L1, "token"_L1,
                                                         "password"_L1, "sessiontoken"_L1};
    const QStringView last = QStringView(name).mid(name.lastIndexOf(u'.') + 1);
    for (QLatin1StringView secret : kSecretNames)
        if (last.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

ApiParams redactParams(const ApiParams &params)
{
    ApiParams redacted = params;
    for (auto &param : redacted)
        if (isSecretParameter(param.first))
            param.second = QString::fromUtf16(kMask);
    return redacted;
}

QString redactSecrets(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets)
        if (!secret.isEmpty())
            text.replace(secret, QString::fromUtf16(kMask));
    return text;
}

} // namespace Redaction
