#pragma once

#include "domain/Problem.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace certtrack::server {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request as the routes see it: transport details stripped, path parameters filled in.
struct ApiRequest {
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded path, no query
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QHash<QString, QString> pathParameters;
    QHostAddress remoteAddress; // the peer, for limits per client

    QByteArray header(const QByteArray &name) const;
    QString pathParameter(const QString &name) const { return pathParameters.value(name); }
    // The media type of the body without parameters, lower case ("application/json").
    QByteArray mediaType() const;
    // The Content-Type's charset parameter, unquoted and lower case; empty when there is none.
    // Of several, one that is not utf-8 wins, so a repeated parameter cannot smuggle another.
    QByteArray charset() const;
};

// One response: status, headers and a complete body.
struct HttpResponse {
    int status = 200;
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);

    static HttpResponse json(const QJsonObject &object, int status = 200);
    // RFC 9457 application/problem+json.
    static HttpResponse problem(const domain::Problem &problem);
    static HttpResponse problem(int status, const QString &title, const QString &detail);
    // 422 naming what is wrong with which field: the one error's message, or how many there are.
    static HttpResponse validationFailed(const QList<domain::Problem::FieldError> &errors);
    // RFC 6749 section 5.2 error body, the token endpoint's own shape.
    static HttpResponse oauthError(int status, const QString &error, const QString &description);
};

// A strong validator for a body: a quoted, truncated SHA-256.
QByteArray entityTag(const QByteArray &body);
// Whether an If-None-Match header value names this tag (or is "*").
bool ifNoneMatchMatches(const QByteArray &headerValue, const QByteArray &tag);

} // namespace certtrack::server
