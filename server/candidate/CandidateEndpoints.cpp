#include "server/candidate/CandidateEndpoints.h"

#include "domain/Json.h"

namespace certtrack::server {

namespace {

template <typename T> HttpResponse pageOf(const QList<T> &items) {
    domain::Page<T> page;
    page.items = items;
    return HttpResponse::json(page.toJson());
}

} // namespace

CandidateEndpoints::CandidateEndpoints(CandidateStore &store)
    : m_store(store) {}

HttpResponse CandidateEndpoints::profile(qint64 candidateId) {
    return HttpResponse::json(m_store.profile(candidateId).toJson());
}

HttpResponse CandidateEndpoints::exams(qint64 candidateId) {
    return pageOf(m_store.exams(candidateId));
}

HttpResponse CandidateEndpoints::agreements(qint64 candidateId) {
    return pageOf(m_store.agreements(candidateId));
}

HttpResponse CandidateEndpoints::ceActivities(qint64 candidateId) {
    return pageOf(m_store.ceActivities(candidateId));
}

HttpResponse CandidateEndpoints::transactions(qint64 candidateId) {
    return pageOf(m_store.transactions(candidateId));
}

void addRoutes(Router &router, CandidateEndpoints *endpoints, const CandidateGuard &guard) {
    CandidateEndpoints *me = endpoints;
    const auto read = [&router, &guard, me](const char *path,
                                            HttpResponse (CandidateEndpoints::*method)(qint64)) {
        router.add(
            {"GET", QString::fromLatin1(path),
             guard([me, method](const ApiRequest &, qint64 id) { return (me->*method)(id); })});
    };
    read("/api/v1/me", &CandidateEndpoints::profile);
    read("/api/v1/me/exams", &CandidateEndpoints::exams);
    read("/api/v1/me/agreements", &CandidateEndpoints::agreements);
    read("/api/v1/me/ce-activities", &CandidateEndpoints::ceActivities);
    read("/api/v1/me/transactions", &CandidateEndpoints::transactions);
}

} // namespace certtrack::server
