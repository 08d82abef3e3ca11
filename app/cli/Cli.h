#pragma once

#include "api/Endpoint.h"
#include "order/OrderValidator.h"
#include "order/PurchaseOrder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

class CliCommand;
class CliReporter;
class PurchaseJournal;
class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

// cvm-purchaser-cli (CONTRACTS.md), callable in-process: arguments without the
// program name, standard output and error, and the exit status returned.
// Commands that talk to the network or the keychain run in the application's
// event loop: run() starts it (QCoreApplication::exec()) and returns when the
// command has finished, so a QCoreApplication must exist.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitStatus {
        Success = 0,
        InvalidOrder = 1,
        UsageError = 2,
        RefusedByApi = 3,
        InstancesFailed = 4,
        TimedOut = 5,
        NetworkFailure = 6,
    };

    Cli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

    QString helpText() const;

private:
    int validate(const QStringList &arguments);
    int purchase(const QStringList &arguments);
    int status(const QStringList &arguments);
    int terminate(const QStringList &arguments);
    int resume(const QStringList &arguments);
    int history(const QStringList &arguments);
    int list(const QStringList &arguments);
    int exportOrder(const QStringList &arguments);
    int convert(const QStringList &arguments);
    int credentials(const QStringList &arguments);

    // Parses a command's arguments; false with *exitStatus set when the run ends here (--help, a usage
    // error).
    bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
               int *exitStatus);
    // A password or key given as an argument is refused before anything else reads the arguments.
    bool refuseSecretArguments(const QStringList &arguments, int *exitStatus);
    // --endpoint (flag, environment, default) and --profile, checked; false with *exitStatus set on a usage error.
    bool resolveConnection(const QCommandLineParser &parser, Endpoint *endpoint, QString *profile, int *exitStatus);
    // Where given instances are: the API and region the history recorded for them, or CVM_PURCHASER_API, the
    // profile's API and --region; false with *exitStatus set after reporting a usage error. Without instances
    // (list), the region is --region, else the region the window's wizard starts in.
    struct InstancePlace
    {
        PurchaseOrder::Api api = PurchaseOrder::Api::V2;
        QString region;
        bool allKnown = false; // the history lists every one of them
        QDateTime earliest;    // when the earliest of them was bought, as far as the history knows
    };
    bool placeInstances(const QCommandLineParser &parser, const QCommandLineOption &region,
                        const QCommandLineOption &profile, const QStringList &instanceIds,
                        const PurchaseJournal &journal, InstancePlace *place, int *exitStatus);
    // purchase --replace-failed PURCHASE (a client token or one of its instance ids): the past purchase's
    // order for its failed instances and the endpoint it was sent to; another status after reporting why
    // there is none.
    int replacementOrder(const QString &purchase, CliReporter &reporter, PurchaseOrder *order,
                         QString *endpoint);
    // What status and terminate share: the instance ids (each once; with checkIds each well formed, as
    // nothing is destroyed on a typo), --timeout, the connection and where the instances are, the endpoint
    // speaking their API; false with *exitStatus set after reporting a usage error.
    struct InstanceTarget
    {
        QStringList instanceIds;
        int timeoutMs = 0;
        Endpoint endpoint{PurchaseOrder::Api::V2};
        QString profile;
        InstancePlace place;
    };
    bool instanceTarget(const QCommandLineParser &parser, const QCommandLineOption &region,
                        const QCommandLineOption &profile, const QString &command,
                        const PurchaseJournal &journal, InstanceTarget *target, int *exitStatus,
                        bool checkIds = false);
    // --timeout SECONDS in milliseconds, or -1 after reporting a usage error.
    int timeoutMs(const QCommandLineParser &parser);
    // Runs the command in the event loop and returns its exit status.
    int exec(CliCommand *command);
    int printHelp();
    // Prints validation problems as `validate` does (errors `field: message` on standard output, warnings
    // on standard error) and returns the number of errors.
    int printProblems(const QList<FieldProblem> &problems);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};
