#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace certtrack::domain {

class JsonReader;

// One row of the fulfillment history: an item of a kit order and where it is.
struct FulfillmentItem {
    QString id;
    QString orderId;
    QString name;
    QString kind; // certificate, plaque, letter
    QString verificationCode;
    std::optional<QDate> queued;
    std::optional<QDate> sent;
    std::optional<QDate> complete;
    QString status; // empty: no status yet

    static FulfillmentItem fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace certtrack::domain
