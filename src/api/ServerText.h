#pragma once

#include <QString>

// Text that came from a server (ids, names, messages) is data: before it is shown in a terminal, a
// window, the history or an exported file, its control characters are written out as escapes, so that
// a reply cannot retitle or clear a terminal, forge an output line, or reorder text on screen.
namespace ServerText {

// `s` with every C0/C1 control character, DEL, line/paragraph separator and bidirectional-formatting
// character replaced by a visible escape (\n, \r, \t, \e, \xHH, \uHHHH); other text unchanged.
QString shown(const QString &s);

// True when shown(s) would change something.
bool hasControls(const QString &s);

} // namespace ServerText
