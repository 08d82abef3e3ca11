// Credential profiles and where a run's credentials come from (CONTRACTS.md):
// environment, then --profile, then "default". Secrets in memory here; the
// real keychain is tst_keychain's business.
#include "keychain/KeychainTestHelpers.h"
#include "secrets/CredentialResolver.h"
#include "secrets/CredentialStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace KeychainTest;
using Error = SecretStore::Error;

namespace {
struct Environment
{
    QString secretId, secretKey, sessionToken;
};

void setEnvironment(const Environment &env)
{
    const std::pair<const char *, QString> variables[] = {{"TENCENTCLOUD_SECRET_ID", env.secretId},
                                                          {"TENCENTCLOUD_SECRET_KEY", env.secretKey},
                                                          {"TENCENTCLOUD_SESSION_TOKEN", env.sessionToken}};
    for (const auto &[name, value] : variables) {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value.toUtf8());
    }
}

ResolvedCredentials resolve(CredentialStore &store, const QString &profileFlag)
{
    ResolvedCredentials resolved;
    bool done = false;
    CredentialResolver::resolve(&store, profileFlag, [&](const ResolvedCredentials &r) {
        resolved = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kWaitMs))
        resolved.error = u"(the resolver never answered)"_s;
    return resolved;
}
} // namespace

Q_DECLARE_METATYPE(Environment)

class TestCredentials : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    QString settingsFile() const { return m_folder.filePath(u"cvm-purchaser.conf"_s); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_folder.isValid());
        QFile::remove(settingsFile());
        setEnvironment({});
    }
    void cleanup() { setEnvironment({}); }

    void precedence_data()
    {
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<QString>("profileFlag");
        QTest::addColumn<QString>("source");    // sourceText() when resolved
        QTest::addColumn<QString>("secretKey"); // the key that was chosen
        QTest::addColumn<QString>("error");     // a part of the error otherwise

        const Environment none;
        const Environment full{u"AKIDenv"_s, u"env-key"_s, {}};
        QTest::newRow("environment over --profile and default")
            << full << u"work"_s << u"environment"_s << u"env-key"_s << QString();
        QTest::newRow("environment with a session token")
            << Environment{u"AKIDenv"_s, u"env-key"_s, u"env-token"_s} << QString() << u"environment"_s
            << u"env-key"_s << QString();
        QTest::newRow("--profile over default")
            << none << u"work"_s << u"profile work"_s << u"work-key"_s << QString();
        QTest::newRow("default without --profile")
            << none << QString() << u"profile default"_s << u"default-key"_s << QString();
        QTest::newRow("empty variables count as unset")
            << Environment{u""_s, u""_s, u""_s} << QString() << u"profile default"_s << u"default-key"_s
            << QString();
        QTest::newRow("a missing --profile never falls back to default")
            << none << u"nope"_s << QString() << QString()
            << u"no credentials profile named \"nope\": run `cvm-purchaser-cli credentials set --profile nope`"_s;
        QTest::newRow("only the SecretId in the environment")
            << Environment{u"AKIDenv"_s, {}, {}} << QString() << QString() << QString()
            << u"TENCENTCLOUD_SECRET_ID is set but TENCENTCLOUD_SECRET_KEY is not"_s;
        QTest::newRow("only the SecretKey in the environment")
            << Environment{{}, u"env-key"_s, {}} << u"work"_s << QString() << QString()
            << u"TENCENTCLOUD_SECRET_KEY is set but TENCENTCLOUD_SECRET_ID is not"_s;
        QTest::newRow("a session token alone")
            << Environment{{}, {}, u"env-token"_s} << QString() << QString() << QString()
            << u"TENCENTCLOUD_SESSION_TOKEN is set without"_s;
        QTest::newRow("an unusable --profile name")
            << none << u" padded"_s << QString() << QString() << u"--profile: "_s;
    }

    void precedence()
    {
        QFETCH(Environment, environment);
        QFETCH(QString, profileFlag);
        QFETCH(QString, source);
        QFETCH(QString, secretKey);
        QFETCH(QString, error);

        MemorySecretStore secrets;
        CredentialStore store(&secrets, settingsFile(), QSettings::IniFormat);
        QCOMPARE(save(store, u"default"_s, {u"AKIDdefault"_s, u"default-key"_s, {}})->error, Error::None);
        QCOMPARE(save(store, u"work"_s, {u"AKIDwork"_s, u"work-key"_s, {}})->error, Error::None);
        setEnvironment(environment);

        const ResolvedCredentials resolved = resolve(store, profileFlag);
        if (error.isEmpty()) {
            QVERIFY2(resolved.ok(), qPrintable(resolved.error));
            QCOMPARE(resolved.sourceText(), source);
            QCOMPARE(resolved.credentials.secretKey, secretKey);
            QCOMPARE(resolved.credentials.sessionToken,
                     environment.sessionToken.isNull() ? QString() : environment.sessionToken);
        } else {
            QVERIFY(!resolved.ok());
            QVERIFY2(resolved.error.contains(error), qPrintable(resolved.error));
            QVERIFY(!resolved.sessionOnlyOffered);
            // An error message never quotes a secret.
            QVERIFY(!resolved.error.contains("-key"_L1));
        }
    }

    void noCredentialsAnywhereSaysHowToSetThem()
    {
        MemorySecretStore secrets;
        CredentialStore store(&secrets, settingsFile(), QSettings::IniFormat);
        const ResolvedCredentials resolved = resolve(store, {});
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error, u"no credentials: set TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY or run "
                                 "`cvm-purchaser-cli credentials set`"_s);
    }

    void profileWhoseKeyVanishedSaysSo()
    {
        MemorySecretStore secrets;
        CredentialStore store(&secrets, settingsFile(), QSettings::IniFormat);
        QCOMPARE(save(store, u"default"_s, {u"AKIDdefault"_s, u"default-key"_s, {}})->error, Error::None);
        QCOMPARE(remove(secrets, CredentialStore::secretKeyFor(u"default"_s))->error, Error::None);
        const ResolvedCredentials resolved = resolve(store, {});
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.error.contains("not in the system keychain"_L1), qPrintable(resolved.error));
    }

    void settingsHoldNamesAndSecretIdsOnly()
    {
        MemorySecretStore secrets;
        {
            CredentialStore store(&secrets, settingsFile(), QSettings::IniFormat);
            QSignalSpy changed(&store, &CredentialStore::profilesChanged);
            QCOMPARE(
                save(store, u"work"_s, {u"AKIDwork1234"_s, u"the-work-secret-key"_s, u"the-work-token"_s})
                    ->error,
                Error::None);
            QCOMPARE(changed.count(), 1);
        }
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("AKIDwork1234"));
        QVERIFY(!text.contains("the-work-secret-key"));
        QVERIFY(!text.contains("the-work-token"));
        // The secret entry holds the key and the token, under profile/NAME.
        const auto entry = read(secrets, u"profile/work"_s);
        QCOMPARE(entry->error, Error::None);
        QVERIFY(entry->secret.contains("the-work-secret-key"_L1));
        QVERIFY(entry->secret.contains("the-work-token"_L1));

        // Another store on the same file (a restart) lists it, with its token flag.
        CredentialStore again(&secrets, settingsFile(), QSettings::IniFormat);
        QCOMPARE(again.profiles().size(), 1);
        QCOMPARE(again.profiles().constFirst().secretId, u"AKIDwork1234"_s);
        QVERIFY(again.profiles().constFirst().hasSessionToken);
    }

    void profilesAreListedByName()
    {
        MemorySecretStore secrets;
        CredentialStore store(&secrets, settingsFile(), QSettings::IniFormat);
        for (const QString &name : {u"zeta"_s, u"alpha"_s, u"default"_s})
            QCOMPARE(save(store, name, {u"AKID"_s + name, u"key"_s, {}})->error, Error::None);
        QStringList names;
        for (const auto &profile : store.profiles())
            names.append(profile.name);
        QCOMPARE(names, (QStringList{u"alpha"_s, u"default"_s, u"zeta"_s}));
    }

    void keepingTheSecretChangesOnlyTheSecretId()
    {
        MemorySecretStore secrets;
        CredentialStore store(&secrets, settingsFile(), QSettings::IniFormat);
        QCOMPARE(save(store, u"work"_s, {u"AKIDold"_s, u"kept-key"_s, u"kept-token"_s})->error, Error::None);
        auto outcome = std::make_shared<Outcome>();
        store.saveKeepingSecret(u"work"_s, u"AKIDnew"_s, recordDone(outcome));
        QVERIFY(!outcome->done); // asynchronous, like every other operation
        wait(outcome);
        QCOMPARE(outcome->error, Error::None);
        const auto loaded = load(store, u"work"_s);
        QCOMPARE(loaded->credentials.secretId, u"AKIDnew"_s);
        QCOMPARE(loaded->credentials.secretKey, u"kept-key"_s);
        QCOMPARE(loaded->credentials.sessionToken, u"kept-token"_s);
    }

    void replacingTheKeyDropsAnOldToken()
    {
        MemorySecretStore secrets;
        CredentialStore store(&secrets, settingsFile(), QSettings::IniFormat);
        QCOMPARE(save(store, u"work"_s, {u"AKID"_s, u"old-key"_s, u"old-token"_s})->error, Error::None);
        QCOMPARE(save(store, u"work"_s, {u"AKID"_s, u"new-key"_s, {}})->error, Error::None);
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(!store.profiles().constFirst().hasSessionToken);
        const auto loaded = load(store, u"work"_s);
        QCOMPARE(loaded->credentials.secretKey, u"new-key"_s);
        QVERIFY(loaded->credentials.sessionToken.isEmpty());
    }

    void removeDeletesListAndSecret()
    {
        MemorySecretStore secrets;
        CredentialStore store(&secrets, settingsFile(), QSettings::IniFormat);
        QCOMPARE(save(store, u"work"_s, {u"AKID"_s, u"key"_s, {}})->error, Error::None);
        QCOMPARE(save(store, u"other"_s, {u"AKID2"_s, u"key2"_s, {}})->error, Error::None);
        QCOMPARE(removeProfile(store, u"work"_s)->error, Error::None);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(secrets.size(), 1);
        QCOMPARE(load(store, u"work"_s)->error, Error::NotFound);
        QCOMPARE(load(store, u"other"_s)->credentials.secretKey, u"key2"_s);
    }

    void keyStoredByHandIsUsable()
    {
        // An entry holding just the SecretKey (not our JSON) still loads.
        MemorySecretStore secrets;
        CredentialStore store(&secrets, settingsFile(), QSettings::IniFormat);
        QCOMPARE(save(store, u"work"_s, {u"AKID"_s, u"key"_s, {}})->error, Error::None);
        QCOMPARE(write(secrets, u"profile/work"_s, u"bare-key"_s)->error, Error::None);
        QCOMPARE(load(store, u"work"_s)->credentials.secretKey, u"bare-key"_s);
    }

    void nameValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem"); // empty when valid
        QTest::newRow("default") << u"default"_s << QString();
        QTest::newRow("with spaces inside") << u"my work"_s << QString();
        QTest::newRow("Chinese") << u"生产环境"_s << QString();
        QTest::newRow("slash") << u"team/prod"_s << QString();
        QTest::newRow("64 characters") << QString(64, u'a') << QString();
        QTest::newRow("empty") << QString() << u"Enter a profile name."_s;
        QTest::newRow("65 characters") << QString(65, u'a') << u"at most 64"_s;
        QTest::newRow("leading space") << u" work"_s << u"begin or end with a space"_s;
        QTest::newRow("trailing space") << u"work "_s << u"begin or end with a space"_s;
        QTest::newRow("newline") << u"wo\nrk"_s << u"printable"_s;
        QTest::newRow("tab") << u"wo\trk"_s << u"printable"_s;
    }

    void nameValidation()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        const QString found = CredentialStore::nameProblem(name);
        if (problem.isEmpty())
            QCOMPARE(found, QString());
        else
            QVERIFY2(found.contains(problem), qPrintable(found));

        // The store refuses what the rule refuses, and keeps what it accepts.
        MemorySecretStore secrets;
        CredentialStore store(&secrets, settingsFile(), QSettings::IniFormat);
        const auto saved = save(store, name, {u"AKID"_s, u"key"_s, {}});
        QCOMPARE(saved->error == Error::None, problem.isEmpty());
        if (problem.isEmpty()) {
            CredentialStore again(&secrets, settingsFile(), QSettings::IniFormat);
            QVERIFY(again.profile(name));
        } else {
            QCOMPARE(secrets.size(), 0);
        }
    }

    void incompleteCredentialsAreRefused_data()
    {
        QTest::addColumn<QString>("secretId");
        QTest::addColumn<QString>("secretKey");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no SecretId") << QString() << u"key"_s << u"SecretId"_s;
        QTest::newRow("blank SecretId") << u"   "_s << u"key"_s << u"SecretId"_s;
        QTest::newRow("no SecretKey") << u"AKID"_s << QString() << u"SecretKey"_s;
    }

    void incompleteCredentialsAreRefused()
    {
        QFETCH(QString, secretId);
        QFETCH(QString, secretKey);
        QFETCH(QString, problem);
        MemorySecretStore secrets;
        CredentialStore store(&secrets, settingsFile(), QSettings::IniFormat);
        const auto saved = save(store, u"work"_s, {secretId, secretKey, {}});
        QVERIFY(saved->error != Error::None);
        QVERIFY2(saved->message.contains(problem), qPrintable(saved->message));
        QVERIFY(store.profiles().isEmpty());
    }

    void keychainOutcomes_data()
    {
        QTest::addColumn<int>("keychainError");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<Error>("error");
        QTest::addColumn<bool>("retried");
        QTest::newRow("no error") << int(QKeychain::NoError) << QString() << Error::None << false;
        QTest::newRow("entry not found")
            << int(QKeychain::EntryNotFound) << u"Entry not found"_s << Error::NotFound << false;
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString() << Error::NoBackend
                                    << true;
        QTest::newRow("refused by the user")
            << int(QKeychain::AccessDeniedByUser) << QString() << Error::AccessDenied << false;
        QTest::newRow("locked") << int(QKeychain::AccessDenied) << u"Collection is locked"_s
                                << Error::AccessDenied << false;
        QTest::newRow("no bus socket")
            << int(QKeychain::OtherError) << u"Could not connect: No such file"_s << Error::NoBackend << true;
        QTest::newRow("no bus, no display")
            << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
            << Error::NoBackend << true;
        QTest::newRow("no Secret Service on the bus")
            << int(QKeychain::OtherError)
            << u"GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was "
               u"not "
               "provided by any .service files"_s
            << Error::NoBackend << true;
        QTest::newRow("daemon slow to answer")
            << int(QKeychain::OtherError)
            << u"GDBus.Error:org.freedesktop.DBus.Error.NoReply: Did not receive a reply"_s << Error::Other
            << true;
        QTest::newRow("prompt dismissed")
            << int(QKeychain::OtherError) << u"The operation was cancelled"_s << Error::AccessDenied << false;
        QTest::newRow("something else")
            << int(QKeychain::OtherError) << u"Unknown error"_s << Error::Other << false;
    }

    void keychainOutcomes()
    {
        QFETCH(int, keychainError);
        QFETCH(QString, detail);
        QFETCH(Error, error);
        QFETCH(bool, retried);
        const auto keychain = QKeychain::Error(keychainError);
        QCOMPARE(KeychainSecretStore::classify(keychain, detail), error);
        QCOMPARE(KeychainSecretStore::looksTransient(keychain, detail), retried);
        const QString message = KeychainSecretStore::describe(error, detail);
        QCOMPARE(message.isEmpty(), error == Error::None);
        if (error != Error::None && error != Error::NotFound && !detail.isEmpty())
            QVERIFY2(message.contains(detail), qPrintable(message)); // the backend's words stay as detail
    }

    void sessionOnlyStoreWritesNoFile()
    {
        const QStringList before = QDir(m_folder.path()).entryList(QDir::Files);
        CredentialStore *store = CredentialStore::createSessionOnly();
        const QString key = uniqueSecret(u"session-"_s);
        QCOMPARE(save(*store, u"default"_s, {u"AKIDsession"_s, key, {}})->error, Error::None);
        QCOMPARE(store->profiles().size(), 1);
        QCOMPARE(load(*store, u"default"_s)->credentials.secretKey, key);
        const QStringList folders = privateFolders();
        QVERIFY2(!folders.isEmpty(), kRunThroughCTest);
        QCOMPARE(filesContaining(folders, u"AKIDsession"_s), QStringList());
        QCOMPARE(filesContaining(folders, key), QStringList());
        QCOMPARE(QDir(m_folder.path()).entryList(QDir::Files), before);
        delete store;
    }

    void productSettingsLocation()
    {
        // CONTRACTS.md: settings under $XDG_CONFIG_HOME/cvm-purchaser/.
        const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
        QVERIFY2(!config.isEmpty(), kRunThroughCTest);
        MemorySecretStore secrets;
        CredentialStore store(&secrets);
        const QString profileName = u"location-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QCOMPARE(save(store, profileName, {u"AKIDlocation"_s, u"key"_s, {}})->error, Error::None);
        QFile file(config + u"/cvm-purchaser/cvm-purchaser.conf"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(profileName.toUtf8()));
        QCOMPARE(removeProfile(store, profileName)->error, Error::None);
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
