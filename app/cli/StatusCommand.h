#pragma once

#include "api/Endpoint.h"
#include "cli/CliCommand.h"
#include "protocol/ApiProtocol.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

class CliTracking;

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
    };

    StatusCommand(const Options &options, CliReporter &reporter, QObject *parent = nullptr);
    ~StatusCommand() override;

    void start() override;

private:
    Options m_options;
    CliTracking *m_tracking = nullptr;
};
