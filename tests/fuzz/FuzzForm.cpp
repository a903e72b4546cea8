// The application/x-www-form-urlencoded decoder the token endpoint, the checkout page and the
// set-password page read their forms with.

#include "server/http/FormBody.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const certtrack::server::FormBody form(body);
    for (const auto &item : form.items())
        (void)form.value(item.first);
    (void)form.value(QStringLiteral("grant_type"));
    return 0;
}
