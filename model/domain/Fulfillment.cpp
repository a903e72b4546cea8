#include "domain/Fulfillment.h"

#include "domain/Json.h"

namespace certtrack::domain {

FulfillmentItem FulfillmentItem::fromJson(JsonReader &reader) {
    FulfillmentItem f;
    f.id = reader.string("id");
    f.orderId = reader.optionalString("orderId");
    f.name = reader.string("name");
    f.kind = reader.string("kind");
    f.verificationCode = reader.optionalString("verificationCode");
    f.queued = reader.optionalDate("queued");
    f.sent = reader.optionalDate("sent");
    f.complete = reader.optionalDate("complete");
    f.status = reader.optionalString("status");
    return f;
}

QJsonObject FulfillmentItem::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("orderId"), orderId.isEmpty() ? QJsonValue() : QJsonValue(orderId)},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("verificationCode"),
             verificationCode.isEmpty() ? QJsonValue() : QJsonValue(verificationCode)},
            {QStringLiteral("queued"), dateOrNull(queued)},
            {QStringLiteral("sent"), dateOrNull(sent)},
            {QStringLiteral("complete"), dateOrNull(complete)},
            {QStringLiteral("status"), status.isEmpty() ? QJsonValue() : QJsonValue(status)}};
}

} // namespace certtrack::domain
