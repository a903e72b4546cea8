#include "server/http/PublicPage.h"

namespace certtrack::server::publicpage {

HttpResponse html(const QByteArray &body, int status) {
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    return response;
}

HttpResponse guarded(HttpResponse response, Forms forms) {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Security-Policy",
                       forms == Forms::Self
                           ? "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors "
                             "'none'; base-uri 'none'; form-action 'self'"
                           : "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors "
                             "'none'; base-uri 'none'; form-action 'none'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Robots-Tag", "noindex");
    response.setHeader("Vary", "Accept");
    return response;
}

bool wantsJson(const ApiRequest &request) {
    const QByteArray accept = request.header("Accept").toLower();
    return accept.contains("application/json") && !accept.contains("text/html");
}

} // namespace certtrack::server::publicpage
