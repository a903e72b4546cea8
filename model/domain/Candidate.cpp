#include "domain/Candidate.h"

#include "domain/Json.h"

namespace certtrack::domain {

Address Address::fromJson(JsonReader &reader) {
    Address a;
    a.line1 = reader.optionalString("line1");
    a.line2 = reader.optionalString("line2");
    a.line3 = reader.optionalString("line3");
    a.city = reader.optionalString("city");
    a.stateProvince = reader.optionalString("stateProvince");
    a.postalCode = reader.optionalString("postalCode");
    a.country = reader.optionalString("country");
    return a;
}

QJsonObject Address::toJson() const {
    return {{QStringLiteral("line1"), line1},
            {QStringLiteral("line2"), line2},
            {QStringLiteral("line3"), line3},
            {QStringLiteral("city"), city},
            {QStringLiteral("stateProvince"), stateProvince},
            {QStringLiteral("postalCode"), postalCode},
            {QStringLiteral("country"), country}};
}

QStringList Address::lines() const {
    QStringList result;
    for (const QString &line : {line1, line2, line3}) {
        if (!line.trimmed().isEmpty())
            result.append(line);
    }
    QString cityLine = city;
    if (!stateProvince.isEmpty())
        cityLine += (cityLine.isEmpty() ? QString() : QStringLiteral(", ")) + stateProvince;
    if (!postalCode.isEmpty())
        cityLine += (cityLine.isEmpty() ? QString() : QStringLiteral(" ")) + postalCode;
    if (!cityLine.isEmpty())
        result.append(cityLine);
    if (!country.isEmpty())
        result.append(country);
    return result;
}

QString Profile::displayName() const {
    return QString(firstName + QLatin1Char(' ') + lastName).trimmed();
}

Profile Profile::fromJson(JsonReader &reader) {
    Profile p;
    p.loginId = reader.string("loginId");
    p.firstName = reader.string("firstName");
    p.lastName = reader.string("lastName");
    p.email = reader.string("email");
    p.phone = reader.optionalString("phone");
    JsonReader address = reader.child("address");
    p.address = Address::fromJson(address);
    return p;
}

QJsonObject Profile::toJson() const {
    return {{QStringLiteral("loginId"), loginId},   {QStringLiteral("firstName"), firstName},
            {QStringLiteral("lastName"), lastName}, {QStringLiteral("email"), email},
            {QStringLiteral("phone"), phone},       {QStringLiteral("address"), address.toJson()}};
}

SettingsQuestion SettingsQuestion::fromJson(JsonReader &reader) {
    SettingsQuestion q;
    q.id = reader.string("id");
    q.title = reader.string("title");
    q.text = reader.string("text");
    q.required = reader.boolean("required");
    q.answer = reader.optionalBoolean("answer");
    return q;
}

QJsonObject SettingsQuestion::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("text"), text},
            {QStringLiteral("required"), required},
            {QStringLiteral("answer"), answer ? QJsonValue(*answer) : QJsonValue()}};
}

bool Settings::complete() const {
    for (const SettingsQuestion &q : questions) {
        if (q.required && !q.answer)
            return false;
    }
    return true;
}

Settings Settings::fromJson(JsonReader &reader) {
    Settings s;
    s.questions = reader.list<SettingsQuestion>("questions", &SettingsQuestion::fromJson);
    s.confirmedOn = reader.optionalDate("confirmedOn");
    return s;
}

QJsonObject Settings::toJson() const {
    QJsonArray array;
    for (const SettingsQuestion &q : questions)
        array.append(q.toJson());
    return {{QStringLiteral("questions"), array},
            {QStringLiteral("confirmedOn"), dateOrNull(confirmedOn)}};
}

Attribute Attribute::fromJson(JsonReader &reader) {
    Attribute a;
    a.id = reader.string("id");
    a.label = reader.string("label");
    a.value = reader.optionalString("value");
    a.editable = reader.boolean("editable");
    return a;
}

QJsonObject Attribute::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("label"), label},
            {QStringLiteral("value"), value.isEmpty() ? QJsonValue() : QJsonValue(value)},
            {QStringLiteral("editable"), editable}};
}

Attributes Attributes::fromJson(JsonReader &reader) {
    return {reader.list<Attribute>("items", &Attribute::fromJson)};
}

QJsonObject Attributes::toJson() const {
    QJsonArray array;
    for (const Attribute &a : items)
        array.append(a.toJson());
    return {{QStringLiteral("items"), array}};
}

Identifier Identifier::fromJson(JsonReader &reader) {
    Identifier i;
    i.id = reader.string("id");
    i.label = reader.string("label");
    i.value = reader.string("value");
    return i;
}

QJsonObject Identifier::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("label"), label},
            {QStringLiteral("value"), value}};
}

Identifiers Identifiers::fromJson(JsonReader &reader) {
    return {reader.list<Identifier>("items", &Identifier::fromJson)};
}

QJsonObject Identifiers::toJson() const {
    QJsonArray array;
    for (const Identifier &i : items)
        array.append(i.toJson());
    return {{QStringLiteral("items"), array}};
}

} // namespace certtrack::domain
