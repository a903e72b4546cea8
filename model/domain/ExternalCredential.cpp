#include "domain/ExternalCredential.h"

#include "domain/Json.h"

namespace certtrack::domain {

ExternalCredential ExternalCredential::fromJson(JsonReader &reader) {
    ExternalCredential c;
    c.id = reader.string("id");
    c.credential = reader.string("credential");
    c.addedAt = reader.instant("addedAt");
    return c;
}

QJsonObject ExternalCredential::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("credential"), credential},
            {QStringLiteral("addedAt"), formatInstant(addedAt)}};
}

} // namespace certtrack::domain
