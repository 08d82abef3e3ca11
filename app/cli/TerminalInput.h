#pragma once

#include <QString>

#include <optional>

// Secrets typed or piped into standard input: lines read without echo when
// standard input is a terminal, so that nobody reads them over a shoulder or
// in a terminal's scrollback.
namespace TerminalInput {

bool stdinIsTerminal();

// While one exists and standard input is a terminal, what is typed is not
// echoed; the terminal is restored when it goes, and also when the process is
// interrupted (Ctrl+C, hang-up, termination) meanwhile.
class HiddenInput final
{
public:
    HiddenInput();
    ~HiddenInput();
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

    bool isHiding() const { return m_hiding; }

private:
    bool m_hiding = false;
};

// The longest line readLine takes: a password or a key is far shorter, and an input that never ends a line
// (`< /dev/zero`) must not be read forever.
inline constexpr int kMaxLineBytes = 1024;

// The next line of standard input without its line ending ("\n" or "\r\n"),
// or nothing at the end of the input, or when the line is longer than
// kMaxLineBytes (then *tooLong is set). The bytes are UTF-8; the copy read
// from the stream is wiped before returning.
std::optional<QString> readLine(bool *tooLong);

} // namespace TerminalInput
