#pragma once

#include "server/http/Router.h"

#include <QAbstractHttpServer>

namespace certtrack::server {

// The HTTPS front: turns each request into an ApiRequest, routes it, and writes the answer.
// Everything that is not a route's own answer (unknown path, wrong method, a body too large, an
// internal fault) becomes an RFC 9457 problem, and a GET that succeeds carries a strong ETag and
// is answered 304 when If-None-Match names it.
class ApiServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    // Far above any request this API takes; larger bodies are refused with 413 before routing.
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    explicit ApiServer(Router router, QObject *parent = nullptr);

    const Router &router() const { return m_router; }
    void setRouter(Router router) { m_router = std::move(router); }
    HttpResponse dispatch(const ApiRequest &request) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse route(const ApiRequest &request) const;
    void write(const QHttpServerRequest &request, QTcpSocket *socket,
               const HttpResponse &response) const;

    Router m_router;
};

} // namespace certtrack::server
