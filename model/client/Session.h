#pragma once

#include "client/ApiError.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace certtrack::client {

class ApiClient;
class AuthorizedFetch;
class TokenJob;

// The tokens of one signed-in person. The access token lives in memory only; it is refreshed
// before it expires (at ~80% of its lifetime) and once after a 401, and every refresh rotates the
// refresh token (refreshTokenChanged). When the server refuses the refresh token the session
// ends with signedOut(reason).
class Session : public QObject {
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)

    using TokenCallback =
        std::function<void(const QString &accessToken, const std::optional<ApiError> &error)>;

    explicit Session(ApiClient *api, QObject *parent = nullptr);
    ~Session() override;

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    QString loginId() const { return m_loginId; }
    QString refreshToken() const { return m_refreshToken; }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    int refreshCount() const { return m_refreshCount; }

    // Password sign-in: signedIn() or signInFailed().
    void signIn(const QString &loginId, const QString &password);
    // Adopts a stored refresh token without touching the network: the session counts as signed
    // in and the first request obtains an access token.
    void resume(const QString &loginId, const QString &refreshToken);
    // Calls back (possibly at once) with an access token that is not about to expire, refreshing
    // first when needed; waiting callers share one refresh. Not called once context is gone.
    void withAccessToken(QObject *context, TokenCallback callback);
    // The server answered 401 to accessToken: forget it unless a newer one is already in use.
    void invalidateAccessToken(const QString &accessToken);
    // A GET through this session (bearer token, refresh and one retry after a 401); started on
    // the next turn of the event loop, deletes itself after finished().
    AuthorizedFetch *fetch(const QString &path, const QByteArray &etag = {});
    // Revokes the refresh token (RFC 7009, best effort), forgets all tokens at once and emits
    // signOutFinished() when the revocation ended either way.
    void signOut();

    ApiClient *api() const { return m_api; }

signals:
    void signedIn();
    void signInFailed(const certtrack::client::ApiError &error);
    void refreshTokenChanged(const QString &refreshToken);
    void signedOut(const QString &reason);
    void signOutFinished();

private:
    void adoptGrant(const QString &accessToken, const QString &refreshToken, qint64 expiresIn);
    void startRefresh();
    void finishRefresh(TokenJob *job);
    void endSession(const QString &reason);
    void forgetTokens();
    bool accessTokenUsable() const;

    struct Waiter {
        QPointer<QObject> context;
        TokenCallback callback;
    };

    ApiClient *m_api;
    State m_state = State::SignedOut;
    QString m_loginId;
    QString m_accessToken;
    QString m_refreshToken;
    QDeadlineTimer m_accessUsableUntil;
    QTimer m_refreshTimer;
    QPointer<TokenJob> m_signInJob;
    QPointer<TokenJob> m_refreshJob;
    QList<Waiter> m_waiters;
    int m_refreshCount = 0;
};

} // namespace certtrack::client
