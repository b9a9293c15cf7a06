// libFuzzer target: the server-message decoder must turn any bytes into a message or an error,
// without crashing, hanging or tripping a sanitizer. Decoded messages must re-encode and decode
// to the same value (the codec is its own oracle).
#include "session/protocol/codec.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace livedesk::protocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (Strictness strictness : {Strictness::Lenient, Strictness::Strict}) {
        const auto decoded = decodeServerMessage(bytes, strictness);
        if (!decoded.ok())
            continue;
        const QByteArray again = encodeServerMessage(*decoded);
        const auto round = decodeServerMessage(again, Strictness::Strict);
        // Function calls the decoder could not read are kept apart and never encoded.
        ServerMessage expected = *decoded;
        if (expected.toolCall)
            expected.toolCall->rejectedCalls.clear();
        if (!round.ok() || !(*round == expected))
            std::abort();
    }
    (void) decodeClientMessage(bytes, Strictness::Strict);
    return 0;
}
