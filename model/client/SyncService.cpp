#include "client/SyncService.h"

#include "client/AccountResources.h"
#include "client/AuthorizedFetch.h"
#include "client/Logging.h"
#include "client/Session.h"
#include "verification/IssuerSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace certtrack::client {

SyncService::SyncService(Session *session, LocalCache *cache, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_cache(cache) {
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncService::sync);
}

SyncService::~SyncService() {
    cancelPending();
}

void SyncService::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncService::sync() {
    if (m_state == State::Syncing) {
        m_syncAgain = true;
        return;
    }
    m_retryTimer.stop();
    m_scheduledRetrySeconds = 0;
    m_cached = m_cache->entries();
    m_answers.clear();
    m_requested.clear();
    m_listed.reset();
    m_statistics = {};
    setState(State::Syncing);
    qCDebug(lcSync) << "sync started with" << m_cached.size() << "cached resources";
    request(AccountResources::syncManifestPath());
}

void SyncService::requestAll(const QStringList &paths) {
    for (const QString &path : paths)
        consider(path);
}

void SyncService::consider(const QString &path) {
    if (m_requested.contains(path))
        return;
    if (m_listed) {
        const auto listed = m_listed->constFind(path);
        if (listed == m_listed->constEnd()) {
            // The server has none of it for this account now (or this candidate may not read
            // it): a required resource is still asked for, so its refusal is heard.
            if (AccountResources::isOptional(path))
                return;
        } else {
            const auto cached = m_cached.constFind(path);
            if (cached != m_cached.constEnd() && cached->etag == *listed) {
                // Unchanged since it was cached: kept without asking.
                m_requested.insert(path);
                m_answers.insert(path, *cached);
                ++m_statistics.unchanged;
                return;
            }
        }
    }
    request(path);
}

bool SyncService::readManifest(const QByteArray &body) {
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue resources = object.value(QLatin1String("resources"));
    if (!resources.isArray())
        return false;
    QHash<QString, QByteArray> listed;
    for (const QJsonValue line : resources.toArray()) {
        const QString path = line.toObject().value(QLatin1String("path")).toString();
        const QString etag = line.toObject().value(QLatin1String("etag")).toString();
        if (path.isEmpty() || etag.isEmpty())
            return false;
        listed.insert(path, etag.toLatin1());
    }
    m_listed = std::move(listed);
    return true;
}

void SyncService::stop() {
    m_retryTimer.stop();
    m_scheduledRetrySeconds = 0;
    m_syncAgain = false;
    cancelPending();
    setState(State::Idle);
}

void SyncService::request(const QString &path) {
    if (m_requested.contains(path))
        return;
    m_requested.insert(path);
    const auto cached = m_cached.constFind(path);
    const QByteArray etag = cached != m_cached.constEnd() ? cached->etag : QByteArray();
    AuthorizedFetch *fetch = m_session->fetch(path, etag);
    m_pending.append(fetch);
    connect(fetch, &AuthorizedFetch::finished, this, [this, fetch] { onAnswered(fetch); });
}

LocalCache::Entry SyncService::entryOf(AuthorizedFetch *fetch) {
    const FetchedResource &answer = fetch->result();
    LocalCache::Entry entry;
    entry.path = fetch->path();
    entry.etag = answer.etag;
    if (answer.notModified()) {
        const LocalCache::Entry cached = m_cached.value(entry.path);
        entry.body = cached.body;
        entry.fetchedAt = cached.fetchedAt;
        ++m_statistics.notModified;
    } else {
        entry.body = answer.body;
        entry.fetchedAt = QDateTime::currentDateTimeUtc();
        ++m_statistics.fetched;
        m_statistics.bodyBytes += answer.body.size();
    }
    emit resourceAnswered(entry.path, answer.status);
    return entry;
}

void SyncService::onAnswered(AuthorizedFetch *fetch) {
    m_pending.removeAll(fetch);
    if (fetch->path() == AccountResources::syncManifestPath())
        return onManifest(fetch);
    if (fetch->hasError()) {
        const ApiError &error = fetch->error();
        const bool refused =
            error.kind == ApiError::Kind::Server || error.kind == ApiError::Kind::Decode;
        if (!refused || !AccountResources::isOptional(fetch->path()))
            return fail(error);
        qCInfo(lcSync) << "doing without" << fetch->path() << ":" << error.message;
        const auto cached = m_cached.constFind(fetch->path());
        if (cached != m_cached.constEnd())
            m_answers.insert(cached->path, *cached);
        if (m_pending.isEmpty() && m_state == State::Syncing)
            finish();
        return;
    }

    const LocalCache::Entry entry = entryOf(fetch);
    m_answers.insert(entry.path, entry);

    QStringList more;
    QString error;
    if (!AccountResources::followUps(entry.path, entry.body, &more, &error)) {
        ApiError decodeError;
        decodeError.kind = ApiError::Kind::Decode;
        decodeError.message = tr("The server sent data that could not be read (%1).").arg(error);
        return fail(decodeError);
    }
    for (const QString &path : std::as_const(more))
        consider(path);
    if (m_pending.isEmpty() && m_state == State::Syncing)
        finish();
}

void SyncService::onManifest(AuthorizedFetch *fetch) {
    const QString path = fetch->path();
    if (fetch->hasError()) {
        const ApiError &error = fetch->error();
        // A server without the list: every resource is revalidated instead.
        if (error.kind != ApiError::Kind::Server || error.httpStatus != 404)
            return fail(error);
        qCInfo(lcSync) << "the server lists no resources; revalidating each";
        return requestAll(AccountResources::topLevelPaths());
    }
    const LocalCache::Entry entry = entryOf(fetch);
    if (!readManifest(entry.body)) {
        ApiError decodeError;
        decodeError.kind = ApiError::Kind::Decode;
        decodeError.message = tr("The server sent data that could not be read (%1).")
                                  .arg(tr("%1: not a list of resources").arg(path));
        return fail(decodeError);
    }
    m_answers.insert(path, entry);
    m_requested.insert(path);
    QStringList paths = AccountResources::topLevelPaths();
    paths += m_listed->keys();
    requestAll(paths);
    if (m_pending.isEmpty() && m_state == State::Syncing)
        finish();
}

void SyncService::keepOnlySignedStatusList() {
    const QString keysPath = AccountResources::issuerKeysPath();
    const QString listPath = AccountResources::issuerStatusListPath();
    const auto signedBy = [](const LocalCache::Entry &keys, const LocalCache::Entry &list) {
        verification::IssuerSnapshot snapshot;
        snapshot.keys = keys.body;
        snapshot.statusList = list.body;
        QString error;
        const bool ok = snapshot.statusListIsSigned(&error);
        if (!ok)
            qCWarning(lcSync) << "the issuer's revocation list is not trusted:" << error;
        return ok;
    };
    if (!m_answers.contains(listPath))
        return;
    const LocalCache::Entry keys = m_answers.value(keysPath);
    if (signedBy(keys, m_answers.value(listPath)))
        return;
    // A list whose signature fails is never kept; the one cached before stays if it still holds.
    const auto previous = m_cached.constFind(listPath);
    if (previous != m_cached.constEnd() && signedBy(keys, *previous))
        m_answers.insert(listPath, *previous);
    else
        m_answers.remove(listPath);
}

void SyncService::finish() {
    keepOnlySignedStatusList();
    QHash<QString, QByteArray> bodies;
    for (const LocalCache::Entry &entry : std::as_const(m_answers))
        bodies.insert(entry.path, entry.body);
    QString error;
    // Every body is checked before anything is written: the cache holds only decodable data.
    std::optional<domain::AccountData> data = AccountResources::decode(bodies, &error);
    if (!data) {
        ApiError decodeError;
        decodeError.kind = ApiError::Kind::Decode;
        decodeError.message = tr("The server sent data that could not be read (%1).").arg(error);
        return fail(decodeError);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Payment links are for this session only; the cache keeps the rest.
    QList<LocalCache::Entry> stored = m_answers.values();
    for (LocalCache::Entry &entry : stored)
        entry.body = AccountResources::forStorage(entry.path, entry.body);
    if (!m_cache->replaceAll(stored, now, &error)) {
        qCWarning(lcCache) << "could not store the sync:" << error;
        emit notStored(error.contains(QLatin1String("database or disk is full"))
                           ? tr("This computer's disk is full, so the data just synced could not "
                                "be saved; the copy from the previous sync is kept. Free some "
                                "space and sync again.")
                           : tr("The data just synced could not be saved on this computer (%1); "
                                "the copy from the previous sync is kept.")
                                 .arg(error));
    }
    data->lastSynced = now;
    m_answers.clear();
    m_cached.clear();
    m_listed.reset();
    m_backoffSeconds = kFirstRetrySeconds;
    m_offlineReason.clear();
    qCInfo(lcSync) << "sync done:" << m_statistics.fetched << "fetched," << m_statistics.notModified
                   << "not modified," << m_statistics.unchanged << "unchanged without asking";
    setState(State::Idle);
    emit synced(*data);
    if (std::exchange(m_syncAgain, false))
        sync();
}

void SyncService::fail(const ApiError &error) {
    // A retry (or the person) starts the next one; no extra sync right after a failure.
    m_syncAgain = false;
    cancelPending();
    m_answers.clear();
    m_cached.clear();
    m_listed.reset();
    if (error.kind == ApiError::Kind::Cancelled) {
        setState(State::Idle);
        return;
    }
    if (!error.isTransient()) {
        qCInfo(lcSync) << "sync stopped:" << error.message;
        setState(State::Idle);
        emit failed(error);
        return;
    }
    m_offlineReason = error.message;
    m_scheduledRetrySeconds = qMax(m_backoffSeconds, error.retryAfterSeconds);
    m_backoffSeconds = qMin(m_backoffSeconds * 2, kMaxRetrySeconds);
    qCInfo(lcSync) << "offline:" << error.message << "- retrying in" << m_scheduledRetrySeconds
                   << "s";
    m_retryTimer.start(m_scheduledRetrySeconds * 1000);
    setState(State::Offline);
    emit failed(error);
}

void SyncService::cancelPending() {
    const QList<QPointer<AuthorizedFetch>> pending = std::exchange(m_pending, {});
    for (const QPointer<AuthorizedFetch> &fetch : pending) {
        if (fetch) {
            fetch->disconnect(this);
            fetch->cancel();
        }
    }
}

} // namespace certtrack::client
