#pragma once

#include "client/ApiError.h"
#include "client/LocalCache.h"
#include "client/RememberedAccount.h"
#include "client/ServerEndpoint.h"
#include "client/SyncService.h"
#include "domain/AccountData.h"
#include "verification/IssuerSnapshot.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace certtrack::client {

class ApiClient;
class CredentialStore;
class Session;

// The one object the UI talks to: one signed-in account, with the ApiClient, Session,
// LocalCache, SyncService and CredentialStore behind it. Everything is asynchronous and reported
// through signals; nothing blocks and nothing opens a dialog.
class AccountController : public QObject {
    Q_OBJECT
public:
    enum class SyncState { Idle, Syncing, Offline };
    Q_ENUM(SyncState)

    struct Options {
        bool useKeychain = true; // false for --demo and kiosk mode: nothing on disk
    };

    explicit AccountController(Options options, QObject *parent = nullptr);
    ~AccountController() override;

    // Password sign-in. remember=true: refresh token to the keychain, cache on disk (0600);
    // remember=false: nothing on disk, cache in memory only (and any earlier remembered copy of
    // this account is forgotten).
    void signIn(const ServerEndpoint &endpoint, const QString &loginId, const QString &password,
                bool remember);
    // Opens a remembered account: shows its on-disk cache at once (dataChanged before any
    // network I/O completes), then signs in with the keychain's refresh token and syncs in the
    // background. signInFailed when there is no stored token.
    void resume(const RememberedAccount &account);
    // The remembered accounts, each named from its own cache (the settings file keeps no names).
    static QList<RememberedAccount> rememberedAccounts();

    void refresh(); // revalidate every resource now
    void signOut(); // revoke, remove keychain entry, cache and settings entry; then signedOut("")

    bool isSignedIn() const { return m_signedIn; }
    QString loginId() const { return m_loginId; }
    ServerEndpoint endpoint() const { return m_endpoint; }
    const domain::AccountData &data() const { return m_data; }
    // The signed-in session, for services that write (transcripts); null when signed out.
    Session *session() const;
    // The ETag of a resource as last synced ("me/settings"), for a write's If-Match; empty when
    // it was never fetched.
    QByteArray resourceEtag(const QString &path) const;
    // The server's issuer keys and revocation list as last synced (signature checked), for
    // verifying its credentials offline; empty before the first sync.
    verification::IssuerSnapshot issuerSnapshot() const;
    // The same from any open cache (`certtrack verify` reads a remembered account's file).
    static verification::IssuerSnapshot issuerSnapshotOf(const LocalCache &cache);
    SyncState syncState() const;
    QDateTime lastSynced() const { return m_data.lastSynced; }
    QString offlineReason() const;

    // Beyond the UI contract: for tests, benchmarks and diagnostics.
    bool isRemembered() const { return m_remember; }
    QString cacheFilePath() const { return m_cache.filePath(); }
    SyncService::Statistics lastSyncStatistics() const;
    int nextRetrySeconds() const;

signals:
    void signedIn();
    void signInFailed(const certtrack::client::ApiError &error);
    void dataChanged();
    void syncStateChanged(certtrack::client::AccountController::SyncState state);
    void signedOut(const QString &reason); // reason empty when the person signed out
    // Something went wrong that does not stop the work (keychain unavailable, damaged cache).
    void warning(const QString &message);
    // Every sync that ended, successful or not (the data and state tell the rest).
    void syncFinished(bool succeeded);

private:
    void setUp(const ServerEndpoint &endpoint, const QString &loginId, bool remember);
    void tearDown();
    bool openCache();
    void showCachedData();
    void onPasswordSignIn();
    void onSynced(const domain::AccountData &data);
    void onSyncFailed(const ApiError &error);
    void endSession(const QString &reason);
    void storeRefreshToken(const QString &token);
    void forgetRememberedCopy(const ServerEndpoint &endpoint, const QString &loginId);
    QString credentialKey() const;

    Options m_options;
    CredentialStore *m_credentials;
    QPointer<ApiClient> m_api;
    QPointer<Session> m_session;
    QPointer<SyncService> m_sync;
    LocalCache m_cache;
    ServerEndpoint m_endpoint;
    QString m_loginId;
    domain::AccountData m_data;
    bool m_remember = false;
    bool m_signedIn = false;
};

} // namespace certtrack::client
