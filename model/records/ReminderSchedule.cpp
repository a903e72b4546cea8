#include "records/ReminderSchedule.h"

#include <QLocale>

#include <algorithm>

namespace certtrack::records {

QString ReminderSchedule::keyFor(const QString &certificationId, const QDate &deadline,
                                 int leadDays) {
    return QStringLiteral("%1|%2|%3")
        .arg(certificationId, deadline.toString(Qt::ISODate))
        .arg(leadDays);
}

QStringList ReminderSchedule::expiredKeys(const QSet<QString> &shown, const QDate &today) {
    QStringList expired;
    for (const QString &key : shown) {
        const QStringList parts = key.split(QLatin1Char('|'));
        const QDate deadline =
            parts.size() == 3 ? QDate::fromString(parts.at(1), Qt::ISODate) : QDate();
        if (!deadline.isValid() || deadline < today)
            expired.append(key);
    }
    return expired;
}

ReminderSchedule::Due ReminderSchedule::due(const domain::RecertificationPlan &plan,
                                            const QList<int> &leadDays,
                                            const QSet<QString> &shown) {
    QList<int> leads = leadDays;
    std::sort(leads.begin(), leads.end()); // nearest first
    Due due;
    for (const domain::RecertificationEntry &entry : plan.entries) {
        if (entry.state != domain::RecertificationEntry::State::Active ||
            !entry.expires.isValid() || entry.daysLeft < 0)
            continue;
        bool nearestTaken = false;
        for (int lead : std::as_const(leads)) {
            if (lead < 0 || entry.daysLeft > lead)
                continue;
            const QString key = keyFor(entry.certificationId, entry.expires, lead);
            if (shown.contains(key)) {
                nearestTaken = true; // a nearer reminder was shown: the farther ones are moot
                continue;
            }
            due.settled.append(key);
            if (nearestTaken)
                continue;
            nearestTaken = true;
            Reminder reminder;
            reminder.key = key;
            reminder.certificationId = entry.certificationId;
            reminder.deadline = entry.expires;
            reminder.leadDays = lead;
            reminder.daysLeft = entry.daysLeft;
            const QString shortName = entry.acronym.isEmpty() ? entry.name : entry.acronym;
            reminder.summary = entry.daysLeft == 0 ? tr("%1 expires today").arg(shortName)
                               : entry.daysLeft == 1
                                   ? tr("%1 expires tomorrow").arg(shortName)
                                   : tr("%1 expires in %2 days").arg(shortName).arg(entry.daysLeft);
            reminder.body =
                tr("%1 expires on %2. Renew it by then: the recertification planner in "
                   "CertTrack shows every way.")
                    .arg(entry.name, QLocale().toString(entry.expires, QLocale::LongFormat));
            due.toShow.append(reminder);
        }
    }
    std::sort(due.toShow.begin(), due.toShow.end(),
              [](const Reminder &a, const Reminder &b) { return a.daysLeft < b.daysLeft; });
    return due;
}

} // namespace certtrack::records
