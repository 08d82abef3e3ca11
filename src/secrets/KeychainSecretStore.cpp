#include "secrets/KeychainSecretStore.h"

#include "secrets/KeychainLogging.h"

#include <QTimer>

#ifdef CVM_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcKeychain, "cvm.keychain", QtInfoMsg)

namespace {
// What libsecret and D-Bus say when there is no session bus or nobody on it
// owns org.freedesktop.secrets. QtKeychain reports these as OtherError.
constexpr QLatin1StringView kNoServiceMarkers[] = {
    "could not connect"_L1,
    "cannot autolaunch"_L1,
    "serviceunknown"_L1,
    "not provided by any .service"_L1,
    "namehasnoowner"_L1,
    "org.freedesktop.dbus.error.noserver"_L1,
    "org.freedesktop.dbus.error.spawn"_L1,
    "dbus_session_bus_address"_L1,
};

// A daemon that is starting answers late or drops the first connection.
constexpr QLatin1StringView kSlowDaemonMarkers[] = {
    "noreply"_L1, "no reply"_L1,  "did not receive a reply"_L1,
    "timeout"_L1, "timed out"_L1, "disconnected"_L1,
};

// The user dismissed the unlock prompt.
constexpr QLatin1StringView kRefusedMarkers[] = {"cancelled"_L1, "canceled"_L1, "dismissed"_L1};

template <std::size_t N> bool mentionsAny(const QString &detail, const QLatin1StringView (&markers)[N])
{
    for (QLatin1StringView marker : markers)
        if (detail.contains(marker, Qt::CaseInsensitive))
            return true;
    return false;
}

// libsecret words a missing session bus in the user's language; whether the
// bus can be reached at all is a sure sign, whatever the language.
bool sessionBusUnreachable()
{
#if defined(CVM_HAVE_QTDBUS) && defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return !QDBusConnection::sessionBus().isConnected();
#else
    return false;
#endif
}

const char *operationName(int operation)
{
    static constexpr const char *names[] = {"write", "read", "remove"};
    return names[operation];
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QString::fromLatin1(kService), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{
}

SecretStore::Error KeychainSecretStore::classify(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoError:
        return Error::None;
    case QKeychain::EntryNotFound:
        return Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (mentionsAny(detail, kNoServiceMarkers))
        return Error::NoBackend;
    if (mentionsAny(detail, kRefusedMarkers))
        return Error::AccessDenied;
    return Error::Other;
}

bool KeychainSecretStore::looksTransient(QKeychain::Error error, const QString &detail)
{
    if (error == QKeychain::NoBackendAvailable)
        return true;
    if (error != QKeychain::OtherError)
        return false;
    return mentionsAny(detail, kNoServiceMarkers) || mentionsAny(detail, kSlowDaemonMarkers);
}

QString KeychainSecretStore::describe(Error error, const QString &detail)
{
    QString message;
    switch (error) {
    case Error::None:
        return {};
    case Error::NotFound:
        return tr("Nothing is stored in the system keychain under this name.");
    case Error::NoBackend:
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        message = tr("The system keychain is not available: no Secret Service is running on the session bus. "
                     "Install and start gnome-keyring (or KeePassXC's Secret Service), or use session-only "
                     "credentials for this run.");
#else
        message = tr("The system keychain is not available. Use session-only credentials for this run.");
#endif
        break;
    case Error::AccessDenied:
        message = tr("The system keychain refused access: it is locked, or the request was declined. Unlock the "
                     "keychain (your login keyring) and try again.");
        break;
    case Error::Other:
        message = tr("The system keychain reported an error. Try again; if it persists, check that the keyring "
                     "service is running.");
        break;
    }
    // The keychain's own words, as detail after the product's sentence; the translator places it.
    return detail.isEmpty() ? message : tr("%1 The keychain said: %2", "a sentence, then the keychain's detail")
                                            .arg(message, detail);
}

void KeychainSecretStore::startJob(Operation operation, const QString &key, const QString &secret,
                                   int attempt,
                                   std::function<void(QKeychain::Job *job, Error error)> finished)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent: a job outlives this store if it must (libsecret calls back
    // into it), deletes itself, and the context object below drops the callback.
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    const int op = int(operation);
    connect(
        job, &QKeychain::Job::finished, this,
        [this, operation, op, key, secret, attempt, finished = std::move(finished)](QKeychain::Job *done) {
            QKeychain::Error error = done->error();
            if (error == QKeychain::OtherError && sessionBusUnreachable())
                error = QKeychain::NoBackendAvailable;
            if (error != QKeychain::NoError && error != QKeychain::EntryNotFound && attempt == 0 &&
                looksTransient(error, done->errorString())) {
                qCInfo(lcKeychain,
                       "%s of \"%s\" failed (%s); the keyring may still be starting, trying once "
                       "more in %d ms",
                       operationName(op), qUtf8Printable(key), qUtf8Printable(done->errorString()),
                       m_retryDelayMs);
                QTimer::singleShot(m_retryDelayMs, this, [this, operation, key, secret, finished] {
                    startJob(operation, key, secret, 1, finished);
                });
                return;
            }
            if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
                qCDebug(lcKeychain, "%s of \"%s\": %s", operationName(op), qUtf8Printable(key),
                        error == QKeychain::NoError ? "done" : "no entry");
            else
                qCWarning(lcKeychain, "%s of \"%s\" failed: %s", operationName(op), qUtf8Printable(key),
                          qUtf8Printable(done->errorString()));
            finished(done, classify(error, done->errorString()));
        });
    qCDebug(lcKeychain, "%s of \"%s\" in service \"%s\"%s", operationName(op), qUtf8Printable(key),
            qUtf8Printable(m_service), attempt > 0 ? " (retry)" : "");
    job->start();
}

void KeychainSecretStore::whenAnswering(std::function<void()> next,
                                        std::function<void(const QString &message)> unavailable)
{
#if defined(CVM_HAVE_QTDBUS) && defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!m_serviceAnswered && bus.isConnected()) {
        // A question only the Secret Service itself answers (libdbus answers Peer.Ping on its own, even for
        // a daemon that is stuck), and that never prompts; D-Bus starts the service for it if it can.
        QDBusMessage ping =
            QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                           u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
        ping << u"org.freedesktop.Secret.Service"_s << u"Collections"_s;
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(ping, kAnswerTimeoutMs), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this, next = std::move(next), unavailable = std::move(unavailable)](QDBusPendingCallWatcher *w) {
                    w->deleteLater();
                    const QDBusPendingReply<> reply = *w;
                    const QDBusError::ErrorType error = reply.isError() ? reply.error().type() : QDBusError::NoError;
                    if (error != QDBusError::NoReply && error != QDBusError::TimedOut) {
                        // It answered, or said at once that nobody provides it: the job tells which.
                        m_serviceAnswered = !reply.isError();
                        next();
                        return;
                    }
                    qCDebug(lcKeychain, "the Secret Service did not answer: %s",
                              qUtf8Printable(reply.error().message()));
                    unavailable(tr("The system keychain did not answer within %n second(s): no Secret Service "
                                   "is working on the session bus. Check that gnome-keyring (or KeePassXC's "
                                   "Secret Service) runs and that your home folder is writable.",
                                   nullptr, kAnswerTimeoutMs / 1000));
                });
        return;
    }
#else
    Q_UNUSED(unavailable)
#endif
    next();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, Done done)
{
    whenAnswering(
        [this, key, secret, done] {
            startJob(Operation::Write, key, secret, 0, [done](QKeychain::Job *job, Error error) {
                done(error, describe(error, job->errorString()));
            });
        },
        [done](const QString &message) { done(Error::NoBackend, message); });
}

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    whenAnswering(
        [this, key, done] {
            startJob(Operation::Read, key, {}, 0, [done](QKeychain::Job *job, Error error) {
                const QString secret =
                    error == Error::None ? static_cast<QKeychain::ReadPasswordJob *>(job)->textData() : QString();
                done(error, secret, describe(error, job->errorString()));
            });
        },
        [done](const QString &message) { done(Error::NoBackend, {}, message); });
}

void KeychainSecretStore::remove(const QString &key, Done done)
{
    whenAnswering(
        [this, key, done] {
            startJob(Operation::Remove, key, {}, 0, [done](QKeychain::Job *job, Error error) {
                done(error, describe(error, job->errorString()));
            });
        },
        [done](const QString &message) { done(Error::NoBackend, message); });
}
