#include "server/http/ApiServer.h"

#include "server/core/Logging.h"
#include "server/http/HttpProblem.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

#include <exception>

namespace certtrack::server {

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        break;
    }
    return "UNKNOWN";
}

ApiRequest toApiRequest(const QHttpServerRequest &request) {
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path(QUrl::FullyDecoded);
    api.query = request.query();
    api.headers = request.headers();
    api.body = request.body();
    api.remoteAddress = request.remoteAddress();
    return api;
}

} // namespace

ApiServer::ApiServer(Router router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(std::move(router)) {}

HttpResponse ApiServer::dispatch(const ApiRequest &request) const {
    HttpResponse response;
    try {
        response = route(request);
    } catch (const HttpProblem &refusal) {
        response = refusal.response();
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
    if (request.body.size() > kMaxBodyBytes) {
        return HttpResponse::problem(
            413, QStringLiteral("Content Too Large"),
            QStringLiteral("The request body has %1 bytes; this server takes at most %2.")
                .arg(request.body.size())
                .arg(kMaxBodyBytes));
    }
    const Router::Match match = m_router.match(request.method, request.path);
    if (!match.route) {
        if (match.allowedMethods.isEmpty()) {
            return HttpResponse::problem(
                404, QStringLiteral("Not Found"),
                QStringLiteral("There is nothing at %1.").arg(request.path));
        }
        HttpResponse response =
            HttpResponse::problem(405, QStringLiteral("Method Not Allowed"),
                                  QStringLiteral("%1 does not take %2.")
                                      .arg(request.path, QString::fromLatin1(request.method)));
        response.setHeader("Allow", match.allowedMethods.join(", "));
        return response;
    }
    ApiRequest routed = request;
    routed.pathParameters = match.parameters;
    return match.route->handler(routed);
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    QElapsedTimer timer;
    timer.start();
    const ApiRequest api = toApiRequest(request);
    const HttpResponse response = dispatch(api);
    write(request, socket, response);
    qCInfo(lcServer).noquote() << api.method << api.path << response.status << response.body.size()
                               << "bytes" << timer.elapsed() << "ms";
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    write(request, socket,
          HttpResponse::problem(404, QStringLiteral("Not Found"),
                                QStringLiteral("There is nothing at this address.")));
}

void ApiServer::write(const QHttpServerRequest &request, QTcpSocket *socket,
                      const HttpResponse &response) const {
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    // A 304 has no body, and a Content-Length there would describe the 200's body (RFC 9110).
    if (response.status != 304)
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

} // namespace certtrack::server
