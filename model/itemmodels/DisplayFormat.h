#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace certtrack::itemmodels {

// How dates read in every table: the portal's "2020-Feb-01" with English month abbreviations,
// whatever the person's locale, so the client matches the guide and the printed documents.
class DisplayFormat {
public:
    static QString date(const QDate &date);                     // "2020-Feb-01"; "" if null
    static QString expiry(const std::optional<QDate> &date);    // "Never" when none
    static QString dateOrNa(const std::optional<QDate> &date);  // "n/a" when none
    static QString monthYear(const std::optional<QDate> &date); // "December 2019"; "n/a"
    static QString instant(const QDateTime &instant);           // "2020-Feb-01 14:05" local
    static QString textOrNa(const QString &text);               // "n/a" when empty

    // Sort keys for optional dates: no expiry sorts after every date, no start before.
    static QDate expirySortKey(const std::optional<QDate> &date);
    static QDate startSortKey(const std::optional<QDate> &date);
};

} // namespace certtrack::itemmodels
