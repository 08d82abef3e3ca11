#pragma once

#include <QString>
#include <QStringList>

// The numbering patterns of instance and host names, expanded as the cloud does when several instances
// are bought (PROTOCOL.md section 11): each "{R:x}" becomes x, x+1, ... x+n-1; "{R:x,F:y}" the same,
// zero-padded to y digits (0-8; a longer number keeps its digits); in host names "{IP}" becomes the
// instance's private address. Anything else in braces is plain text. A name without a pattern is the
// same for one instance and gets the suffix 1, 2, ... n when there are several. The sandbox names its
// instances with this, and a window can preview the names before buying.
class NamePattern
{
public:
    // The names of `count` instances called `pattern`.
    static QStringList instanceNames(const QString &pattern, int count);
    // The host names of `count` instances; privateIps[i] replaces {IP} in the i-th name (an instance
    // whose address is not known yet keeps "{IP}").
    static QStringList hostNames(const QString &pattern, int count, const QStringList &privateIps);
    // Whether `text` holds a pattern, {IP} counting only for host names.
    static bool hasPattern(const QString &text, bool hostName);
};
