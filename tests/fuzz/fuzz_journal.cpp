// The purchase journal as a crash, a full disk or another program may have
// left it: each input is the whole file. PurchaseJournal reads it, and every
// entry must be consistent with what the queries report.
#include "fuzz/FuzzInput.h"
#include "purchase/PurchaseJournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
// One file for the whole run, in memory when /dev/shm exists: a fresh folder
// for each input would cost more than the parsing.
QString journalPath()
{
    static const QTemporaryDir dir((QDir(u"/dev/shm"_s).exists() ? u"/dev/shm"_s : QDir::tempPath()) +
                                   u"/cvm-fuzz-journal-XXXXXX"_s);
    if (!dir.isValid())
        propertyBroken("a temporary folder for the journal can be created", dir.errorString().toUtf8());
    static const QString path = dir.filePath(u"journal.jsonl"_s);
    return path;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = journalPath();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            propertyBroken("the journal file can be written", file.errorString().toUtf8());
    }

    PurchaseJournal journal(path);
    if (!journal.lastError().isEmpty())
        propertyBroken("a readable journal file is read", journal.lastError().toUtf8());
    (void)journal.warnings();
    const QList<JournalEntry> entries = journal.entries();
    qsizetype byState = 0;
    for (const JournalEntry::State state :
         {JournalEntry::State::Unfinished, JournalEntry::State::Tracking, JournalEntry::State::Done,
          JournalEntry::State::Refused, JournalEntry::State::Dismissed})
        byState += journal.entries(state).size();
    if (byState != entries.size())
        propertyBroken("every entry is in exactly one state");

    for (const JournalEntry &e : entries) {
        if (e.id.isEmpty() || e.clientToken.isEmpty())
            propertyBroken("an entry has an id and a client token", e.id.toUtf8());
        if (!journal.entry(e.id) || !journal.entryForToken(e.clientToken))
            propertyBroken("an entry is found by its id and its token", e.id.toUtf8());
        if (e.order.clientToken != e.clientToken || !e.order.password.isEmpty())
            propertyBroken("an entry's order carries its token and no password", e.id.toUtf8());
        for (const QString &id : e.unsettledIds())
            if (e.settledStatus(id))
                propertyBroken("an unsettled instance has no settled status", id.toUtf8());
        for (const InstanceStatus &s : e.settled)
            if (!e.instanceIds.contains(s.instanceId))
                propertyBroken("only the entry's own instances settle", s.instanceId.toUtf8());
        (void)JournalEntry::stateText(e.state());
    }
    return 0;
}
