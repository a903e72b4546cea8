#pragma once

#include "server/core/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace certtrack::server {

class Database;

// Where RateLimiters keep the events they count, each under the limiter's name and a key (a
// client address, a candidate).
//
// Which one a server uses follows from how many processes can serve its database.
// - An SQLite database is served by one certtrackd at a time (ServerApplication holds a lock
//   beside the file and refuses a second one), so memory is shared by everything that serves it:
//   MemoryRateEvents. A restart forgets the events, which only ever lets a client in sooner, and
//   at most by one window's quota: only an administrator restarts certtrackd. Keeping them in the
//   file instead would cost a synchronous commit on every public look-up.
// - A PostgreSQL database may be served by several processes on several machines, and a limit
//   kept in each would let a client through once per process: SqlRateEvents keeps the events in
//   the database (`rate_events`, an UNLOGGED table there: no write-ahead log, emptied after a
//   crash, which again only lets clients in sooner).
//
// What the limits guard, and why losing them is harmless: they throttle requests that send mail
// or probe for secrets (account mapping and forgot-password per key and per address, certificate
// verification look-ups and public transcript misses per address, transcript share mails per
// candidate). The secrets behind them stand on their own (80-bit transcript ids, 40-bit
// verification codes at 30 look-ups a minute per address, 256-bit set-password links); the limits
// make guessing and mail flooding slow. The throttle that guards passwords is not one of these:
// failed password grants are durable rows (TokenService, login_failures).
class RateEvents {
public:
    virtual ~RateEvents() = default;
    // The instants of `limiter`'s events for `key` after `since`, oldest first.
    virtual QList<QDateTime> since(const QString &limiter, const QString &key,
                                   const QDateTime &since) = 0;
    virtual void record(const QString &limiter, const QString &key, const QDateTime &at) = 0;
    // Forgets every event of `limiter` at or before `before`, whatever its key.
    virtual void forget(const QString &limiter, const QDateTime &before) = 0;
};

// One process's events; not thread-safe (the handler stack runs on one thread).
class MemoryRateEvents final : public RateEvents {
public:
    QList<QDateTime> since(const QString &limiter, const QString &key,
                           const QDateTime &since) override;
    void record(const QString &limiter, const QString &key, const QDateTime &at) override;
    void forget(const QString &limiter, const QDateTime &before) override;

private:
    QHash<QString, QHash<QString, QList<QDateTime>>> m_events;
};

// Events in the database's rate_events table, seen by every process serving it.
class SqlRateEvents final : public RateEvents {
public:
    explicit SqlRateEvents(Database &db);
    QList<QDateTime> since(const QString &limiter, const QString &key,
                           const QDateTime &since) override;
    void record(const QString &limiter, const QString &key, const QDateTime &at) override;
    void forget(const QString &limiter, const QDateTime &before) override;

private:
    Database &m_db;
};

// A sliding-window count of events per key: at most maxEvents within windowSeconds. `name`
// tells limiters apart in a shared RateEvents.
class RateLimiter {
public:
    RateLimiter(const Clock &clock, RateEvents &events, QString name, int maxEvents,
                qint64 windowSeconds);

    // Seconds until key may act again; 0 when it may now.
    qint64 retryAfter(const QString &key);
    void record(const QString &key);

private:
    // Events that left the window are forgotten every kSweepEvery records.
    static constexpr int kSweepEvery = 512;

    const Clock &m_clock;
    RateEvents &m_events;
    QString m_name;
    int m_maxEvents;
    qint64 m_windowSeconds;
    int m_recordsSinceSweep = 0;
};

} // namespace certtrack::server
