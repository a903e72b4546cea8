#pragma once

#include "server/http/HttpMessage.h"
#include "server/http/TlsMaterial.h"

#include <QHostAddress>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace certtrack::server {

// Addresses and subnets (address, prefix length) of reverse proxies in front of certtrackd.
using TrustedProxies = QList<QPair<QHostAddress, int>>;

// How much a client may send and how long it may take; what the transport refuses on its own.
struct TransportLimits {
    // Threads that accept, run TLS, parse and write (at least 1).
    int workers = 1;
    // A larger Content-Length is answered 413 before the body is read; a chunked body is cut off
    // with 413 once it passes this.
    qint64 maxBodyBytes = 64 * 1024;
    // Request line plus header fields, and how many fields: past either, 431 and a close.
    quint32 maxHeaderBytes = 16 * 1024;
    int maxHeaderFields = 100;
    // From the TLS handshake or the first byte of a request to its last header line.
    std::chrono::seconds headerTimeout{10};
    // How long a kept-alive connection may wait for its next request, and the longest gap while a
    // body is read or an answer written.
    std::chrono::seconds idleTimeout{60};
    // Proxies (addresses or subnets) whose X-Forwarded-For is believed: a request from one of them
    // is counted against the client address it forwards (RequestReader.h, clientAddress()).
    TrustedProxies trustedProxies;
};

// The HTTPS/1.1 floor under the router (Boost.Beast over Asio and OpenSSL). Worker threads accept,
// handshake, parse and write; every parsed request is handed to `dispatch` on the thread of
// the thread that made this HttpsServer (the one that owns the handlers and their database
// connection, and runs a Qt event loop), and its answer goes back to the connection's worker.
// Refused without reaching a handler: bodies over the limit (413, from the headers alone),
// oversized headers (431), ambiguous framing such as Content-Length beside Transfer-Encoding or two
// different Content-Lengths (400), two Content-Type fields (400); each of these closes the
// connection. Every answer carries X-Content-Type-Options: nosniff and Strict-Transport-Security.
// Slow headers and idle connections are closed at their timeout. `Connection: close` and HTTP/1.0
// without keep-alive close after the answer.
//
// TLS is 1.2 with ECDHE and AEAD suites only, or 1.3. setTls() swaps the certificate for new
// handshakes; connections already open keep theirs.
class HttpsServer {
public:
    using Dispatch = std::function<HttpResponse(const ApiRequest &)>;

    HttpsServer(Dispatch dispatch, TransportLimits limits);
    ~HttpsServer();
    HttpsServer(const HttpsServer &) = delete;
    HttpsServer &operator=(const HttpsServer &) = delete;

    // Binds, listens and starts the workers; false with a message on failure. Port 0 picks one.
    bool listen(const QHostAddress &address, quint16 port, const TlsMaterial &tls, QString *error);
    quint16 port() const;
    // The certificate and key for handshakes from now on; false (keeping the old) when unusable.
    bool setTls(const TlsMaterial &tls, QString *error);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace certtrack::server
