#include "cli/ConvertCommand.h"

#include "cli/Cli.h"
#include "order/Catalog.h"
#include "order/OrderConversion.h"
#include "order/OrderTemplate.h"
#include "order/OrderValidator.h"

#include <QTextStream>

int ConvertCommand::run(const QString &path, QTextStream &out, QTextStream &err)
{
    auto done = [&](int exitStatus) {
        out.flush();
        err.flush();
        return exitStatus;
    };
    // Lines as validate prints them: errors on standard output, warnings on standard error.
    auto print = [&](const QList<FieldProblem> &problems) {
        int errors = 0;
        for (const FieldProblem &p : problems) {
            if (p.isError()) {
                out << p.field << ": " << p.message << '\n';
                ++errors;
            } else {
                err << tr("warning: %1: %2").arg(p.field, p.message) << '\n';
            }
        }
        return errors;
    };

    const OrderTemplate::ReadResult read = OrderTemplate::readFile(path);
    QList<FieldProblem> problems = read.problems;
    if (read.ok())
        problems = OrderValidator(Catalog::builtIn()).validate(read.order);
    if (print(problems) > 0)
        return done(Cli::InvalidOrder);
    if (read.order.api != PurchaseOrder::Api::V2) {
        err << "cvm-purchaser-cli: "
            << tr("%1 is an API %2 template already; convert takes API 2.0 templates.")
                   .arg(path, PurchaseOrder::apiName(read.order.api))
            << '\n'
            << Cli::tr("Try 'cvm-purchaser-cli --help'.") << '\n';
        return done(Cli::UsageError);
    }

    const OrderConversion::Result converted = OrderConversion::toApi3(read.order);
    if (!converted.ok()) {
        print(converted.unconvertible);
        err << tr("%1 has no API 3.0 equivalent; nothing was converted.").arg(path) << '\n';
        return done(Cli::InvalidOrder);
    }
    out << QString::fromUtf8(OrderTemplate::write(converted.order));
    return done(Cli::Success);
}
