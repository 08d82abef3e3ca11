#pragma once

#include "secrets/Credentials.h"
#include "secrets/SecretStore.h"

#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// Credential profiles. A profile's name, SecretId and whether it has a
// session token live in the settings file (group "credentials"); its
// SecretKey and token live only in the SecretStore, as one entry under
// "profile/NAME". Everything that touches the store is asynchronous.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    struct Profile
    {
        QString name;
        QString secretId;
        bool hasSessionToken = false;
    };

    using Error = SecretStore::Error;
    using Done = std::function<void(Error error, const QString &message)>;
    using LoadDone = std::function<void(Error error, const Credentials &credentials, const QString &message)>;

    static constexpr const char *kDefaultProfile = "default";
    static constexpr int kMaxNameLength = 64;

    // Profiles in the product's settings, $XDG_CONFIG_HOME/cvm-purchaser/cvm-purchaser.conf on Linux.
    explicit CredentialStore(SecretStore *secrets, QObject *parent = nullptr);
    // Profiles in the given settings file.
    CredentialStore(SecretStore *secrets, const QString &settingsFile, QSettings::Format format,
                    QObject *parent = nullptr);
    // Session-only credentials, for a run without a keychain: profiles and
    // secrets are held in memory and never written anywhere.
    static CredentialStore *createSessionOnly(QObject *parent = nullptr);

    bool isSessionOnly() const { return m_sessionOnly; }
    SecretStore *secretStore() const { return m_secrets; }

    // Sorted by name.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;

    // Why a name cannot be a profile name, or an empty string when it can:
    // not empty, at most 64 characters, printable, no spaces at either end.
    static QString nameProblem(const QString &name);
    // Where a profile's secrets are kept in the SecretStore.
    static QString secretKeyFor(const QString &profileName);

    // Stores (or replaces) a profile: the SecretKey and token first, then the
    // settings entry, so that a listed profile always has its secret.
    void save(const QString &name, const Credentials &credentials, Done done);
    // Changes the SecretId of an existing profile, keeping its stored
    // SecretKey and token untouched (never read, never rewritten).
    void saveKeepingSecret(const QString &name, const QString &secretId, Done done);
    void load(const QString &name, LoadDone done);
    // Removes the secret, then the settings entry. A secret already gone is not a failure.
    void remove(const QString &name, Done done);

Q_SIGNALS:
    void profilesChanged();

private:
    CredentialStore(SecretStore *secrets, bool sessionOnly, QObject *parent);
    std::unique_ptr<QSettings> openSettings() const;
    bool storeProfiles(const QList<Profile> &list);
    bool writeProfile(const Profile &profile);
    bool eraseProfile(const QString &name);
    QString settingsProblem() const;
    void finishLater(Done done, Error error, const QString &message);
    QString storeMessage(Error error, const QString &storeText, const QString &name) const;

    SecretStore *m_secrets;
    bool m_sessionOnly = false;
    QString m_settingsFile; // empty: the product's settings
    QSettings::Format m_format = QSettings::NativeFormat;
    QList<Profile> m_memoryProfiles; // session-only
};
