#pragma once

#include "server/core/Clock.h"
#include "server/http/HttpMessage.h"
#include "server/http/Router.h"
#include "server/personalinfo/PersonalInfoStore.h"

namespace certtrack::server {

// Personal Info under /api/v1/me: GET settings, attributes and identifiers; PATCH settings and
// attributes. Also GET /api/v1/programme: the programme's name and wording those pages show. Each
// body is a JSON merge patch (RFC 7396) of the resource's values by id — {"<questionId>":
// true|false|null} and
// {"<attributeId>": "text"} — and needs If-Match with the ETag of that same resource, so an
// edit made elsewhere is never overwritten silently (412). Validation failures are 422 with
// errors per field.
class PersonalInfoEndpoints {
public:
    static constexpr int kMaxAttributeLength = 100;

    PersonalInfoEndpoints(PersonalInfoStore &store, const Clock &clock);

    HttpResponse settings(qint64 candidateId);
    HttpResponse attributes(qint64 candidateId);
    HttpResponse identifiers(qint64 candidateId);
    HttpResponse programme();
    // Saving settings confirms them: confirmedOn becomes today (the server's clock).
    HttpResponse patchSettings(const ApiRequest &request, qint64 candidateId);
    HttpResponse patchAttributes(const ApiRequest &request, qint64 candidateId);

private:
    PersonalInfoStore &m_store;
    const Clock &m_clock;
};

void addRoutes(Router &router, PersonalInfoEndpoints *endpoints, const CandidateGuard &guard);

} // namespace certtrack::server
