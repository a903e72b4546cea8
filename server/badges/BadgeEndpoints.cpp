#include "server/badges/BadgeEndpoints.h"

#include "domain/Json.h"

namespace certtrack::server {

BadgeEndpoints::BadgeEndpoints(BadgeStore &store, QUrl publicBaseUrl)
    : m_store(store)
    , m_publicBaseUrl(std::move(publicBaseUrl)) {}

HttpResponse BadgeEndpoints::list(qint64 candidateId) {
    domain::Page<domain::Badge> page;
    page.items = m_store.badges(candidateId);
    for (domain::Badge &b : page.items) {
        QUrl url = m_publicBaseUrl;
        url.setPath(QStringLiteral("/badges/") + b.id);
        b.url = url.toString();
    }
    return HttpResponse::json(page.toJson());
}

void addRoutes(Router &router, BadgeEndpoints *endpoints, const CandidateGuard &guard) {
    router.add(
        {"GET", QStringLiteral("/api/v1/me/badges"),
         guard([badges = endpoints](const ApiRequest &, qint64 id) { return badges->list(id); })});
}

} // namespace certtrack::server
