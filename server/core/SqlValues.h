#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace certtrack::server::sql {

// How values are stored, one way for every store: dates as YYYY-MM-DD text, instants as
// milliseconds since the epoch (UTC), absent values as SQL NULL.
QVariant dateValue(const QDate &date);
QVariant dateValue(const std::optional<QDate> &date);
QDate toDate(const QVariant &value);
std::optional<QDate> toOptionalDate(const QVariant &value);
QVariant instantValue(const QDateTime &instant);
QVariant instantValue(const std::optional<QDateTime> &instant);
QDateTime toInstant(const QVariant &value);
std::optional<QDateTime> toOptionalInstant(const QVariant &value);
// An empty string stored as NULL (optional references such as a logo's certification).
QVariant nullIfEmpty(const QString &text);
// The first column of every row.
QStringList column(QSqlQuery query);

} // namespace certtrack::server::sql
