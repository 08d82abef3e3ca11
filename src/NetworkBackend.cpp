#include "NetworkBackend.h"

#include "api/ApiClient.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace {
// A call that could not be sent: it ends, on the next turn of the event loop, with the reason.
class UnsentCall final : public ApiCall
{
public:
    UnsentCall(const QString &action, const QString &reason, QObject *parent) : ApiCall(action, parent)
    {
        QTimer::singleShot(0, this, [this, reason] {
            ApiResult result;
            result.status = ApiResult::Status::NetworkError;
            result.message = reason;
            finish(result);
        });
    }
    void abort() override
    {
        ApiResult result;
        result.status = ApiResult::Status::NetworkError;
        finish(result);
    }
};

// A keychain that is not there: every call ends with NoBackend and the reason.
class MissingKeychain final : public SecretStore
{
public:
    MissingKeychain(const QString &reason, QObject *parent) : SecretStore(parent), m_reason(reason) {}
    void write(const QString &, const QString &, Done done) override
    {
        later([=] { done(Error::NoBackend, m_reason); });
    }
    void read(const QString &, ReadDone done) override
    {
        later([=] { done(Error::NoBackend, {}, m_reason); });
    }
    void remove(const QString &, Done done) override
    {
        later([=] { done(Error::NoBackend, m_reason); });
    }

private:
    void later(std::function<void()> f) { QTimer::singleShot(0, this, std::move(f)); }
    QString m_reason;
};

// What is left when the network backend cannot be loaded: nothing is sent, and every attempt says why.
class MissingBackend final : public NetworkBackend
{
public:
    explicit MissingBackend(const QString &reason) : m_reason(reason) {}
    ApiCall *post(QNetworkAccessManager *, const Request &request, QObject *parent) override
    {
        return new UnsentCall(request.action, m_reason, parent);
    }
    void applyProxy(const NetworkSettings::Proxy &, const QString &) override {}
    SecretStore *createKeychainStore(QObject *parent) override
    {
        return new MissingKeychain(m_reason, parent);
    }

private:
    QString m_reason;
};

struct Registry
{
    std::unique_ptr<NetworkBackend> backend;
    NetworkBackend::Loader loader;
    QString problem; // why backend is a MissingBackend
};

Registry &registry()
{
    static Registry r;
    return r;
}
} // namespace

NetworkBackend &NetworkBackend::instance()
{
    Registry &r = registry();
    if (!r.backend) {
        QString error =
            QCoreApplication::translate("NetworkBackend", "network support is not part of this program");
        if (r.loader) {
            const Loader loader = std::exchange(r.loader, {});
            r.backend = loader(&error);
        }
        if (!r.backend) {
            r.problem =
                QCoreApplication::translate("NetworkBackend", "Network support could not be loaded: %1")
                    .arg(error);
            r.backend = std::make_unique<MissingBackend>(r.problem);
        }
    }
    return *r.backend;
}

QString NetworkBackend::problem()
{
    return registry().problem;
}

void NetworkBackend::install(std::unique_ptr<NetworkBackend> backend)
{
    registry().backend = std::move(backend);
}

void NetworkBackend::setLoader(Loader loader)
{
    registry().loader = std::move(loader);
}
