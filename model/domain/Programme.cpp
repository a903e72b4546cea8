#include "domain/Programme.h"

#include "domain/Json.h"

#include <QJsonArray>

namespace certtrack::domain {

QUrl ProgrammeLink::openableUrl() const {
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
        return {};
    return parsed;
}

ProgrammeLink ProgrammeLink::fromJson(JsonReader &reader) {
    ProgrammeLink link;
    link.title = reader.string("title");
    link.url = reader.string("url");
    return link;
}

QJsonObject ProgrammeLink::toJson() const {
    return {{QStringLiteral("title"), title}, {QStringLiteral("url"), url}};
}

Programme Programme::fromJson(JsonReader &reader) {
    Programme p;
    p.name = reader.string("name");
    p.identifiersHeading = reader.optionalString("identifiersHeading");
    p.certificationsNotice = reader.optionalString("certificationsNotice");
    if (reader.has("links"))
        p.links = reader.list<ProgrammeLink>("links", &ProgrammeLink::fromJson);
    return p;
}

QJsonObject Programme::toJson() const {
    QJsonObject json{{QStringLiteral("name"), name}};
    if (!identifiersHeading.isEmpty())
        json.insert(QStringLiteral("identifiersHeading"), identifiersHeading);
    if (!certificationsNotice.isEmpty())
        json.insert(QStringLiteral("certificationsNotice"), certificationsNotice);
    if (!links.isEmpty()) {
        QJsonArray array;
        for (const ProgrammeLink &link : links)
            array.append(link.toJson());
        json.insert(QStringLiteral("links"), array);
    }
    return json;
}

} // namespace certtrack::domain
