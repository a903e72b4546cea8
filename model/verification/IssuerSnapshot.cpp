#include "verification/IssuerSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace certtrack::verification {

QStringList IssuerSnapshot::kids() const {
    QStringList result;
    const QJsonArray keyList = QJsonDocument::fromJson(keys).object().value(u"keys").toArray();
    for (const QJsonValue &key : keyList) {
        const QString kid = key.toObject().value(u"kid").toString();
        if (!kid.isEmpty())
            result.append(kid);
    }
    return result;
}

QString IssuerSnapshot::origin() const {
    static const QString marker = QStringLiteral("/issuer/keys/");
    for (const QString &kid : kids()) {
        const qsizetype at = kid.lastIndexOf(marker);
        if (at > 0)
            return kid.left(at);
    }
    return {};
}

} // namespace certtrack::verification
