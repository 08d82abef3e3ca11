#pragma once

#include "api/Endpoint.h"
#include "cli/CliCommand.h"
#include "order/PurchaseOrder.h"
#include "protocol/ApiProtocol.h"

#include <QString>

#include <functional>

class PurchaseJournal;
class PurchaseRun;
class SecretStore;

// cvm-purchaser-cli purchase: the validated order journaled, submitted with
// retries under one clientToken, then (unless --no-wait) tracked until every
// instance runs or fails. The same PurchaseRun as the desktop application.
class PurchaseCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseCommand)

public:
    struct Options
    {
        PurchaseOrder order; // valid, the password set when one was given
        Endpoint endpoint{ApiProtocol::assumed().api()}; // Cli::resolveConnection sets it
        QString profile;
        bool noWait = false;
        int timeoutMs = 600'000;
    };

    PurchaseCommand(const Options &options, CliReporter &reporter, QObject *parent = nullptr);
    ~PurchaseCommand() override;

    void start() override;

private:
    // The keychain holds the password until the purchase is confirmed, so that a resume can send it
    // again; without a usable keychain, memory holds it for this run only.
    void chooseSecretStore(std::function<void(SecretStore *store)> then);
    void submit(const Credentials &credentials, SecretStore *secrets);
    void onSubmitted(const QStringList &instanceIds);
    void onFailed(const ApiResult &result);

    Options m_options;
    ApiClient *m_client = nullptr;
    PurchaseJournal *m_journal = nullptr;
    PurchaseRun *m_run = nullptr;
    SecretStore *m_memory = nullptr;
};
