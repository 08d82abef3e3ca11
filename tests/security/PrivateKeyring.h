#pragma once

// A D-Bus session bus and a gnome-keyring-daemon of the test's own, started
// with their files in a folder the test chooses and stopped with the object.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace SecurityTest {

using namespace Qt::StringLiterals;

// So that a test needs nothing from its caller and the keyring's files are in a known place.
class PrivateKeyring
{
public:
    ~PrivateKeyring()
    {
        for (QProcess *process : {&m_keyring, &m_bus}) {
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                if (!process->waitForFinished(5000)) {
                    process->kill();
                    process->waitForFinished(5000);
                }
            }
        }
    }

    bool start(const QString &root, QString *problem)
    {
        m_bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        if (!m_bus.waitForStarted(10000) || !QTest::qWaitFor([this] { return m_bus.canReadLine(); }, 10000)) {
            *problem =
                u"dbus-daemon did not start: "_s + QString::fromLocal8Bit(m_bus.readAllStandardError());
            return false;
        }
        m_address = QString::fromUtf8(m_bus.readLine().trimmed());

        m_home = root + u"/keyring-home"_s;
        m_runtime = root + u"/keyring-runtime"_s;
        QDir().mkpath(m_home);
        QDir().mkpath(m_runtime);
        QFile::setPermissions(m_runtime,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_address);
        env.insert(u"HOME"_s, m_home);
        env.insert(u"XDG_DATA_HOME"_s, m_home + u"/data"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/config"_s);
        env.insert(u"XDG_CACHE_HOME"_s, m_home + u"/cache"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime);
        m_keyring.setProcessEnvironment(env);
        m_keyring.start(u"gnome-keyring-daemon"_s,
                        {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
        if (!m_keyring.waitForStarted(10000)) {
            *problem = u"gnome-keyring-daemon did not start"_s;
            return false;
        }
        m_keyring.write("throwaway-keyring-password");
        m_keyring.closeWriteChannel();
        QDBusConnection probe = QDBusConnection::connectToBus(m_address, u"sweep-probe"_s);
        const bool up = QTest::qWaitFor(
            [&probe] { return probe.interface()->isServiceRegistered(u"org.freedesktop.secrets"_s).value(); },
            20000);
        QDBusConnection::disconnectFromBus(u"sweep-probe"_s);
        if (!up)
            *problem = u"gnome-keyring-daemon did not offer the Secret Service: "_s +
                       QString::fromLocal8Bit(m_keyring.readAllStandardError());
        return up;
    }

    QString address() const { return m_address; }
    // The keychain's own files: left out of the search, and only they.
    QStringList ownFolders() const { return {m_home, m_runtime}; }

private:
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
    QString m_home;
    QString m_runtime;
};
} // namespace SecurityTest
