// The Date header of a reply, which decides whether the client blames the
// computer's clock: ApiResult::parseHttpDate and what noteServerDate and
// describe() make of it.
#include "api/ApiResult.h"
#include "fuzz/FuzzInput.h"

#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header = fuzzBytes(data, size);
    const std::optional<qint64> seconds = ApiResult::parseHttpDate(header);

    // An expired request (4200) at a fixed "now" (2024-01-01T00:00:00Z), so runs repeat.
    ApiResult expired;
    expired.status = ApiResult::Status::ApiError;
    expired.code = 4200;
    expired.noteServerDate(header, 1704067200);
    if (!seconds && expired.clockSkewSeconds != 0)
        propertyBroken("an unreadable Date header never blames the clock", header);
    (void)expired.describe();
    return 0;
}
