#include "server/candidate/CandidateEndpoints.h"

#include "domain/Json.h"
#include "server/http/PageCursor.h"

namespace certtrack::server {

namespace {

template <typename T> HttpResponse pageOf(const QList<T> &items) {
    domain::Page<T> page;
    page.items = items;
    return HttpResponse::json(page.toJson());
}

// A page of what `read` gives for the request's limit and cursor, or the 400 for bad ones.
template <typename Read> HttpResponse paged(const ApiRequest &request, Read read) {
    const PageQuery query = pageQuery(request);
    if (query.refusal)
        return *query.refusal;
    return pageResponse(request, query.request, read(query.request));
}

} // namespace

CandidateEndpoints::CandidateEndpoints(CandidateStore &store)
    : m_store(store) {}

HttpResponse CandidateEndpoints::profile(qint64 candidateId) {
    return HttpResponse::json(m_store.profile(candidateId).toJson());
}

HttpResponse CandidateEndpoints::exams(const ApiRequest &request, qint64 candidateId) {
    return paged(request,
                 [&](const PageRequest &page) { return m_store.exams(candidateId, page); });
}

HttpResponse CandidateEndpoints::agreements(qint64 candidateId) {
    return pageOf(m_store.agreements(candidateId));
}

HttpResponse CandidateEndpoints::ceActivities(const ApiRequest &request, qint64 candidateId) {
    return paged(request,
                 [&](const PageRequest &page) { return m_store.ceActivities(candidateId, page); });
}

HttpResponse CandidateEndpoints::transactions(const ApiRequest &request, qint64 candidateId) {
    return paged(request,
                 [&](const PageRequest &page) { return m_store.transactions(candidateId, page); });
}

void addRoutes(Router &router, CandidateEndpoints *endpoints, const CandidateGuard &guard) {
    CandidateEndpoints *me = endpoints;
    const auto read = [&router, &guard, me](const char *path,
                                            HttpResponse (CandidateEndpoints::*method)(qint64)) {
        router.add(
            {"GET", QString::fromLatin1(path),
             guard([me, method](const ApiRequest &, qint64 id) { return (me->*method)(id); })});
    };
    const auto pagedRead = [&router, &guard, me](const char *path,
                                                 HttpResponse (CandidateEndpoints::*method)(
                                                     const ApiRequest &, qint64)) {
        router.add({"GET", QString::fromLatin1(path),
                    guard([me, method](const ApiRequest &request, qint64 id) {
                        return (me->*method)(request, id);
                    })});
    };
    read("/api/v1/me", &CandidateEndpoints::profile);
    pagedRead("/api/v1/me/exams", &CandidateEndpoints::exams);
    read("/api/v1/me/agreements", &CandidateEndpoints::agreements);
    pagedRead("/api/v1/me/ce-activities", &CandidateEndpoints::ceActivities);
    pagedRead("/api/v1/me/transactions", &CandidateEndpoints::transactions);
}

} // namespace certtrack::server
