#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

// Secrets held in this process only, for session-only credentials (no
// keychain backend) and tests. Nothing is ever written anywhere.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    using SecretStore::SecretStore;

    void write(const QString &key, const QString &secret, Done done) override;
    void read(const QString &key, ReadDone done) override;
    void remove(const QString &key, Done done) override;

    int size() const { return int(m_secrets.size()); }

private:
    QHash<QString, QString> m_secrets;
};
