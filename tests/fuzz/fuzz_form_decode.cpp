// Request bodies and query strings as the sandbox receives them:
// Signer::formDecode, and the round trip through formEncode gives back the
// same names and values, so what the client signs is what the server reads.
#include "fuzz/FuzzInput.h"
#include "protocol/v2/Signer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ApiParams decoded = Signer::formDecode(fuzzBytes(data, size));
    const QByteArray encoded = Signer::formEncode(decoded);
    if (Signer::formDecode(encoded) != decoded)
        propertyBroken("formDecode(formEncode(params)) gives back params", encoded);
    if (Signer::formEncode(Signer::formDecode(encoded)) != encoded)
        propertyBroken("formEncode of decoded parameters is stable", encoded);
    return 0;
}
