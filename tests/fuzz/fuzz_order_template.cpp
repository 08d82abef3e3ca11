// Order templates from disk (CLI, wizard, journal). Beyond not crashing:
// - an accepted template's order, written back with OrderTemplate::write,
//   reads back as the same order, and writing that again gives the same bytes;
// - when that order also passes OrderValidator (what the CLI and the wizard
//   require before buying, and so what the journal records), its written
//   template is accepted. read() alone judges only the keys a template sets,
//   so an order whose omitted keys' defaults clash (CVM.I1 with the default
//   local disk) is accepted by read() and refused once written in full.
#include "fuzz/FuzzInput.h"
#include "order/Catalog.h"
#include "order/OrderTemplate.h"

namespace {
QByteArray problemsText(const OrderTemplate::ReadResult &result)
{
    QByteArray text;
    for (const FieldProblem &p : result.problems)
        text += p.field.toUtf8() + ": " + p.message.toUtf8() + '\n';
    return text;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const OrderTemplate::ReadResult first = OrderTemplate::read(fuzzBytes(data, size));
    if (!first.ok())
        return 0;

    const QByteArray written = OrderTemplate::write(first.order);
    const OrderTemplate::ReadResult second = OrderTemplate::read(written);
    if (second.order != first.order)
        propertyBroken("the template written from an accepted order reads back as that order",
                       written + problemsText(second));
    if (OrderTemplate::write(second.order) != written)
        propertyBroken("writing a template is stable", written);
    const bool valid = !OrderValidator::hasErrors(OrderValidator(Catalog::builtIn()).validate(first.order));
    if (valid && !second.ok())
        propertyBroken("the template written from a valid order is accepted", written + problemsText(second));
    return 0;
}
