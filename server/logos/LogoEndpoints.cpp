#include "server/logos/LogoEndpoints.h"

#include "domain/Json.h"
#include "server/http/HttpProblem.h"
#include "server/logos/LogoArtwork.h"

namespace certtrack::server {

LogoEndpoints::LogoEndpoints(LogoStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock) {}

HttpResponse LogoEndpoints::list(qint64 candidateId) {
    return HttpResponse::json(m_store.logos(candidateId, m_clock.today()).toJson());
}

HttpResponse LogoEndpoints::accept(const ApiRequest &request, qint64 candidateId) {
    const QJsonObject body = requireJsonObject(request);
    if (body.value(QLatin1String("accepted")) != QJsonValue(true)) {
        domain::Problem problem;
        problem.status = 422;
        problem.title = QStringLiteral("Unprocessable Content");
        problem.detail = QStringLiteral("Logos can be downloaded only once the logo guidelines "
                                        "and the agreement are accepted.");
        problem.errors = {{QStringLiteral("accepted"), QStringLiteral("Must be true.")}};
        return HttpResponse::problem(problem);
    }
    const QList<domain::Agreement> agreements = m_store.agreements(candidateId);
    // The agreement in force is the latest one the candidate accepted.
    const QString agreementId = agreements.isEmpty() ? QString() : agreements.constFirst().id;
    m_store.acceptLogoGuidelines(candidateId, m_clock.now(), agreementId);
    return HttpResponse::json(m_store.logos(candidateId, m_clock.today()).toJson());
}

HttpResponse LogoEndpoints::artwork(qint64 candidateId, const QString &logoId) {
    const std::optional<domain::Logo> logo = m_store.logo(candidateId, logoId, m_clock.today());
    if (!logo) {
        return HttpResponse::problem(404, QStringLiteral("Not Found"),
                                     QStringLiteral("You have no logo with this id: logos "
                                                    "follow the certifications you hold now."));
    }
    if (!m_store.logos(candidateId, m_clock.today()).guidelinesAccepted) {
        return HttpResponse::problem(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Accept the logo guidelines and the certification agreement before "
                           "downloading a logo."));
    }
    HttpResponse response;
    response.body = LogoArtwork::svg(logo->name).toUtf8();
    response.setHeader("Content-Type", "image/svg+xml; charset=utf-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" +
                                                  LogoArtwork::fileStem(logo->name).toLatin1() +
                                                  ".svg\"");
    return response;
}

void addRoutes(Router &router, LogoEndpoints *endpoints, const CandidateGuard &guard) {
    LogoEndpoints *logos = endpoints;
    router.add({"GET", QStringLiteral("/api/v1/me/logos"),
                guard([logos](const ApiRequest &, qint64 id) { return logos->list(id); })});
    router.add({"POST", QStringLiteral("/api/v1/me/logos/acceptance"),
                guard([logos](const ApiRequest &request, qint64 id) {
                    return logos->accept(request, id);
                })});
    router.add({"GET", QStringLiteral("/api/v1/me/logos/{id}/artwork"),
                guard([logos](const ApiRequest &request, qint64 id) {
                    return logos->artwork(id, request.pathParameter(QStringLiteral("id")));
                })});
}

} // namespace certtrack::server
