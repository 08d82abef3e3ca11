#pragma once

#include "purchase/PurchaseJournal.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

// The JSON-lines journal (journal.jsonl) the purchase history used to be: one
// record per line (submit, ids, settled, refused, dismissed). Only read now, to
// take an old journal over into the SQLite history once.
namespace LegacyJournal {

struct Result
{
    QList<JournalEntry> entries; // in the order they were submitted
    QStringList warnings;        // one sentence per line that could not be used
    QHash<QString, QByteArray> orderJson; // by entry id: the order exactly as its submit record held it
};

// Reads a whole journal file's content; never fails, unusable lines become warnings.
Result parse(const QByteArray &content);

} // namespace LegacyJournal
