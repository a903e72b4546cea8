#include "server/http/Router.h"

namespace certtrack::server {

void Router::add(Route route) {
    QList<Segment> segments;
    for (const QString &segment : route.pathTemplate.split(QLatin1Char('/'))) {
        if (segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}')))
            segments.append({segment.mid(1, segment.size() - 2), true});
        else
            segments.append({segment, false});
    }
    m_segments.append(std::move(segments));
    m_routes.append(std::move(route));
}

bool Router::matchPath(const QList<Segment> &wanted, const QList<QStringView> &given,
                       QHash<QString, QString> *parameters) {
    if (wanted.size() != given.size())
        return false;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const Segment &segment = wanted.at(i);
        if (segment.parameter ? given.at(i).isEmpty() : segment.text != given.at(i))
            return false;
    }
    // Only a match pays for its parameters.
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (wanted.at(i).parameter)
            found.insert(wanted.at(i).text, given.at(i).toString());
    }
    *parameters = std::move(found);
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const {
    Match result;
    // Split once for every route; the views point into path, which outlives this call.
    const QList<QStringView> given = QStringView(path).split(QLatin1Char('/'));
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        const Route &route = m_routes.at(i);
        QHash<QString, QString> parameters;
        if (!matchPath(m_segments.at(i), given, &parameters))
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
