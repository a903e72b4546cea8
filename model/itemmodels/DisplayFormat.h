#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace certtrack::itemmodels {

// How dates and money read in every table. In English (the default) the portal's own style:
// "2020-Feb-01" with English month abbreviations and "$25.00", so the client matches the guide
// and the printed documents. When the application speaks another language, ui::Translations
// sets that language's locale here and they read as its people write them ("01.02.2020",
// "25,00 $").
class DisplayFormat {
public:
    // The locale dates and money follow; none (the default) for the guide's English style.
    static void setLocale(const std::optional<QLocale> &locale);
    static std::optional<QLocale> locale();

    static QString date(const QDate &date);                     // "2020-Feb-01"; "" if null
    static QString expiry(const std::optional<QDate> &date);    // "Never" when none
    static QString dateOrNa(const std::optional<QDate> &date);  // "n/a" when none
    static QString monthYear(const std::optional<QDate> &date); // "December 2019"; "n/a"
    static QString instant(const QDateTime &instant);           // "2020-Feb-01 14:05" local
    static QString textOrNa(const QString &text);               // "n/a" when empty
    static QString money(const domain::Money &money);           // "$25.00", "25,00 $"

    // Sort keys for optional dates: no expiry sorts after every date, no start before.
    static QDate expirySortKey(const std::optional<QDate> &date);
    static QDate startSortKey(const std::optional<QDate> &date);
};

} // namespace certtrack::itemmodels
