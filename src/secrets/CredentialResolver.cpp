#include "secrets/CredentialResolver.h"

#include "secrets/CredentialStore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

QString ResolvedCredentials::sourceText() const
{
    switch (source) {
    case Source::None:
        return {};
    case Source::Environment:
        return u"environment"_s;
    case Source::Profile:
        return u"profile "_s + profileName;
    }
    return {};
}

QString CredentialResolver::noCredentialsMessage()
{
    return tr("no credentials: set TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY or run "
              "`cvm-purchaser-cli credentials set`");
}

std::optional<ResolvedCredentials> CredentialResolver::fromEnvironment()
{
    const Credentials env = Credentials::fromEnvironment();
    ResolvedCredentials result;
    if (env.isComplete()) {
        result.source = ResolvedCredentials::Source::Environment;
        result.credentials = env;
        return result;
    }
    if (!env.secretId.isEmpty())
        result.error =
            tr("TENCENTCLOUD_SECRET_ID is set but TENCENTCLOUD_SECRET_KEY is not: set "
               "TENCENTCLOUD_SECRET_KEY too, or unset TENCENTCLOUD_SECRET_ID to use a stored profile");
    else if (!env.secretKey.isEmpty())
        result.error =
            tr("TENCENTCLOUD_SECRET_KEY is set but TENCENTCLOUD_SECRET_ID is not: set "
               "TENCENTCLOUD_SECRET_ID too, or unset TENCENTCLOUD_SECRET_KEY to use a stored profile");
    else if (!env.sessionToken.isEmpty())
        result.error = tr("TENCENTCLOUD_SESSION_TOKEN is set without TENCENTCLOUD_SECRET_ID and "
                          "TENCENTCLOUD_SECRET_KEY: set all three, or unset TENCENTCLOUD_SESSION_TOKEN");
    else
        return std::nullopt;
    return result;
}

void CredentialResolver::resolve(CredentialStore *store, const QString &profileFlag, Done done)
{
    const std::optional<ResolvedCredentials> environment = fromEnvironment();
    if (environment) {
        QTimer::singleShot(0, store, [done = std::move(done), result = *environment] { done(result); });
        return;
    }

    const bool chosen = !profileFlag.isEmpty();
    const QString name = chosen ? profileFlag : QString::fromLatin1(CredentialStore::kDefaultProfile);
    if (!store->profile(name)) {
        ResolvedCredentials result;
        if (!chosen)
            result.error = noCredentialsMessage();
        else if (const QString problem = CredentialStore::nameProblem(name); !problem.isEmpty())
            result.error = tr("--profile: %1").arg(problem);
        else
            // A profile asked for by name never silently becomes another one.
            result.error = tr("no credentials profile named \"%1\": run `cvm-purchaser-cli credentials set "
                              "--profile %1`, or choose one that `cvm-purchaser-cli credentials list` shows")
                               .arg(name);
        QTimer::singleShot(0, store, [done = std::move(done), result] { done(result); });
        return;
    }

    store->load(name, [name, done = std::move(done)](CredentialStore::Error error,
                                                     const Credentials &credentials, const QString &message) {
        ResolvedCredentials result;
        if (error == CredentialStore::Error::None) {
            result.source = ResolvedCredentials::Source::Profile;
            result.profileName = name;
            result.credentials = credentials;
        } else {
            result.error = tr("cannot read the credentials of profile \"%1\": %2").arg(name, message);
            if (error == CredentialStore::Error::NoBackend) {
                result.sessionOnlyOffered = true;
                result.error +=
                    u' ' +
                    tr("Session-only credentials work without it: set TENCENTCLOUD_SECRET_ID and "
                       "TENCENTCLOUD_SECRET_KEY for this run, or enter them in the Credentials dialog, where "
                       "they are kept in memory until the program ends.");
            }
        }
        done(result);
    });
}
