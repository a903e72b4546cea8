#include "server/core/SqlValues.h"

#include "domain/Json.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace certtrack::server::sql {

QVariant dateValue(const QDate &date) {
    return date.isValid() ? QVariant(domain::formatDate(date)) : QVariant();
}

QVariant dateValue(const std::optional<QDate> &date) {
    return date ? dateValue(*date) : QVariant();
}

QDate toDate(const QVariant &value) {
    return value.isNull() ? QDate() : domain::parseDate(value.toString());
}

std::optional<QDate> toOptionalDate(const QVariant &value) {
    if (value.isNull())
        return std::nullopt;
    const QDate date = toDate(value);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QVariant instantValue(const QDateTime &instant) {
    return instant.isValid() ? QVariant(instant.toMSecsSinceEpoch()) : QVariant();
}

QVariant instantValue(const std::optional<QDateTime> &instant) {
    return instant ? instantValue(*instant) : QVariant();
}

QDateTime toInstant(const QVariant &value) {
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

std::optional<QDateTime> toOptionalInstant(const QVariant &value) {
    if (value.isNull())
        return std::nullopt;
    return toInstant(value);
}

QVariant nullIfEmpty(const QString &text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QStringList column(QSqlQuery query) {
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

} // namespace certtrack::server::sql
