#pragma once

#include "server/http/HttpMessage.h"
#include "server/http/RateLimiter.h"
#include "server/transcripts/TranscriptDisclosure.h"

namespace certtrack::server {

// GET /transcripts/{id}: the page a third party opens. Every successful view counts. Looking up
// ids that do not exist is limited per client address, so ids cannot be found by guessing.
class PublicTranscriptEndpoint {
public:
    static constexpr int kMaxMisses = 10;
    static constexpr qint64 kMissWindowSeconds = 10 * 60;

    PublicTranscriptEndpoint(TranscriptStore &store, const Clock &clock, RateEvents &rateEvents);

    HttpResponse view(const ApiRequest &request);
    // What the public sees for this record now (200 with the transcript, or 410), as HTML or,
    // when the request accepts it, JSON; counts nothing. The owner's preview uses it too.
    HttpResponse present(const ApiRequest &request, const TranscriptRecord &record);

private:
    HttpResponse notFound(const ApiRequest &request) const;

    TranscriptStore &m_store;
    const Clock &m_clock;
    TranscriptDisclosure m_disclosure;
    RateLimiter m_misses;
};

} // namespace certtrack::server
