#pragma once

#include "server/http/Router.h"

#include <functional>

namespace certtrack::server {

class PublicTranscriptEndpoint;
class TranscriptEndpoints;

using OwnerHandler = std::function<HttpResponse(const ApiRequest &, qint64 candidateId)>;
// Wraps a handler so it runs only for a valid bearer token, with that token's candidate.
using OwnerGuard = std::function<Route::Handler(OwnerHandler)>;

// The transcript routes: /api/v1/me/transcripts/... for the owner, /transcripts/{id} public.
void addTranscriptRoutes(Router &router, TranscriptEndpoints *transcripts,
                         PublicTranscriptEndpoint *publicTranscripts, const OwnerGuard &guard);

} // namespace certtrack::server
