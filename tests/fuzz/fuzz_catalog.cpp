// Catalog JSON (the built-in resources/catalog.json, or one handed in by a
// test or a packager): Catalog::fromJson, its look-ups, and OrderValidator
// judging an order against whatever catalog was accepted.
#include "common/V2Fields.h"
#include "fuzz/FuzzInput.h"
#include "order/Catalog.h"
#include "order/OrderValidator.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const Catalog catalog = Catalog::fromJson(fuzzBytes(data, size), &error);
    if (!error.isEmpty())
        return 0;

    PurchaseOrder order = v2NewOrder();
    for (const Catalog::Region &region : catalog.regions()) {
        if (catalog.region(region.code) == nullptr)
            propertyBroken("a listed region is found by its code", region.code.toUtf8());
        for (const Catalog::Zone &zone : region.zones) {
            (void)catalog.regionOfZone(zone.id);
            order.region = region.code;
            v2Set(order, "zoneId", zone.id);
        }
    }
    for (const Catalog::InstanceType &type : catalog.instanceTypes()) {
        if (catalog.instanceType(type.id) == nullptr)
            propertyBroken("a listed instance type is found by its id", type.id.toUtf8());
        order.instanceType = type.id;
        if (!type.memoryByCpu.isEmpty()) {
            order.cpu = type.memoryByCpu.firstKey();
            if (!type.memoryByCpu.first().isEmpty())
                order.mem = type.memoryByCpu.first().first();
        }
    }
    for (const Catalog::StorageType &storage : catalog.storageTypes()) {
        (void)catalog.storageType(storage.id);
        v2Set(order, "storageType", storage.id);
        v2Set(order, "storageSize", storage.dataMin);
    }
    order.imageId = u"img-3wnd9xpl"_s;
    (void)OrderValidator(catalog).validate(order);
    return 0;
}
