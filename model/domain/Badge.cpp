#include "domain/Badge.h"

#include "domain/Json.h"

namespace certtrack::domain {

Badge Badge::fromJson(JsonReader &reader) {
    Badge b;
    b.id = reader.string("id");
    b.name = reader.string("name");
    b.issuer = reader.string("issuer");
    b.description = reader.optionalString("description");
    b.criteria = reader.optionalString("criteria");
    b.issuedOn = reader.date("issuedOn");
    b.expires = reader.optionalDate("expires");
    b.certificationId = reader.optionalString("certificationId");
    b.imageSvg = reader.string("imageSvg");
    b.url = reader.optionalString("url");
    // Fields added with Open Badges credentials: absent in caches written before them.
    if (reader.has("status")) {
        const QString status = reader.string("status");
        const std::optional<Status> known = statusFromString(status);
        if (!known)
            reader.fail(QStringLiteral("status"), QStringLiteral("unknown badge status"));
        b.status = known.value_or(Status::Valid);
    }
    b.accepted = reader.optionalBoolean("accepted").value_or(false);
    b.isPublic = reader.optionalBoolean("public").value_or(false);
    b.assertionUrl = reader.optionalString("assertionUrl");
    b.publicUrl = reader.optionalString("publicUrl");
    return b;
}

QString Badge::toString(Status status) {
    switch (status) {
    case Status::Valid:
        return QStringLiteral("valid");
    case Status::Expired:
        return QStringLiteral("expired");
    case Status::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

std::optional<Badge::Status> Badge::statusFromString(const QString &text) {
    for (Status status : {Status::Valid, Status::Expired, Status::Revoked}) {
        if (toString(status) == text)
            return status;
    }
    return std::nullopt;
}

QJsonObject Badge::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("issuer"), issuer},
            {QStringLiteral("description"), description},
            {QStringLiteral("criteria"), criteria},
            {QStringLiteral("issuedOn"), formatDate(issuedOn)},
            {QStringLiteral("expires"), dateOrNull(expires)},
            {QStringLiteral("certificationId"), certificationId},
            {QStringLiteral("imageSvg"), imageSvg},
            {QStringLiteral("url"), url},
            {QStringLiteral("status"), toString(status)},
            {QStringLiteral("accepted"), accepted},
            {QStringLiteral("public"), isPublic},
            {QStringLiteral("assertionUrl"), assertionUrl},
            {QStringLiteral("publicUrl"), publicUrl}};
}

} // namespace certtrack::domain
