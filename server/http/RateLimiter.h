#pragma once

#include "server/core/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace certtrack::server {

// A sliding-window count of events per key (a client address, a candidate), in memory: a
// restart forgets it, which only ever lets a client in sooner.
//
// Why memory is enough. It throttles requests that send mail or probe for secrets: account
// mapping and forgot-password (per key and per address), certificate verification look-ups and
// public transcript misses (per address), and transcript share mails (per candidate). The
// throttle that guards passwords is not this one: failed password grants are rows in the
// database (TokenService, login_failures), so a restart does not reopen password guessing. What a
// restart gives back here is at most one window's quota per key and address, and only an
// administrator restarts certtrackd. The secrets behind these limits stand on their own (80-bit
// transcript ids, 40-bit verification codes at 30 look-ups a minute per address, 256-bit
// set-password links); the limits make guessing and mail flooding slow, and an attacker with many
// addresses gets past per-address limits whether or not they persist. Persisting them would cost
// a database write on every unauthenticated request, itself a way to load the server. The one
// attack it would stop, repeated remote crashes each followed by an automatic restart, needs a
// crash bug, and that bug is the thing to fix.
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
