#pragma once

#include "server/http/HttpMessage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

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
    // A template's segments, split once when the route is added: a parameter's name, or the
    // literal text the path's segment must equal.
    struct Segment {
        QString text;
        bool parameter = false;
    };
    static bool matchPath(const QList<Segment> &wanted, const QList<QStringView> &given,
                          QHash<QString, QString> *parameters);

    QList<Route> m_routes;
    QList<QList<Segment>> m_segments; // m_segments[i] is m_routes[i]'s template
};

} // namespace certtrack::server
