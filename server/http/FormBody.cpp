#include "server/http/FormBody.h"

#include <QUrl>
#include <QUrlQuery>

namespace certtrack::server {

FormBody::FormBody(const QByteArray &body) {
    QByteArray encoded = body;
    encoded.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(encoded));
    m_items = query.queryItems(QUrl::FullyDecoded);
}

QString FormBody::value(const QString &name) const {
    for (const auto &[key, value] : m_items) {
        if (key == name)
            return value;
    }
    return {};
}

} // namespace certtrack::server
