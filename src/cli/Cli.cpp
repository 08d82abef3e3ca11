#include "Cli.h"

#include "Catalog.h"
#include "OrderTemplate.h"
#include "OrderValidator.h"

#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

Cli::Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

QString Cli::helpText() const
{
    return tr("Usage: cvm-purchaser-cli COMMAND [OPTIONS]\n"
              "\n"
              "Buy pay-as-you-go Tencent Cloud CVM instances from order templates.\n"
              "\n"
              "Commands:\n"
              "  validate TEMPLATE   Check a template against every rule of the API; prints one\n"
              "                      line per problem, \"field: message\", and exits 1 if there is any.\n"
              "\n"
              "Options:\n"
              "  -h, --help          Show this help.\n"
              "  -v, --version       Show the version.\n"
              "\n"
              "Exit status: 0 success; 1 invalid template or order; 2 usage error; 3 refused by the API;\n"
              "4 some instances failed; 5 timed out while waiting; 6 network failure after the retries.\n");
}

int Cli::usageError(const QString &message)
{
    m_err << "cvm-purchaser-cli: " << message << '\n' << tr("Try 'cvm-purchaser-cli --help'.") << '\n';
    m_err.flush();
    return UsageError;
}

int Cli::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("a command is required."));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == "-h"_L1 || command == "--help"_L1 || command == "help"_L1) {
        m_out << helpText();
        m_out.flush();
        return Success;
    }
    if (command == "-v"_L1 || command == "--version"_L1) {
        m_out << "cvm-purchaser-cli " << CVM_PURCHASER_VERSION << '\n';
        m_out.flush();
        return Success;
    }
    if (command == "validate"_L1)
        return validate(rest);
    return usageError(tr("unknown command \"%1\".").arg(command));
}

int Cli::validate(const QStringList &arguments)
{
    if (arguments.contains("--help"_L1) || arguments.contains("-h"_L1)) {
        m_out << helpText();
        m_out.flush();
        return Success;
    }
    if (arguments.size() != 1 || arguments.first().startsWith(u'-'))
        return usageError(tr("validate takes exactly one template file."));

    const QString path = arguments.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_out << "template: " << tr("cannot read %1: %2").arg(path, file.errorString()) << '\n';
        m_out.flush();
        return InvalidOrder;
    }
    const OrderTemplate::ReadResult read = OrderTemplate::read(file.readAll());
    QList<FieldProblem> problems = read.problems;
    if (read.ok())
        problems = OrderValidator(Catalog::builtIn()).validate(read.order);

    int errors = 0;
    for (const FieldProblem &p : std::as_const(problems)) {
        if (p.isError()) {
            m_out << p.field << ": " << p.message << '\n';
            ++errors;
        } else {
            m_err << tr("warning: %1: %2").arg(p.field, p.message) << '\n';
        }
    }
    if (errors == 0)
        m_err << tr("%1: the order is valid.").arg(path) << '\n';
    m_out.flush();
    m_err.flush();
    return errors == 0 ? Success : InvalidOrder;
}
