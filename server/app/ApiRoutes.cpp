#include "server/app/ApiRoutes.h"

#include "server/accounts/AccountMappingEndpoints.h"
#include "server/auth/AuthEndpoints.h"
#include "server/auth/TokenService.h"
#include "server/candidate/AccountEndpoints.h"
#include "server/logos/LogoEndpoints.h"
#include "server/orders/OrderEndpoints.h"
#include "server/personalinfo/PersonalInfoEndpoints.h"
#include "server/transcripts/TranscriptRoutes.h"
#include "server/verification/VerificationEndpoint.h"

#include <QJsonObject>

namespace certtrack::server {

namespace {

using CandidateHandler = std::function<HttpResponse(const ApiRequest &, qint64 candidateId)>;

HttpResponse unauthorized(const QString &detail, const QByteArray &challenge) {
    HttpResponse response = HttpResponse::problem(401, QStringLiteral("Unauthorized"), detail);
    response.setHeader("WWW-Authenticate", challenge);
    return response;
}

// Wraps a handler so it runs only for a valid bearer token, with that token's candidate.
Route::Handler withCandidate(TokenService *tokens, CandidateHandler handler) {
    return [tokens, handler = std::move(handler)](const ApiRequest &request) {
        const QByteArray authorization = request.header("Authorization").trimmed();
        const qsizetype space = authorization.indexOf(' ');
        const QByteArray scheme = space > 0 ? authorization.left(space) : authorization;
        const QByteArray credentials =
            space > 0 ? authorization.mid(space + 1).trimmed() : QByteArray();
        if (scheme.compare("Bearer", Qt::CaseInsensitive) != 0 || credentials.isEmpty()) {
            return unauthorized(QStringLiteral("Sign in first: this needs a bearer token."),
                                "Bearer realm=\"certtrack\"");
        }
        const TokenService::Bearer bearer = tokens->authenticate(QString::fromLatin1(credentials));
        if (!bearer.candidateId) {
            return unauthorized(bearer.failure,
                                "Bearer realm=\"certtrack\", error=\"invalid_token\", "
                                "error_description=\"" +
                                    bearer.failure.toLatin1() + '"');
        }
        return handler(request, *bearer.candidateId);
    };
}

} // namespace

Router apiRouter(const ApiServices &s) {
    Router router;
    const auto read = [&router, &s](const char *path,
                                    HttpResponse (AccountEndpoints::*method)(qint64)) {
        AccountEndpoints *account = s.account;
        router.add({"GET", QString::fromLatin1(path),
                    withCandidate(s.tokens, [account, method](const ApiRequest &, qint64 id) {
                        return (account->*method)(id);
                    })});
    };

    router.add({"GET", QStringLiteral("/healthz"), [](const ApiRequest &) {
                    return HttpResponse::json(
                        QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
                }});
    router.add({"POST", QStringLiteral("/api/v1/auth/token"),
                [auth = s.auth](const ApiRequest &request) { return auth->token(request); }});
    router.add({"POST", QStringLiteral("/api/v1/auth/revoke"),
                [auth = s.auth](const ApiRequest &request) { return auth->revoke(request); }});

    read("/api/v1/me", &AccountEndpoints::profile);
    read("/api/v1/me/settings", &AccountEndpoints::settings);
    read("/api/v1/me/attributes", &AccountEndpoints::attributes);
    router.add(
        {"PATCH", QStringLiteral("/api/v1/me/settings"),
         withCandidate(s.tokens, [info = s.personalInfo](const ApiRequest &request, qint64 id) {
             return info->patchSettings(request, id);
         })});
    router.add(
        {"PATCH", QStringLiteral("/api/v1/me/attributes"),
         withCandidate(s.tokens, [info = s.personalInfo](const ApiRequest &request, qint64 id) {
             return info->patchAttributes(request, id);
         })});
    read("/api/v1/me/identifiers", &AccountEndpoints::identifiers);
    read("/api/v1/me/exams", &AccountEndpoints::exams);
    read("/api/v1/me/agreements", &AccountEndpoints::agreements);
    read("/api/v1/me/ce-activities", &AccountEndpoints::ceActivities);
    read("/api/v1/me/transactions", &AccountEndpoints::transactions);
    read("/api/v1/me/certifications", &AccountEndpoints::certifications);
    router.add(
        {"GET", QStringLiteral("/api/v1/me/certifications/{id}"),
         withCandidate(s.tokens, [account = s.account](const ApiRequest &request, qint64 id) {
             return account->certification(id, request.pathParameter(QStringLiteral("id")));
         })});
    read("/api/v1/me/logos", &AccountEndpoints::logos);
    router.add({"POST", QStringLiteral("/api/v1/me/logos/acceptance"),
                withCandidate(s.tokens, [logos = s.logos](const ApiRequest &request, qint64 id) {
                    return logos->accept(request, id);
                })});
    router.add({"GET", QStringLiteral("/api/v1/me/logos/{id}/artwork"),
                withCandidate(s.tokens, [logos = s.logos](const ApiRequest &request, qint64 id) {
                    return logos->artwork(id, request.pathParameter(QStringLiteral("id")));
                })});
    read("/api/v1/me/recertification-plan", &AccountEndpoints::recertificationPlan);
    read("/api/v1/me/fulfillment", &AccountEndpoints::fulfillment);
    read("/api/v1/me/transcripts", &AccountEndpoints::transcripts);
    read("/api/v1/me/badges", &AccountEndpoints::badges);
    addTranscriptRoutes(router, s.transcripts, s.publicTranscripts,
                        [tokens = s.tokens](OwnerHandler handler) {
                            return withCandidate(tokens, std::move(handler));
                        });
    router.add({"GET", QStringLiteral("/verify/{code}"),
                [verification = s.verification](const ApiRequest &request) {
                    return verification->verify(request);
                }});
    addAccountMappingRoutes(router, s.accountMapping);
    addOrderRoutes(router, s.orders, [tokens = s.tokens](OrderOwnerHandler handler) {
        return withCandidate(tokens, std::move(handler));
    });
    return router;
}

} // namespace certtrack::server
