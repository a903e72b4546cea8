#pragma once

#include "server/http/Router.h"

namespace certtrack::server {

// The API's answer to one request, whatever carried it: routes it and turns everything that is
// not a route's own answer (unknown path, wrong method, a body too large, an internal fault) into
// an RFC 9457 problem; a GET that succeeds carries a strong ETag and is answered 304 when
// If-None-Match names it. The transport (HttpsServer) refuses oversized bodies before reading
// them; the check here keeps the limit true for any caller.
class ApiServer {
public:
    // Far above any request this API takes; the default of --max-body.
    static constexpr qint64 kMaxBodyBytes = 64 * 1024;

    explicit ApiServer(Router router, qint64 maxBodyBytes = kMaxBodyBytes);

    const Router &router() const { return m_router; }
    void setRouter(Router router) { m_router = std::move(router); }
    HttpResponse dispatch(const ApiRequest &request) const;

private:
    HttpResponse route(const ApiRequest &request) const;

    Router m_router;
    qint64 m_maxBodyBytes;
};

} // namespace certtrack::server
