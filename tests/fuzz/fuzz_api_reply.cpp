// Whatever an endpoint sends back: ApiResult::fromReply reads the body as a
// 200 and as a 5xx answer, and a successful reply goes through every parser
// of ApiReplies, the way the client, the tracker and the wizard use them.
#include "ApiReplies.h"
#include "ApiResult.h"
#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    for (const int httpStatus : {200, 503}) {
        const ApiResult result = ApiResult::fromReply(httpStatus, body);
        (void)result.describe();
        (void)result.errorName();
        (void)result.isRetryable();
        if (!result.ok())
            continue;

        (void)ApiReplies::parseRunInstances(result.data);
        const ApiReplies::DescribeInstances described = ApiReplies::parseDescribeInstances(result.data);
        for (const ApiReplies::Instance &instance : described.instances) {
            if (instance.state != ApiReplies::InstanceState::Other &&
                instance.state != ApiReplies::stateForStatus(instance.status))
                propertyBroken("an instance's state follows its status", instance.instanceId.toUtf8());
            (void)ApiReplies::statusText(instance.status);
        }
        (void)ApiReplies::parseZones(result.data);
        (void)ApiReplies::parseImages(result.data);
        (void)ApiReplies::parseKeyPairs(result.data);
        const ApiReplies::Price price = ApiReplies::parsePrice(result.data);
        if (price.error.isEmpty() && (price.instancePerHour < 0 || price.bandwidthPerHour < 0))
            propertyBroken("an accepted price is never negative");
    }
    return 0;
}
