#pragma once

#include "server/http/Router.h"

#include <QStringList>

namespace certtrack::server {

// GET /api/v1/me/sync: the account as a client syncs it, one line per resource: its path (as the
// client asks for it, relative to /api/v1/ unless it starts with "/") and the ETag a GET of it
// would carry now. It lists every page of a paged collection and every badge's own copies. A
// client compares the lines with the ETags it cached and asks only for what differs; the list's
// own ETag makes it 304 when nothing at all changed, so an unchanged account costs one request
// however large it is.
//
// The lines come from the routes themselves, asked in-process with the caller's own
// credentials: an ETag here is by construction the one the resource answers with, and nothing
// can be listed that the caller could not read.
class SyncManifest {
public:
    // The resources every account has, in the order they are listed.
    static QStringList topLevelPaths();

    // `routes` answers the listed paths: every route but this one.
    explicit SyncManifest(Router routes);

    HttpResponse answer(const ApiRequest &request) const;

private:
    // The resource's answer to a GET made with the caller's headers, or null when it has none
    // (an optional resource this server lacks, or a refusal).
    std::optional<HttpResponse> get(const ApiRequest &caller, const QString &path) const;

    Router m_routes;
};

// Adds GET /api/v1/me/sync, answered by the routes `router` holds when this is called.
void addSyncManifestRoute(Router &router, const CandidateGuard &guard);

} // namespace certtrack::server
