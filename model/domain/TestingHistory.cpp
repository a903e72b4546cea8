#include "domain/TestingHistory.h"

#include "domain/Json.h"

namespace certtrack::domain {

Exam Exam::fromJson(JsonReader &reader) {
    Exam e;
    e.code = reader.string("code");
    e.name = reader.string("name");
    e.registrationNumber = reader.string("registrationNumber");
    const QString grade = reader.string("grade");
    if (grade == QLatin1String("pass"))
        e.grade = Grade::Pass;
    else if (grade == QLatin1String("fail"))
        e.grade = Grade::Fail;
    else
        reader.fail(QStringLiteral("grade"), QStringLiteral("expected \"pass\" or \"fail\""));
    e.date = reader.date("date");
    e.expires = reader.optionalDate("expires");
    return e;
}

QJsonObject Exam::toJson() const {
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("registrationNumber"), registrationNumber},
            {QStringLiteral("grade"),
             grade == Grade::Pass ? QStringLiteral("pass") : QStringLiteral("fail")},
            {QStringLiteral("date"), formatDate(date)},
            {QStringLiteral("expires"), dateOrNull(expires)}};
}

Agreement Agreement::fromJson(JsonReader &reader) {
    Agreement a;
    a.id = reader.string("id");
    a.name = reader.string("name");
    a.version = reader.string("version");
    a.activeDate = reader.date("activeDate");
    a.expires = reader.optionalDate("expires");
    a.text = reader.optionalString("text");
    return a;
}

QJsonObject Agreement::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("version"), version},
            {QStringLiteral("activeDate"), formatDate(activeDate)},
            {QStringLiteral("expires"), dateOrNull(expires)},
            {QStringLiteral("text"), text}};
}

CeActivity CeActivity::fromJson(JsonReader &reader) {
    CeActivity c;
    c.id = reader.string("id");
    c.name = reader.string("name");
    c.activeDate = reader.date("activeDate");
    c.expires = reader.optionalDate("expires");
    c.review = reader.optionalDate("review");
    c.points = reader.integer("points");
    c.updated = reader.date("updated");
    c.providerName = reader.optionalString("providerName");
    c.source = reader.optionalString("source");
    c.importSource = reader.optionalString("importSource");
    c.externalId = reader.optionalString("externalId");
    return c;
}

QJsonObject CeActivity::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("activeDate"), formatDate(activeDate)},
            {QStringLiteral("expires"), dateOrNull(expires)},
            {QStringLiteral("review"), dateOrNull(review)},
            {QStringLiteral("points"), points},
            {QStringLiteral("updated"), formatDate(updated)},
            {QStringLiteral("providerName"), providerName},
            {QStringLiteral("source"), source},
            {QStringLiteral("importSource"), importSource},
            {QStringLiteral("externalId"), externalId}};
}

Transaction Transaction::fromJson(JsonReader &reader) {
    Transaction t;
    t.id = reader.string("id");
    t.at = reader.instant("at");
    t.description = reader.string("description");
    JsonReader amount = reader.child("amount");
    t.amount = Money::fromJson(amount);
    t.paymentMethod = reader.optionalString("paymentMethod");
    t.status = reader.string("status");
    t.orderId = reader.optionalString("orderId");
    return t;
}

QJsonObject Transaction::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("at"), formatInstant(at)},
            {QStringLiteral("description"), description},
            {QStringLiteral("amount"), amount.toJson()},
            {QStringLiteral("paymentMethod"), paymentMethod},
            {QStringLiteral("status"), status},
            {QStringLiteral("orderId"), orderId}};
}

} // namespace certtrack::domain
