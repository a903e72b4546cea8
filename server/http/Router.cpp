#include "server/http/Router.h"

namespace certtrack::server {

void Router::add(Route route) {
    m_routes.append(std::move(route));
}

bool Router::matchPath(const QString &pathTemplate, const QString &path,
                       QHash<QString, QString> *parameters) {
    const QStringList wanted = pathTemplate.split(QLatin1Char('/'));
    const QStringList given = path.split(QLatin1Char('/'));
    if (wanted.size() != given.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const QString &segment = wanted.at(i);
        if (segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'))) {
            if (given.at(i).isEmpty())
                return false;
            found.insert(segment.mid(1, segment.size() - 2), given.at(i));
        } else if (segment != given.at(i)) {
            return false;
        }
    }
    *parameters = std::move(found);
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const {
    Match result;
    for (const Route &route : m_routes) {
        QHash<QString, QString> parameters;
        if (!matchPath(route.pathTemplate, path, &parameters))
            continue;
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
        if (!result.route && route.method == method) {
            result.route = &route;
            result.parameters = std::move(parameters);
        }
    }
    return result;
}

} // namespace certtrack::server
