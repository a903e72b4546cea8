#include "server/http/ApiServer.h"

#include "server/core/Database.h"
#include "server/core/Logging.h"
#include "server/http/HttpProblem.h"

#include <exception>

namespace certtrack::server {

namespace {

// A fault of the storage under the database: nothing is wrong with the request, nothing of it
// was saved, and the same request succeeds once the operator has made room or mended the disk.
// The detail says so in plain words; the file names and SQLite's message stay in the log.
HttpResponse storageProblem(StorageError::Kind kind) {
    QString type;
    QString detail;
    switch (kind) {
    case StorageError::Kind::Full:
        type = QStringLiteral("urn:certtrack:problem:storage:full");
        detail = QStringLiteral("The server's storage is full, so nothing was saved. Reading "
                                "still works; try the change again later.");
        break;
    case StorageError::Kind::ReadOnly:
        type = QStringLiteral("urn:certtrack:problem:storage:read-only");
        detail = QStringLiteral("The server's storage cannot be written at the moment, so "
                                "nothing was saved. Reading still works; try the change again "
                                "later.");
        break;
    case StorageError::Kind::Gone:
        type = QStringLiteral("urn:certtrack:problem:storage:gone");
        detail = QStringLiteral("The server's database file is missing, so nothing was saved. "
                                "Reading still works; try the change again later.");
        break;
    case StorageError::Kind::Failing:
    case StorageError::Kind::Fault:
        type = QStringLiteral("urn:certtrack:problem:storage:failing");
        detail = QStringLiteral("The server's storage reports errors, so nothing was saved. "
                                "Try again later.");
        break;
    }
    HttpResponse response = HttpResponse::problem(
        domain::Problem::make(503, QStringLiteral("Service Unavailable"), detail, type));
    response.setHeader("Retry-After", "60");
    return response;
}

} // namespace

ApiServer::ApiServer(Router router, qint64 maxBodyBytes)
    : m_router(std::move(router))
    , m_maxBodyBytes(maxBodyBytes) {}

HttpResponse ApiServer::dispatch(const ApiRequest &request) const {
    HttpResponse response;
    try {
        response = route(request);
    } catch (const HttpProblem &refusal) {
        response = refusal.response();
    } catch (const StorageError &error) {
        qCCritical(lcServer) << "request failed:" << request.method << request.path << error.what();
        response = error.isStorageFault()
                       ? storageProblem(error.kind())
                       : HttpResponse::problem(500, QStringLiteral("Internal Server Error"),
                                               QStringLiteral("The server could not answer this "
                                                              "request. Try again later."));
    } catch (const std::exception &error) {
        qCCritical(lcServer) << "request failed:" << request.method << request.path << error.what();
        response = HttpResponse::problem(500, QStringLiteral("Internal Server Error"),
                                         QStringLiteral("The server could not answer this "
                                                        "request. Try again later."));
    }
    if (request.method == "GET" && response.status == 200) {
        const QByteArray tag = entityTag(response.body);
        response.setHeader("ETag", tag);
        if (response.header("Cache-Control").isEmpty())
            response.setHeader("Cache-Control", "private, no-cache");
        const QByteArray ifNoneMatch = request.header("If-None-Match");
        if (!ifNoneMatch.isEmpty() && ifNoneMatchMatches(ifNoneMatch, tag)) {
            HttpResponse notModified;
            notModified.status = 304;
            notModified.setHeader("ETag", tag);
            notModified.setHeader("Cache-Control", response.header("Cache-Control"));
            return notModified;
        }
    }
    return response;
}

HttpResponse ApiServer::route(const ApiRequest &request) const {
    if (request.body.size() > m_maxBodyBytes) {
        return HttpResponse::problem(
            413, QStringLiteral("Content Too Large"),
            QStringLiteral("The request body has %1 bytes; this server takes at most %2.")
                .arg(request.body.size())
                .arg(m_maxBodyBytes));
    }
    const Router::Match match = m_router.match(request.method, request.path);
    if (!match.route) {
        if (match.allowedMethods.isEmpty()) {
            // The path is not repeated: what a client sends is never echoed back.
            return HttpResponse::problem(404, QStringLiteral("Not Found"),
                                         QStringLiteral("There is nothing at this path."));
        }
        const QByteArray allowed = match.allowedMethods.join(", ");
        HttpResponse response = HttpResponse::problem(
            405, QStringLiteral("Method Not Allowed"),
            QStringLiteral("This path takes only %1.").arg(QString::fromLatin1(allowed)));
        response.setHeader("Allow", allowed);
        return response;
    }
    ApiRequest routed = request;
    routed.pathParameters = match.parameters;
    return match.route->handler(routed);
}

} // namespace certtrack::server
