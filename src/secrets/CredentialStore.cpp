#include "secrets/CredentialStore.h"

#include "secrets/KeychainLogging.h"
#include "secrets/MemorySecretStore.h"
#include "settings/AppSettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr auto kGroup = "credentials"_L1;
constexpr auto kArray = "profiles"_L1;
constexpr auto kName = "name"_L1;
constexpr auto kSecretId = "secretId"_L1;
constexpr auto kHasSessionToken = "hasSessionToken"_L1;
constexpr auto kJsonSecretKey = "secretKey"_L1;
constexpr auto kJsonSessionToken = "sessionToken"_L1;

// The SecretKey and token as one keychain entry: one write, one prompt.
QString encodeSecret(const Credentials &credentials)
{
    QJsonObject object{{kJsonSecretKey, credentials.secretKey}};
    if (!credentials.sessionToken.isEmpty())
        object.insert(kJsonSessionToken, credentials.sessionToken);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// An entry that is not our JSON is taken as a bare SecretKey: a SecretKey
// never starts with "{", and a key stored by hand stays usable.
bool decodeSecret(const QString &text, Credentials *credentials)
{
    if (!text.startsWith(u'{')) {
        credentials->secretKey = text;
        return !text.isEmpty();
    }
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    credentials->secretKey = object.value(kJsonSecretKey).toString();
    credentials->sessionToken = object.value(kJsonSessionToken).toString();
    return !credentials->secretKey.isEmpty();
}
} // namespace

CredentialStore::CredentialStore(SecretStore *secrets, bool sessionOnly, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_sessionOnly(sessionOnly)
{
}

CredentialStore::CredentialStore(SecretStore *secrets, QObject *parent)
    : CredentialStore(secrets, false, parent)
{
}

CredentialStore::CredentialStore(SecretStore *secrets, const QString &settingsFile, QSettings::Format format,
                                 QObject *parent)
    : CredentialStore(secrets, false, parent)
{
    m_settingsFile = settingsFile;
    m_format = format;
}

CredentialStore *CredentialStore::createSessionOnly(QObject *parent)
{
    auto *store = new CredentialStore(nullptr, true, parent);
    store->m_secrets = new MemorySecretStore(store);
    return store;
}

std::unique_ptr<QSettings> CredentialStore::openSettings() const
{
    if (m_settingsFile.isEmpty())
        return openAppSettings();
    return std::make_unique<QSettings>(m_settingsFile, m_format);
}

QList<CredentialStore::Profile> CredentialStore::profiles() const
{
    QList<Profile> list;
    if (m_sessionOnly) {
        list = m_memoryProfiles;
    } else {
        // Read afresh each time: the CLI or another window may have changed the file.
        const auto settings = openSettings();
        settings->beginGroup(kGroup);
        const int size = settings->beginReadArray(kArray);
        for (int i = 0; i < size; ++i) {
            settings->setArrayIndex(i);
            Profile profile{settings->value(kName).toString(), settings->value(kSecretId).toString(),
                            settings->value(kHasSessionToken).toBool()};
            if (nameProblem(profile.name).isEmpty())
                list.append(profile);
        }
        settings->endArray();
        settings->endGroup();
    }
    std::sort(list.begin(), list.end(), [](const Profile &a, const Profile &b) { return a.name < b.name; });
    return list;
}

std::optional<CredentialStore::Profile> CredentialStore::profile(const QString &name) const
{
    const QList<Profile> list = profiles();
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [&name](const Profile &p) { return p.name == name; });
    if (it == list.cend())
        return std::nullopt;
    return *it;
}

QString CredentialStore::nameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a profile name.");
    if (name.size() > kMaxNameLength)
        return tr("A profile name has at most %1 characters.").arg(kMaxNameLength);
    if (name.front().isSpace() || name.back().isSpace())
        return tr("A profile name cannot begin or end with a space.");
    for (const QChar c : name)
        if (!c.isPrint())
            return tr("A profile name can only contain printable characters.");
    return {};
}

QString CredentialStore::secretKeyFor(const QString &profileName)
{
    return u"profile/"_s + profileName;
}

bool CredentialStore::storeProfiles(const QList<Profile> &list)
{
    if (m_sessionOnly) {
        m_memoryProfiles = list;
    } else {
        const auto settings = openSettings();
        settings->beginGroup(kGroup);
        settings->remove(kArray);
        settings->beginWriteArray(kArray, int(list.size()));
        for (int i = 0; i < list.size(); ++i) {
            settings->setArrayIndex(i);
            settings->setValue(kName, list[i].name);
            settings->setValue(kSecretId, list[i].secretId);
            settings->setValue(kHasSessionToken, list[i].hasSessionToken);
        }
        settings->endArray();
        settings->endGroup();
        settings->sync();
        if (settings->status() != QSettings::NoError) {
            qCWarning(lcKeychain, "the settings file %s could not be written",
                      qUtf8Printable(settings->fileName()));
            return false;
        }
    }
    Q_EMIT profilesChanged();
    return true;
}

bool CredentialStore::writeProfile(const Profile &profile)
{
    QList<Profile> list = profiles();
    const auto it =
        std::find_if(list.begin(), list.end(), [&](const Profile &p) { return p.name == profile.name; });
    if (it != list.end())
        *it = profile;
    else
        list.append(profile);
    return storeProfiles(list);
}

bool CredentialStore::eraseProfile(const QString &name)
{
    QList<Profile> list = profiles();
    list.removeIf([&name](const Profile &p) { return p.name == name; });
    return storeProfiles(list);
}

QString CredentialStore::settingsProblem() const
{
    return tr("The profile list could not be written to %1: check that the folder exists and can be written.")
        .arg(openSettings()->fileName());
}

void CredentialStore::finishLater(Done done, Error error, const QString &message)
{
    QTimer::singleShot(0, this, [done = std::move(done), error, message] { done(error, message); });
}

QString CredentialStore::storeMessage(Error error, const QString &storeText, const QString &name) const
{
    switch (error) {
    case Error::None:
        return {};
    case Error::NotFound:
        return tr("The SecretKey of profile “%1” is not in the system keychain: enter the profile's "
                  "credentials again.")
            .arg(name);
    case Error::NoBackend:
    case Error::AccessDenied:
    case Error::Other:
        break;
    }
    if (!storeText.isEmpty())
        return storeText;
    return error == Error::NoBackend      ? tr("The system keychain is not available.")
           : error == Error::AccessDenied ? tr("The system keychain refused access.")
                                          : tr("The system keychain reported an error.");
}

void CredentialStore::save(const QString &name, const Credentials &credentials, Done done)
{
    QString problem = nameProblem(name);
    if (problem.isEmpty() && credentials.secretId.trimmed().isEmpty())
        problem = tr("Enter the SecretId.");
    if (problem.isEmpty() && credentials.secretKey.isEmpty())
        problem = tr("Enter the SecretKey.");
    if (!problem.isEmpty()) {
        finishLater(std::move(done), Error::Other, problem);
        return;
    }
    const Profile profile{name, credentials.secretId.trimmed(), !credentials.sessionToken.isEmpty()};
    QPointer<CredentialStore> self(this);
    m_secrets->write(secretKeyFor(name), encodeSecret(credentials),
                     [self, profile, done = std::move(done)](Error error, const QString &message) {
                         if (!self)
                             return;
                         if (error != Error::None) {
                             done(error, self->storeMessage(error, message, profile.name));
                             return;
                         }
                         if (!self->writeProfile(profile)) {
                             done(Error::Other, self->settingsProblem());
                             return;
                         }
                         qCDebug(lcKeychain, "profile \"%s\" saved", qUtf8Printable(profile.name));
                         done(Error::None, {});
                     });
}

void CredentialStore::saveKeepingSecret(const QString &name, const QString &secretId, Done done)
{
    std::optional<Profile> existing = profile(name);
    if (!existing) {
        finishLater(std::move(done), Error::NotFound, tr("There is no profile named “%1”.").arg(name));
        return;
    }
    if (secretId.trimmed().isEmpty()) {
        finishLater(std::move(done), Error::Other, tr("Enter the SecretId."));
        return;
    }
    existing->secretId = secretId.trimmed();
    const bool written = writeProfile(*existing);
    finishLater(std::move(done), written ? Error::None : Error::Other,
                written ? QString() : settingsProblem());
}

void CredentialStore::load(const QString &name, LoadDone done)
{
    const std::optional<Profile> found = profile(name);
    if (!found) {
        const QString message = tr("There is no profile named “%1”.").arg(name);
        QTimer::singleShot(0, this,
                           [done = std::move(done), message] { done(Error::NotFound, {}, message); });
        return;
    }
    QPointer<CredentialStore> self(this);
    m_secrets->read(secretKeyFor(name), [self, profile = *found, done = std::move(done)](
                                            Error error, const QString &secret, const QString &message) {
        if (!self)
            return;
        if (error != Error::None) {
            done(error, {}, self->storeMessage(error, message, profile.name));
            return;
        }
        Credentials credentials;
        credentials.secretId = profile.secretId;
        if (!decodeSecret(secret, &credentials)) {
            done(Error::Other, {},
                 tr("The keychain entry of profile “%1” cannot be read: enter the profile's credentials "
                    "again.")
                     .arg(profile.name));
            return;
        }
        done(Error::None, credentials, {});
    });
}

void CredentialStore::remove(const QString &name, Done done)
{
    QPointer<CredentialStore> self(this);
    m_secrets->remove(secretKeyFor(name),
                      [self, name, done = std::move(done)](Error error, const QString &message) {
                          if (!self)
                              return;
                          if (error != Error::None && error != Error::NotFound) {
                              done(error, self->storeMessage(error, message, name));
                              return;
                          }
                          if (!self->eraseProfile(name)) {
                              done(Error::Other, self->settingsProblem());
                              return;
                          }
                          qCDebug(lcKeychain, "profile \"%s\" removed", qUtf8Printable(name));
                          done(Error::None, {});
                      });
}
