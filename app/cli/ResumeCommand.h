#pragma once

#include "api/Endpoint.h"
#include "cli/CliCommand.h"
#include "protocol/ApiProtocol.h"

#include <QString>
#include <QStringList>

class CliTracking;
class PurchaseJournal;
class PurchaseRun;
struct JournalEntry;

// cvm-purchaser-cli resume: every journaled purchase sent to this endpoint
// that has no confirmed instance ids is sent again with its own clientToken
// (the cloud answers with the instances it already bought, or buys once), and
// every purchase with unsettled instances is tracked; one after the other.
class ResumeCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumeCommand)

public:
    struct Options
    {
        Endpoint endpoint{ApiProtocol::assumed().api()}; // Cli::resolveConnection sets it
        QString profile;
        int timeoutMs = 600'000;
    };

    ResumeCommand(const Options &options, CliReporter &reporter, QObject *parent = nullptr);
    ~ResumeCommand() override;

    void start() override;

private:
    void next();
    PurchaseRun *newRun();
    void resend(const JournalEntry &entry);
    // Reports the tracking the run does once it has the entry's instance ids.
    void follow(const JournalEntry &entry);
    void entryDone(int exitStatus);
    // Finishes with the worst status, after asking an API 3.0 cloud for instances the history no longer lists
    // when it had problems or damaged records.
    void end();

    Options m_options;
    ApiClient *m_client = nullptr;
    PurchaseJournal *m_journal = nullptr;
    PurchaseRun *m_run = nullptr;
    CliTracking *m_tracking = nullptr;
    QStringList m_queue; // entry ids still to do
    int m_worst = 0;     // the highest exit status of the entries done so far
    bool m_historyDamaged = false;
};
