#pragma once

#include "server/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace certtrack::server {

// A sliding-window count of events per key (a client address, a candidate), in memory: a
// restart forgets it, which only ever lets a client in sooner.
class RateLimiter {
public:
    RateLimiter(const Clock &clock, int maxEvents, qint64 windowSeconds);

    // Seconds until key may act again; 0 when it may now.
    qint64 retryAfter(const QString &key);
    void record(const QString &key);

private:
    static constexpr qsizetype kSweepAbove = 4096;

    void prune(const QString &key, const QDateTime &now);

    const Clock &m_clock;
    int m_maxEvents;
    qint64 m_windowSeconds;
    QHash<QString, QList<QDateTime>> m_events;
};

} // namespace certtrack::server
