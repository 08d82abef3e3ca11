#include "cli/CredentialsCommand.h"

#include "cli/Cli.h"
#include "cli/CliReporter.h"
#include "protocol/ApiProtocol.h"
#include "protocol/ProfileApi.h"
#include "secrets/CredentialStore.h"
#include "secrets/Redaction.h"

using namespace Qt::StringLiterals;

CredentialsCommand::CredentialsCommand(Action action, const QString &profile, const Credentials &credentials,
                                       CliReporter &reporter, QObject *parent,
                                       std::optional<PurchaseOrder::Api> api)
    : CliCommand(reporter, parent), m_action(action), m_profile(profile), m_credentials(credentials),
      m_api(api)
{
    m_reporter.addSecret(m_credentials.secretKey);
    m_reporter.addSecret(m_credentials.sessionToken);
}

CredentialsCommand::~CredentialsCommand()
{
    m_credentials.secretKey.fill(u'\0');
}

QString CredentialsCommand::keychainProblem(SecretStore::Error error, const QString &detail)
{
    if (error == SecretStore::Error::NoBackend)
        return tr(
            "the system keychain is not available: no Secret Service answers on the D-Bus session bus "
            "(over SSH or in a container there often is none). Start gnome-keyring (or KeePassXC's Secret "
            "Service) in this session and try again, or skip the keychain: set TENCENTCLOUD_SECRET_ID and "
            "TENCENTCLOUD_SECRET_KEY in the environment, which every command reads first.");
    return detail;
}

void CredentialsCommand::start()
{
    CredentialStore *store = credentialStore();
    if (m_action == Action::Set) {
        // A new profile speaks today's API unless --api says otherwise; a stored one keeps its own.
        if (!m_api && !store->profile(m_profile))
            m_api = ApiProtocol::current().api();
        store->save(m_profile, m_credentials, [this](SecretStore::Error error, const QString &message) {
            if (error != SecretStore::Error::None) {
                m_reporter.error(
                    u"Keychain"_s,
                    tr("the credentials were not stored: %1").arg(keychainProblem(error, message)));
                finish(Cli::UsageError);
                return;
            }
            m_reporter.progress(
                tr("Stored profile \"%1\" (SecretId %2); its SecretKey is in the system keychain.")
                    .arg(m_profile, Redaction::maskSecretId(m_credentials.secretId)));
            if (m_api && !ProfileApi::write(m_profile, *m_api)) {
                m_reporter.error(u"Settings"_s,
                                 tr("profile \"%1\" is stored, but its API could not be written "
                                    "to the settings.")
                                     .arg(m_profile));
                finish(Cli::UsageError);
                return;
            }
            if (m_api)
                m_reporter.progress(
                    tr("Profile \"%1\" speaks API %2.").arg(m_profile, PurchaseOrder::apiName(*m_api)));
            finish(Cli::Success);
        });
        return;
    }
    if (!store->profile(m_profile)) {
        m_reporter.error(
            u"NoProfile"_s,
            tr("there is no credentials profile named \"%1\"; `cvm-purchaser-cli credentials list` "
               "shows the stored ones.")
                .arg(m_profile));
        finish(Cli::UsageError);
        return;
    }
    store->remove(m_profile, [this](SecretStore::Error error, const QString &message) {
        if (error != SecretStore::Error::None) {
            m_reporter.error(
                u"Keychain"_s,
                tr("profile \"%1\" was not deleted: %2").arg(m_profile, keychainProblem(error, message)));
            finish(Cli::UsageError);
            return;
        }
        ProfileApi::remove(m_profile);
        m_reporter.progress(tr("Deleted profile \"%1\" and its SecretKey.").arg(m_profile));
        finish(Cli::Success);
    });
}
