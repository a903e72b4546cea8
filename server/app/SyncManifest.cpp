#include "server/app/SyncManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <memory>

namespace certtrack::server {

namespace {

const QString kBadges = QStringLiteral("me/badges");

// The client's path for a resource the server routes at `routed`.
QString routedPath(const QString &path) {
    return path.startsWith(QLatin1Char('/')) ? path : QStringLiteral("/api/v1/") + path;
}

QString encoded(const QString &text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// A paged collection's pages end when nextCursor is absent; the collections are limited in
// their pages by the routes (at most 1,000 items a page), and this by the same bound the client
// keeps, so a faulty route cannot make the list endless.
constexpr int kMaxPages = 1000;

} // namespace

QStringList SyncManifest::topLevelPaths() {
    return {QStringLiteral("me"),
            QStringLiteral("me/settings"),
            QStringLiteral("me/attributes"),
            QStringLiteral("me/identifiers"),
            QStringLiteral("me/exams"),
            QStringLiteral("me/agreements"),
            QStringLiteral("me/ce-activities"),
            QStringLiteral("me/transactions"),
            QStringLiteral("me/certification-details"),
            QStringLiteral("me/logos"),
            QStringLiteral("me/fulfillment"),
            QStringLiteral("me/transcripts"),
            kBadges,
            QStringLiteral("me/fulfillment/catalogue"),
            QStringLiteral("me/orders"),
            QStringLiteral("me/external-credentials"),
            QStringLiteral("/issuer/keys"),
            QStringLiteral("/issuer/status/revocation"),
            QStringLiteral("programme")};
}

SyncManifest::SyncManifest(Router routes)
    : m_routes(std::move(routes)) {}

std::optional<HttpResponse> SyncManifest::get(const ApiRequest &caller, const QString &path) const {
    ApiRequest request;
    request.method = "GET";
    request.remoteAddress = caller.remoteAddress;
    for (const auto &header : caller.headers) {
        const QByteArray name = header.first.toLower();
        if (name != "if-none-match" && name != "if-match")
            request.headers.append(header);
    }
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    const QString routed = routedPath(question < 0 ? path : path.left(question));
    request.path = QUrl::fromPercentEncoding(routed.toUtf8());
    if (question >= 0)
        request.query = QUrlQuery(path.mid(question + 1));
    const Router::Match match = m_routes.match(request.method, request.path);
    if (!match.route)
        return std::nullopt;
    request.pathParameters = match.parameters;
    HttpResponse response = match.route->handler(request);
    if (response.status != 200)
        return std::nullopt;
    return response;
}

HttpResponse SyncManifest::answer(const ApiRequest &request) const {
    QJsonArray resources;
    QStringList queue = topLevelPaths();
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const QString path = queue.at(i);
        const std::optional<HttpResponse> response = get(request, path);
        if (!response)
            continue;
        resources.append(
            QJsonObject{{QStringLiteral("path"), path},
                        {QStringLiteral("etag"), QString::fromLatin1(entityTag(response->body))}});
        const QJsonObject body = QJsonDocument::fromJson(response->body).object();
        const QString base = path.section(QLatin1Char('?'), 0, 0);
        if (base == kBadges) {
            for (const QJsonValue item : body.value(QLatin1String("items")).toArray()) {
                const QString badge =
                    kBadges + QLatin1Char('/') +
                    encoded(item.toObject().value(QLatin1String("id")).toString());
                queue << badge << badge + QStringLiteral("/credential")
                      << badge + QStringLiteral("/assertion");
            }
        }
        const QString cursor = body.value(QLatin1String("nextCursor")).toString();
        if (!cursor.isEmpty() && queue.size() < topLevelPaths().size() * kMaxPages)
            queue << base + QStringLiteral("?cursor=") + encoded(cursor);
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("resources"), resources}});
}

void addSyncManifestRoute(Router &router, const CandidateGuard &guard) {
    auto manifest = std::make_shared<const SyncManifest>(router);
    router.add({"GET", QStringLiteral("/api/v1/me/sync"),
                guard([manifest](const ApiRequest &request, qint64) {
                    return manifest->answer(request);
                })});
}

} // namespace certtrack::server
