#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace certtrack::server {

// What one account may create: bounds far above what the heaviest real account holds (a few
// dozen transcripts, a handful of open orders), so that one account, or one stolen token, cannot
// fill the database. The counts are read from the rows themselves, so restarts and several
// processes agree.
class AccountLimits {
public:
    static constexpr int kMaxTranscripts = 1000;      // kept, active or not
    static constexpr int kMaxOpenOrders = 200;        // drafts and orders awaiting payment
    static constexpr int kMaxCreationsPerMinute = 60; // of each kind
    static constexpr qint64 kRateWindowSeconds = 60;

    struct Reached {
        int status = 409; // 409 for a bound on what is kept, 429 for the rate
        QString type;     // a URN naming the limit, for programs
        QString title;
        QString detail;               // for people: which limit, and what to do
        qint64 retryAfterSeconds = 0; // the rate: when the oldest creation leaves the minute
    };

    // `kind` names the things in the plural ("transcripts", "orders"); `held` is how many count
    // toward `maxHeld`, described by `heldWords` ("transcripts", "unpaid or draft orders");
    // `recent` are the creation instants within the last kRateWindowSeconds before `now`.
    static std::optional<Reached> check(const QString &kind, qsizetype held, int maxHeld,
                                        const QString &heldWords, QList<QDateTime> recent,
                                        const QDateTime &now);
};

} // namespace certtrack::server
