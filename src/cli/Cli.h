#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// cvm-purchaser-cli (CONTRACTS.md), callable in-process: arguments without the
// program name, standard output and error, and the exit status returned.
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

private:
    int validate(const QStringList &arguments);
    int usageError(const QString &message);
    QString helpText() const;

    QTextStream &m_out;
    QTextStream &m_err;
};
