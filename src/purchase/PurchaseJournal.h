#pragma once

#include "order/PurchaseOrder.h"
#include "purchase/InstanceStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

struct ApiResult;
class QSqlQuery;
class QThread;
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
    QStringList terminatedIds; // terminated through this program (cvm-purchaser-cli terminate, the window)
    QString refusalName;           // ApiResult::errorName() of a refusal
    QString refusalMessage;        // ApiResult::describe() of a refusal
    bool dismissed = false;
    // Why the record cannot be trusted (its checksum or its clientToken does not hold), or empty. A
    // damaged purchase is never sent again: what it would buy is no longer known for sure.
    QString damage;

    bool isDamaged() const { return !damage.isEmpty(); }
    State state() const;
    QStringList unsettledIds() const;
    QStringList failedIds() const; // settled as failed, in the order they settled
    // The same order for `count` new instances (buying replacements for failed ones): a new purchase, so
    // no client token and no password, which the user gives again.
    PurchaseOrder replacementOrder(int count) const;
    const InstanceStatus *settledStatus(const QString &instanceId) const;
    // The state in a word of the user's language, for sentences such as "Purchase X is done".
    static QString stateText(State state);
    // The state as `history` names it (CONTRACTS.md): unconfirmed, tracking, running, partly-failed,
    // failed or terminated. A refusal and a dismissal bought nothing: failed.
    QString historyState() const;
    static const QStringList &historyStates();
};

// The purchase history: a SQLite database (Qt SQL, QSQLITE) in WAL mode. The
// record of an order and its clientToken is committed with synchronous=FULL
// before the request leaves, so that no crash, network cut or restart loses a
// purchase or repeats one. Every purchase carries a checksum over what decides
// what is bought (order, clientToken, endpoint, API); a record that fails it is
// reported as damaged and never resent. Opening runs PRAGMA quick_check and
// compares the number of purchases with the number seen last time; a database
// that fails either is reported (a failing one is copied aside, never
// overwritten). An old journal.jsonl beside the database is taken over once and
// kept as journal.jsonl.imported. Nothing is held in memory: each query reads
// the database, so that a window and the CLI can share it (busy timeout).
class PurchaseJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseJournal)

public:
    // <GenericDataLocation>/cvm-purchaser/history.sqlite, i.e. $XDG_DATA_HOME/cvm-purchaser/history.sqlite
    // whatever the application and organisation names are.
    static QString defaultPath();
    // The old journal a history at `historyPath` takes over: journal.jsonl in the same folder.
    static QString legacyPath(const QString &historyPath);
    // Where the instance password of an entry is held until the purchase is confirmed.
    static QString secretKey(const QString &entryId);
    // Whether a clientToken can be what was sent: 1 to 64 printable ASCII characters.
    static bool isWellFormedToken(const QString &clientToken);

    // When PRAGMA quick_check runs: before the constructor returns, or (the window, whose start-up must not
    // grow with the history) on a thread of its own started by startCheck() (once the window is up) or by the
    // first write or reload(), reported through problemsChanged(). Every write and reload() waits for its
    // verdict first, so nothing is sent from a history that has not passed it.
    enum class Check { AtOpen, InBackground };

    // Opens (creating it when missing) and checks the database, and takes an old journal over.
    explicit PurchaseJournal(const QString &path = defaultPath(), QObject *parent = nullptr,
                             Check check = Check::AtOpen);
    ~PurchaseJournal() override;

    QString path() const { return m_path; }
    // Check::InBackground: starts the check, unless it has started already.
    void startCheck();
    // False when the database could not be opened or failed its check: then nothing is read or written.
    bool isUsable() const { return m_usable; }

    // Kept for callers that reread after another process wrote: the database is always read afresh.
    // False when the history is not usable.
    bool reload();
    // Things met while opening that a person should know, one sentence each: lines of an old journal
    // that could not be taken over, where it was kept.
    QStringList warnings() const { return m_warnings; }
    // Problems with the history as a whole, one sentence each: it failed its integrity check, or it has
    // fewer purchases than when it was last used. Nothing to resume cannot be concluded from it then.
    QStringList problems() const { return m_problems; }
    // Why the last write or opening failed.
    QString lastError() const { return m_lastError; }

    bool isEmpty() const;
    qsizetype count() const;
    QList<JournalEntry>
    entries() const; // in the order they were submitted (all of them: for tests and tools)
    QList<JournalEntry> entries(JournalEntry::State state) const; // by an indexed query
    std::optional<JournalEntry> entry(const QString &entryId) const;
    std::optional<JournalEntry> entryForToken(const QString &clientToken) const;
    std::optional<JournalEntry> entryForInstance(const QString &instanceId) const; // by an indexed query

    // What `history` and the purchases list show, newest first. Empty values do not filter.
    struct Filter
    {
        QString search;        // part of an instance id, a name, a client token or a zone
        QDateTime since;       // submitted at or after
        QString state;         // one of JournalEntry::historyStates()
        QString zone;          // exactly this zone
        int limit = -1;        // at most this many; -1 for all
        qint64 beforeSeq = -1; // only purchases older than this one (Summary::seq): the next page
    };
    // One purchase as a list shows it: read from one row, without reading its order back.
    struct Summary
    {
        qint64 seq = 0; // the order of submission
        QString id;
        QDateTime time;
        QString clientToken;
        QString api; // "2.0" or "3.0"
        QString region;
        QString zone;
        QString instanceType;
        int count = 0; // ordered
        QString state; // JournalEntry::historyState()
        QStringList instanceIds;
        int failed = 0;  // instances that settled as failed
        int terminated = 0;    // instances terminated through this program
        QDateTime terminateAt; // when the cloud is to destroy the instances (the order's timer), or invalid
        QString refusal; // the cloud's words when it refused
        bool dismissed = false;
        QString damage; // as JournalEntry::damage
    };
    QList<Summary> summaries(const Filter &filter) const;
    // How many purchases are in a `history` state (an indexed count).
    qsizetype countInState(const QString &historyState) const;
    // The zones purchases were made in, for a filter.
    QStringList zones() const;
    // The SQL after "FROM purchases p" that selects the matching purchases, newest first, and the values
    // to bind in order.
    static QString filterClause(const Filter &filter, QVariantList *values);
    QList<JournalEntry> find(const Filter &filter) const;
    // The connection the purchases list reads through (same thread only).
    QSqlDatabase database() const;

    // Each record is one transaction, committed before returning (on the disk, except how an instance
    // settled, which tracking finds again); false (and lastError()) when it could not be made durable.

    // Starts an entry for the order (its clientToken must be set) under entryId,
    // or a fresh UUID when it is empty; returns the entry id, or an empty string.
    QString recordSubmit(const PurchaseOrder &order, const QString &endpoint, const QString &entryId = {});
    bool recordIds(const QString &entryId, const QStringList &instanceIds);
    bool recordSettled(const QString &entryId, const InstanceStatus &status);
    // The instance is gone, terminated through this program: every purchase that lists it says so (a
    // purchase with all its instances terminated is "terminated"). An instance no purchase lists is no error.
    bool recordTerminated(const QString &instanceId);
    bool recordRefused(const QString &entryId, const ApiResult &result);
    // Closes the entry; with a store, also removes a password still held for it (asynchronously).
    bool dismiss(const QString &entryId, SecretStore *secrets = nullptr);

Q_SIGNALS:
    void entryChanged(const QString &entryId);
    // The background check found the database damaged: problems() says so, and it is no longer used.
    void problemsChanged();

private:
    bool open();
    // Opens the database now if it was not created yet (nothing had been written); false when it cannot be.
    bool ensureOpen();
    bool openedForReading() const;
    qsizetype recordedCount() const;
    bool createOrMigrate();
    void checkIntegrity();
    // Takes the background check's verdict (waiting for it when it has not come yet).
    void awaitCheck();
    void damaged(const QString &failure);
    void importLegacy();
    void checkCount();
    void rememberCount();
    QString seenPath() const;
    bool failWrite(const QSqlQuery &query, const QString &what);
    // "cannot be written" with the database's detail (a transaction that could not begin or commit); false.
    bool failWrite(const QString &detail);
    QList<JournalEntry> select(const QString &where, const QVariantList &values) const;
    bool updateState(qint64 seq);
    // Inserts a whole entry (a submit, or one taken over from the old journal) in the current transaction.
    bool insertEntry(const JournalEntry &entry, const QString &orderJson, const QDateTime &time);

    QString m_path;
    QString m_connection;
    bool m_usable = false;
    bool m_opened = false;
    Check m_check = Check::AtOpen;
    QThread *m_checkThread = nullptr;
    bool m_checkPending = false; // Check::InBackground, not started yet
    QString
        m_checkFailure; // written by the check's thread before it finishes, read after it has // the database
                        // exists and is open; until the first write, a missing one is not created
    QStringList m_warnings;
    QStringList m_problems;
    QString m_lastError;
};
