#include "domain/Money.h"

#include "domain/Json.h"

#include <QRegularExpression>

namespace certtrack::domain {

Money Money::fromJson(JsonReader &reader) {
    Money money;
    money.minorUnits = reader.integer("amount");
    money.currency = reader.string("currency");
    static const QRegularExpression iso4217(QStringLiteral("^[A-Z]{3}$"));
    if (reader.ok() && !iso4217.match(money.currency).hasMatch())
        reader.fail(QStringLiteral("currency"), QStringLiteral("expected an ISO 4217 code"));
    return money;
}

QJsonObject Money::toJson() const {
    return {{QStringLiteral("amount"), minorUnits}, {QStringLiteral("currency"), currency}};
}

QString Money::display() const {
    const qint64 whole = minorUnits / 100;
    const qint64 cents = qAbs(minorUnits % 100);
    const QString sign = minorUnits < 0 ? QStringLiteral("-") : QString();
    const QString number =
        QStringLiteral("%1.%2").arg(qAbs(whole)).arg(cents, 2, 10, QLatin1Char('0'));
    if (currency == QLatin1String("USD"))
        return sign + QLatin1Char('$') + number;
    if (currency == QLatin1String("EUR"))
        return sign + QChar(0x20AC) + number;
    if (currency == QLatin1String("GBP"))
        return sign + QChar(0x00A3) + number;
    return sign + number + QLatin1Char(' ') + currency;
}

} // namespace certtrack::domain
