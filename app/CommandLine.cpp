#include "CommandLine.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace CommandLine {

QString valueProblem(const QCommandLineParser &parser)
{
    const QStringList names = parser.optionNames(); // as given, in order, repeated ones repeated
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        const QString flag = (name.size() == 1 ? u"-"_s : u"--"_s) + name;
        if (names.indexOf(name) != i)
            return QCoreApplication::translate("CommandLine", "%1 is given more than once; give it once.")
                .arg(flag);
        const QStringList values = parser.values(name);
        if (values.isEmpty())
            continue; // a switch
        const QString value = values.first();
        if (value.isEmpty())
            return QCoreApplication::translate("CommandLine",
                                               "%1 has an empty value; give a value or leave the flag out "
                                               "(an empty value never means the default).")
                .arg(flag);
        if (value.startsWith(u'-'))
            return QCoreApplication::translate("CommandLine",
                                               "%1 needs a value, but is followed by the option \"%2\".")
                .arg(flag, value);
    }
    return {};
}

} // namespace CommandLine
