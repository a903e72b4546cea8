#include "server/transcripts/TranscriptRoutes.h"

#include "server/transcripts/PublicTranscriptEndpoint.h"
#include "server/transcripts/TranscriptEndpoints.h"

namespace certtrack::server {

void addTranscriptRoutes(Router &router, TranscriptEndpoints *t, PublicTranscriptEndpoint *page,
                         const OwnerGuard &guard) {
    const auto id = [](const ApiRequest &request) {
        return request.pathParameter(QStringLiteral("id"));
    };
    router.add({"POST", QStringLiteral("/api/v1/me/transcripts"),
                guard([t](const ApiRequest &request, qint64 candidate) {
                    return t->create(request, candidate);
                })});
    router.add({"GET", QStringLiteral("/api/v1/me/transcripts/{id}"),
                guard([t, id](const ApiRequest &request, qint64 candidate) {
                    return t->get(candidate, id(request));
                })});
    router.add({"PATCH", QStringLiteral("/api/v1/me/transcripts/{id}"),
                guard([t, id](const ApiRequest &request, qint64 candidate) {
                    return t->patch(request, candidate, id(request));
                })});
    router.add({"POST", QStringLiteral("/api/v1/me/transcripts/{id}/deactivate"),
                guard([t, id](const ApiRequest &request, qint64 candidate) {
                    return t->deactivate(candidate, id(request));
                })});
    router.add({"GET", QStringLiteral("/api/v1/me/transcripts/{id}/preview"),
                guard([t, id](const ApiRequest &request, qint64 candidate) {
                    return t->preview(request, candidate, id(request));
                })});
    router.add({"GET", QStringLiteral("/api/v1/me/transcripts/{id}/email"),
                guard([t, id](const ApiRequest &request, qint64 candidate) {
                    return t->email(candidate, id(request));
                })});
    router.add({"POST", QStringLiteral("/api/v1/me/transcripts/{id}/share"),
                guard([t, id](const ApiRequest &request, qint64 candidate) {
                    return t->share(request, candidate, id(request));
                })});
    router.add({"GET", QStringLiteral("/transcripts/{id}"),
                [page](const ApiRequest &request) { return page->view(request); }});
}

} // namespace certtrack::server
