#pragma once

#include "api/Endpoint.h"
#include "cli/CliCommand.h"
#include "protocol/ApiProtocol.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

class CliTracking;
class PurchaseJournal;

// cvm-purchaser-cli status: one snapshot of the given instances, or with
// --wait, tracking until each runs or fails.
class StatusCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusCommand)

public:
    struct Options
    {
        Endpoint endpoint{ApiProtocol::assumed().api()}; // Cli::resolveConnection sets it
        QString profile;
        QString region;
        QStringList instanceIds;
        // When the instances were bought: an unlisted instance counts as failed once it is a minute old.
        QDateTime since;
        bool wait = false;
        int timeoutMs = 600'000;
        // The purchase history, which outlives the command. When it is damaged or has lost purchases, the
        // region is also asked for the instances the program bought that the history does not list.
        const PurchaseJournal *history = nullptr;
    };

    StatusCommand(const Options &options, CliReporter &reporter, QObject *parent = nullptr);
    ~StatusCommand() override;

    void start() override;

private:
    Options m_options;
    ApiClient *m_client = nullptr;
    CliTracking *m_tracking = nullptr;
};
