#include "server/http/RequestReader.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <iterator>

namespace certtrack::server {

namespace http = boost::beast::http;

void applyLimits(RequestParser &parser, const TransportLimits &limits) {
    parser.header_limit(limits.maxHeaderBytes);
    parser.body_limit(std::uint64_t(limits.maxBodyBytes));
}

std::optional<TransportRefusal> refuseHeader(const RequestParser &parser,
                                             const TransportLimits &limits) {
    const auto &request = parser.get();
    if (std::distance(request.begin(), request.end()) > limits.maxHeaderFields)
        return TransportRefusal{431, QStringLiteral("Request Header Fields Too Large"),
                                QStringLiteral("The request has more than %1 header fields.")
                                    .arg(limits.maxHeaderFields)};
    // RFC 9112 6.3: a request whose Transfer-Encoding does not end in chunked has no
    // knowable length.
    if (request.find(http::field::transfer_encoding) != request.end() && !parser.chunked())
        return TransportRefusal{400, QStringLiteral("Bad Request"),
                                QStringLiteral("Transfer-Encoding must end in chunked.")};
    // Two Content-Type fields leave the body's meaning to whichever one a reader takes;
    // none is guessed at (RFC 9110 5.3: the field is a singleton).
    if (request.count(http::field::content_type) > 1)
        return TransportRefusal{400, QStringLiteral("Bad Request"),
                                QStringLiteral("The request has more than one Content-Type header "
                                               "field; send exactly one.")};
    return std::nullopt;
}

namespace {

QHostAddress plain(const QHostAddress &address) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

bool isTrusted(const QHostAddress &address, const TrustedProxies &trusted) {
    const QHostAddress candidate = plain(address);
    return std::any_of(trusted.cbegin(), trusted.cend(), [&](const QPair<QHostAddress, int> &net) {
        return candidate.isInSubnet(net);
    });
}

} // namespace

QHostAddress clientAddress(const QHostAddress &peer, const QList<QByteArray> &forwardedFor,
                           const TrustedProxies &trusted) {
    if (trusted.isEmpty() || !isTrusted(peer, trusted))
        return peer;
    QList<QByteArray> entries;
    for (const QByteArray &field : forwardedFor)
        entries += field.split(',');
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        QString text = QString::fromLatin1(it->trimmed());
        if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
            text = text.mid(1, text.size() - 2);
        QHostAddress address;
        if (text.isEmpty() || text.contains(QLatin1Char('%')) || !address.setAddress(text))
            return peer;
        if (!isTrusted(address, trusted))
            return plain(address);
    }
    return peer;
}

std::optional<TrustedProxies> parseTrustedProxies(const QString &text) {
    TrustedProxies proxies;
    for (const QString &entry : text.split(QLatin1Char(','))) {
        const QString trimmed = entry.trimmed();
        if (trimmed.isEmpty())
            return std::nullopt;
        QPair<QHostAddress, int> net;
        if (trimmed.contains(QLatin1Char('/'))) {
            net = QHostAddress::parseSubnet(trimmed);
            if (net.first.isNull())
                return std::nullopt;
        } else {
            QHostAddress address;
            if (trimmed.contains(QLatin1Char('%')) || !address.setAddress(trimmed))
                return std::nullopt;
            address = plain(address);
            net = {address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        proxies.append(net);
    }
    return proxies;
}

ReadRequest toApiRequest(const http::request<http::string_body> &message, const QHostAddress &peer,
                         const TrustedProxies &trusted) {
    ReadRequest result;
    const boost::beast::string_view target = message.target();
    const QUrl url = QUrl::fromEncoded(QByteArray(target.data(), qsizetype(target.size())));
    if (!url.isValid() || url.path().isEmpty()) {
        result.refusal =
            TransportRefusal{400, QStringLiteral("Bad Request"),
                             QStringLiteral("The request target is not a valid path.")};
        return result;
    }
    ApiRequest api;
    const boost::beast::string_view method = message.method_string();
    api.method = QByteArray(method.data(), qsizetype(method.size()));
    api.path = url.path(QUrl::FullyDecoded);
    api.query = QUrlQuery(url);
    for (const auto &field : message) {
        const boost::beast::string_view name = field.name_string();
        const boost::beast::string_view value = field.value();
        api.headers.append({QByteArray(name.data(), qsizetype(name.size())),
                            QByteArray(value.data(), qsizetype(value.size()))});
    }
    api.body = QByteArray::fromStdString(message.body());
    QList<QByteArray> forwardedFor;
    if (!trusted.isEmpty()) {
        for (const auto &[name, value] : std::as_const(api.headers)) {
            if (name.compare("X-Forwarded-For", Qt::CaseInsensitive) == 0)
                forwardedFor.append(value);
        }
    }
    api.remoteAddress = clientAddress(peer, forwardedFor, trusted);
    result.request = std::move(api);
    return result;
}

} // namespace certtrack::server
