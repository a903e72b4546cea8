#pragma once

#include "domain/RecertificationPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace certtrack::records {

// The renewal plan as an iCalendar file (RFC 5545) a person imports into any calendar: one
// all-day VEVENT per deadline (the expiry day of each active certification, the last day it can
// still be renewed), its summary the certification, its description the ways to renew it, and
// one display VALARM per lead time before it. UIDs are stable for a certification and expiry
// day, so importing a newer plan updates the events instead of doubling them.
class RenewalCalendar {
    Q_DECLARE_TR_FUNCTIONS(RenewalCalendar)
public:
    // The lead times a person starts with, in days before a deadline.
    static QList<int> defaultLeadDays();

    // stamp: DTSTAMP (the time the file is made). uidDomain: the right-hand side of each UID,
    // the server's host, so two programmes' plans never share an event.
    static QByteArray toIcs(const domain::RecertificationPlan &plan, const QList<int> &leadDays,
                            const QDateTime &stamp, const QString &uidDomain);

    // RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newline escaped.
    static QString escapeText(const QString &text);
    // RFC 5545 §3.1: lines longer than 75 octets folded (CRLF and a space), never inside a
    // UTF-8 sequence.
    static QByteArray foldLine(const QByteArray &line);
};

} // namespace certtrack::records
