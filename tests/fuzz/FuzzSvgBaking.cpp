// The baked-SVG reader (extractSvg) on files from anywhere, and baking on top of what it reads:
// a credential extracted and baked again must extract again unchanged.

#include "credentials/BadgeBaking.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace certtrack::credentials;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray svg(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<BakedCredential> read = extractSvg(svg);
    if (!read)
        return 0;
    const Result<QByteArray> baked = bakeSvg(svg, read.value());
    if (!baked)
        return 0;
    const Result<BakedCredential> again = extractSvg(baked.value());
    if (!again || again.value().text != read.value().text ||
        again.value().verify != read.value().verify ||
        again.value().version != read.value().version) {
        std::fprintf(stderr, "baked, but did not read back\n");
        std::abort();
    }
    return 0;
}
