#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where secrets live: the OS keychain in the product, memory for
// session-only credentials and tests. Every call is asynchronous; the
// callback runs exactly once, later, on the caller's thread.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Error {
        None,
        NotFound,     // no secret under that key: not a failure for a caller that asks "is there one?"
        NoBackend,    // no keychain service reachable (no desktop session, no Secret Service)
        AccessDenied, // the user refused, or the keychain is locked
        Other,
    };
    using Done = std::function<void(Error error, const QString &message)>;
    using ReadDone = std::function<void(Error error, const QString &secret, const QString &message)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void write(const QString &key, const QString &secret, Done done) = 0;
    virtual void read(const QString &key, ReadDone done) = 0;
    // Removing a key that holds nothing is not a failure: the callback gets
    // None or NotFound, depending on what the backend can tell.
    virtual void remove(const QString &key, Done done) = 0;
};
