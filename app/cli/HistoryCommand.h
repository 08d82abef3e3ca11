#pragma once

#include "purchase/PurchaseJournal.h"

#include <QCoreApplication>

class QTextStream;

// cvm-purchaser-cli history: past purchases from the purchase history, newest
// first, one line each or (--json) one object each. Reads the history only:
// no network, no keychain, no event loop.
class HistoryCommand final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    // Prints the purchases that match; returns the exit status (2 when the history cannot be read).
    static int run(const PurchaseJournal::Filter &filter, bool json, QTextStream &out, QTextStream &err);
};
