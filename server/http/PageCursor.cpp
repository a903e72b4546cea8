#include "server/http/PageCursor.h"

namespace certtrack::server {

namespace {

constexpr QByteArray::Base64Options kCursorEncoding =
    QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

HttpResponse badPaging(const QString &detail) {
    return HttpResponse::problem(400, QStringLiteral("Bad Request"), detail);
}

} // namespace

QString encodeCursor(const PageKey &key) {
    // The sort value never holds a newline (dates, instants, ids).
    return QString::fromLatin1(
        (key.sort + QLatin1Char('\n') + key.id).toUtf8().toBase64(kCursorEncoding));
}

std::optional<PageKey> decodeCursor(const QString &cursor) {
    if (cursor.isEmpty() || cursor.size() > 256)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), kCursorEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QString text = QString::fromUtf8(*decoded);
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    if (newline <= 0 || newline == text.size() - 1 ||
        text.indexOf(QLatin1Char('\n'), newline + 1) >= 0)
        return std::nullopt;
    return PageKey{text.left(newline), text.mid(newline + 1)};
}

PageQuery pageQuery(const ApiRequest &request) {
    PageQuery result;
    const QString limit = request.query.queryItemValue(QStringLiteral("limit"));
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const int value = limit.toInt(&ok);
        if (!ok || value < 1 || value > PageRequest::kMaxLimit) {
            result.refusal = badPaging(QStringLiteral("limit takes a number of items from 1 to %1.")
                                           .arg(PageRequest::kMaxLimit));
            return result;
        }
        result.request.limit = value;
    }
    if (request.query.hasQueryItem(QStringLiteral("cursor"))) {
        result.request.from = decodeCursor(
            request.query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded));
        if (!result.request.from) {
            result.refusal = badPaging(QStringLiteral("The cursor is not one this server gave; "
                                                      "start again from the first page."));
            return result;
        }
    }
    return result;
}

QString nextPageTarget(const ApiRequest &request, const PageRequest &page,
                       const std::optional<PageKey> &next) {
    if (!next)
        return {};
    QUrlQuery query;
    if (page.limit != PageRequest::kMaxLimit)
        query.addQueryItem(QStringLiteral("limit"), QString::number(page.limit));
    query.addQueryItem(QStringLiteral("cursor"), encodeCursor(*next));
    QUrl url;
    url.setPath(request.path);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace certtrack::server
