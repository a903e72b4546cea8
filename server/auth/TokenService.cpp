#include "server/auth/TokenService.h"

#include "server/core/Logging.h"

namespace certtrack::server {

TokenService::TokenService(TokenStore &store, const Clock &clock, const PasswordHasher &hasher,
                           qint64 accessLifetimeSeconds)
    : m_store(store)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_accessLifetimeSeconds(accessLifetimeSeconds) {}

TokenService::Grant TokenService::failure(int status, const QString &error,
                                          const QString &description) {
    Grant grant;
    grant.status = status;
    grant.error = error;
    grant.description = description;
    return grant;
}

qint64 TokenService::loginDelaySeconds(qsizetype failures) {
    if (failures < kLoginDelayThreshold)
        return 0;
    qint64 delay = kFirstLoginDelaySeconds;
    for (qsizetype extra = failures - kLoginDelayThreshold;
         extra > 0 && delay < kMaxLoginDelaySeconds; --extra)
        delay *= 2;
    return qMin(delay, kMaxLoginDelaySeconds);
}

qint64 TokenService::throttledFor(const QString &loginId, const QString &address,
                                  const QDateTime &now) {
    const QList<LoginFailure> failures =
        m_store.loginFailuresSince(loginId, now.addSecs(-kLoginWindowSeconds));
    if (failures.isEmpty())
        return 0;
    QDateTime unlock;
    // This address's own limit: locked until its oldest failure that still counts leaves the
    // shorter window.
    const QDateTime pairSince = now.addSecs(-kFailureWindowSeconds);
    QList<QDateTime> ours;
    for (const LoginFailure &failure : failures) {
        if (failure.address == address && failure.at > pairSince)
            ours.append(failure.at);
    }
    if (ours.size() >= kMaxFailures)
        unlock = ours.at(ours.size() - kMaxFailures).addSecs(kFailureWindowSeconds);
    // The login's delay, whoever failed.
    const qint64 delay = loginDelaySeconds(failures.size());
    if (delay > 0) {
        const QDateTime next = failures.last().at.addSecs(delay);
        if (!unlock.isValid() || next > unlock)
            unlock = next;
    }
    if (!unlock.isValid() || unlock <= now)
        return 0;
    return qMax<qint64>(1, (now.msecsTo(unlock) + 999) / 1000);
}

TokenService::Grant TokenService::passwordGrant(const QString &loginId, const QString &password,
                                                const QString &address) {
    const QDateTime now = m_clock.now();
    if (const qint64 wait = throttledFor(loginId, address, now); wait > 0) {
        // Refused unweighed and uncounted: waiting is all it takes, for the owner too.
        Grant grant = failure(429, QStringLiteral("slow_down"), QString());
        grant.retryAfterSeconds = wait;
        grant.description = QStringLiteral("Too many failed sign-in attempts for this login ID. "
                                           "Try again in %1 seconds.")
                                .arg(grant.retryAfterSeconds);
        qCWarning(lcServer) << "sign-in throttled for" << loginId << "from" << address;
        return grant;
    }

    const std::optional<CandidateAccount> account = m_store.accountByLogin(loginId);
    bool valid = false;
    if (account)
        valid = m_hasher.verify(account->passwordHash, password);
    else
        m_hasher.verifyNothing(password);
    if (!valid) {
        m_store.recordLoginFailure(loginId, address, now);
        return failure(400, QStringLiteral("invalid_grant"),
                       QStringLiteral("The login ID or the password is wrong."));
    }
    m_store.clearLoginFailures(loginId, address, now.addSecs(-kLoginWindowSeconds));
    return issue(account->id, PasswordHasher::randomToken());
}

TokenService::Grant TokenService::refreshGrant(const QString &refreshToken) {
    const QDateTime now = m_clock.now();
    const QByteArray hash = PasswordHasher::tokenHash(refreshToken);
    const std::optional<StoredToken> stored = m_store.tokenByHash(hash);
    const Grant invalid = failure(400, QStringLiteral("invalid_grant"),
                                  QStringLiteral("The refresh token is not valid; sign in again."));
    if (!stored || stored->kind != StoredToken::Kind::Refresh || stored->revokedAt)
        return invalid;
    if (stored->usedAt) {
        // A rotated token came back: someone holds a copy. End every token of this sign-in.
        qCWarning(lcServer) << "refresh token replayed; revoking its family";
        m_store.revokeTokenFamily(stored->familyId, now);
        return invalid;
    }
    if (stored->expiresAt <= now) {
        return failure(400, QStringLiteral("invalid_grant"),
                       QStringLiteral("The refresh token expired; sign in again."));
    }
    if (!m_store.markTokenUsed(hash, now)) {
        m_store.revokeTokenFamily(stored->familyId, now);
        return invalid;
    }
    return issue(stored->candidateId, stored->familyId);
}

void TokenService::revoke(const QString &token) {
    const QDateTime now = m_clock.now();
    const QByteArray hash = PasswordHasher::tokenHash(token);
    const std::optional<StoredToken> stored = m_store.tokenByHash(hash);
    if (!stored)
        return;
    if (stored->kind == StoredToken::Kind::Refresh)
        m_store.revokeTokenFamily(stored->familyId, now);
    else
        m_store.revokeToken(hash, now);
}

TokenService::Bearer TokenService::authenticate(const QString &accessToken) {
    Bearer bearer;
    const std::optional<StoredToken> stored =
        m_store.tokenByHash(PasswordHasher::tokenHash(accessToken));
    if (!stored || stored->kind != StoredToken::Kind::Access) {
        bearer.failure = QStringLiteral("The access token is not valid.");
    } else if (stored->revokedAt) {
        bearer.failure = QStringLiteral("The access token was revoked.");
    } else if (stored->expiresAt <= m_clock.now()) {
        bearer.failure = QStringLiteral("The access token expired.");
    } else {
        bearer.candidateId = stored->candidateId;
    }
    return bearer;
}

TokenService::Grant TokenService::issue(qint64 candidateId, const QString &familyId) {
    const QDateTime now = m_clock.now();
    // Old rows are of no use to anyone; clearing them here keeps the table small without a timer.
    m_store.deleteTokensExpiredBefore(now.addDays(-1));

    Grant grant;
    grant.ok = true;
    grant.status = 200;
    grant.accessToken = PasswordHasher::randomToken();
    grant.refreshToken = PasswordHasher::randomToken();
    grant.expiresIn = m_accessLifetimeSeconds;

    StoredToken access;
    access.hash = PasswordHasher::tokenHash(grant.accessToken);
    access.kind = StoredToken::Kind::Access;
    access.candidateId = candidateId;
    access.familyId = familyId;
    access.issuedAt = now;
    access.expiresAt = now.addSecs(m_accessLifetimeSeconds);
    m_store.insertToken(access);

    StoredToken refresh = access;
    refresh.hash = PasswordHasher::tokenHash(grant.refreshToken);
    refresh.kind = StoredToken::Kind::Refresh;
    refresh.expiresAt = now.addSecs(kRefreshLifetimeSeconds);
    m_store.insertToken(refresh);
    return grant;
}

} // namespace certtrack::server
