#pragma once

#include <QString>

class QCommandLineParser;

// Checks QCommandLineParser leaves to its callers, shared by cvm-purchaser and cvm-purchaser-cli: a flag
// given twice (QCommandLineParser keeps the last one silently), a value that is empty (an unset shell
// variable: `--endpoint "$URL"` must never mean "the default cloud"), and a value that is really the
// next option (`--profile --no-wait` takes "--no-wait" as the profile name).
namespace CommandLine {

// Why the parsed arguments cannot be used, naming the flag; an empty string when they can.
QString valueProblem(const QCommandLineParser &parser);

} // namespace CommandLine
