#pragma once

#include <QLoggingCategory>

// "cvm.keychain": what the keychain store does, by key name and outcome.
// Its messages name keys and errors, never a secret. Debug is off unless
// QT_LOGGING_RULES turns it on.
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
