// The old purchase journal (journal.jsonl) as a crash, a full disk or another
// program may have left it: each input is the whole file. LegacyJournal, which
// reads it when the SQLite history takes it over, parses it, and every entry
// must be consistent enough to be written into the history.
#include "fuzz/FuzzInput.h"
#include "purchase/LegacyJournal.h"

#include <QSet>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const LegacyJournal::Result result =
        LegacyJournal::parse(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));

    QSet<QString> ids;
    QSet<QString> tokens;
    for (const JournalEntry &e : result.entries) {
        if (e.id.isEmpty() || e.clientToken.isEmpty())
            propertyBroken("an entry has an id and a client token", e.id.toUtf8());
        if (ids.contains(e.id))
            propertyBroken("an entry id is taken over once", e.id.toUtf8());
        ids.insert(e.id);
        tokens.insert(e.clientToken);
        if (!result.orderJson.contains(e.id))
            propertyBroken("an entry keeps its order as it was recorded", e.id.toUtf8());
        if (e.order.clientToken != e.clientToken || !e.order.password.isEmpty())
            propertyBroken("an entry's order carries its token and no password", e.id.toUtf8());
        for (const QString &id : e.unsettledIds())
            if (e.settledStatus(id))
                propertyBroken("an unsettled instance has no settled status", id.toUtf8());
        for (const InstanceStatus &s : e.settled)
            if (!e.instanceIds.contains(s.instanceId))
                propertyBroken("only the entry's own instances settle", s.instanceId.toUtf8());
        if (!JournalEntry::historyStates().contains(e.historyState()))
            propertyBroken("an entry has one of the states `history` names", e.historyState().toUtf8());
        (void)JournalEntry::stateText(e.state());
    }
    if (result.orderJson.size() != result.entries.size())
        propertyBroken("one recorded order per entry");
    return 0;
}
