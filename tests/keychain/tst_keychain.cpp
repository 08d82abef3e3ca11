// The OS keychain as the product meets it. Run twice by CTest:
// CVM_KEYCHAIN_TEST_MODE=keychain against the Secret Service on the session
// bus (gnome-keyring inside dbus-run-session in CI), where an unreachable
// service is a failure, and CVM_KEYCHAIN_TEST_MODE=no-backend with the bus
// pointing nowhere, where the product must say so plainly and offer
// session-only credentials.
#include "keychain/KeychainTestHelpers.h"
#include "secrets/CredentialResolver.h"
#include "secrets/CredentialStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace KeychainTest;
using Error = SecretStore::Error;

namespace {
// Test entries live under their own service name, so that running this test
// against a developer's own keyring never touches the product's entries.
const QString kTestService = u"cvm-purchaser-test"_s;

QString settingsFileIn(const QString &folder)
{
    return folder + u"/cvm-purchaser/cvm-purchaser.conf"_s;
}

// Messages tests compare with: the plain words a person must read.
void verifyNoBackendWords(const QString &message)
{
    QVERIFY2(message.contains("system keychain is not available"_L1), qPrintable(message));
    QVERIFY2(message.contains("gnome-keyring"_L1), qPrintable(message));
    QVERIFY2(message.contains("session-only"_L1), qPrintable(message));
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    QString m_keyPrefix = u"test-"_s + QUuid::createUuid().toString(QUuid::Id128) + u'/';
    QStringList m_keysWritten;

    QString key(const QString &name)
    {
        const QString k = m_keyPrefix + name;
        m_keysWritten.append(k);
        return k;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"cvm.keychain.debug=true"_s);
        // CI runs this inside dbus-run-session with an unlocked gnome-keyring:
        // a keychain test that cannot reach it must fail, not pass by skipping.
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "No session bus: run the keychain tests inside dbus-run-session with gnome-keyring-daemon "
                 "unlocked (see README), as CI does.");
        KeychainSecretStore store(kTestService);
        const QString probe = uniqueSecret(u"probe-"_s);
        const auto written = write(store, key(u"probe"_s), probe);
        QVERIFY2(written->done, "The Secret Service did not answer in time.");
        QVERIFY2(
            written->error == Error::None,
            qPrintable(
                u"The Secret Service is unreachable: "_s + written->message +
                u"\nRun the keychain tests inside dbus-run-session with gnome-keyring-daemon unlocked."_s));
        const auto back = read(store, key(u"probe"_s));
        QCOMPARE(back->error, Error::None);
        QCOMPARE(back->secret, probe);
    }

    void cleanupTestCase()
    {
        KeychainSecretStore store(kTestService);
        for (const QString &k : std::as_const(m_keysWritten))
            remove(store, k);
    }

    void productServiceName()
    {
        // Entries written by one version must be found by the next.
        QCOMPARE(KeychainSecretStore().service(), u"cvm-purchaser"_s);
    }

    void writeAndReadBack_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("SecretKey") << uniqueSecret(u"Gu5t9xGARNpq86cd98joQYCN3"_s);
        QTest::newRow("JSON entry") << u"{\"secretKey\":\"%1\",\"sessionToken\":\"tok\"}"_s.arg(
            uniqueSecret({}));
        QTest::newRow("not ASCII") << uniqueSecret(u"密钥-ключ-€-"_s);
        QTest::newRow("4 KiB token") << QString(4096, u'x') + uniqueSecret({});
    }

    void writeAndReadBack()
    {
        QFETCH(QString, secret);
        const QString k = key(QString::fromLatin1(QTest::currentDataTag()));
        KeychainSecretStore store(kTestService);
        const auto written = write(store, k, secret);
        QVERIFY(written->done);
        QVERIFY2(written->error == Error::None, qPrintable(written->message));
        // Another store object, as after a restart: the secret comes from the keyring, not from memory.
        KeychainSecretStore again(kTestService);
        const auto back = read(again, k);
        QVERIFY(back->done);
        QVERIFY2(back->error == Error::None, qPrintable(back->message));
        QCOMPARE(back->secret, secret);
    }

    void overwriteKeepsOnlyTheNewSecret()
    {
        KeychainSecretStore store(kTestService);
        const QString k = key(u"overwrite"_s);
        QCOMPARE(write(store, k, u"first-secret"_s)->error, Error::None);
        QCOMPARE(write(store, k, u"second-secret"_s)->error, Error::None);
        const auto back = read(store, k);
        QCOMPARE(back->error, Error::None);
        QCOMPARE(back->secret, u"second-secret"_s);
    }

    void removedSecretIsGone()
    {
        KeychainSecretStore store(kTestService);
        const QString k = key(u"remove"_s);
        QCOMPARE(write(store, k, u"doomed-secret"_s)->error, Error::None);
        const auto removed = remove(store, k);
        QVERIFY(removed->done);
        QVERIFY2(removed->error == Error::None, qPrintable(removed->message));
        const auto back = read(store, k);
        QCOMPARE(back->error, Error::NotFound);
        QVERIFY(back->secret.isEmpty());
    }

    void missingEntryIsNotFoundNotAFailure()
    {
        KeychainSecretStore store(kTestService);
        const auto back = read(store, key(u"never-written"_s));
        QVERIFY(back->done);
        QCOMPARE(back->error, Error::NotFound);
        QVERIFY(!back->message.contains("not available"_L1));
        // Removing what is not there is not an error either.
        const auto removed = remove(store, key(u"never-written-either"_s));
        QVERIFY(removed->error == Error::None || removed->error == Error::NotFound);
    }

    void profileSurvivesARestartAndLivesOnlyInTheKeyring()
    {
        const QString settingsFolder = qEnvironmentVariable("XDG_CONFIG_HOME");
        QVERIFY2(!settingsFolder.isEmpty(), kRunThroughCTest);
        const QString profileName = u"restart-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
        const Credentials saved{uniqueSecret(u"AKID"_s), uniqueSecret(u"SecretKey-"_s),
                                uniqueSecret(u"Token-"_s)};
        {
            KeychainSecretStore secrets(kTestService);
            CredentialStore store(&secrets, settingsFileIn(settingsFolder), QSettings::IniFormat);
            const auto result = save(store, profileName, saved);
            QVERIFY(result->done);
            QVERIFY2(result->error == Error::None, qPrintable(result->message));
        }
        m_keysWritten.append(CredentialStore::secretKeyFor(profileName));

        // A new process would build these anew: the profile is listed and loads.
        KeychainSecretStore secrets(kTestService);
        CredentialStore store(&secrets, settingsFileIn(settingsFolder), QSettings::IniFormat);
        const std::optional<CredentialStore::Profile> listed = store.profile(profileName);
        QVERIFY(listed);
        QCOMPARE(listed->secretId, saved.secretId);
        QVERIFY(listed->hasSessionToken);
        const auto loaded = load(store, profileName);
        QVERIFY2(loaded->error == Error::None, qPrintable(loaded->message));
        QCOMPARE(loaded->credentials.secretId, saved.secretId);
        QCOMPARE(loaded->credentials.secretKey, saved.secretKey);
        QCOMPARE(loaded->credentials.sessionToken, saved.sessionToken);

        // On disk: the SecretId is in the settings file (so the search does
        // find what is there), the SecretKey and the token nowhere.
        const QStringList folders = privateFolders();
        QVERIFY2(!folders.isEmpty(), kRunThroughCTest);
        QVERIFY(filesContaining(folders, saved.secretId).contains(settingsFileIn(settingsFolder)));
        QCOMPARE(filesContaining(folders, saved.secretKey), QStringList());
        QCOMPARE(filesContaining(folders, saved.sessionToken), QStringList());

        // Runs share this HOME: leave no profile behind.
        QCOMPARE(removeProfile(store, profileName)->error, Error::None);
    }

    void deletedProfileLeavesTheKeyring()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        KeychainSecretStore secrets(kTestService);
        CredentialStore store(&secrets, settingsFileIn(folder.path()), QSettings::IniFormat);
        const QString name = u"delete-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_keysWritten.append(CredentialStore::secretKeyFor(name));
        QCOMPARE(save(store, name, {u"AKIDdelete"_s, uniqueSecret(u"key-"_s), {}})->error, Error::None);
        QVERIFY(store.profile(name));

        const auto removed = removeProfile(store, name);
        QVERIFY2(removed->error == Error::None, qPrintable(removed->message));
        QVERIFY(!store.profile(name));
        // Not just unlisted: the keyring no longer holds the key.
        QCOMPARE(read(secrets, CredentialStore::secretKeyFor(name))->error, Error::NotFound);
        QCOMPARE(load(store, name)->error, Error::NotFound);
    }

    void resolverUsesTheKeychainProfile()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        KeychainSecretStore secrets(kTestService);
        CredentialStore store(&secrets, settingsFileIn(folder.path()), QSettings::IniFormat);
        const QString name = u"resolve-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_keysWritten.append(CredentialStore::secretKeyFor(name));
        const Credentials saved{u"AKIDresolve"_s, uniqueSecret(u"key-"_s), {}};
        QCOMPARE(save(store, name, saved)->error, Error::None);

        ResolvedCredentials resolved;
        bool done = false;
        CredentialResolver::resolve(&store, name, [&](const ResolvedCredentials &r) {
            resolved = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error));
        QCOMPARE(resolved.sourceText(), u"profile "_s + name);
        QCOMPARE(resolved.credentials.secretKey, saved.secretKey);
    }

    void keychainLogNamesKeysNeverSecrets()
    {
        LogCapture log;
        KeychainSecretStore secrets(kTestService);
        const QString secret = uniqueSecret(u"logged-"_s);
        const QString k = key(u"log"_s);
        QCOMPARE(write(secrets, k, secret)->error, Error::None);
        QCOMPARE(read(secrets, k)->secret, secret);
        QCOMPARE(remove(secrets, k)->error, Error::None);
        QVERIFY2(log.all().contains(k), qPrintable(log.all())); // the log does tell what happened
        QVERIFY2(!log.all().contains(secret), qPrintable(log.all()));
    }
};

class TestNoKeychainBackend : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        QLoggingCategory::setFilterRules(u"cvm.keychain.debug=true"_s);
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains("/nonexistent/"_L1),
                 "The no-backend run needs DBUS_SESSION_BUS_ADDRESS pointing at a bus that does not exist.");
    }

    void everyOperationSaysThereIsNoKeychain_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("write") << u"write"_s;
        QTest::newRow("read") << u"read"_s;
        QTest::newRow("remove") << u"remove"_s;
    }

    void everyOperationSaysThereIsNoKeychain()
    {
        QFETCH(QString, operation);
        KeychainSecretStore store(u"cvm-purchaser-test"_s);
        store.setRetryDelay(300);
        LogCapture log;
        QElapsedTimer clock;
        clock.start();
        const QString secret = uniqueSecret(u"unsaved-"_s);
        OutcomePtr outcome = operation == "write"_L1  ? write(store, u"profile/x"_s, secret)
                             : operation == "read"_L1 ? read(store, u"profile/x"_s)
                                                      : remove(store, u"profile/x"_s);
        QVERIFY(outcome->done);
        QCOMPARE(outcome->error, Error::NoBackend);
        verifyNoBackendWords(outcome->message);
        QVERIFY(!outcome->message.contains(secret));
        // A keyring daemon that is slow to start gets exactly one more try.
        QCOMPARE(log.all().count("trying once more"_L1), 1);
        QVERIFY(clock.elapsed() >= 300);
    }

    void savingAProfileFailsPlainlyAndWritesNothing()
    {
        KeychainSecretStore secrets;
        const QString settingsFile = settingsFileIn(m_folder.path());
        CredentialStore store(&secrets, settingsFile, QSettings::IniFormat);
        const Credentials credentials{uniqueSecret(u"AKID"_s), uniqueSecret(u"key-"_s), {}};
        const auto saved = save(store, u"default"_s, credentials);
        QVERIFY(saved->done);
        QCOMPARE(saved->error, Error::NoBackend);
        verifyNoBackendWords(saved->message);
        QVERIFY(store.profiles().isEmpty());
        // No fallback file: neither the key nor even the profile reached the disk.
        QVERIFY(!QFileInfo::exists(settingsFile));
        QVERIFY2(!privateFolders().isEmpty(), kRunThroughCTest);
        QCOMPARE(filesContaining(privateFolders() << m_folder.path(), credentials.secretKey), QStringList());
    }

    void resolverOffersSessionOnlyCredentials()
    {
        // A profile saved earlier, on a desktop session, is listed in the settings...
        const QString settingsFile = settingsFileIn(m_folder.path());
        {
            MemorySecretStore earlier;
            CredentialStore writer(&earlier, settingsFile, QSettings::IniFormat);
            QCOMPARE(save(writer, u"default"_s, {u"AKIDearlier"_s, u"earlier-key"_s, {}})->error,
                     Error::None);
        }
        // ...but this run has no keychain to read its key from.
        KeychainSecretStore secrets;
        CredentialStore store(&secrets, settingsFile, QSettings::IniFormat);
        QVERIFY(store.profile(u"default"_s));
        ResolvedCredentials resolved;
        bool done = false;
        CredentialResolver::resolve(&store, {}, [&](const ResolvedCredentials &r) {
            resolved = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
        QVERIFY(!resolved.ok());
        QVERIFY(resolved.sessionOnlyOffered);
        verifyNoBackendWords(resolved.error);
        QVERIFY2(resolved.error.contains("TENCENTCLOUD_SECRET_ID"_L1), qPrintable(resolved.error));

        // Session-only credentials work for this run and touch no file.
        const QDateTime before = QFileInfo(settingsFile).lastModified();
        CredentialStore *session = CredentialStore::createSessionOnly(this);
        QVERIFY(session->isSessionOnly());
        const Credentials typed{uniqueSecret(u"AKIDsession"_s), uniqueSecret(u"session-key-"_s), {}};
        QCOMPARE(save(*session, u"default"_s, typed)->error, Error::None);
        const auto loaded = load(*session, u"default"_s);
        QCOMPARE(loaded->error, Error::None);
        QCOMPARE(loaded->credentials.secretKey, typed.secretKey);

        bool sessionDone = false;
        CredentialResolver::resolve(session, {}, [&](const ResolvedCredentials &r) {
            resolved = r;
            sessionDone = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(sessionDone, kWaitMs);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error));
        QCOMPARE(resolved.credentials.secretKey, typed.secretKey);

        QCOMPARE(QFileInfo(settingsFile).lastModified(), before);
        QVERIFY2(!privateFolders().isEmpty(), kRunThroughCTest);
        const QStringList folders = privateFolders() << m_folder.path();
        QCOMPARE(filesContaining(folders, typed.secretKey), QStringList());
        QCOMPARE(filesContaining(folders, typed.secretId), QStringList());
        delete session;
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString mode = qEnvironmentVariable("CVM_KEYCHAIN_TEST_MODE", u"keychain"_s);
    if (mode == "keychain"_L1) {
        TestKeychain test;
        return QTest::qExec(&test, argc, argv);
    }
    if (mode == "no-backend"_L1) {
        TestNoKeychainBackend test;
        return QTest::qExec(&test, argc, argv);
    }
    qCritical("CVM_KEYCHAIN_TEST_MODE must be \"keychain\" or \"no-backend\", not \"%s\"",
              qUtf8Printable(mode));
    return 2;
}

#include "tst_keychain.moc"
