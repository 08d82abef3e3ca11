#include "api/ServerText.h"

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) // C0, DEL, C1
           || c == 0x2028 || c == 0x2029                       // line and paragraph separators
           || c == 0x061c || c == 0x200e || c == 0x200f        // bidi marks
           || (c >= 0x202a && c <= 0x202e)                     // bidi embeddings and overrides
           || (c >= 0x2066 && c <= 0x2069);                    // bidi isolates
}

} // namespace

namespace ServerText {

bool hasControls(const QString &s)
{
    for (const QChar c : s) {
        if (needsEscape(c.unicode()))
            return true;
    }
    return false;
}

QString shown(const QString &s)
{
    if (!hasControls(s))
        return s;
    QString out;
    out.reserve(s.size() + 16);
    for (const QChar qc : s) {
        const char16_t c = qc.unicode();
        if (!needsEscape(c)) {
            out += qc;
            continue;
        }
        switch (c) {
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        case 0x1b: out += QLatin1String("\\e"); break;
        default:
            if (c < 0x100)
                out += QLatin1String("\\x") + QString::number(c, 16).rightJustified(2, u'0');
            else
                out += QLatin1String("\\u") + QString::number(c, 16).rightJustified(4, u'0');
        }
    }
    return out;
}

} // namespace ServerText
