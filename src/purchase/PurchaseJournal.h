#pragma once

#include "order/PurchaseOrder.h"
#include "purchase/InstanceStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

struct ApiResult;
class QJsonObject;
class SecretStore;

// One purchase as the journal knows it, rebuilt from its records.
struct JournalEntry
{
    enum class State {
        Unfinished, // submitted, no confirmed ids: resend with the same clientToken, or dismiss
        Tracking,   // ids confirmed, not every instance settled: track again
        Done,       // every instance settled (running or failed)
        Refused,    // the cloud refused every attempt: nothing was bought
        Dismissed,  // the administrator closed it
    };

    QString id;
    QDateTime time; // UTC, when it was submitted
    QString clientToken;
    QString endpoint;
    QString region;
    PurchaseOrder order;       // clientToken set; the password is never in the journal
    QStringList orderProblems; // why the recorded order cannot be read back, when it cannot
    bool hasPassword = false;  // the password is held in the SecretStore under PurchaseJournal::secretKey(id)
    QStringList instanceIds;
    QList<InstanceStatus> settled; // in the order they settled
    QString refusalName;           // ApiResult::errorName() of a refusal
    QString refusalMessage;        // ApiResult::describe() of a refusal
    bool dismissed = false;

    State state() const;
    QStringList unsettledIds() const;
    const InstanceStatus *settledStatus(const QString &instanceId) const;
    // The state in a word of the user's language, for sentences such as "Purchase X is done".
    static QString stateText(State state);
};

// The purchase journal: an append-only JSON-lines file (one record per line,
// readable by a person) that is flushed to disk before each request leaves,
// so that no crash, network cut or restart loses a purchase or repeats one.
// Records: submit, ids, settled (one per instance), refused, dismissed.
class PurchaseJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseJournal)

public:
    // <GenericDataLocation>/cvm-purchaser/journal.jsonl, i.e. $XDG_DATA_HOME/cvm-purchaser/journal.jsonl
    // whatever the application and organisation names are.
    static QString defaultPath();
    // Where the instance password of an entry is held until the purchase is confirmed.
    static QString secretKey(const QString &entryId);

    // Reads the file at once; a missing file is an empty journal.
    explicit PurchaseJournal(const QString &path = defaultPath(), QObject *parent = nullptr);

    QString path() const { return m_path; }

    // Reads the file again (another process may have written to it). Unreadable
    // lines become warnings, never failures; false only when the file exists
    // but cannot be opened.
    bool reload();
    // Problems met while reading, one sentence each: a torn last line, a corrupt
    // line skipped, a record naming an unknown entry.
    QStringList warnings() const { return m_warnings; }
    // Why the last append or reload failed.
    QString lastError() const { return m_lastError; }

    QList<JournalEntry> entries() const { return m_entries; } // in the order they were submitted
    QList<JournalEntry> entries(JournalEntry::State state) const;
    std::optional<JournalEntry> entry(const QString &entryId) const;
    std::optional<JournalEntry> entryForToken(const QString &clientToken) const;

    // Each append writes one line, flushes and fsyncs it before returning;
    // false (and lastError()) when it could not be made durable.

    // Starts an entry for the order (its clientToken must be set) under entryId,
    // or a fresh UUID when it is empty; returns the entry id, or an empty string.
    QString recordSubmit(const PurchaseOrder &order, const QString &endpoint, const QString &entryId = {});
    bool recordIds(const QString &entryId, const QStringList &instanceIds);
    bool recordSettled(const QString &entryId, const InstanceStatus &status);
    bool recordRefused(const QString &entryId, const ApiResult &result);
    // Closes the entry; with a store, also removes a password still held for it (asynchronously).
    bool dismiss(const QString &entryId, SecretStore *secrets = nullptr);

Q_SIGNALS:
    void entryChanged(const QString &entryId);

private:
    bool append(const QJsonObject &record, const QStringList &keyOrder);
    // Applies one record to the in-memory entries; returns why it was not applied, or an empty string.
    QString apply(const QJsonObject &record);
    JournalEntry *find(const QString &entryId);

    QString m_path;
    QList<JournalEntry> m_entries;
    QHash<QString, qsizetype> m_index;
    QStringList m_warnings;
    QString m_lastError;
};
