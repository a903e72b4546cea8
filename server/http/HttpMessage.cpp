#include "server/http/HttpMessage.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace certtrack::server {

namespace {

QByteArray findHeader(const HeaderList &headers, const QByteArray &name) {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

QByteArray ApiRequest::header(const QByteArray &name) const {
    return findHeader(headers, name);
}

QByteArray ApiRequest::mediaType() const {
    QByteArray type = header("Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

QByteArray ApiRequest::charset() const {
    const QList<QByteArray> parts = header("Content-Type").split(';');
    QByteArray found;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0 || parameter.left(equals).trimmed().toLower() != "charset")
            continue;
        QByteArray value = parameter.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        value = value.toLower();
        if (value != "utf-8")
            return value;
        found = value;
    }
    return found;
}

QByteArray HttpResponse::header(const QByteArray &name) const {
    return findHeader(headers, name);
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value) {
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

HttpResponse HttpResponse::json(const QJsonObject &object, int status) {
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json");
    return response;
}

HttpResponse HttpResponse::problem(const domain::Problem &problem) {
    HttpResponse response;
    response.status = problem.status;
    response.body = problem.toBody();
    response.setHeader("Content-Type", "application/problem+json");
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse HttpResponse::problem(int status, const QString &title, const QString &detail) {
    return problem(domain::Problem::make(status, title, detail));
}

HttpResponse HttpResponse::validationFailed(const QList<domain::Problem::FieldError> &errors) {
    domain::Problem p = domain::Problem::make(
        422, QStringLiteral("Unprocessable Content"),
        errors.size() == 1 ? errors.first().message
                           : QStringLiteral("%1 fields need attention.").arg(errors.size()));
    p.errors = errors;
    return problem(p);
}

HttpResponse HttpResponse::oauthError(int status, const QString &error,
                                      const QString &description) {
    HttpResponse response = json(QJsonObject{{QStringLiteral("error"), error},
                                             {QStringLiteral("error_description"), description}},
                                 status);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

QByteArray entityTag(const QByteArray &body) {
    const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    return '"' +
           digest.left(16).toBase64(QByteArray::Base64UrlEncoding |
                                    QByteArray::OmitTrailingEquals) +
           '"';
}

bool ifNoneMatchMatches(const QByteArray &headerValue, const QByteArray &tag) {
    const QByteArray trimmed = headerValue.trimmed();
    if (trimmed == "*")
        return true;
    for (QByteArray candidate : trimmed.split(',')) {
        candidate = candidate.trimmed();
        // Weak comparison (RFC 9110 13.1.2): a W/ prefix does not matter for If-None-Match.
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == tag)
            return true;
    }
    return false;
}

} // namespace certtrack::server
