#pragma once

#include "protocol/ApiParams.h"

#include <QString>
#include <QStringList>

// Keeping secrets out of what the product shows, logs and prints.
namespace Redaction {

// What a hidden value reads as in logs and the request preview.
inline constexpr char16_t kMask[] = u"••••";

// "********ABCD": a fixed run of 8 asterisks (the length is nobody's business
// either) and the last 4 characters. An id shorter than 8 characters shows
// asterisks only, so that most of it is never on screen. Asterisks, not
// bullets: a Chinese font draws "•" full width, and 8 of them read as a
// spaced row of dots beside the narrow letters.
QString maskSecretId(const QString &secretId);

// True for parameters whose value is a secret: Signature, SecretKey, Token
// and Password in any case, also as the last part of a dotted name
// ("LoginSettings.Password").
bool isSecretParameter(const QString &name);

// The same parameters, in the same order, with every secret value replaced
// by kMask.
ApiParams redactParams(const ApiParams &params);

// text with every occurrence of each non-empty secret replaced by kMask:
// for messages that might quote a value back (server errors, exceptions).
QString redactSecrets(QString text, const QStringList &secrets);

} // namespace Redaction
