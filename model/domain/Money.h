#pragma once

#include <QJsonObject>
#include <QString>

namespace certtrack::domain {

class JsonReader;

// Money on the wire: integer minor units plus an ISO 4217 currency code.
struct Money {
    qint64 minorUnits = 0;
    QString currency = QStringLiteral("USD");

    static Money fromJson(JsonReader &reader);
    QJsonObject toJson() const;
    // "$15.00" style text for the currencies we know, "15.00 EUR" otherwise.
    QString display() const;

    friend bool operator==(const Money &a, const Money &b) {
        return a.minorUnits == b.minorUnits && a.currency == b.currency;
    }
};

} // namespace certtrack::domain
