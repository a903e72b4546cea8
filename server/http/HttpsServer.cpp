#include "server/http/HttpsServer.h"

#include "server/core/Logging.h"
#include "server/http/RequestReader.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <QElapsedTimer>
#include <QMetaObject>
#include <QObject>

#include <openssl/ssl.h>

#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace certtrack::server {

namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
using tcp = boost::asio::ip::tcp;

namespace {

// TLS 1.2: forward secrecy and AEAD only. No CBC (and with it no SHA-1 MAC), no PSK, no static
// RSA key exchange; every client this server has speaks one of these or TLS 1.3.
constexpr char kTls12Ciphers[] = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                 "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                 "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";
constexpr char kTls13Suites[] =
    "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";
// A finished connection gets this long to stop sending once it has our close_notify.
constexpr std::chrono::seconds kShutdownGrace{2};
// A refused body with a known length is read and dropped for this long at most.
constexpr std::chrono::seconds kDiscardTime{5};
constexpr std::size_t kReadChunk = 16 * 1024;

std::shared_ptr<ssl::context> makeTlsContext(const TlsMaterial &tls, QString *error) {
    auto context = std::make_shared<ssl::context>(ssl::context::tls_server);
    SSL_CTX *handle = context->native_handle();
    SSL_CTX_set_min_proto_version(handle, TLS1_2_VERSION);
    SSL_CTX_set_options(handle, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION |
                                    SSL_OP_CIPHER_SERVER_PREFERENCE);
    if (SSL_CTX_set_cipher_list(handle, kTls12Ciphers) != 1 ||
        SSL_CTX_set_ciphersuites(handle, kTls13Suites) != 1) {
        *error = QStringLiteral("this OpenSSL offers none of the TLS suites certtrackd uses");
        return nullptr;
    }
    QByteArray chain;
    for (const QSslCertificate &certificate : tls.chain)
        chain += certificate.toPem();
    const QByteArray key = tls.key.toPem();
    beast::error_code ec;
    context->use_certificate_chain(net::buffer(chain.constData(), std::size_t(chain.size())), ec);
    if (!ec) {
        context->use_private_key(net::buffer(key.constData(), std::size_t(key.size())),
                                 ssl::context::pem, ec);
    }
    if (ec) {
        *error = QStringLiteral("the TLS certificate or key is unusable: %1")
                     .arg(QString::fromStdString(ec.message()));
        return nullptr;
    }
    if (SSL_CTX_check_private_key(handle) != 1) {
        *error = QStringLiteral("the TLS key does not belong to the certificate");
        return nullptr;
    }
    return context;
}

bool isParseError(const beast::error_code &ec) {
    return ec.category() == http::make_error_code(http::error::bad_target).category() &&
           ec != http::error::end_of_stream && ec != http::error::partial_message;
}

// What every connection of one server shares; it outlives them all (see Impl's member order).
struct Shared {
    HttpsServer::Dispatch dispatch;
    TransportLimits limits;
    QObject *inbox = nullptr; // lives on the handlers' thread; requests are queued to it
};

class Connection : public std::enable_shared_from_this<Connection> {
public:
    Connection(tcp::socket socket, std::shared_ptr<ssl::context> tls, const Shared &shared)
        : m_tls(std::move(tls))
        , m_stream(std::move(socket), *m_tls)
        , m_shared(shared) {}

    void start() {
        beast::error_code ec;
        const tcp::endpoint peer = lowest().socket().remote_endpoint(ec);
        if (!ec)
            m_peer = QHostAddress(QString::fromStdString(peer.address().to_string()));
        lowest().socket().set_option(tcp::no_delay(true), ec);
        net::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->handshake(); });
    }

private:
    beast::tcp_stream &lowest() { return beast::get_lowest_layer(m_stream); }
    const TransportLimits &limits() const { return m_shared.limits; }

    void handshake() {
        lowest().expires_after(limits().headerTimeout);
        m_stream.async_handshake(ssl::stream_base::server,
                                 [self = shared_from_this()](const beast::error_code &ec) {
                                     if (!ec)
                                         self->readHeader();
                                 });
    }

    // Between requests the idle timeout runs; from the first byte on, the header timeout.
    void awaitRequest() {
        if (m_buffer.size() > 0)
            return readHeader();
        lowest().expires_after(limits().idleTimeout);
        m_stream.async_read_some(
            m_buffer.prepare(kReadChunk),
            [self = shared_from_this()](const beast::error_code &ec, std::size_t bytes) {
                if (ec)
                    return;
                self->m_buffer.commit(bytes);
                self->readHeader();
            });
    }

    void readHeader() {
        m_parser.emplace();
        applyLimits(*m_parser, limits());
        lowest().expires_after(limits().headerTimeout);
        http::async_read_header(m_stream, m_buffer, *m_parser,
                                [self = shared_from_this()](const beast::error_code &ec,
                                                            std::size_t) { self->onHeader(ec); });
    }

    void onHeader(const beast::error_code &ec) {
        if (ec == http::error::header_limit)
            return refuse(431, QStringLiteral("Request Header Fields Too Large"),
                          QStringLiteral("The request's header fields take more than %1 bytes.")
                              .arg(limits().maxHeaderBytes));
        // Beast compares a Content-Length with the body limit as soon as the header is complete.
        if (ec == http::error::body_limit)
            return refuseBody();
        if (isParseError(ec))
            return refuse(400, QStringLiteral("Bad Request"),
                          QStringLiteral("The request is not well-formed HTTP/1.1: %1.")
                              .arg(QString::fromStdString(ec.message())));
        if (ec)
            return; // timeout (the stream is closed already), reset or end of stream
        m_version = m_parser->get().version();
        if (const std::optional<TransportRefusal> refusal = refuseHeader(*m_parser, limits()))
            return refuse(*refusal);
        lowest().expires_after(limits().idleTimeout);
        http::async_read(m_stream, m_buffer, *m_parser,
                         [self = shared_from_this()](const beast::error_code &bodyError,
                                                     std::size_t) { self->onBody(bodyError); });
    }

    void onBody(const beast::error_code &ec) {
        if (ec == http::error::body_limit)
            return refuseBody();
        if (isParseError(ec))
            return refuse(400, QStringLiteral("Bad Request"),
                          QStringLiteral("The request body is not well-formed: %1.")
                              .arg(QString::fromStdString(ec.message())));
        if (ec)
            return;
        http::request<http::string_body> request = m_parser->release();
        m_parser.reset();
        m_keepAlive = request.keep_alive();
        m_head = request.method() == http::verb::head;
        ReadRequest read = toApiRequest(request, m_peer, limits().trustedProxies);
        if (read.refusal)
            return refuse(*read.refusal);
        ApiRequest api = std::move(*read.request);

        // The handler may take its time (a database write); that is not the client idling.
        lowest().expires_never();
        QMetaObject::invokeMethod(
            m_shared.inbox,
            [self = shared_from_this(), api = std::move(api)] {
                QElapsedTimer timer;
                timer.start();
                HttpResponse response = self->m_shared.dispatch(api);
                qCInfo(lcServer).noquote()
                    << api.method << api.path << response.status << response.body.size() << "bytes"
                    << timer.elapsed() << "ms";
                net::post(self->m_stream.get_executor(),
                          [self, response = std::move(response)] { self->write(response, false); });
            },
            Qt::QueuedConnection);
    }

    void refuseBody() {
        // With a Content-Length the rest of the body is known: it is read and dropped after the
        // 413, so a client that sends it anyway (as Qt's does) finishes and reads the answer.
        // The length is read from the field: when Beast refuses a Content-Length at the end of
        // the header, the parser does not count the header as done, and content_length() must
        // not be asked then (a debug build's assertion stops the server).
        const beast::string_view field = m_parser->get()[http::field::content_length];
        bool known = false;
        const std::uint64_t length =
            QByteArray::fromRawData(field.data(), qsizetype(field.size())).toULongLong(&known);
        if (known)
            m_discard = length - std::min<std::uint64_t>(length, m_buffer.size());
        refuse(413, QStringLiteral("Content Too Large"),
               QStringLiteral("The request body is larger than the %1 bytes this server takes.")
                   .arg(limits().maxBodyBytes));
    }

    // Answers without reaching a handler and closes: what follows in the stream cannot be trusted
    // to start a request.
    void refuse(const TransportRefusal &refusal) {
        refuse(refusal.status, refusal.title, refusal.detail);
    }

    void refuse(int status, const QString &title, const QString &detail) {
        m_head = false;
        qCInfo(lcServer).noquote() << "refused" << status << "from" << m_peer.toString() << detail;
        write(HttpResponse::problem(status, title, detail), true);
    }

    void write(const HttpResponse &answer, bool close) {
        m_response = {};
        m_response.version(m_version);
        m_response.result(unsigned(answer.status));
        for (const auto &[name, value] : answer.headers) {
            m_response.insert(beast::string_view(name.constData(), std::size_t(name.size())),
                              beast::string_view(value.constData(), std::size_t(value.size())));
        }
        // On every answer, whichever route or refusal made it: no content sniffing (a problem
        // body or a file is what its Content-Type says), and HTTPS only from now on, since this
        // server speaks nothing else.
        m_response.set("X-Content-Type-Options", "nosniff");
        m_response.set(http::field::strict_transport_security, "max-age=31536000");
        // An answer to HEAD describes the body without sending it; sent, it would be read as the
        // start of the next response.
        if (!m_head)
            m_response.body() = answer.body.toStdString();
        // A 304 has no body, and a Content-Length there would describe the 200's body (RFC 9110).
        if (answer.status != 304)
            m_response.content_length(std::uint64_t(answer.body.size()));
        const bool keepAlive = m_keepAlive && !close;
        m_response.keep_alive(keepAlive);
        lowest().expires_after(limits().idleTimeout);
        http::async_write(
            m_stream, m_response,
            [self = shared_from_this(), keepAlive](const beast::error_code &ec, std::size_t) {
                if (ec)
                    return;
                if (!keepAlive && self->m_discard > 0) {
                    self->lowest().expires_after(kDiscardTime);
                    return self->discard();
                }
                if (!keepAlive)
                    return self->finish();
                self->awaitRequest();
            });
    }

    // Ends the connection after its last answer: our close_notify and a FIN at once, without
    // waiting for the client's close_notify. The client may still be sending (pipelined requests,
    // the body we refused); closing with unread data would reset the connection, and a reset can
    // destroy the answer before the client reads it. So what still comes is read and dropped,
    // undecrypted, until the client closes or the grace period ends.
    void finish() {
        lowest().expires_after(kShutdownGrace);
        // Marks the client's close_notify as seen, so the shutdown only sends ours.
        SSL_set_shutdown(m_stream.native_handle(), SSL_RECEIVED_SHUTDOWN);
        m_stream.async_shutdown([self = shared_from_this()](const beast::error_code &) {
            beast::error_code ignored;
            self->lowest().socket().shutdown(tcp::socket::shutdown_send, ignored);
            self->drain();
        });
    }

    // Reads and drops the refused body, decrypted, within kDiscardTime at most: memory stays at
    // one buffer whatever the client sends.
    void discard() {
        m_buffer.clear();
        m_stream.async_read_some(
            m_buffer.prepare(kReadChunk),
            [self = shared_from_this()](const beast::error_code &ec, std::size_t bytes) {
                if (ec)
                    return self->lowest().close();
                self->m_discard -= std::min<std::uint64_t>(self->m_discard, bytes);
                if (self->m_discard == 0)
                    return self->finish();
                self->discard();
            });
    }

    void drain() {
        m_buffer.clear();
        lowest().async_read_some(
            m_buffer.prepare(kReadChunk),
            [self = shared_from_this()](const beast::error_code &ec, std::size_t) {
                if (ec) {
                    self->lowest().close();
                    return;
                }
                self->drain();
            });
    }

    std::shared_ptr<ssl::context> m_tls; // before m_stream: the stream uses it to its end
    beast::ssl_stream<beast::tcp_stream> m_stream;
    const Shared &m_shared;
    beast::flat_buffer m_buffer;
    std::optional<RequestParser> m_parser;
    http::response<http::string_body> m_response;
    QHostAddress m_peer;
    unsigned m_version = 11;
    bool m_keepAlive = false;
    bool m_head = false;
    std::uint64_t m_discard = 0; // bytes of a refused body still to drop
};

} // namespace

struct HttpsServer::Impl {
    explicit Impl(Dispatch dispatch, TransportLimits transportLimits)
        : ioc(std::max(1, transportLimits.workers))
        , acceptor(ioc)
        , guard(net::make_work_guard(ioc)) {
        shared.dispatch = std::move(dispatch);
        shared.limits = transportLimits;
        inbox = std::make_unique<QObject>();
        shared.inbox = inbox.get();
    }

    ~Impl() {
        ioc.stop();
        for (std::thread &thread : threads)
            thread.join();
        // Requests still queued to the handlers go with the inbox, before the connections'
        // io_context does.
        inbox.reset();
    }

    std::shared_ptr<ssl::context> currentTls() {
        const std::lock_guard lock(tlsMutex);
        return tls;
    }

    void accept() {
        acceptor.async_accept(
            net::make_strand(ioc), [this](const beast::error_code &ec, tcp::socket socket) {
                if (ec == net::error::operation_aborted)
                    return;
                if (!ec) {
                    std::make_shared<Connection>(std::move(socket), currentTls(), shared)->start();
                }
                accept();
            });
    }

    // Declared before the io_context: the connections it holds refer to it.
    Shared shared;
    net::io_context ioc;
    tcp::acceptor acceptor;
    net::executor_work_guard<net::io_context::executor_type> guard;
    std::mutex tlsMutex;
    std::shared_ptr<ssl::context> tls;
    std::vector<std::thread> threads;
    std::unique_ptr<QObject> inbox;
    quint16 port = 0;
};

HttpsServer::HttpsServer(Dispatch dispatch, TransportLimits limits)
    : m_impl(std::make_unique<Impl>(std::move(dispatch), limits)) {}

HttpsServer::~HttpsServer() = default;

bool HttpsServer::listen(const QHostAddress &address, quint16 port, const TlsMaterial &tls,
                         QString *error) {
    if (!setTls(tls, error))
        return false;
    beast::error_code ec;
    const net::ip::address ip = net::ip::make_address(address.toString().toStdString(), ec);
    if (ec) {
        *error = QStringLiteral("cannot listen on %1: not an IP address").arg(address.toString());
        return false;
    }
    const tcp::endpoint endpoint(ip, port);
    tcp::acceptor &acceptor = m_impl->acceptor;
    acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        acceptor.bind(endpoint, ec);
    if (!ec)
        acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(QString::fromStdString(ec.message()));
        return false;
    }
    m_impl->port = acceptor.local_endpoint().port();
    m_impl->accept();
    const int workers = std::max(1, m_impl->shared.limits.workers);
    for (int i = 0; i < workers; ++i)
        m_impl->threads.emplace_back([impl = m_impl.get()] { impl->ioc.run(); });
    return true;
}

quint16 HttpsServer::port() const {
    return m_impl->port;
}

bool HttpsServer::setTls(const TlsMaterial &tls, QString *error) {
    std::shared_ptr<ssl::context> context = makeTlsContext(tls, error);
    if (!context)
        return false;
    const std::lock_guard lock(m_impl->tlsMutex);
    m_impl->tls = std::move(context);
    return true;
}

} // namespace certtrack::server
