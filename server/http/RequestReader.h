#pragma once

#include "server/http/HttpMessage.h"
#include "server/http/HttpsServer.h"

#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <QHostAddress>
#include <QString>

#include <optional>

namespace certtrack::server {

// What HttpsServer makes of a request's bytes once Beast has parsed them, apart from sockets and
// TLS, so it can be tested and fuzzed on plain bytes.

using RequestParser = boost::beast::http::request_parser<boost::beast::http::string_body>;

// An answer the transport gives on its own, closing the connection after it.
struct TransportRefusal {
    int status = 400;
    QString title;
    QString detail;
};

// A parser with the limits applied, ready for one request.
void applyLimits(RequestParser &parser, const TransportLimits &limits);

// A complete header that must not reach a handler: more fields than the limit (431), a
// Transfer-Encoding that does not end in chunked (400), two Content-Type fields (400).
std::optional<TransportRefusal> refuseHeader(const RequestParser &parser,
                                             const TransportLimits &limits);

// The request as the routes see it, or a 400 when its target is not a valid path.
struct ReadRequest {
    std::optional<ApiRequest> request;
    std::optional<TransportRefusal> refusal;
};
ReadRequest
toApiRequest(const boost::beast::http::request<boost::beast::http::string_body> &message,
             const QHostAddress &peer);

} // namespace certtrack::server
