// cvm-purchaser-cli's argument handling, as a script with a broken variable or a hostile caller gives it:
// the input is an argument list (NUL-separated), run through Cli::run without an event loop, so that
// every command parses, checks and refuses as it would, and none sends anything (a command that would
// run stops at Cli::exec, which needs a QCoreApplication). Standard input is empty: nothing waits.
#include "cli/Cli.h"
#include "fuzz/FuzzInput.h"

#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool stdinEmpty = std::freopen("/dev/null", "rb", stdin) != nullptr;
    if (!stdinEmpty)
        propertyBroken("standard input can be emptied");
    const QByteArray bytes = fuzzBytes(data, size);
    QStringList arguments;
    for (const QByteArray &part : bytes.split('\0'))
        arguments.append(QString::fromUtf8(part));
    if (arguments.size() > 64)
        return 0;

    QString out;
    QString err;
    int status = 0;
    {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        Cli cli(outStream, errStream);
        status = cli.run(arguments);
    }
    if (status < 0 || status > 6)
        propertyBroken("the exit status is one of the documented ones", QByteArray::number(status));
    // A value given to a secret option is never repeated, whatever else the arguments hold. Only a value
    // that looks like a secret (letters and digits, 8 or more characters) and appears in no other argument
    // can be told apart from the program's own words and from what the other arguments echo.
    for (const QString &argument : std::as_const(arguments)) {
        if (argument == QLatin1String("--"))
            break; // what follows is no option: an instance id, a file name
        const QString name = argument.section(u'=', 0, 0).toLower();
        const QString value = argument.section(u'=', 1);
        if (name != QLatin1String("--password") && name != QLatin1String("--secret-key"))
            continue;
        const bool secretLike = value.size() >= 8 && std::any_of(value.cbegin(), value.cend(), [](QChar c) {
                                    return c.isDigit();
                                }) && std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isLetter(); });
        const bool elsewhere = std::any_of(arguments.cbegin(), arguments.cend(), [&](const QString &other) {
            return &other != &argument && other.contains(value);
        });
        if (secretLike && !elsewhere && (out.contains(value) || err.contains(value)))
            propertyBroken("a secret given on the command line is never printed", value.toUtf8());
    }
    return 0;
}
