#include "server/app/ApiRoutes.h"

#include "server/accounts/AccountMappingEndpoints.h"
#include "server/auth/AuthEndpoints.h"
#include "server/badges/BadgeEndpoints.h"
#include "server/candidate/CandidateEndpoints.h"
#include "server/certifications/CertificationEndpoints.h"
#include "server/external/ExternalCredentialEndpoints.h"
#include "server/logos/LogoEndpoints.h"
#include "server/orders/OrderEndpoints.h"
#include "server/personalinfo/PersonalInfoEndpoints.h"
#include "server/transcripts/TranscriptEndpoints.h"
#include "server/verification/VerificationEndpoint.h"

#include <QJsonObject>

namespace certtrack::server {

Router apiRouter(const ApiServices &s) {
    Router router;
    router.add({"GET", QStringLiteral("/healthz"), [](const ApiRequest &) {
                    return HttpResponse::json(
                        QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
                }});
    const CandidateGuard guard = bearerGuard(s.tokens);
    addRoutes(router, s.auth);
    addRoutes(router, s.candidate, guard);
    addRoutes(router, s.personalInfo, guard);
    addRoutes(router, s.certifications, guard);
    addRoutes(router, s.logos, guard);
    addRoutes(router, s.transcripts, s.publicTranscripts, guard);
    addRoutes(router, s.orders, guard);
    addRoutes(router, s.badges, guard);
    addRoutes(router, s.verification);
    addRoutes(router, s.accountMapping);
    addRoutes(router, s.externalCredentials, guard);
    return router;
}

} // namespace certtrack::server
