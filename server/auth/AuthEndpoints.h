#pragma once

#include "server/auth/TokenService.h"
#include "server/http/HttpMessage.h"
#include "server/http/Router.h"

namespace certtrack::server {

// The OAuth 2.0 endpoints: POST /api/v1/auth/token (RFC 6749) and POST /api/v1/auth/revoke
// (RFC 7009). They answer errors in RFC 6749's JSON shape, not as problems.
class AuthEndpoints {
public:
    explicit AuthEndpoints(TokenService &tokens);

    HttpResponse token(const ApiRequest &request);
    HttpResponse revoke(const ApiRequest &request);

private:
    TokenService &m_tokens;
};

void addRoutes(Router &router, AuthEndpoints *endpoints);

// The guard of every /api/v1/me route: runs the handler only for a valid bearer token, with that
// token's candidate; otherwise 401 with a WWW-Authenticate challenge (RFC 6750).
CandidateGuard bearerGuard(TokenService *tokens);

} // namespace certtrack::server
