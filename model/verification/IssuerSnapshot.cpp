#include "verification/IssuerSnapshot.h"

#include "credentials/Jws.h"

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

bool IssuerSnapshot::statusListIsSigned(QString *error) const {
    const credentials::Result<credentials::ParsedJws> parsed = credentials::parseJws(statusList);
    if (!parsed) {
        *error = parsed.error().message;
        return false;
    }
    const QString kid = parsed.value().header.value(u"kid").toString();
    QJsonObject jwk;
    const QJsonArray keyList = QJsonDocument::fromJson(keys).object().value(u"keys").toArray();
    for (const QJsonValue &key : keyList) {
        if (!kid.isEmpty() && key.toObject().value(u"kid").toString() == kid)
            jwk = key.toObject();
    }
    if (jwk.isEmpty()) {
        *error = QStringLiteral("the list is signed with a key the issuer does not publish (%1)")
                     .arg(kid);
        return false;
    }
    const credentials::Result<credentials::PublicKey> key = credentials::PublicKey::fromJwk(jwk);
    if (!key) {
        *error = key.error().message;
        return false;
    }
    const credentials::Status signature = credentials::verifyJws(parsed.value(), key.value());
    if (!signature) {
        *error = signature.error().message;
        return false;
    }
    return true;
}

} // namespace certtrack::verification
