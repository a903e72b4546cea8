// The baked-PNG reader (extractPng) on files from anywhere, and baking on top of what it reads:
// a credential extracted and baked again must extract again as the same text.

#include "credentials/BadgeBaking.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace certtrack::credentials;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray png(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<BakedCredential> read = extractPng(png);
    const QByteArray text = read ? read.value().text : QByteArrayLiteral("{\"id\":\"urn:x\"}");
    const OpenBadgesVersion version = read ? read.value().version : OpenBadgesVersion::V3;
    const Result<QByteArray> baked = bakePng(png, version, text);
    if (!baked)
        return 0;
    const Result<BakedCredential> again = extractPng(baked.value());
    if (!again || again.value().text != text || again.value().version != version) {
        std::fprintf(stderr, "baked, but did not read back\n");
        std::abort();
    }
    return 0;
}
