#include "secrets/MemorySecretStore.h"

#include <QTimer>

// Callbacks run from the event loop, as a real keychain's would.
void MemorySecretStore::write(const QString &key, const QString &secret, Done done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(Error::None, {}); });
}

void MemorySecretStore::read(const QString &key, ReadDone done)
{
    const auto it = m_secrets.constFind(key);
    const bool found = it != m_secrets.constEnd();
    const QString secret = found ? *it : QString();
    QTimer::singleShot(0, this, [found, secret, done = std::move(done)] {
        done(found ? Error::None : Error::NotFound, secret, {});
    });
}

void MemorySecretStore::remove(const QString &key, Done done)
{
    const bool found = m_secrets.remove(key) > 0;
    QTimer::singleShot(0, this, [found, done = std::move(done)] { done(found ? Error::None : Error::NotFound, {}); });
}
