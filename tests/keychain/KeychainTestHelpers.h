#pragma once

#include "secrets/CredentialStore.h"
#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTest>
#include <QUuid>

#include <memory>

// Waiting for the asynchronous stores in tests, and looking for secrets on disk.
namespace KeychainTest {

inline constexpr int kWaitMs = 20'000;

struct Outcome
{
    bool done = false;
    SecretStore::Error error = SecretStore::Error::Other;
    QString secret;
    QString message;
    Credentials credentials;
};
using OutcomePtr = std::shared_ptr<Outcome>;

// The callback may outlive a failed wait: it writes into shared state.
inline SecretStore::Done recordDone(const OutcomePtr &outcome)
{
    return [outcome](SecretStore::Error error, const QString &message) {
        outcome->error = error;
        outcome->message = message;
        outcome->done = true;
    };
}

inline OutcomePtr wait(const OutcomePtr &outcome)
{
    // Callers check outcome->done: a store that never answers fails their test.
    static_cast<void>(QTest::qWaitFor([&] { return outcome->done; }, kWaitMs));
    return outcome;
}

inline OutcomePtr write(SecretStore &store, const QString &key, const QString &secret)
{
    auto outcome = std::make_shared<Outcome>();
    store.write(key, secret, recordDone(outcome));
    return wait(outcome);
}

inline OutcomePtr read(SecretStore &store, const QString &key)
{
    auto outcome = std::make_shared<Outcome>();
    store.read(key, [outcome](SecretStore::Error error, const QString &secret, const QString &message) {
        outcome->error = error;
        outcome->secret = secret;
        outcome->message = message;
        outcome->done = true;
    });
    return wait(outcome);
}

inline OutcomePtr remove(SecretStore &store, const QString &key)
{
    auto outcome = std::make_shared<Outcome>();
    store.remove(key, recordDone(outcome));
    return wait(outcome);
}

inline OutcomePtr save(CredentialStore &store, const QString &name, const Credentials &credentials)
{
    auto outcome = std::make_shared<Outcome>();
    store.save(name, credentials, recordDone(outcome));
    return wait(outcome);
}

inline OutcomePtr load(CredentialStore &store, const QString &name)
{
    auto outcome = std::make_shared<Outcome>();
    store.load(name,
               [outcome](SecretStore::Error error, const Credentials &credentials, const QString &message) {
                   outcome->error = error;
                   outcome->credentials = credentials;
                   outcome->message = message;
                   outcome->done = true;
               });
    return wait(outcome);
}

inline OutcomePtr removeProfile(CredentialStore &store, const QString &name)
{
    auto outcome = std::make_shared<Outcome>();
    store.remove(name, recordDone(outcome));
    return wait(outcome);
}

// A secret no earlier run can have left on disk.
inline QString uniqueSecret(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128);
}

// The folders a test run may write to: the private HOME and XDG folders
// CTest gives it. Empty outside CTest, where HOME is someone's real home.
inline QStringList privateFolders()
{
    if (qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"))
        return {};
    QStringList folders;
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString folder = qEnvironmentVariable(variable);
        if (!folder.isEmpty() && !folders.contains(folder))
            folders.append(folder);
    }
    return folders;
}

inline constexpr char kRunThroughCTest[] =
    "The private HOME and XDG folders come from CTest: run this test through ctest.";

// Every file under the folders whose bytes hold needle, as UTF-8 or UTF-16.
inline QStringList filesContaining(const QStringList &folders, const QString &needle)
{
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    QStringList found;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (found.contains(path) || !file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            if (bytes.contains(utf8) || bytes.contains(utf16))
                found.append(path);
        }
    }
    return found;
}

// Messages of the product's logging categories, for "no secret in the logs".
class LogCapture
{
public:
    LogCapture()
    {
        s_messages = &m_messages;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
        s_previous = m_previous;
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_messages = nullptr;
    }
    Q_DISABLE_COPY_MOVE(LogCapture)

    const QStringList &messages() const { return m_messages; }
    QString all() const { return m_messages.join(u'\n'); }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (s_messages && context.category && QByteArrayView(context.category).startsWith("cvm."))
            s_messages->append(QString::fromLatin1(context.category) + QLatin1StringView(": ") + message);
        if (s_previous)
            s_previous(type, context, message);
    }

    QStringList m_messages;
    QtMessageHandler m_previous = nullptr;
    static inline QStringList *s_messages = nullptr;
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace KeychainTest
