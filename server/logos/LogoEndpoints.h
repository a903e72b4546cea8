#pragma once

#include "server/core/Clock.h"
#include "server/http/HttpMessage.h"
#include "server/http/Router.h"
#include "server/logos/LogoStore.h"

namespace certtrack::server {

// Download Logos (user guide §6). The first download needs the candidate to accept the logo
// guidelines and the certification agreement; the acceptance is stored, so no client asks
// twice, and artwork is refused (403) until then. Logos are scoped to their candidate: another
// candidate's logo id is not found (404).
class LogoEndpoints {
public:
    LogoEndpoints(LogoStore &store, const Clock &clock);

    // GET /api/v1/me/logos: the logos with the guidelines and whether they were accepted.
    HttpResponse list(qint64 candidateId);
    // POST /api/v1/me/logos/acceptance {"accepted": true}: answers the Logos document.
    HttpResponse accept(const ApiRequest &request, qint64 candidateId);
    // GET /api/v1/me/logos/{id}/artwork: image/svg+xml.
    HttpResponse artwork(qint64 candidateId, const QString &logoId);

private:
    LogoStore &m_store;
    const Clock &m_clock;
};

void addRoutes(Router &router, LogoEndpoints *endpoints, const CandidateGuard &guard);

} // namespace certtrack::server
