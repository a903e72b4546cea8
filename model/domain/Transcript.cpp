#include "domain/Transcript.h"

#include "domain/Json.h"

namespace certtrack::domain {

QString toString(Transcript::Disclosure disclosure) {
    switch (disclosure) {
    case Transcript::Disclosure::ActiveCertifications:
        return QStringLiteral("activeCertifications");
    case Transcript::Disclosure::AllNewCertificates:
        return QStringLiteral("allNewCertificates");
    case Transcript::Disclosure::Selected:
        break;
    }
    return QStringLiteral("selected");
}

QString toString(Transcript::State state) {
    switch (state) {
    case Transcript::State::Active:
        return QStringLiteral("active");
    case Transcript::State::Expired:
        return QStringLiteral("expired");
    case Transcript::State::Deactivated:
        break;
    }
    return QStringLiteral("deactivated");
}

QString Transcript::displayOptionsText() const {
    QStringList parts;
    if (showName)
        parts << QStringLiteral("Name");
    if (showAddress)
        parts << QStringLiteral("Address");
    if (showEmail)
        parts << QStringLiteral("Email");
    return parts.join(QStringLiteral(", "));
}

Transcript Transcript::fromJson(JsonReader &reader) {
    Transcript t;
    t.id = reader.string("id");
    t.displayName = reader.string("displayName");
    t.description = reader.optionalString("description");
    t.remarks = reader.optionalString("remarks");
    JsonReader options = reader.child("displayOptions");
    t.showName = options.boolean("name");
    t.showAddress = options.boolean("address");
    t.showEmail = options.boolean("email");
    t.expires = reader.date("expires");
    const QString disclosure = reader.string("disclosure");
    if (disclosure == QLatin1String("activeCertifications"))
        t.disclosure = Disclosure::ActiveCertifications;
    else if (disclosure == QLatin1String("allNewCertificates"))
        t.disclosure = Disclosure::AllNewCertificates;
    else if (disclosure == QLatin1String("selected"))
        t.disclosure = Disclosure::Selected;
    else
        reader.fail(QStringLiteral("disclosure"), QStringLiteral("unknown disclosure"));
    t.certificationIds = reader.stringList("certificationIds");
    t.views = reader.integer("views");
    t.lastViewed = reader.optionalInstant("lastViewed");
    const QString state = reader.string("state");
    if (state == QLatin1String("active"))
        t.state = State::Active;
    else if (state == QLatin1String("expired"))
        t.state = State::Expired;
    else if (state == QLatin1String("deactivated"))
        t.state = State::Deactivated;
    else
        reader.fail(QStringLiteral("state"), QStringLiteral("unknown transcript state"));
    t.url = reader.string("url");
    return t;
}

QJsonObject Transcript::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("description"), description},
            {QStringLiteral("remarks"), remarks},
            {QStringLiteral("displayOptions"), QJsonObject{{QStringLiteral("name"), showName},
                                                           {QStringLiteral("address"), showAddress},
                                                           {QStringLiteral("email"), showEmail}}},
            {QStringLiteral("expires"), formatDate(expires)},
            {QStringLiteral("disclosure"), toString(disclosure)},
            {QStringLiteral("certificationIds"), QJsonArray::fromStringList(certificationIds)},
            {QStringLiteral("views"), views},
            {QStringLiteral("lastViewed"), instantOrNull(lastViewed)},
            {QStringLiteral("state"), toString(state)},
            {QStringLiteral("url"), url}};
}

} // namespace certtrack::domain
