#include "itemmodels/DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace certtrack::itemmodels {

QString DisplayFormat::date(const QDate &date) {
    if (!date.isValid())
        return {};
    return QLocale::c().toString(date, QStringLiteral("yyyy-MMM-dd"));
}

QString DisplayFormat::expiry(const std::optional<QDate> &date) {
    if (!date || !date->isValid())
        return QCoreApplication::translate("DisplayFormat", "Never");
    return DisplayFormat::date(*date);
}

QString DisplayFormat::dateOrNa(const std::optional<QDate> &date) {
    if (!date || !date->isValid())
        return QCoreApplication::translate("DisplayFormat", "n/a");
    return DisplayFormat::date(*date);
}

QString DisplayFormat::monthYear(const std::optional<QDate> &date) {
    if (!date || !date->isValid())
        return QCoreApplication::translate("DisplayFormat", "n/a");
    return QLocale::c().toString(*date, QStringLiteral("MMMM yyyy"));
}

QString DisplayFormat::instant(const QDateTime &instant) {
    if (!instant.isValid())
        return QCoreApplication::translate("DisplayFormat", "Never");
    return QLocale::c().toString(instant.toLocalTime(), QStringLiteral("yyyy-MMM-dd HH:mm"));
}

QString DisplayFormat::textOrNa(const QString &text) {
    return text.isEmpty() ? QCoreApplication::translate("DisplayFormat", "n/a") : text;
}

QDate DisplayFormat::expirySortKey(const std::optional<QDate> &date) {
    if (!date || !date->isValid())
        return QDate(9999, 12, 31);
    return *date;
}

QDate DisplayFormat::startSortKey(const std::optional<QDate> &date) {
    if (!date || !date->isValid())
        return QDate(1, 1, 1);
    return *date;
}

} // namespace certtrack::itemmodels
