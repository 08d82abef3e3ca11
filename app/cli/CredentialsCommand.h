#pragma once

#include "cli/CliCommand.h"
#include "order/PurchaseOrder.h"
#include "secrets/Credentials.h"
#include "secrets/SecretStore.h"

#include <QString>

#include <optional>

// cvm-purchaser-cli credentials set|delete: a profile's SecretKey in the
// system keychain, its name and SecretId in the settings (CredentialStore).
// `credentials list` needs no keychain and no event loop: Cli prints it itself.
class CredentialsCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsCommand)

public:
    enum class Action { Set, Delete };

    // For Set, credentials holds what was read from standard input.
    // api: for Set, the API the profile speaks from now on (--api); unset keeps what it was.
    CredentialsCommand(Action action, const QString &profile, const Credentials &credentials,
                       CliReporter &reporter, QObject *parent = nullptr,
                       std::optional<PurchaseOrder::Api> api = std::nullopt);
    ~CredentialsCommand() override;

    void start() override;

    // The keychain's failure in words a terminal user can act on.
    static QString keychainProblem(SecretStore::Error error, const QString &detail);

private:
    Action m_action;
    QString m_profile;
    Credentials m_credentials;
    std::optional<PurchaseOrder::Api> m_api;
};
