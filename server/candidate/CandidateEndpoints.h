#pragma once

#include "server/candidate/CandidateStore.h"
#include "server/http/HttpMessage.h"
#include "server/http/Router.h"

namespace certtrack::server {

// GET /api/v1/me and the testing history (exams, agreements, CE activities, e-commerce
// transactions): one candidate's own data, the candidate being the one the bearer token belongs
// to. No handler takes a candidate id from the request.
class CandidateEndpoints {
public:
    explicit CandidateEndpoints(CandidateStore &store);

    HttpResponse profile(qint64 candidateId);
    // Exams, CE activities and transactions come a page at a time (?limit=, ?cursor=; see
    // http/PageCursor.h); agreements, a handful, whole.
    HttpResponse exams(const ApiRequest &request, qint64 candidateId);
    HttpResponse agreements(qint64 candidateId);
    HttpResponse ceActivities(const ApiRequest &request, qint64 candidateId);
    HttpResponse transactions(const ApiRequest &request, qint64 candidateId);

private:
    CandidateStore &m_store;
};

void addRoutes(Router &router, CandidateEndpoints *endpoints, const CandidateGuard &guard);

} // namespace certtrack::server
