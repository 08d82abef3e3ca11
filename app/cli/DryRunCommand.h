#pragma once

#include "api/Endpoint.h"
#include "cli/CliCommand.h"
#include "order/PurchaseOrder.h"
#include "protocol/ApiProtocol.h"

// cvm-purchaser-cli purchase --dry-run: sends the order with DryRun (API 3.0)
// so that the cloud reports what it would refuse (parameters, quota, stock,
// balance) and buys nothing; then asks the hourly price. Nothing is journaled.
class DryRunCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DryRunCommand)

public:
    struct Options
    {
        Endpoint endpoint{ApiProtocol::assumed().api()}; // Cli::resolveConnection sets it
        QString profile;
        PurchaseOrder order;
    };

    DryRunCommand(const Options &options, CliReporter &reporter, QObject *parent = nullptr);
    ~DryRunCommand() override;

    void start() override;

private:
    void check(int attempt);
    void askPrice();

    Options m_options;
    ApiClient *m_client = nullptr;
};
