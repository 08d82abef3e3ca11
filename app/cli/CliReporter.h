#pragma once

#include "purchase/InstanceStatus.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <tuple>

class QTextStream;

// Everything cvm-purchaser-cli prints goes through here: with --json one JSON
// object per line on standard output (CONTRACTS.md's events, nothing else)
// and the human-readable progress on standard error; without --json the
// progress on standard output. Errors and warnings always go to standard
// error. Every registered secret is masked in every line before it leaves, and no line
// carries a control character (JSON escapes them; lines for people are escaped).
class CliReporter final
{
    Q_DECLARE_TR_FUNCTIONS(CliReporter)

public:
    CliReporter(QTextStream &out, QTextStream &err, bool json);

    bool isJson() const { return m_json; }

    // A value that must never be printed: SecretKey, session token, instance password.
    void addSecret(const QString &secret);

    // A line of progress for a person.
    void progress(const QString &line);
    // A line for a person on standard error always, where standard output carries a command's result.
    void note(const QString &line);
    // "cvm-purchaser-cli: warning: ..." on standard error.
    void warning(const QString &message);
    // An error: the "error" event with --json, and one line on standard error always.
    void error(const QString &code, const QString &message);

    void submitted(const QString &clientToken, const QStringList &instanceIds);
    void retry(int attempt, const QString &reason, int delayMs);
    // Prints an instance when what a script sees of it (state, addresses) changed since it was last printed.
    void state(const InstanceStatus &status);
    // "Instances: 1 of 3 running, 2 pending, 0 failed" when the counts differ from the last line printed.
    void counts(const QList<InstanceStatus> &instances);
    // The next counts() prints whatever the counts are (a new group of instances is followed).
    void resetCounts() { m_lastCounts = {-1, -1, -1, -1}; }
    // --dry-run: the cloud checked the order and would buy it; nothing was bought.
    // price is the hourly price of the whole order when the cloud could tell it.
    void dryRunAccepted(int instanceCount, const ApiReplies::Price *price);
    void done(const QStringList &running, const QStringList &failed, const QStringList &pending);
    // terminate: what became of an instance (terminating, terminated, protected, refused, unknown), with the
    // cloud's or the network's words when it was not terminated.
    void terminationState(const QString &instanceId, const QString &fate, const QString &reason);
    void terminationDone(const QStringList &terminated, const QStringList &notTerminated,
                         const QStringList &pending);
    // Instances the program bought (tagged with clientToken) that the purchase history does not list.
    void untracked(const QString &region, const QString &clientToken, const QStringList &instanceIds);

    // An object of its own on a line of standard output (`list --json`), the keys in the order given, secrets
    // masked.
    void object(const QList<QPair<QString, QJsonValue>> &fields) { event(fields); }

    // The stable state name of an instance for scripts: creating, running, failed, other.
    static QString stateName(const InstanceStatus &status);

private:
    using Field = QPair<QString, QJsonValue>;
    void event(const QList<Field> &fields);
    void human(const QString &line);
    QString redact(QString text) const;
    // A line for people as it may reach a terminal: secrets masked, control characters escaped.
    QString shown(const QString &line) const;
    QJsonValue redact(const QJsonValue &value) const;

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json;
    QStringList m_secrets;
    // Instance id -> what was last printed of it, for scripts and for people.
    QHash<QString, QString> m_printedForScripts;
    QHash<QString, QString> m_printedForPeople;
    std::tuple<int, int, int, int> m_lastCounts{-1, -1, -1, -1};
};
