#pragma once

#include "server/auth/TokenStore.h"
#include "server/core/Clock.h"
#include "server/core/PasswordHasher.h"

#include <QString>

#include <optional>

namespace certtrack::server {

// OAuth 2.0 tokens: password and refresh-token grants with rotation, revocation, bearer checks,
// and a throttle on failed passwords. The throttle counts per login AND address, so a stranger's
// guesses lock out only the stranger's address; a login guessed at from many addresses makes
// every next attempt wait a delay that grows with the failures, capped so that the owner waits
// seconds, never minutes. Failures live in the store, so restarts and several processes agree.
class TokenService {
public:
    static constexpr qint64 kAccessLifetimeSeconds = 15 * 60;
    static constexpr qint64 kRefreshLifetimeSeconds = 30 * 24 * 3600;
    // One address: this many failures for a login within the window, then 429 until the
    // oldest leaves it.
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kFailureWindowSeconds = 5 * 60;
    // All addresses together: from this many failures within the longer window, an attempt must
    // come kFirstLoginDelaySeconds after the last failure, doubling with each further failure up
    // to kMaxLoginDelaySeconds.
    static constexpr int kLoginDelayThreshold = 10;
    static constexpr qint64 kLoginWindowSeconds = 15 * 60;
    static constexpr qint64 kFirstLoginDelaySeconds = 5;
    static constexpr qint64 kMaxLoginDelaySeconds = 60;

    struct Grant {
        bool ok = false;
        QString accessToken;
        QString refreshToken;
        qint64 expiresIn = 0;
        // Failure, in RFC 6749's words.
        int status = 400;
        QString error;
        QString description;
        qint64 retryAfterSeconds = 0; // throttled
    };

    struct Bearer {
        std::optional<qint64> candidateId;
        QString failure; // why there is no candidate: fit for error_description
    };

    TokenService(TokenStore &store, const Clock &clock, const PasswordHasher &hasher,
                 qint64 accessLifetimeSeconds = kAccessLifetimeSeconds);

    // `address` is the client's, as the transport saw it.
    Grant passwordGrant(const QString &loginId, const QString &password,
                        const QString &address = QString());
    // How long the next attempt on a login with `failures` recent failures waits after the last.
    static qint64 loginDelaySeconds(qsizetype failures);
    Grant refreshGrant(const QString &refreshToken);
    // RFC 7009: revoking a refresh token ends its whole family; unknown tokens are ignored.
    void revoke(const QString &token);
    Bearer authenticate(const QString &accessToken);

private:
    Grant issue(qint64 candidateId, const QString &familyId);
    static Grant failure(int status, const QString &error, const QString &description);
    // The seconds this attempt must still wait, 0 when it may go ahead.
    qint64 throttledFor(const QString &loginId, const QString &address, const QDateTime &now);

    TokenStore &m_store;
    const Clock &m_clock;
    const PasswordHasher &m_hasher;
    qint64 m_accessLifetimeSeconds;
};

} // namespace certtrack::server
