#pragma once

#include "client/ApiError.h"
#include "client/LocalCache.h"
#include "domain/AccountData.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace certtrack::client {

class AuthorizedFetch;
class Session;

// Brings the cache up to date. It first asks for the server's list of the account's resources
// and their ETags (revalidated with If-None-Match, so it is a 304 when nothing changed), keeps
// every cached resource whose ETag the list still names, and asks, in parallel, only for the
// others and for what their bodies point to (a further page, a badge's copies). A server without
// the list gets every resource revalidated with If-None-Match instead. Every body is checked with
// the domain codecs, and only then are all committed in one transaction. When the server cannot be
// reached it goes Offline, keeps the cached data and retries with back-off (5 s doubling to 5 min).
// The issuer's keys and revocation list come with every sync; the list is kept only when its
// signature is one of those keys', so a verification offline never trusts a forged list.
class SyncService : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Syncing, Offline };
    Q_ENUM(State)

    // What the last sync moved: bodies transferred (200), revalidations (304) and resources
    // kept without a request because the server's list named their cached ETag.
    struct Statistics {
        int fetched = 0;
        int notModified = 0;
        int unchanged = 0;
        qint64 bodyBytes = 0;
        int requests() const { return fetched + notModified; }
    };

    static constexpr int kFirstRetrySeconds = 5;
    static constexpr int kMaxRetrySeconds = 300;

    SyncService(Session *session, LocalCache *cache, QObject *parent = nullptr);
    ~SyncService() override;

    State state() const { return m_state; }
    QString offlineReason() const { return m_offlineReason; }
    Statistics lastStatistics() const { return m_statistics; }
    // Seconds until the next automatic retry while Offline.
    int nextRetrySeconds() const { return m_scheduledRetrySeconds; }

    // Starts a sync now (a pending retry is brought forward). While one runs, one more follows
    // it: the running one may have read a resource before the write that asks for this sync.
    void sync();
    // Cancels a running sync and any retry; back to Idle.
    void stop();

signals:
    void stateChanged(certtrack::client::SyncService::State state);
    void synced(const certtrack::domain::AccountData &data);
    // A sync ended without new data (Offline follows unless the session ended).
    void failed(const certtrack::client::ApiError &error);
    // The sync's data arrived but could not be written to the on-disk cache (a full disk, say):
    // the previous sync stays whole there; synced follows with the new data for this session.
    void notStored(const QString &message);
    // Each answer as it arrives: 200 or 304.
    void resourceAnswered(const QString &path, int status);

private:
    void request(const QString &path);
    // Asks for path unless the server's list says the cached copy is current, or lists none of
    // an optional resource.
    void consider(const QString &path);
    void requestAll(const QStringList &paths);
    bool readManifest(const QByteArray &body);
    void onManifest(AuthorizedFetch *fetch);
    void onAnswered(AuthorizedFetch *fetch);
    // The answer as a cache entry (a 304 keeps the cached body), counted and announced.
    LocalCache::Entry entryOf(AuthorizedFetch *fetch);
    // Drops a revocation list whose signature is not the issuer's keys' (see IssuerSnapshot).
    void keepOnlySignedStatusList();
    void finish();
    void fail(const ApiError &error);
    void cancelPending();
    void setState(State state);

    Session *m_session;
    LocalCache *m_cache;
    State m_state = State::Idle;
    QString m_offlineReason;
    Statistics m_statistics;
    QHash<QString, LocalCache::Entry> m_cached;
    QHash<QString, LocalCache::Entry> m_answers;
    QSet<QString> m_requested;
    // The server's list for this sync: path → ETag; nullopt before it came, or without one.
    std::optional<QHash<QString, QByteArray>> m_listed;
    QList<QPointer<AuthorizedFetch>> m_pending;
    QTimer m_retryTimer;
    int m_backoffSeconds = kFirstRetrySeconds;
    int m_scheduledRetrySeconds = 0;
    bool m_syncAgain = false;
};

} // namespace certtrack::client
