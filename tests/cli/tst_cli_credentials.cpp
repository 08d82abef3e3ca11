// cvm-purchaser-cli credentials set/list/delete against the real Secret
// Service (gnome-keyring in dbus-run-session, as CI runs every test), a
// terminal that must not echo what is typed, and a session with no keychain.
#include "cli/CliTestSupport.h"
#include "common/ContractsExample.h"
#include "secrets/CredentialStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QRandomGenerator>
#include <QUuid>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using CliTest::Result;
using CliTest::Sandbox;

namespace {
const QString kNoBus = u"unix:path=/nonexistent/bus"_s;

QString randomText(int length)
{
    static const QString alphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"_s;
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    return out;
}

// What the keychain holds under the product's service for key, or the error.
SecretStore::Error keychainHolds(const QString &key)
{
    KeychainSecretStore keychain;
    bool answered = false;
    SecretStore::Error error = SecretStore::Error::Other;
    keychain.read(key, [&](SecretStore::Error e, const QString &, const QString &) {
        error = e;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 20'000))
        return SecretStore::Error::Other;
    return error;
}
} // namespace

class TestCliCredentials : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<CliTest::Cli> m_cli;
    QStringList m_profiles; // removed from the keychain after each test

    QString home() const { return m_home->path(); }
    QString profileName()
    {
        const QString name = u"cli-test-"_s + randomText(8);
        m_profiles.append(name);
        return name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        // The keychain is part of what is tested: a missing one fails these tests, never skips them.
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "Run inside dbus-run-session with an unlocked gnome-keyring (see README.md).");
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_cli = std::make_unique<CliTest::Cli>(m_home->path());
        m_profiles.clear();
    }

    void cleanup()
    {
        for (const QString &name : std::as_const(m_profiles))
            m_cli->run({u"credentials"_s, u"delete"_s, u"--profile"_s, name});
        m_cli.reset();
        m_home.reset();
    }

    void profileSpeaksApi3()
    {
        const QString name = profileName();
        const QString secretId = u"AKIDapi3"_s + randomText(20) + u"V3V3"_s;
        const QString secretKey = u"api3Key"_s + randomText(25);
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--secret-id"_s, secretId, u"--secret-key"_s, secretKey, u"--running-after"_s, u"1"_s}));
        const Result badApi = m_cli->run({u"credentials"_s, u"set"_s, u"--profile"_s, name, u"--api"_s, u"4"_s},
                                         (secretId + u'\n' + secretKey + u'\n').toUtf8());
        QCOMPARE(badApi.exitCode, 2);
        const Result set = m_cli->run({u"credentials"_s, u"set"_s, u"--profile"_s, name, u"--api"_s, u"3.0"_s},
                                      (secretId + u'\n' + secretKey + u'\n').toUtf8());
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        const Result list = m_cli->run({u"credentials"_s, u"list"_s});
        QCOMPARE(list.out, name + u'\t' + QString(8, u'*') + u"V3V3\tAPI 3.0\n"_s);

        // Buy with a 3.0 template, then ask for the instance from a home without the journal:
        // the profile's API is the one status speaks.
        QJsonObject order = QJsonDocument::fromJson(kContractsExampleV3).object();
        const QString v3Url = u"http://127.0.0.1:%1/"_s.arg(sandbox.port());
        const Result bought = m_cli->run({u"purchase"_s, CliTest::writeTemplate(home() + u"/t3.json"_s, order),
                                          u"--profile"_s, name, u"--json"_s, u"--no-wait"_s, u"--endpoint"_s, v3Url});
        QVERIFY2(bought.exitCode == 0, qPrintable(bought.describe()));
        const QString id = bought.events.first().value(u"instanceIds"_s).toArray().first().toString();
        QFile::remove(m_cli->journalPath());
        const Result status = m_cli->run({u"status"_s, u"--profile"_s, name, u"--region"_s, u"ap-guangzhou"_s,
                                          u"--endpoint"_s, v3Url, u"--json"_s, id});
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        QCOMPARE(status.eventsNamed(u"state"_s).first().value(u"status"_s).toString(), u"running"_s);

        // Stored again without --api, a profile keeps the API it speaks; the legacy API 2.0 prints as it always
        // did.
        QCOMPARE(m_cli->run({u"credentials"_s, u"set"_s, u"--profile"_s, name, u"--api"_s, u"2.0"_s},
                            (secretId + u'\n' + secretKey + u'\n').toUtf8())
                     .exitCode,
                 0);
        QVERIFY(m_cli->run({u"credentials"_s, u"set"_s, u"--profile"_s, name},
                           (secretId + u'\n' + secretKey + u'\n').toUtf8())
                    .exitCode == 0);
        QCOMPARE(m_cli->run({u"credentials"_s, u"list"_s}).out,
                 name + u'\t' + QString(8, u'*') + u"V3V3\n"_s);
        // Deleted and stored again, it is a new profile, which speaks today's API, 3.0.
        QCOMPARE(m_cli->run({u"credentials"_s, u"delete"_s, u"--profile"_s, name}).exitCode, 0);
        const Result anew = m_cli->run({u"credentials"_s, u"set"_s, u"--profile"_s, name},
                                       (secretId + u'\n' + secretKey + u'\n').toUtf8());
        QVERIFY2(anew.exitCode == 0, qPrintable(anew.describe()));
        QVERIFY2(anew.out.contains("speaks API 3.0"_L1), qPrintable(anew.describe()));
        QCOMPARE(m_cli->run({u"credentials"_s, u"list"_s}).out,
                 name + u'\t' + QString(8, u'*') + u"V3V3\tAPI 3.0\n"_s);
    }

    void setListUseDelete()
    {
        const QString name = profileName();
        const QString secretId = u"AKIDcli"_s + randomText(22) + u"WXYZ"_s;
        const QString secretKey = u"cliKey"_s + randomText(26);
        Sandbox sandbox;
        QVERIFY(sandbox.start(
            {u"--secret-id"_s, secretId, u"--secret-key"_s, secretKey, u"--running-after"_s, u"1"_s}));

        const Result set = m_cli->run({u"credentials"_s, u"set"_s, u"--profile"_s, name},
                                      (secretId + u'\n' + secretKey + u'\n').toUtf8());
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        QCOMPARE(keychainHolds(CredentialStore::secretKeyFor(name)), SecretStore::Error::None);

        const Result list = m_cli->run({u"credentials"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out, name + u'\t' + QString(8, u'*') + u"WXYZ\tAPI 3.0\n"_s); // new: today's API

        // The profile's credentials buy: the sandbox accepts only this key pair.
        const Result bought = m_cli->run(
            {u"purchase"_s, CliTest::writeTemplate(home() + u"/t.json"_s, CliTest::contractTemplate()),
             u"--profile"_s, name, u"--json"_s, u"--endpoint"_s, sandbox.url()});
        QVERIFY2(bought.exitCode == 0, qPrintable(bought.describe()));
        QVERIFY2(bought.err.contains("profile \"%1\""_L1.arg(name)), qPrintable(bought.err));

        const Result deleted = m_cli->run({u"credentials"_s, u"delete"_s, u"--profile"_s, name});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.describe()));
        QCOMPARE(keychainHolds(CredentialStore::secretKeyFor(name)), SecretStore::Error::NotFound);
        const Result empty = m_cli->run({u"credentials"_s, u"list"_s});
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(empty.out, QString());
        QVERIFY(empty.err.contains("credentials set"_L1));
        const Result again = m_cli->run({u"credentials"_s, u"delete"_s, u"--profile"_s, name});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(name));

        // The SecretKey was never printed nor written under HOME; the SecretId only masked.
        for (const Result &r : {set, list, bought, deleted, empty, again}) {
            QVERIFY2(!r.out.contains(secretKey) && !r.err.contains(secretKey), qPrintable(r.describe()));
            QVERIFY2(!r.out.contains(secretId) && !r.err.contains(secretId), qPrintable(r.describe()));
        }
        QCOMPARE(CliTest::filesContaining(home(), secretKey), QStringList());
    }

    // Without --profile: "default", and the environment comes before any profile.
    void defaultProfileAndTheEnvironmentFirst()
    {
        // The keychain is shared by every HOME: never overwrite a "default" someone keeps there (CI's keyring
        // is a fresh one, where this runs).
        if (keychainHolds(CredentialStore::secretKeyFor(u"default"_s)) != SecretStore::Error::NotFound)
            QSKIP("The keychain already holds a \"default\" profile; this test runs on a throwaway keyring "
                  "only.");
        m_profiles.append(u"default"_s);
        const QString secretKey = u"cliKey"_s + randomText(26);
        const Result set =
            m_cli->run({u"credentials"_s, u"set"_s}, (CliTest::kDemoId + u'\n' + secretKey + u'\n').toUtf8());
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        QVERIFY(m_cli->run({u"credentials"_s, u"list"_s}).out.startsWith("default\t"_L1));

        // The default profile's key is wrong for the sandbox: refused (3) proves it was the one used.
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--running-after"_s, u"1"_s}));
        const QString path = CliTest::writeTemplate(home() + u"/t.json"_s, CliTest::contractTemplate());
        const Result refused = m_cli->run({u"purchase"_s, path, u"--endpoint"_s, sandbox.url()});
        QVERIFY2(refused.exitCode == 3, qPrintable(refused.describe()));
        QVERIFY(refused.out.contains("profile \"default\""_L1));
        QVERIFY(!refused.out.contains(secretKey) && !refused.err.contains(secretKey));

        // The environment's demo key pair wins over the profile, with a word about --profile.
        m_cli->useDemoCredentials();
        const Result bought =
            m_cli->run({u"purchase"_s, path, u"--profile"_s, u"default"_s, u"--endpoint"_s, sandbox.url()});
        QVERIFY2(bought.exitCode == 0, qPrintable(bought.describe()));
        QVERIFY2(bought.err.contains("--profile default is not used"_L1), qPrintable(bought.err));
        QCOMPARE(sandbox.instanceCount(), 1);
    }

    // On a terminal, neither line is echoed; the prompts go to standard error.
    void terminalInputIsNotEchoed()
    {
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
        const int slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
        QVERIFY(slave >= 0);
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);

        const QString name = profileName();
        const QString secretId = u"AKIDtty"_s + randomText(22) + u"TTYZ"_s;
        const QString secretKey = u"ttyKey"_s + randomText(26);
        QByteArray echoed;
        auto drain = [&] {
            char buffer[512];
            ssize_t got = 0;
            while ((got = ::read(master, buffer, sizeof buffer)) > 0)
                echoed.append(buffer, got);
        };

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, home());
        environment.insert(u"XDG_CONFIG_HOME"_s, home() + u"/config"_s);
        environment.insert(u"XDG_DATA_HOME"_s, home() + u"/data"_s);
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        process.setProcessEnvironment(environment);
        process.setChildProcessModifier([slave] { ::dup2(slave, STDIN_FILENO); });
        process.start(QStringLiteral(CVM_CLI_PATH), {u"credentials"_s, u"set"_s, u"--profile"_s, name});
        QVERIFY(process.waitForStarted(10'000));
        QByteArray err;
        auto readErr = [&] {
            err += process.readAllStandardError();
            return err;
        };
        QTRY_VERIFY_WITH_TIMEOUT(readErr().contains("SecretId: "), 10'000);
        QVERIFY(::write(master, (secretId + u'\n').toUtf8().constData(), size_t(secretId.size() + 1)) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(readErr().contains("SecretKey: "), 10'000);
        QVERIFY(::write(master, (secretKey + u'\n').toUtf8().constData(), size_t(secretKey.size() + 1)) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 20'000);
        readErr();
        drain();
        ::close(slave);
        ::close(master);

        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(!echoed.contains(secretKey.toUtf8()), echoed.constData());
        QVERIFY2(!echoed.contains(secretId.toUtf8()), echoed.constData());
        QVERIFY(!err.contains(secretKey.toUtf8()));
        QCOMPARE(keychainHolds(CredentialStore::secretKeyFor(name)), SecretStore::Error::None);
        const Result list = m_cli->run({u"credentials"_s, u"list"_s});
        QCOMPARE(list.out, name + u'\t' + QString(8, u'*') + u"TTYZ\tAPI 3.0\n"_s);
    }

    // No Secret Service: said plainly, with the way that works without one.
    void noKeychainSaysSoAndHowToGoOn()
    {
        const QString name = profileName();
        const QString secretKey = u"cliKey"_s + randomText(26);
        // A profile stored while the keychain was there...
        QCOMPARE(m_cli
                     ->run({u"credentials"_s, u"set"_s, u"--profile"_s, name},
                           (CliTest::kDemoId + u'\n' + secretKey + u'\n').toUtf8())
                     .exitCode,
                 0);

        CliTest::Cli noKeychain(home());
        noKeychain.setEnv(u"DBUS_SESSION_BUS_ADDRESS"_s, kNoBus);
        const Result set = noKeychain.run({u"credentials"_s, u"set"_s, u"--profile"_s, u"other"_s},
                                          (CliTest::kDemoId + u'\n' + secretKey + u'\n').toUtf8());
        QVERIFY2(set.exitCode == 2, qPrintable(set.describe()));
        QVERIFY2(set.err.contains("keychain is not available"_L1), qPrintable(set.err));
        QVERIFY(set.err.contains("TENCENTCLOUD_SECRET_ID"_L1) &&
                set.err.contains("TENCENTCLOUD_SECRET_KEY"_L1));
        QVERIFY(!set.err.contains(secretKey));

        // ...cannot be read without it: the environment is named as the way on.
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--running-after"_s, u"1"_s}));
        const QString path = CliTest::writeTemplate(home() + u"/t.json"_s, CliTest::contractTemplate());
        const Result unread =
            noKeychain.run({u"purchase"_s, path, u"--profile"_s, name, u"--endpoint"_s, sandbox.url()});
        QVERIFY2(unread.exitCode == 2, qPrintable(unread.describe()));
        QVERIFY2(unread.err.contains("keychain is not available"_L1) &&
                     unread.err.contains("TENCENTCLOUD_SECRET_ID"_L1),
                 qPrintable(unread.err));
        QCOMPARE(sandbox.instanceCount(), 0);

        // With the environment's credentials a purchase goes through; the password is held in memory.
        noKeychain.useDemoCredentials();
        const QString password = u"NoKeych4in!x"_s;
        const Result bought =
            noKeychain.run({u"purchase"_s, path, u"--password-stdin"_s, u"--endpoint"_s, sandbox.url()},
                           password.toUtf8() + '\n');
        QVERIFY2(bought.exitCode == 0, qPrintable(bought.describe()));
        QVERIFY2(bought.err.contains("held in memory"_L1), qPrintable(bought.err));
        QVERIFY(!bought.out.contains(password) && !bought.err.contains(password));
        QCOMPARE(sandbox.instanceCount(), 1);
    }

    // A Secret Service that owns its name but never answers (a daemon that cannot start, a read-only home):
    // the keychain counts as unavailable after one short wait, not after two 25 s D-Bus timeouts, and the
    // message says so.
    void unansweringKeychainIsGivenUpQuickly()
    {
        QProcess bus;
        bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY(bus.waitForStarted(5000));
        QVERIFY(QTest::qWaitFor([&bus] { return bus.canReadLine(); }, 10'000));
        const QString address = QString::fromUtf8(bus.readLine().trimmed());
        QProcess blackHole;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
        blackHole.setProcessEnvironment(environment);
        blackHole.start(u"dbus-test-tool"_s, {u"black-hole"_s, u"--session"_s, u"--name=org.freedesktop.secrets"_s});
        QVERIFY2(blackHole.waitForStarted(5000), "dbus-test-tool (package dbus-tests) is needed");
        QVERIFY(QTest::qWaitFor(
            [&address] {
                QProcess ask;
                ask.start(u"dbus-send"_s, {u"--bus="_s + address, u"--print-reply"_s, u"--dest=org.freedesktop.DBus"_s,
                                          u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus.NameHasOwner"_s,
                                          u"string:org.freedesktop.secrets"_s});
                return ask.waitForFinished(5000) && ask.readAllStandardOutput().contains("boolean true");
            },
            10'000));

        CliTest::Cli silent(home());
        silent.setEnv(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
        const Result set = silent.run({u"credentials"_s, u"set"_s, u"--profile"_s, profileName()},
                                      (CliTest::kDemoId + u"\nsilentKey\n"_s).toUtf8(), 30'000);
        QVERIFY2(set.exitCode == 2, qPrintable(set.describe()));
        QVERIFY2(set.err.contains("keychain is not available"_L1), qPrintable(set.err));

        blackHole.kill();
        blackHole.waitForFinished(5000);
        bus.kill();
        bus.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestCliCredentials)
#include "tst_cli_credentials.moc"
