#pragma once

#include "secrets/SecretStore.h"

#include <QPointer>

// The OS keychain of the network backend (NetworkBackend.h), reached on first use: the desktop program
// builds its first window with this in hand and loads the keychain only when a secret is asked for,
// which is after the window is up (every call here waits for the next turn of the event loop anyway).
class BackendSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendSecretStore)

public:
    using SecretStore::SecretStore;

    void write(const QString &key, const QString &secret, Done done) override;
    void read(const QString &key, ReadDone done) override;
    void remove(const QString &key, Done done) override;

private:
    // Runs f with the keychain on the next turn of the event loop.
    void later(std::function<void(SecretStore *)> f);

    QPointer<SecretStore> m_keychain;
};
