#pragma once

#include "server/core/Clock.h"
#include "server/external/ExternalCredentialStore.h"
#include "server/http/HttpMessage.h"
#include "server/http/Router.h"

namespace certtrack::server {

// Credentials from other issuers kept on the candidate's account. The server stores the text
// (a VC-JWT or credential JSON, at most kMaxCredentialBytes) and judges nothing but its form: it
// cannot vouch for another issuer; the client verifies each one. Scoped to the candidate:
// another candidate's id is not found (404).
class ExternalCredentialEndpoints {
public:
    static constexpr qsizetype kMaxCredentialBytes = 512 * 1024;

    ExternalCredentialEndpoints(ExternalCredentialStore &store, const Clock &clock);

    // GET /api/v1/me/external-credentials: {items, nextCursor: null}, oldest first.
    HttpResponse list(qint64 candidateId);
    // POST /api/v1/me/external-credentials {"credential": "..."}: 201 with the kept credential;
    // the same text kept again answers 200 with the one already there; 422 when the text is not
    // a credential (a compact JWS, or JSON of a VerifiableCredential or an Open Badges Assertion),
    // 413 over the size cap.
    HttpResponse add(const ApiRequest &request, qint64 candidateId);
    // DELETE /api/v1/me/external-credentials/{id}: 204, or 404.
    HttpResponse remove(qint64 candidateId, const QString &id);

private:
    ExternalCredentialStore &m_store;
    const Clock &m_clock;
};

void addRoutes(Router &router, ExternalCredentialEndpoints *endpoints, const CandidateGuard &guard);

} // namespace certtrack::server
