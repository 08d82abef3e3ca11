#include "protocol/ProfileApi.h"

#include "protocol/ApiProtocol.h"

#include <QSettings>
#include <QUrl>

#include <memory>

namespace {
std::unique_ptr<QSettings> settings()
{
    // The settings file of CredentialStore's profiles.
    return std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("cvm-purchaser"),
                                       QStringLiteral("cvm-purchaser"));
}

// Profile names may hold '/', which QSettings reads as a group separator.
QString keyFor(const QString &profile)
{
    return QStringLiteral("profileApi/") + QString::fromLatin1(QUrl::toPercentEncoding(profile));
}
} // namespace

PurchaseOrder::Api ProfileApi::read(const QString &profile, bool *isSet)
{
    const std::optional<PurchaseOrder::Api> api =
        PurchaseOrder::apiFromName(settings()->value(keyFor(profile)).toString());
    if (isSet)
        *isSet = api.has_value();
    return api.value_or(ApiProtocol::assumed().api());
}

bool ProfileApi::write(const QString &profile, PurchaseOrder::Api api)
{
    const auto s = settings();
    if (api == ApiProtocol::assumed().api())
        s->remove(keyFor(profile));
    else
        s->setValue(keyFor(profile), PurchaseOrder::apiName(api));
    s->sync();
    return s->status() == QSettings::NoError;
}

void ProfileApi::remove(const QString &profile)
{
    const auto s = settings();
    s->remove(keyFor(profile));
    s->sync();
}
