#include "cli/TerminalInput.h"

#include <QtGlobal>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace TerminalInput {

namespace {
// Overwrites memory that held a secret; volatile so the compiler keeps the stores.
void wipe(char *data, std::size_t size)
{
    volatile char *p = data;
    while (size--)
        *p++ = 0;
}

#ifndef Q_OS_WIN
// Only async-signal-safe calls in the handler: tcsetattr, sigaction, raise.
struct termios g_saved;
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
struct sigaction g_previous[sizeof kSignals / sizeof kSignals[0]];

extern "C" void restoreAndReraise(int signal)
{
    ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    for (std::size_t i = 0; i < sizeof kSignals / sizeof kSignals[0]; ++i)
        if (kSignals[i] == signal)
            ::sigaction(signal, &g_previous[i], nullptr);
    ::raise(signal);
}
#endif
} // namespace

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return ::isatty(STDIN_FILENO) == 1;
#endif
}

HiddenInput::HiddenInput()
{
    if (!stdinIsTerminal())
        return;
#ifdef Q_OS_WIN
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (GetConsoleMode(input, &mode) && SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT)))
        m_hiding = true;
#else
    if (::tcgetattr(STDIN_FILENO, &g_saved) != 0)
        return;
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = restoreAndReraise;
    sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < sizeof kSignals / sizeof kSignals[0]; ++i)
        ::sigaction(kSignals[i], &action, &g_previous[i]);
    struct termios quiet = g_saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= tcflag_t(ECHONL); // the Enter key still moves the cursor to the next line
    if (::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0) {
        m_hiding = true;
    } else {
        for (std::size_t i = 0; i < sizeof kSignals / sizeof kSignals[0]; ++i)
            ::sigaction(kSignals[i], &g_previous[i], nullptr);
    }
#endif
}

HiddenInput::~HiddenInput()
{
    if (!m_hiding)
        return;
#ifdef Q_OS_WIN
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (GetConsoleMode(input, &mode))
        SetConsoleMode(input, mode | ENABLE_ECHO_INPUT);
#else
    ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    for (std::size_t i = 0; i < sizeof kSignals / sizeof kSignals[0]; ++i)
        ::sigaction(kSignals[i], &g_previous[i], nullptr);
#endif
}

std::optional<QString> readLine(bool *tooLong)
{
    // Byte by byte, unbuffered, into a buffer this function owns and wipes: no
    // copy of the secret stays in a stdio buffer, and nothing after the line is
    // taken from the input.
    char buffer[kMaxLineBytes + 1];
    std::size_t size = 0;
    bool any = false;
    *tooLong = false;
    for (;;) {
        char c = 0;
#ifdef Q_OS_WIN
        const int got = _read(0, &c, 1);
#else
        ssize_t got = 0;
        do
            got = ::read(STDIN_FILENO, &c, 1);
        while (got < 0 && errno == EINTR);
#endif
        if (got != 1)
            break;
        any = true;
        if (c == '\n')
            break;
        if (size == sizeof buffer) {
            *tooLong = true;
            break;
        }
        buffer[size++] = c;
    }
    std::optional<QString> line;
    std::size_t length = size;
    if (length > 0 && buffer[length - 1] == '\r')
        --length;
    if (length > std::size_t(kMaxLineBytes))
        *tooLong = true;
    if (any && !*tooLong)
        line = QString::fromUtf8(buffer, qsizetype(length));
    wipe(buffer, sizeof buffer);
    return line;
}

} // namespace TerminalInput
