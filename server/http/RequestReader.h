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
// `remoteAddress` is clientAddress(peer, the X-Forwarded-For fields, trusted).
ReadRequest
toApiRequest(const boost::beast::http::request<boost::beast::http::string_body> &message,
             const QHostAddress &peer, const TrustedProxies &trusted = {});

// The address a request's limits count against. The peer, unless the peer is a trusted proxy:
// then the X-Forwarded-For entries (every such field, in order) are read from the right, past
// those that are trusted proxies themselves, and the first other one is the client, as long as it
// is a plain IP address. A proxy appends the address it received from, so anything to the left
// of that was written by the client and is not believed. Malformed or missing: the peer. IPv4
// addresses mapped into IPv6 compare as IPv4.
QHostAddress clientAddress(const QHostAddress &peer, const QList<QByteArray> &forwardedFor,
                           const TrustedProxies &trusted);

// "ADDRESS[/PREFIX][,ADDRESS[/PREFIX]...]" as --trusted-proxy takes it; nullopt when an entry
// is neither an address nor a subnet.
std::optional<TrustedProxies> parseTrustedProxies(const QString &text);

} // namespace certtrack::server
