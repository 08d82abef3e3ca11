#pragma once

#include "api/Endpoint.h"
#include "cli/CliCommand.h"
#include "protocol/ApiProtocol.h"

#include <QString>
#include <QStringList>

class PurchaseJournal;

// cvm-purchaser-cli terminate: destroys instances the user has confirmed (Cli asks), follows them until the
// cloud lists them no more, and records that in the purchase history.
class TerminateCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminateCommand)

public:
    struct Options
    {
        Endpoint endpoint{ApiProtocol::current().api()}; // Cli sets it
        QString profile;
        QString region;
        QStringList instanceIds;
        int timeoutMs = 600'000;
        PurchaseJournal *history = nullptr; // records each instance that goes; outlives the command
    };

    TerminateCommand(const Options &options, CliReporter &reporter, QObject *parent = nullptr);

    void start() override;

private:
    Options m_options;
};
