// Whatever an endpoint sends back: each protocol's parseReply reads the body as
// a 200 and as a 5xx answer, and a successful reply goes through every parser
// of that protocol, the way the client, the tracker and the wizard use them.
#include "api/ApiResult.h"
#include "fuzz/FuzzInput.h"
#include "protocol/ApiProtocol.h"
#include "protocol/ApiReplies.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    for (const ApiProtocol *protocol : ApiProtocol::all()) {
        for (const int httpStatus : {200, 503}) {
            const ApiResult result = protocol->parseReply(httpStatus, body);
            (void)result.describe();
            (void)result.errorName();
            (void)result.isRetryable();
            if (!result.ok())
                continue;

            (void)protocol->parseRunInstances(result.data);
            const ApiReplies::DescribeInstances described = protocol->parseDescribeInstances(result.data);
            for (const ApiReplies::Instance &instance : described.instances) {
                if (instance.state != ApiReplies::InstanceState::Other &&
                    instance.state != ApiReplies::stateForStatus(instance.status))
                    propertyBroken("an instance's state follows its status", instance.instanceId.toUtf8());
                (void)ApiReplies::statusText(instance.status);
            }
            (void)protocol->parseZones(result.data);
            (void)protocol->parseImages(result.data);
            (void)protocol->parseKeyPairs(result.data);
            for (const ApiReplies::InstanceTypeConfig &c : protocol->parseInstanceTypes(result.data).configs)
                if (!(c.unitPrice >= 0))
                    propertyBroken("a catalog price is never negative", c.instanceType.toUtf8());
            const ApiReplies::Price price = protocol->parsePrice(result.data);
            if (price.error.isEmpty() && (!(price.instancePerHour >= 0) || !(price.bandwidthPerHour >= 0)))
                propertyBroken("an accepted price is never negative");
        }
    }
    return 0;
}
