#include "domain/Programme.h"

#include "domain/Json.h"

namespace certtrack::domain {

Programme Programme::fromJson(JsonReader &reader) {
    Programme p;
    p.name = reader.string("name");
    p.identifiersHeading = reader.optionalString("identifiersHeading");
    p.certificationsNotice = reader.optionalString("certificationsNotice");
    return p;
}

QJsonObject Programme::toJson() const {
    QJsonObject json{{QStringLiteral("name"), name}};
    if (!identifiersHeading.isEmpty())
        json.insert(QStringLiteral("identifiersHeading"), identifiersHeading);
    if (!certificationsNotice.isEmpty())
        json.insert(QStringLiteral("certificationsNotice"), certificationsNotice);
    return json;
}

} // namespace certtrack::domain
