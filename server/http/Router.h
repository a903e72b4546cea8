#pragma once

#include "server/http/HttpMessage.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace certtrack::server {

struct Route {
    using Handler = std::function<HttpResponse(const ApiRequest &)>;

    QByteArray method;    // "GET", "POST", ...
    QString pathTemplate; // "/api/v1/me/certifications/{id}"
    Handler handler;
};

// A handler for a signed-in candidate's request: the candidate the bearer token belongs to.
using CandidateHandler = std::function<HttpResponse(const ApiRequest &, qint64 candidateId)>;
// Wraps a CandidateHandler so it runs only for a valid bearer token (auth/ provides one).
using CandidateGuard = std::function<Route::Handler(CandidateHandler)>;

// Matches a method and a path against route templates whose "{name}" segments match any one
// non-empty segment.
class Router {
public:
    struct Match {
        const Route *route = nullptr; // null: no route for this method
        QHash<QString, QString> parameters;
        QList<QByteArray> allowedMethods; // the path's methods, for a 405's Allow header
    };

    void add(Route route);
    const QList<Route> &routes() const { return m_routes; }
    Match match(const QByteArray &method, const QString &path) const;

private:
    static bool matchPath(const QString &pathTemplate, const QString &path,
                          QHash<QString, QString> *parameters);

    QList<Route> m_routes;
};

} // namespace certtrack::server
