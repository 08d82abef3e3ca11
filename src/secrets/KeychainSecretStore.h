#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

// Secrets in the OS keychain through QtKeychain: the Secret Service on Linux
// (gnome-keyring, KeePassXC), Keychain on macOS, Credential Manager on
// Windows. Never falls back to a plain file. A failure that looks like a
// keyring daemon still starting is retried once.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static constexpr const char *kService = "cvm-purchaser";
    static constexpr int kDefaultRetryDelayMs = 500;
    // How long the Secret Service may take to answer a first question before the keychain counts as unavailable: a
    // daemon that cannot start (a read-only home) otherwise costs two 25 s D-Bus timeouts per operation.
    // Once it has answered, operations wait as long as they need (an unlock prompt takes a person's time).
    static constexpr int kAnswerTimeoutMs = 5000;

    explicit KeychainSecretStore(QObject *parent = nullptr);
    // Another service name keeps test entries apart from the product's.
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void write(const QString &key, const QString &secret, Done done) override;
    void read(const QString &key, ReadDone done) override;
    void remove(const QString &key, Done done) override;

    QString service() const { return m_service; }
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }

    // How a QtKeychain outcome reads to this product; the backend's own text
    // helps because libsecret reports a missing D-Bus as OtherError.
    static Error classify(QKeychain::Error error, const QString &detail);
    // A failure worth one more try: the daemon may still be starting.
    static bool looksTransient(QKeychain::Error error, const QString &detail);
    // One sentence a person can act on, with the backend's words as detail.
    static QString describe(Error error, const QString &detail);

private:
    enum class Operation { Write, Read, Remove };

    // Runs next once the keychain service has answered (at once where there is nothing to ask), or
    // unavailable with a sentence saying so.
    void whenAnswering(std::function<void()> next, std::function<void(const QString &message)> unavailable);

    void startJob(Operation operation, const QString &key, const QString &secret, int attempt,
                  std::function<void(QKeychain::Job *job, Error error)> finished);

    QString m_service;
    int m_retryDelayMs = kDefaultRetryDelayMs;
    bool m_serviceAnswered = false;
};
