#include "server/app/ApiRoutes.h"

#include "server/app/SyncManifest.h"

#include "server/accounts/AccountMappingEndpoints.h"
#include "server/auth/AuthEndpoints.h"
#include "server/badges/BadgeEndpoints.h"
#include "server/candidate/CandidateEndpoints.h"
#include "server/certifications/CertificationEndpoints.h"
#include "server/core/Database.h"
#include "server/external/ExternalCredentialEndpoints.h"
#include "server/logos/LogoEndpoints.h"
#include "server/orders/OrderEndpoints.h"
#include "server/personalinfo/PersonalInfoEndpoints.h"
#include "server/transcripts/TranscriptEndpoints.h"
#include "server/verification/VerificationEndpoint.h"

#include <QJsonObject>

namespace certtrack::server {

namespace {

QString storageHealthName(StorageError::Kind kind) {
    switch (kind) {
    case StorageError::Kind::Fault:
        return QStringLiteral("ok");
    case StorageError::Kind::Full:
        return QStringLiteral("full");
    case StorageError::Kind::ReadOnly:
        return QStringLiteral("read-only");
    case StorageError::Kind::Gone:
        return QStringLiteral("gone");
    case StorageError::Kind::Failing:
        return QStringLiteral("failing");
    }
    return QStringLiteral("failing");
}

} // namespace

Router apiRouter(const ApiServices &s) {
    Router router;
    // Liveness: 200 while the process answers. `storage` says whether changes can be saved, from
    // the last write's outcome and whether the database's files are still where they were
    // opened; a monitor alerts on it, a restart does not mend it (a disk must be freed or fixed).
    Database *storage = s.storage;
    router.add({"GET", QStringLiteral("/healthz"), [storage](const ApiRequest &) {
                    QJsonObject body{{QStringLiteral("status"), QStringLiteral("ok")}};
                    if (storage)
                        body.insert(QStringLiteral("storage"),
                                    storageHealthName(storage->health()));
                    return HttpResponse::json(body);
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
    // Last: it answers from every route above.
    addSyncManifestRoute(router, guard);
    return router;
}

} // namespace certtrack::server
