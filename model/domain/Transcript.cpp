#include "domain/Transcript.h"

#include "domain/Json.h"

#include <QCoreApplication>

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

std::optional<Transcript::Disclosure> transcriptDisclosureFromString(const QString &text) {
    for (auto kind :
         {Transcript::Disclosure::ActiveCertifications, Transcript::Disclosure::AllNewCertificates,
          Transcript::Disclosure::Selected}) {
        if (toString(kind) == text)
            return kind;
    }
    return std::nullopt;
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
    // In the client's language (English where nothing is translated, as in the server).
    QStringList parts;
    if (showName)
        parts << QCoreApplication::translate("Transcript", "Name");
    if (showAddress)
        parts << QCoreApplication::translate("Transcript", "Address");
    if (showEmail)
        parts << QCoreApplication::translate("Transcript", "Email");
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
    const std::optional<Disclosure> disclosure =
        transcriptDisclosureFromString(reader.string("disclosure"));
    if (disclosure)
        t.disclosure = *disclosure;
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

PublicTranscript::Entry PublicTranscript::Entry::fromJson(JsonReader &reader) {
    Entry e;
    e.track = reader.string("track");
    e.name = reader.string("name");
    e.date = reader.date("date");
    return e;
}

QJsonObject PublicTranscript::Entry::toJson() const {
    return {{QStringLiteral("track"), track},
            {QStringLiteral("name"), name},
            {QStringLiteral("date"), formatDate(date)}};
}

PublicTranscript PublicTranscript::fromJson(JsonReader &reader) {
    PublicTranscript t;
    t.id = reader.string("id");
    t.name = reader.optionalString("name");
    t.addressLines = reader.stringList("addressLines");
    t.email = reader.optionalString("email");
    t.statement = reader.string("statement");
    t.certifications = reader.list<Entry>("certifications", &Entry::fromJson);
    t.expires = reader.date("expires");
    t.retrievedAt = reader.instant("retrievedAt");
    return t;
}

QJsonObject PublicTranscript::toJson() const {
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("statement"), statement},
                       {QStringLiteral("expires"), formatDate(expires)},
                       {QStringLiteral("retrievedAt"), formatInstant(retrievedAt)}};
    if (!name.isEmpty())
        object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("addressLines"), QJsonArray::fromStringList(addressLines));
    if (!email.isEmpty())
        object.insert(QStringLiteral("email"), email);
    QJsonArray entries;
    for (const Entry &entry : certifications)
        entries.append(entry.toJson());
    object.insert(QStringLiteral("certifications"), entries);
    return object;
}

TranscriptEmail TranscriptEmail::fromJson(JsonReader &reader) {
    TranscriptEmail e;
    e.to = reader.optionalString("to");
    e.subject = reader.string("subject");
    e.body = reader.string("body");
    return e;
}

QJsonObject TranscriptEmail::toJson() const {
    return {{QStringLiteral("to"), to},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("body"), body}};
}

} // namespace certtrack::domain
