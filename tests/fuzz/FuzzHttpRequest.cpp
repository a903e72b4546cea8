// The transport's request reading: the bytes of one HTTP/1.1 request through Beast's parser with
// certtrackd's limits, the header checks (RequestReader's refuseHeader) once the header is
// complete, then the message turned into the ApiRequest the routes see. This is what
// HttpsServer does with the decrypted stream, without sockets or TLS.

#include "server/http/RequestReader.h"

#include <boost/asio/buffer.hpp>

#include <cstdint>
#include <cstdlib>

using namespace certtrack::server;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    TransportLimits limits;
    // Small enough that the fuzzer reaches the limits.
    limits.maxBodyBytes = 1024;
    limits.maxHeaderBytes = 2048;
    limits.maxHeaderFields = 20;

    RequestParser parser;
    applyLimits(parser, limits);
    parser.eager(false);
    boost::asio::const_buffer input(data, size);
    boost::beast::error_code ec;
    bool checkedHeader = false;
    while (input.size() > 0 && !parser.is_done()) {
        const std::size_t used = parser.put(input, ec);
        input += used;
        if (ec == boost::beast::http::error::need_more) {
            ec = {};
            if (used == 0)
                break;
            continue;
        }
        if (ec)
            return 0;
        if (parser.is_header_done() && !checkedHeader) {
            checkedHeader = true;
            if (refuseHeader(parser, limits))
                return 0;
            parser.eager(true);
        }
        if (used == 0)
            break;
    }
    if (!parser.is_done()) {
        parser.put_eof(ec);
        if (ec || !parser.is_done())
            return 0;
    }
    if (!checkedHeader && refuseHeader(parser, limits))
        return 0;
    // The peer is a trusted proxy, so X-Forwarded-For is read too; whatever it holds, the client
    // address is a valid one.
    static const TrustedProxies trusted = *parseTrustedProxies(QStringLiteral("127.0.0.0/8"));
    const ReadRequest read =
        toApiRequest(parser.get(), QHostAddress(QStringLiteral("127.0.0.1")), trusted);
    if (read.request && read.request->remoteAddress.isNull())
        std::abort();
    if (read.request.has_value() == read.refusal.has_value())
        std::abort();
    if (read.request) {
        if (qint64(read.request->body.size()) > limits.maxBodyBytes)
            std::abort();
        (void)read.request->mediaType();
        (void)read.request->charset();
        (void)read.request->header("Content-Type");
    }
    return 0;
}
