#pragma once

#include "server/http/HttpMessage.h"
#include "server/http/RateLimiter.h"
#include "server/http/Router.h"

namespace certtrack::server {

class VerificationStore;

// GET /verify/{code}: the public page a QR code on a certificate leads to. Anyone may look a code
// up, so every look-up counts against the client's address (kMaxLookups a minute): enough for a
// person or an employer's checks, far too few to walk the code space.
class VerificationEndpoint {
public:
    static constexpr int kMaxLookups = 30;
    static constexpr qint64 kWindowSeconds = 60;

    VerificationEndpoint(VerificationStore &store, const Clock &clock, RateEvents &rateEvents);

    HttpResponse verify(const ApiRequest &request);

private:
    VerificationStore &m_store;
    const Clock &m_clock;
    RateLimiter m_lookups;
};

void addRoutes(Router &router, VerificationEndpoint *endpoint);

} // namespace certtrack::server
