#pragma once

#include "server/http/HttpMessage.h"

namespace certtrack::server::publicpage {

// What the public pages (transcripts, verification, set-password links) have in common.

// An HTML page with the given status.
HttpResponse html(const QByteArray &body, int status);

// Whether the page may hold a form that posts back to this server.
enum class Forms { None, Self };

// The headers every public page carries: never cached (the answer must be current and may be
// personal), framed, indexed or passed on as a referrer; nothing run or loaded from elsewhere;
// and Vary: Accept, because each answers HTML or JSON by the Accept header.
HttpResponse guarded(HttpResponse response, Forms forms = Forms::None);

// JSON when the client asks for it and not for HTML (a browser's Accept names both).
bool wantsJson(const ApiRequest &request);

} // namespace certtrack::server::publicpage
