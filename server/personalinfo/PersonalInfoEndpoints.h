#pragma once

#include "server/app/Storage.h"
#include "server/core/Clock.h"
#include "server/http/HttpMessage.h"

namespace certtrack::server {

// The Personal Info writes under /api/v1/me: PATCH settings and attributes. Each body is a JSON
// merge patch (RFC 7396) of the resource's values by id — {"<questionId>": true|false|null} and
// {"<attributeId>": "text"} — and needs If-Match with the ETag of that same resource, so an
// edit made elsewhere is never overwritten silently (412). Validation failures are 422 with
// errors per field.
class PersonalInfoEndpoints {
public:
    static constexpr int kMaxAttributeLength = 100;

    PersonalInfoEndpoints(Storage &storage, const Clock &clock);

    // Saving settings confirms them: confirmedOn becomes today (the server's clock).
    HttpResponse patchSettings(const ApiRequest &request, qint64 candidateId);
    HttpResponse patchAttributes(const ApiRequest &request, qint64 candidateId);

private:
    Storage &m_storage;
    const Clock &m_clock;
};

} // namespace certtrack::server
