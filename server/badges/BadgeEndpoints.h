#pragma once

#include "server/badges/BadgeCredentials.h"
#include "server/badges/BadgeStore.h"
#include "server/core/Clock.h"
#include "server/http/HttpMessage.h"
#include "server/http/Router.h"

namespace certtrack::server {

// Digital badges as Open Badges credentials.
// The holder's, under /api/v1/me/badges: the list, one badge, its acceptance and visibility (JSON
// merge patch with If-Match), the 3.0 credential (VC-JWT), the 2.0 assertion (whatever its
// visibility: the holder keeps it to bake offline) and the baked PNG and SVG of either version.
// Another candidate's badge id is 404. Public: the issuer's profile, keys, achievements and
// revocation list under /issuer, and each badge at /badges/{id} (the 2.0 assertion as JSON-LD, or a
// page for a browser), shown only once its holder accepted it and while it is public: otherwise
// 404, nothing of the person. A revoked badge is not baked (410): its credential's status and its
// assertion say revoked.
class BadgeEndpoints {
public:
    BadgeEndpoints(BadgeStore &store, BadgeCredentials &credentials, const Clock &clock);

    HttpResponse list(qint64 candidateId);
    HttpResponse get(qint64 candidateId, const QString &badgeId);
    HttpResponse patch(const ApiRequest &request, qint64 candidateId, const QString &badgeId);
    HttpResponse credential(qint64 candidateId, const QString &badgeId);
    HttpResponse assertion(qint64 candidateId, const QString &badgeId);
    HttpResponse baked(const ApiRequest &request, qint64 candidateId, const QString &badgeId,
                       bool svg);

    HttpResponse publicBadge(const ApiRequest &request, const QString &badgeId);
    HttpResponse issuer(const ApiRequest &request);
    HttpResponse issuerImage();
    HttpResponse keys();
    HttpResponse key(const QString &thumbprint);
    HttpResponse achievement(const QString &achievementId);
    HttpResponse achievementImage(const QString &achievementId);
    HttpResponse statusList();

private:
    BadgeRecord owned(qint64 candidateId, const QString &badgeId);
    HttpResponse badgeResponse(const BadgeRecord &record) const;
    QByteArray achievementPng(const BadgeAchievement &achievement);

    BadgeStore &m_store;
    BadgeCredentials &m_credentials;
    const Clock &m_clock;
};

void addRoutes(Router &router, BadgeEndpoints *endpoints, const CandidateGuard &guard);

} // namespace certtrack::server
