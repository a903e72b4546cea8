#pragma once

#include "server/auth/TokenService.h"
#include "server/http/HttpMessage.h"

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

} // namespace certtrack::server
