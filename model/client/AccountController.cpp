#include "client/AccountController.h"

#include "client/AccountResources.h"
#include "client/ApiClient.h"
#include "client/AppSettings.h"
#include "client/CredentialStore.h"
#include "client/LocalCache.h"
#include "client/Logging.h"
#include "client/Session.h"
#include "domain/Json.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace certtrack::client {

namespace {

AccountController::SyncState toSyncState(SyncService::State state) {
    switch (state) {
    case SyncService::State::Idle:
        return AccountController::SyncState::Idle;
    case SyncService::State::Syncing:
        return AccountController::SyncState::Syncing;
    case SyncService::State::Offline:
        return AccountController::SyncState::Offline;
    }
    return AccountController::SyncState::Idle;
}

} // namespace

AccountController::AccountController(Options options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_credentials(new CredentialStore(options.useKeychain, this)) {}

AccountController::~AccountController() {
    tearDown();
}

QList<RememberedAccount> AccountController::rememberedAccounts() {
    QList<RememberedAccount> accounts = AppSettings().rememberedAccounts();
    for (RememberedAccount &account : accounts) {
        // The name lives in the account's cache, owner-only and removed on sign-out; an account
        // whose cache is gone is shown by its login id.
        const QString path = LocalCache::filePathFor(account.endpoint, account.loginId);
        if (!QFileInfo::exists(path))
            continue;
        LocalCache cache;
        QString error;
        if (!cache.openFile(path, &error))
            continue;
        const QJsonObject me =
            QJsonDocument::fromJson(cache.entries().value(QStringLiteral("me")).body).object();
        domain::JsonReader reader(me, QStringLiteral("me"), &error);
        const domain::Profile profile = domain::Profile::fromJson(reader);
        if (reader.ok())
            account.displayName = profile.displayName();
    }
    return accounts;
}

QString AccountController::credentialKey() const {
    return CredentialStore::keyFor(m_endpoint, m_loginId);
}

void AccountController::setUp(const ServerEndpoint &endpoint, const QString &loginId,
                              bool remember) {
    tearDown();
    // Another account (a switch, or "Add account…"): nothing of the previous one stays in memory.
    m_data = {};
    m_endpoint = endpoint;
    m_loginId = loginId;
    m_remember = remember && m_options.useKeychain;
    m_api = new ApiClient(endpoint, this);
    m_session = new Session(m_api, this);
    m_sync = new SyncService(m_session, &m_cache, this);

    connect(m_session, &Session::signedIn, this, &AccountController::onPasswordSignIn);
    connect(m_session, &Session::signInFailed, this, [this](const ApiError &error) {
        tearDown();
        emit signInFailed(error);
    });
    connect(m_session, &Session::refreshTokenChanged, this, &AccountController::storeRefreshToken);
    connect(m_session, &Session::signedOut, this, &AccountController::endSession);
    connect(m_sync, &SyncService::stateChanged, this,
            [this](SyncService::State state) { emit syncStateChanged(toSyncState(state)); });
    connect(m_sync, &SyncService::synced, this, &AccountController::onSynced);
    connect(m_sync, &SyncService::failed, this, &AccountController::onSyncFailed);
    connect(m_sync, &SyncService::notStored, this, &AccountController::warning);
}

void AccountController::tearDown() {
    m_signedIn = false;
    for (QObject *object : {static_cast<QObject *>(m_sync), static_cast<QObject *>(m_session),
                            static_cast<QObject *>(m_api)}) {
        if (!object)
            continue;
        object->disconnect(this);
        // May be inside one of their signals: delete them once it has returned.
        object->deleteLater();
    }
    if (m_sync)
        m_sync->stop();
    m_sync.clear();
    m_session.clear();
    m_api.clear();
    m_cache.close();
}

bool AccountController::openCache() {
    QString error;
    QString warningText;
    bool opened = false;
    if (m_remember) {
        opened =
            m_cache.openFile(LocalCache::filePathFor(m_endpoint, m_loginId), &error, &warningText);
    }
    if (!opened) {
        if (m_remember) {
            qCWarning(lcCache) << "falling back to a cache in memory:" << error;
            warningText = tr("The local copy of this account cannot be stored (%1); it is kept "
                             "in memory until you quit.")
                              .arg(error);
        }
        opened = m_cache.openInMemory(&error);
    }
    if (!warningText.isEmpty())
        emit warning(warningText);
    if (!opened)
        qCCritical(lcCache) << "no cache at all:" << error;
    return opened;
}

void AccountController::showCachedData() {
    QString error;
    std::optional<domain::AccountData> cached = m_cache.load(&error);
    if (cached) {
        m_data = std::move(*cached);
        emit dataChanged();
        return;
    }
    if (!error.isEmpty()) {
        // Stale or damaged bodies must not be revalidated as if they were good: start afresh.
        QString clearError;
        m_cache.clear(&clearError);
        emit warning(tr("The local copy of this account could not be read and will be fetched "
                        "again (%1).")
                         .arg(error));
    }
}

void AccountController::signIn(const ServerEndpoint &endpoint, const QString &loginId,
                               const QString &password, bool remember) {
    setUp(endpoint, loginId, remember);
    m_session->signIn(loginId, password);
}

void AccountController::onPasswordSignIn() {
    if (m_options.useKeychain && !m_remember)
        forgetRememberedCopy(m_endpoint, m_loginId);
    openCache();
    showCachedData();
    if (m_remember) {
        AppSettings().rememberAccount(
            {m_endpoint, m_loginId,
             m_data.profile.loginId.isEmpty() ? m_loginId : m_data.profile.displayName()});
        storeRefreshToken(m_session->refreshToken());
    }
    m_signedIn = true;
    emit signedIn();
    m_sync->sync();
}

void AccountController::resume(const RememberedAccount &account) {
    setUp(account.endpoint, account.loginId, true);
    if (!m_remember) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidCredentials;
        error.message = tr("Saved sign-ins are not used in this mode. Sign in with your password.");
        tearDown();
        QTimer::singleShot(0, this, [this, error] { emit signInFailed(error); });
        return;
    }
    openCache();
    showCachedData();
    if (m_data.profile.loginId.isEmpty())
        emit dataChanged(); // no cache yet: the previous account's data must not stay shown
    const QPointer<Session> session = m_session;
    m_credentials->readRefreshToken(
        credentialKey(), this, [this, session](const CredentialStore::ReadResult &result) {
            if (!session || session != m_session)
                return; // superseded by another sign-in
            if (!result.found || result.secret.isEmpty()) {
                ApiError error;
                error.kind = ApiError::Kind::InvalidCredentials;
                error.message = result.error.isEmpty()
                                    ? tr("No saved sign-in was found for %1. Sign in with your "
                                         "password.")
                                          .arg(m_loginId)
                                    : result.error;
                tearDown();
                m_data = {};
                emit dataChanged();
                emit signInFailed(error);
                return;
            }
            m_session->resume(m_loginId, result.secret);
            m_signedIn = true;
            emit signedIn();
            m_sync->sync();
        });
}

void AccountController::storeRefreshToken(const QString &token) {
    if (!m_remember || token.isEmpty())
        return;
    m_credentials->writeRefreshToken(credentialKey(), token, this, [this](const QString &error) {
        if (!error.isEmpty())
            emit warning(tr("You will need to sign in again next time: %1").arg(error));
    });
}

void AccountController::forgetRememberedCopy(const ServerEndpoint &endpoint,
                                             const QString &loginId) {
    AppSettings().forgetAccount(endpoint, loginId);
    LocalCache::removeFile(LocalCache::filePathFor(endpoint, loginId));
    m_credentials->removeRefreshToken(CredentialStore::keyFor(endpoint, loginId), this,
                                      [](const QString &) {});
}

Session *AccountController::session() const {
    return m_session;
}

verification::IssuerSnapshot AccountController::issuerSnapshot() const {
    return issuerSnapshotOf(m_cache);
}

verification::IssuerSnapshot AccountController::issuerSnapshotOf(const LocalCache &cache) {
    verification::IssuerSnapshot snapshot;
    if (!cache.isOpen())
        return snapshot;
    const QHash<QString, LocalCache::Entry> entries = cache.entries();
    const LocalCache::Entry keys = entries.value(AccountResources::issuerKeysPath());
    const LocalCache::Entry list = entries.value(AccountResources::issuerStatusListPath());
    snapshot.keys = keys.body;
    snapshot.keysFetchedAt = keys.fetchedAt;
    snapshot.statusList = list.body;
    snapshot.statusListFetchedAt = list.fetchedAt;
    return snapshot;
}

QByteArray AccountController::resourceEtag(const QString &path) const {
    return m_cache.isOpen() ? m_cache.entries().value(path).etag : QByteArray();
}

void AccountController::refresh() {
    if (m_signedIn && m_sync)
        m_sync->sync();
}

void AccountController::onSynced(const domain::AccountData &data) {
    const QString oldName = m_data.profile.displayName();
    m_data = data;
    if (m_remember && oldName != m_data.profile.displayName())
        AppSettings().rememberAccount({m_endpoint, m_loginId, m_data.profile.displayName()});
    emit dataChanged();
    emit syncFinished(true);
}

void AccountController::onSyncFailed(const ApiError &error) {
    if (!error.isTransient() && m_signedIn) {
        // The server no longer accepts this session even after a refresh.
        endSession(error.message.isEmpty() ? tr("Your session has ended. Please sign in again.")
                                           : error.message);
        return;
    }
    emit syncFinished(false);
}

void AccountController::endSession(const QString &reason) {
    if (!m_signedIn)
        return;
    qCInfo(lcSync) << "session ended:" << reason;
    // The refresh token is dead; keep the account listed (and its cache) so the next password
    // sign-in picks up where it left off.
    if (m_remember)
        m_credentials->removeRefreshToken(credentialKey(), this, [](const QString &) {});
    tearDown();
    m_data = {};
    emit dataChanged();
    emit syncFinished(false);
    emit signedOut(reason);
}

void AccountController::signOut() {
    if (!m_session)
        return;
    if (m_sync)
        m_sync->stop();
    const bool wasRemembered = m_remember;
    const QString key = credentialKey();
    m_signedIn = false;
    m_data = {};
    emit dataChanged();
    m_cache.remove();
    if (m_options.useKeychain)
        AppSettings().forgetAccount(m_endpoint, m_loginId);

    // Two things to wait for, each bounded: the revocation and the keychain deletion.
    auto pending = std::make_shared<int>(wasRemembered ? 2 : 1);
    const QPointer<Session> session = m_session;
    auto done = [this, pending, session] {
        if (--*pending > 0)
            return;
        if (session == m_session)
            tearDown();
        emit signedOut(QString());
    };
    m_session->disconnect(this);
    connect(m_session, &Session::signOutFinished, this, done);
    m_session->signOut();
    if (wasRemembered)
        m_credentials->removeRefreshToken(key, this, [this, done](const QString &error) {
            if (!error.isEmpty())
                emit warning(error);
            done();
        });
}

SyncService::Statistics AccountController::lastSyncStatistics() const {
    return m_sync ? m_sync->lastStatistics() : SyncService::Statistics{};
}

int AccountController::nextRetrySeconds() const {
    return m_sync ? m_sync->nextRetrySeconds() : 0;
}

AccountController::SyncState AccountController::syncState() const {
    return m_sync ? toSyncState(m_sync->state()) : SyncState::Idle;
}

QString AccountController::offlineReason() const {
    return m_sync ? m_sync->offlineReason() : QString();
}

} // namespace certtrack::client
