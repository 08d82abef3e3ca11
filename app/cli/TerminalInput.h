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

// The next line of standard input without its line ending ("\n" or "\r\n"),
// or nothing at the end of the input. The bytes are UTF-8; the copy read from
// the stream is wiped before returning.
std::optional<QString> readLine();

} // namespace TerminalInput
