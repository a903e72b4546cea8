#pragma once

#include "domain/RecertificationPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace certtrack::records {

// One reminder of a deadline: an active certification's expiry, the last day it can be renewed.
struct Reminder {
    QString key; // "certificationId|yyyy-MM-dd|lead": what was shown, remembered per account
    QString certificationId;
    QDate deadline;
    int leadDays = 0;
    qint64 daysLeft = 0;
    QString summary; // "CCNA expires in 25 days"
    QString body;    // the whole name, the date and what to do
};

// Which reminders fall due, given the lead times a person chose and what was shown already.
// A lead time is reached once the days left are at most the lead (so what fell due while
// CertTrack was closed is still due at its next start). Of the lead times reached for one
// deadline only the nearest is shown (a week before, the 30-day reminder is moot), but every
// reached one is settled, so none of them comes back later. Expired certifications have no
// deadline left; a deadline moved by a renewal is a new deadline with reminders of its own.
class ReminderSchedule {
    Q_DECLARE_TR_FUNCTIONS(ReminderSchedule)
public:
    struct Due {
        QList<Reminder> toShow; // at most one a deadline, most urgent first
        QStringList settled;    // keys to remember as shown (toShow's among them)
    };

    static Due due(const domain::RecertificationPlan &plan, const QList<int> &leadDays,
                   const QSet<QString> &shown);
    static QString keyFor(const QString &certificationId, const QDate &deadline, int leadDays);
    // Keys whose deadline is before today: nothing of them can fall due again.
    static QStringList expiredKeys(const QSet<QString> &shown, const QDate &today);
};

} // namespace certtrack::records
