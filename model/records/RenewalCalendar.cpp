#include "records/RenewalCalendar.h"

#include <QStringList>

#include <algorithm>

namespace certtrack::records {

namespace {

QString needText(const domain::RenewalNeed &need) {
    using Kind = domain::RenewalNeed::Kind;
    switch (need.kind) {
    case Kind::Exam:
        return RenewalCalendar::tr("pass the exam %1")
            .arg(need.title.isEmpty() ? need.reference : need.title);
    case Kind::CeCredits:
        return RenewalCalendar::tr("earn %1 more CE credits").arg(need.amount);
    case Kind::Certification:
        return RenewalCalendar::tr("hold %1").arg(need.title.isEmpty() ? need.reference
                                                                       : need.title);
    case Kind::Renewal:
        return RenewalCalendar::tr("renew %1")
            .arg(need.title.isEmpty() ? need.reference : need.title);
    case Kind::AnyOf:
    case Kind::AllOf: {
        QStringList parts;
        for (const domain::RenewalNeed &part : need.parts)
            parts.append(needText(part));
        const QString joined = parts.join(need.kind == Kind::AnyOf ? RenewalCalendar::tr(" or ")
                                                                   : RenewalCalendar::tr(" and "));
        return need.kind == Kind::AnyOf && need.amount > 1
                   ? RenewalCalendar::tr("%1 of: %2").arg(need.amount).arg(joined)
                   : joined;
    }
    }
    return need.title;
}

QString description(const domain::RecertificationEntry &entry) {
    QStringList lines;
    lines.append(RenewalCalendar::tr("%1 expires on %2; it can be renewed up to that day.")
                     .arg(entry.name, entry.expires.toString(Qt::ISODate)));
    if (!entry.alsoRenews.isEmpty())
        lines.append(RenewalCalendar::tr("Renewing it also renews %1.")
                         .arg(entry.alsoRenews.join(QStringLiteral(", "))));
    for (const domain::RenewalOption &option : entry.options) {
        if (option.isMet()) {
            lines.append(RenewalCalendar::tr("%1: every requirement is met.").arg(option.title));
            continue;
        }
        QStringList needs;
        for (const domain::RenewalNeed &need : option.needs)
            needs.append(needText(need));
        lines.append(
            RenewalCalendar::tr("%1: %2.").arg(option.title, needs.join(QStringLiteral("; "))));
    }
    return lines.join(QLatin1Char('\n'));
}

QString date(const QDate &day) {
    return day.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

QList<int> RenewalCalendar::defaultLeadDays() {
    return {180, 90, 30, 7};
}

QString RenewalCalendar::escapeText(const QString &text) {
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            escaped += QLatin1Char('\\');
        if (c == QLatin1Char('\r'))
            continue;
        if (c == QLatin1Char('\n')) {
            escaped += QStringLiteral("\\n");
            continue;
        }
        escaped += c;
    }
    return escaped;
}

QByteArray RenewalCalendar::foldLine(const QByteArray &line) {
    QByteArray folded;
    int octets = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        // One whole UTF-8 character at a time: its length from the lead byte.
        const auto lead = static_cast<unsigned char>(line.at(i));
        const qsizetype length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        // 75 octets a line at most; a continuation's leading space is one of them.
        if (octets + length > 75) {
            folded += "\r\n ";
            octets = 1;
        }
        folded += line.mid(i, length);
        octets += int(length);
        i += length;
    }
    return folded + "\r\n";
}

QByteArray RenewalCalendar::toIcs(const domain::RecertificationPlan &plan,
                                  const QList<int> &leadDays, const QDateTime &stamp,
                                  const QString &uidDomain) {
    QList<int> leads = leadDays;
    std::sort(leads.begin(), leads.end(), std::greater<>());
    leads.erase(std::unique(leads.begin(), leads.end()), leads.end());

    QByteArray ics;
    const auto line = [&ics](const QString &text) { ics += foldLine(text.toUtf8()); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//CertTrack//Renewal plan//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escapeText(tr("Certification renewals")));
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const domain::RecertificationEntry &entry : plan.entries) {
        if (entry.state != domain::RecertificationEntry::State::Active || !entry.expires.isValid())
            continue;
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:renewal-%1-%2@%3")
                 .arg(entry.certificationId, date(entry.expires), uidDomain));
        line(QStringLiteral("DTSTAMP:") + dtstamp);
        line(QStringLiteral("DTSTART;VALUE=DATE:") + date(entry.expires));
        line(QStringLiteral("DTEND;VALUE=DATE:") + date(entry.expires.addDays(1)));
        line(QStringLiteral("SUMMARY:") +
             escapeText(tr("Last day to renew %1")
                            .arg(entry.acronym.isEmpty() ? entry.name : entry.acronym)));
        line(QStringLiteral("DESCRIPTION:") + escapeText(description(entry)));
        line(QStringLiteral("CATEGORIES:") + escapeText(tr("Certification renewal")));
        line(QStringLiteral("TRANSP:TRANSPARENT"));
        for (int days : std::as_const(leads)) {
            if (days < 0)
                continue;
            line(QStringLiteral("BEGIN:VALARM"));
            line(QStringLiteral("ACTION:DISPLAY"));
            line(QStringLiteral("TRIGGER;RELATED=START:") +
                 (days == 0 ? QStringLiteral("PT0S") : QStringLiteral("-P%1D").arg(days)));
            line(QStringLiteral("DESCRIPTION:") +
                 escapeText(days == 0
                                ? tr("%1 expires today").arg(entry.name)
                                : (days == 1
                                       ? tr("%1 expires tomorrow").arg(entry.name)
                                       : tr("%1 expires in %2 days").arg(entry.name).arg(days))));
            line(QStringLiteral("END:VALARM"));
        }
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return ics;
}

} // namespace certtrack::records
