#pragma once

#include "secrets/Credentials.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class CredentialStore;

// Which credentials a run uses, and where they came from.
struct ResolvedCredentials
{
    enum class Source { None, Environment, Profile };

    Source source = Source::None;
    QString profileName;     // for Source::Profile
    Credentials credentials; // complete when ok()
    QString error;           // when !ok(): one sentence naming the fix
    // The keychain has no backend: session-only credentials (environment,
    // or entered for this run and held in memory) are the way forward.
    bool sessionOnlyOffered = false;

    bool ok() const { return source != Source::None; }
    // "environment" or "profile NAME", for a status line or --json output.
    QString sourceText() const;
};

// CONTRACTS.md, "Where settings come from": TENCENTCLOUD_SECRET_ID and
// TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN) from the
// environment, then the profile named by --profile, then profile "default".
class CredentialResolver final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialResolver)

public:
    using Done = std::function<void(const ResolvedCredentials &result)>;

    // profileFlag is --profile's value, empty when not given. done runs
    // later, from the event loop, exactly once (unless store is deleted first).
    static void resolve(CredentialStore *store, const QString &profileFlag, Done done);

    // The environment's verdict: complete credentials, an error (only some
    // of the variables set), or nothing when none is set.
    static std::optional<ResolvedCredentials> fromEnvironment();
    static QString noCredentialsMessage();
};
