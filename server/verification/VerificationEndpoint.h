#pragma once

#include "server/http/HttpMessage.h"
#include "server/http/RateLimiter.h"

namespace certtrack::server {

class Storage;

// GET /verify/{code}: the public page a QR code on a certificate leads to. Anyone may look a code
// up, so every look-up counts against the client's address (kMaxLookups a minute): enough for a
// person or an employer's checks, far too few to walk the code space.
class VerificationEndpoint {
public:
    static constexpr int kMaxLookups = 30;
    static constexpr qint64 kWindowSeconds = 60;

    VerificationEndpoint(Storage &storage, const Clock &clock);

    HttpResponse verify(const ApiRequest &request);

private:
    Storage &m_storage;
    const Clock &m_clock;
    RateLimiter m_lookups;
};

} // namespace certtrack::server
