#pragma once

#include "domain/Json.h"
#include "server/core/Paging.h"
#include "server/http/HttpMessage.h"

#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace certtrack::server {

// ?limit= and ?cursor= of a paged collection. The cursor is opaque to clients: the key of the
// item the page starts at, base64url-encoded, which the client hands back as it received it (in
// nextCursor or the Link header's next URL).
struct PageQuery {
    PageRequest request;
    std::optional<HttpResponse> refusal; // 400 when limit or cursor is not one this server takes
};
PageQuery pageQuery(const ApiRequest &request);

QString encodeCursor(const PageKey &key);
std::optional<PageKey> decodeCursor(const QString &cursor);

// The next page's path and query, for the Link header ("" on the last page).
QString nextPageTarget(const ApiRequest &request, const PageRequest &page,
                       const std::optional<PageKey> &next);

// {"items": [...], "nextCursor": ...}, with `Link: <next>; rel="next"` when there is a next page.
template <typename T>
HttpResponse pageResponse(const ApiRequest &request, const PageRequest &asked,
                          const PageOf<T> &page) {
    domain::Page<T> wire;
    wire.items = page.items;
    if (page.next)
        wire.nextCursor = encodeCursor(*page.next);
    HttpResponse response = HttpResponse::json(wire.toJson());
    if (page.next) {
        response.setHeader("Link", "<" + nextPageTarget(request, asked, page.next).toUtf8() +
                                       ">; rel=\"next\"");
    }
    return response;
}

} // namespace certtrack::server
