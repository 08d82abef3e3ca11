#include "secrets/BackendSecretStore.h"

#include "NetworkBackend.h"

#include <QTimer>

void BackendSecretStore::later(std::function<void(SecretStore *)> f)
{
    QTimer::singleShot(0, this, [this, f = std::move(f)] {
        if (!m_keychain)
            m_keychain = NetworkBackend::instance().createKeychainStore(this);
        f(m_keychain);
    });
}

void BackendSecretStore::write(const QString &key, const QString &secret, Done done)
{
    later([=](SecretStore *keychain) { keychain->write(key, secret, done); });
}

void BackendSecretStore::read(const QString &key, ReadDone done)
{
    later([=](SecretStore *keychain) { keychain->read(key, done); });
}

void BackendSecretStore::remove(const QString &key, Done done)
{
    later([=](SecretStore *keychain) { keychain->remove(key, done); });
}
