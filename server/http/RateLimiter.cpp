#include "server/http/RateLimiter.h"

#include "server/core/Database.h"
#include "server/core/SqlValues.h"

#include <QSqlQuery>

#include <algorithm>

namespace certtrack::server {

using sql::instantValue;
using sql::toInstant;

QList<QDateTime> MemoryRateEvents::since(const QString &limiter, const QString &key,
                                         const QDateTime &since) {
    // Read only, as the table is: forget() drops what left every window.
    const QList<QDateTime> events = m_events.value(limiter).value(key);
    const auto first = std::upper_bound(events.cbegin(), events.cend(), since);
    return QList<QDateTime>(first, events.cend());
}

void MemoryRateEvents::record(const QString &limiter, const QString &key, const QDateTime &at) {
    QList<QDateTime> &events = m_events[limiter][key];
    // Kept in order even if the clock was set back between two events.
    events.insert(std::upper_bound(events.begin(), events.end(), at), at);
}

void MemoryRateEvents::forget(const QString &limiter, const QDateTime &before) {
    auto byKey = m_events.find(limiter);
    if (byKey == m_events.end())
        return;
    for (auto it = byKey->begin(); it != byKey->end();) {
        it->erase(std::remove_if(it->begin(), it->end(),
                                 [&before](const QDateTime &at) { return at <= before; }),
                  it->end());
        it = it->isEmpty() ? byKey->erase(it) : std::next(it);
    }
}

SqlRateEvents::SqlRateEvents(Database &db)
    : m_db(db) {}

QList<QDateTime> SqlRateEvents::since(const QString &limiter, const QString &key,
                                      const QDateTime &since) {
    QSqlQuery query = m_db.run(QStringLiteral("SELECT at FROM rate_events WHERE limiter = ? AND "
                                              "key = ? AND at > ? ORDER BY at"),
                               {limiter, key, instantValue(since)});
    QList<QDateTime> events;
    while (query.next())
        events.append(toInstant(query.value(0)));
    return events;
}

void SqlRateEvents::record(const QString &limiter, const QString &key, const QDateTime &at) {
    m_db.run(QStringLiteral("INSERT INTO rate_events (limiter, key, at) VALUES (?, ?, ?)"),
             {limiter, key, instantValue(at)});
}

void SqlRateEvents::forget(const QString &limiter, const QDateTime &before) {
    m_db.run(QStringLiteral("DELETE FROM rate_events WHERE limiter = ? AND at <= ?"),
             {limiter, instantValue(before)});
}

RateLimiter::RateLimiter(const Clock &clock, RateEvents &events, QString name, int maxEvents,
                         qint64 windowSeconds)
    : m_clock(clock)
    , m_events(events)
    , m_name(std::move(name))
    , m_maxEvents(maxEvents)
    , m_windowSeconds(windowSeconds) {}

qint64 RateLimiter::retryAfter(const QString &key) {
    const QDateTime now = m_clock.now();
    const QList<QDateTime> events = m_events.since(m_name, key, now.addSecs(-m_windowSeconds));
    if (events.size() < m_maxEvents)
        return 0;
    // Processes sharing the events may each let one more in at once, so there can be more than
    // the maximum: enough of the oldest have to leave the window for one to fit.
    const QDateTime mustLeave = events.at(events.size() - m_maxEvents);
    return std::max<qint64>(1, now.secsTo(mustLeave.addSecs(m_windowSeconds)));
}

void RateLimiter::record(const QString &key) {
    const QDateTime now = m_clock.now();
    if (++m_recordsSinceSweep >= kSweepEvery) {
        m_recordsSinceSweep = 0;
        m_events.forget(m_name, now.addSecs(-m_windowSeconds));
    }
    m_events.record(m_name, key, now);
}

} // namespace certtrack::server
