#include "server/logos/LogoEndpoints.h"

#include "domain/Json.h"
#include "server/logos/LogoArtwork.h"

namespace certtrack::server {

LogoEndpoints::LogoEndpoints(Storage &storage, const Clock &clock)
    : m_storage(storage)
    , m_clock(clock) {}

HttpResponse LogoEndpoints::accept(const ApiRequest &request, qint64 candidateId) {
    if (request.mediaType() != "application/json") {
        return HttpResponse::problem(415, QStringLiteral("Unsupported Media Type"),
                                     QStringLiteral("Send the body as application/json."));
    }
    QString error;
    const std::optional<QJsonObject> body = domain::parseObject(request.body, &error);
    if (!body) {
        return HttpResponse::problem(
            400, QStringLiteral("Bad Request"),
            QStringLiteral("The body is not a JSON object: %1").arg(error));
    }
    if (body->value(QLatin1String("accepted")) != QJsonValue(true)) {
        domain::Problem problem;
        problem.status = 422;
        problem.title = QStringLiteral("Unprocessable Content");
        problem.detail = QStringLiteral("Logos can be downloaded only once the logo guidelines "
                                        "and the agreement are accepted.");
        problem.errors = {{QStringLiteral("accepted"), QStringLiteral("Must be true.")}};
        return HttpResponse::problem(problem);
    }
    const QList<domain::Agreement> agreements = m_storage.agreements(candidateId);
    // The agreement in force is the latest one the candidate accepted.
    const QString agreementId = agreements.isEmpty() ? QString() : agreements.constFirst().id;
    m_storage.acceptLogoGuidelines(candidateId, m_clock.now(), agreementId);
    return HttpResponse::json(m_storage.logos(candidateId).toJson());
}

HttpResponse LogoEndpoints::artwork(qint64 candidateId, const QString &logoId) {
    const std::optional<domain::Logo> logo = m_storage.logo(candidateId, logoId);
    if (!logo) {
        return HttpResponse::problem(404, QStringLiteral("Not Found"),
                                     QStringLiteral("You have no logo with this id."));
    }
    if (!m_storage.logos(candidateId).guidelinesAccepted) {
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

} // namespace certtrack::server
