#pragma once

#include "server/auth/TokenStore.h"
#include "server/core/Clock.h"
#include "server/core/PasswordHasher.h"

#include <QString>

#include <optional>

namespace certtrack::server {

// OAuth 2.0 tokens: password and refresh-token grants with rotation, revocation, bearer checks,
// and a throttle on failed passwords per login.
class TokenService {
public:
    static constexpr qint64 kAccessLifetimeSeconds = 15 * 60;
    static constexpr qint64 kRefreshLifetimeSeconds = 30 * 24 * 3600;
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kFailureWindowSeconds = 5 * 60;

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

    Grant passwordGrant(const QString &loginId, const QString &password);
    Grant refreshGrant(const QString &refreshToken);
    // RFC 7009: revoking a refresh token ends its whole family; unknown tokens are ignored.
    void revoke(const QString &token);
    Bearer authenticate(const QString &accessToken);

private:
    Grant issue(qint64 candidateId, const QString &familyId);
    static Grant failure(int status, const QString &error, const QString &description);

    TokenStore &m_store;
    const Clock &m_clock;
    const PasswordHasher &m_hasher;
    qint64 m_accessLifetimeSeconds;
};

} // namespace certtrack::server
