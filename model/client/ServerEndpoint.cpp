#include "client/ServerEndpoint.h"

namespace certtrack::client {

QString ServerEndpoint::key() const {
    const QString host = baseUrl.host(QUrl::FullyEncoded).toLower();
    return host + QLatin1Char(':') + QString::number(baseUrl.port(443));
}

QUrl ServerEndpoint::apiBase() const {
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/api/v1/"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool ServerEndpoint::isValid() const {
    return baseUrl.isValid() && baseUrl.scheme() == QLatin1String("https") &&
           !baseUrl.host().isEmpty();
}

} // namespace certtrack::client
