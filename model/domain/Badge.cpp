#include "domain/Badge.h"

#include "domain/Json.h"

namespace certtrack::domain {

Badge Badge::fromJson(JsonReader &reader) {
    Badge b;
    b.id = reader.string("id");
    b.name = reader.string("name");
    b.issuer = reader.string("issuer");
    b.description = reader.optionalString("description");
    b.issuedOn = reader.date("issuedOn");
    b.expires = reader.optionalDate("expires");
    b.certificationId = reader.optionalString("certificationId");
    b.imageSvg = reader.string("imageSvg");
    b.url = reader.optionalString("url");
    return b;
}

QJsonObject Badge::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("issuer"), issuer},
            {QStringLiteral("description"), description},
            {QStringLiteral("issuedOn"), formatDate(issuedOn)},
            {QStringLiteral("expires"), dateOrNull(expires)},
            {QStringLiteral("certificationId"), certificationId},
            {QStringLiteral("imageSvg"), imageSvg},
            {QStringLiteral("url"), url}};
}

} // namespace certtrack::domain
