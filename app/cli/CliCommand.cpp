#include "cli/CliCommand.h"

#include "api/ApiResult.h"
#include "cli/Cli.h"
#include "cli/CliReporter.h"
#include "purchase/LostInstanceSearch.h"
#include "secrets/CredentialResolver.h"
#include "secrets/CredentialStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/Redaction.h"

#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

CliCommand::CliCommand(CliReporter &reporter, QObject *parent) : QObject(parent), m_reporter(reporter) {}

CliCommand::~CliCommand() = default;

int CliCommand::exitStatusFor(const ApiResult &result)
{
    switch (result.status) {
    case ApiResult::Status::Ok:
        return Cli::Success;
    case ApiResult::Status::ApiError:
        return Cli::RefusedByApi;
    case ApiResult::Status::HttpError:
    case ApiResult::Status::NetworkError:
    case ApiResult::Status::Timeout:
    case ApiResult::Status::BadReply:
        break;
    }
    return Cli::NetworkFailure;
}

void CliCommand::finish(int exitStatus)
{
    if (m_finished)
        return;
    m_finished = true;
    // Queued: whoever calls finish() is still on the stack, and the event loop may not run yet.
    QTimer::singleShot(0, this, [this, exitStatus] { Q_EMIT finished(exitStatus); });
}

KeychainSecretStore *CliCommand::keychain()
{
    if (!m_keychain)
        m_keychain = new KeychainSecretStore(this);
    return m_keychain;
}

CredentialStore *CliCommand::credentialStore()
{
    if (!m_credentialStore)
        m_credentialStore = new CredentialStore(keychain(), this);
    return m_credentialStore;
}

void CliCommand::reportUntrackedThenFinish(ApiClient *client, const PurchaseJournal *journal,
                                           const QStringList &regions, int exitStatus)
{
    if (client->protocol().describeTaggedInstances(0).action.isEmpty()) {
        finish(exitStatus);
        return;
    }
    m_reporter.progress(
        tr("Asking the cloud for instances bought by CVM Purchaser that the history does not list…"));
    auto *search = new LostInstanceSearch(client, journal, this);
    connect(search, &LostInstanceSearch::finished, this,
            [this, exitStatus](const QList<LostInstanceSearch::Lost> &lost, const QString &failure) {
                if (!failure.isEmpty())
                    m_reporter.warning(failure);
                for (const LostInstanceSearch::Lost &l : lost)
                    m_reporter.untracked(l.region, l.clientToken, l.instanceIds);
                if (lost.isEmpty() && failure.isEmpty())
                    m_reporter.progress(tr("The cloud holds no instance bought by CVM Purchaser that the "
                                           "history does not list."));
                finish(exitStatus);
            });
    search->start(regions);
}

void CliCommand::resolveCredentials(const QString &profileFlag, std::function<void(const Credentials &)> then)
{
    CredentialResolver::resolve(
        credentialStore(), profileFlag,
        [this, profileFlag, then = std::move(then)](const ResolvedCredentials &resolved) {
            if (!resolved.ok()) {
                QString message = resolved.error;
                if (resolved.sessionOnlyOffered) {
                    // The resolver's advice names the desktop application's dialog; a terminal has the
                    // environment.
                    const QString profile = profileFlag.isEmpty()
                                                ? QString::fromLatin1(CredentialStore::kDefaultProfile)
                                                : profileFlag;
                    message = tr("cannot read the credentials of profile \"%1\": the system keychain is not "
                                 "available (no Secret Service answers on the D-Bus session bus). Start "
                                 "gnome-keyring (or KeePassXC's Secret Service) in this session, or set "
                                 "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY for this run: the "
                                 "environment needs no keychain.")
                                  .arg(profile);
                }
                m_reporter.error(u"NoCredentials"_s, message);
                finish(Cli::UsageError);
                return;
            }
            const Credentials &credentials = resolved.credentials;
            m_reporter.addSecret(credentials.secretKey);
            m_reporter.addSecret(credentials.sessionToken);
            if (resolved.source == ResolvedCredentials::Source::Environment && !profileFlag.isEmpty())
                m_reporter.warning(tr("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are set, and they "
                                      "come first: --profile %1 is not used. Unset them to use the profile.")
                                       .arg(profileFlag));
            const QString source =
                resolved.source == ResolvedCredentials::Source::Environment
                    ? tr("Credentials: the environment (SecretId %1).")
                          .arg(Redaction::maskSecretId(credentials.secretId))
                    : tr("Credentials: profile \"%1\" (SecretId %2).")
                          .arg(resolved.profileName, Redaction::maskSecretId(credentials.secretId));
            if (m_resultOnStandardOutput)
                m_reporter.note(source);
            else
                m_reporter.progress(source);
            then(credentials);
        });
}

ApiClient *CliCommand::createClient(const Endpoint &endpoint, const Credentials &credentials)
{
    m_reporter.addSecret(credentials.secretKey);
    m_reporter.addSecret(credentials.sessionToken);
    return new ApiClient(network(), endpoint, credentials, this);
}

QNetworkAccessManager *CliCommand::network()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    return m_network;
}
