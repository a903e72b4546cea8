#pragma once

#include "server/badges/BadgeStore.h"
#include "server/http/HttpMessage.h"
#include "server/http/Router.h"

#include <QUrl>

namespace certtrack::server {

// GET /api/v1/me/badges: the candidate's digital badges, each with its public URL.
class BadgeEndpoints {
public:
    BadgeEndpoints(BadgeStore &store, QUrl publicBaseUrl);

    HttpResponse list(qint64 candidateId);

private:
    BadgeStore &m_store;
    QUrl m_publicBaseUrl;
};

void addRoutes(Router &router, BadgeEndpoints *endpoints, const CandidateGuard &guard);

} // namespace certtrack::server
