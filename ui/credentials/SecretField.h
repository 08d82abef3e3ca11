#pragma once

class QLineEdit;

namespace SecretField {
// Keeps what is typed or shown in a password or key field off the clipboard,
// also while it is shown in plain text (a generated password shown once to be
// noted down): copy and cut keys do nothing, there is no context menu with
// "Copy", no drag, and no selection that the X11 selection clipboard could
// take. A password echo mode alone refuses copying, but not once revealed.
void protect(QLineEdit *edit);
} // namespace SecretField
