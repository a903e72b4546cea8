#include "server/http/RateLimiter.h"

#include <algorithm>

namespace certtrack::server {

RateLimiter::RateLimiter(const Clock &clock, int maxEvents, qint64 windowSeconds)
    : m_clock(clock)
    , m_maxEvents(maxEvents)
    , m_windowSeconds(windowSeconds) {}

void RateLimiter::prune(const QString &key, const QDateTime &now) {
    auto it = m_events.find(key);
    if (it == m_events.end())
        return;
    const QDateTime since = now.addSecs(-m_windowSeconds);
    it->erase(std::remove_if(it->begin(), it->end(),
                             [&since](const QDateTime &at) { return at <= since; }),
              it->end());
    if (it->isEmpty())
        m_events.erase(it);
}

qint64 RateLimiter::retryAfter(const QString &key) {
    const QDateTime now = m_clock.now();
    prune(key, now);
    const QList<QDateTime> events = m_events.value(key);
    if (events.size() < m_maxEvents)
        return 0;
    // The oldest event in the window has to leave it first.
    return std::max<qint64>(1, now.secsTo(events.first().addSecs(m_windowSeconds)));
}

void RateLimiter::record(const QString &key) {
    const QDateTime now = m_clock.now();
    // Keys that stopped acting would otherwise stay forever; sweep them now and then.
    if (m_events.size() > kSweepAbove) {
        const QStringList keys = m_events.keys();
        for (const QString &other : keys)
            prune(other, now);
    }
    prune(key, now);
    m_events[key].append(now);
}

} // namespace certtrack::server
