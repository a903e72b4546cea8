#include "itemmodels/DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace certtrack::itemmodels {

namespace {

std::optional<QLocale> &localised() {
    static std::optional<QLocale> locale;
    return locale;
}

// The locale's short date with the year in full: "dd.MM.yy" → "dd.MM.yyyy" (a table of
// certifications spans decades either way).
QString shortDateFormat(const QLocale &locale) {
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

void DisplayFormat::setLocale(const std::optional<QLocale> &locale) {
    localised() = locale;
}

std::optional<QLocale> DisplayFormat::locale() {
    return localised();
}

QString DisplayFormat::date(const QDate &date) {
    if (!date.isValid())
        return {};
    if (const std::optional<QLocale> &locale = localised())
        return locale->toString(date, shortDateFormat(*locale));
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
    if (const std::optional<QLocale> &locale = localised())
        return locale->standaloneMonthName(date->month()) + QLatin1Char(' ') +
               QString::number(date->year());
    return QLocale::c().toString(*date, QStringLiteral("MMMM yyyy"));
}

QString DisplayFormat::instant(const QDateTime &instant) {
    if (!instant.isValid())
        return QCoreApplication::translate("DisplayFormat", "Never");
    if (const std::optional<QLocale> &locale = localised())
        return locale->toString(instant.toLocalTime(),
                                shortDateFormat(*locale) + QLatin1Char(' ') +
                                    locale->timeFormat(QLocale::ShortFormat));
    return QLocale::c().toString(instant.toLocalTime(), QStringLiteral("yyyy-MMM-dd HH:mm"));
}

QString DisplayFormat::money(const domain::Money &money) {
    const std::optional<QLocale> &locale = localised();
    if (!locale)
        return money.display();
    // Minor units are hundredths for every currency the programme sells in (Money::display
    // assumes the same).
    const double amount = double(money.minorUnits) / 100.0;
    QString symbol = money.currency;
    if (money.currency == QLatin1String("USD"))
        symbol = QStringLiteral("$");
    else if (money.currency == QLatin1String("EUR"))
        symbol = QString(QChar(0x20AC));
    else if (money.currency == QLatin1String("GBP"))
        symbol = QString(QChar(0x00A3));
    return locale->toCurrencyString(amount, symbol, 2);
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
