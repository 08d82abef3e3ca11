#include "api/Endpoint.h"

#include "protocol/ApiProtocol.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

Endpoint::Endpoint(PurchaseOrder::Api api) : m_url(ApiProtocol::forApi(api).defaultUrl()), m_api(api) {}

bool Endpoint::isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Endpoint Endpoint::forApi(PurchaseOrder::Api api)
{
    return Endpoint(api);
}

Endpoint Endpoint::withApi(PurchaseOrder::Api api) const
{
    if (m_isDefault)
        return forApi(api);
    Endpoint e = *this;
    e.m_api = api;
    return e;
}

bool Endpoint::apiFromEnvironment(PurchaseOrder::Api *api, QString *error)
{
    const QString value = qEnvironmentVariable("CVM_PURCHASER_API");
    if (value.isEmpty())
        return true;
    const std::optional<PurchaseOrder::Api> parsed = PurchaseOrder::apiFromName(value);
    if (!parsed) {
        *error = tr("CVM_PURCHASER_API: \"%1\" is not an API version; use 2.0 or 3.0.").arg(value);
        return false;
    }
    *api = *parsed;
    return true;
}

bool Endpoint::fromUrl(const QString &text, Endpoint *endpoint, QString *error, PurchaseOrder::Api api)
{
    const QUrl url(text, QUrl::StrictMode);
    if (text.contains(u'@') || !url.userInfo().isEmpty()) {
        // Not repeated: what stands before the "@" may be a password.
        *error = tr("the URL carries a user name or password (\"user:password@\"); an endpoint never does: "
                    "credentials come from the keychain or the environment.");
        return false;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("\"%1\" is not a URL; give one like https://cvm.api.qcloud.com/v2/index.php.").arg(text);
        return false;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == "http"_L1 && !isLoopbackHost(url.host())) {
        *error = tr("\"%1\" uses http:// on a host that is not this machine; only loopback endpoints (127.0.0.1, ::1, "
                    "localhost) may use http://, every other endpoint must use https://.")
                     .arg(text);
        return false;
    }
    if (scheme != "http"_L1 && scheme != "https"_L1) {
        *error = tr("\"%1\" is not an http:// or https:// URL.").arg(text);
        return false;
    }
    endpoint->m_url = url;
    endpoint->m_api = api;
    endpoint->m_isDefault = url == ApiProtocol::forApi(api).defaultUrl();
    return true;
}

bool Endpoint::resolve(const std::optional<QString> &flagValue, Endpoint *endpoint, QString *error,
                       PurchaseOrder::Api api)
{
    if (flagValue) {
        if (flagValue->isEmpty()) {
            *error = tr("--endpoint: the value is empty; give a URL, or leave the flag out for the default.");
            return false;
        }
        if (fromUrl(*flagValue, endpoint, error, api))
            return true;
        *error = tr("--endpoint: %1").arg(*error);
        return false;
    }
    const QString fromEnv = qEnvironmentVariable("CVM_PURCHASER_ENDPOINT");
    if (!fromEnv.isEmpty()) {
        if (fromUrl(fromEnv, endpoint, error, api))
            return true;
        *error = tr("CVM_PURCHASER_ENDPOINT: %1").arg(*error);
        return false;
    }
    *endpoint = forApi(api);
    return true;
}

QUrl Endpoint::urlForAction(const QString &action) const
{
    return ApiProtocol::forApi(m_api).urlForAction(m_url, m_isDefault, action);
}
