#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace certtrack::server {

struct CandidateAccount {
    qint64 id = 0;
    QString loginId;
    QString passwordHash;
};

// A bearer or refresh token, known only by the SHA-256 of its text.
struct StoredToken {
    enum class Kind { Access, Refresh };

    QByteArray hash;
    Kind kind = Kind::Access;
    qint64 candidateId = 0;
    QString familyId; // every token descending from one password sign-in
    QDateTime issuedAt;
    QDateTime expiresAt;
    std::optional<QDateTime> usedAt; // refresh tokens: when rotated
    std::optional<QDateTime> revokedAt;
};

// One wrong password: for which login, from which address, when.
struct LoginFailure {
    QString address;
    QDateTime at;
};

// What sign-in keeps: accounts by login, failed passwords (in the database, so a restart does
// not reset the throttle) and tokens. Faults throw StorageError.
class TokenStore {
public:
    virtual ~TokenStore() = default;

    virtual std::optional<CandidateAccount> accountByLogin(const QString &loginId) = 0;

    virtual void recordLoginFailure(const QString &loginId, const QString &address,
                                    const QDateTime &at) = 0;
    // Every address's failures for the login after `since`, oldest first.
    virtual QList<LoginFailure> loginFailuresSince(const QString &loginId,
                                                   const QDateTime &since) = 0;
    // Forgets one address's failures for the login (after it signed in), and everyone's that
    // are older than `before` (no limit looks that far back).
    virtual void clearLoginFailures(const QString &loginId, const QString &address,
                                    const QDateTime &before) = 0;

    virtual void insertToken(const StoredToken &token) = 0;
    virtual std::optional<StoredToken> tokenByHash(const QByteArray &hash) = 0;
    // Marks a refresh token used; false when it already was (a replay).
    virtual bool markTokenUsed(const QByteArray &hash, const QDateTime &at) = 0;
    virtual void revokeToken(const QByteArray &hash, const QDateTime &at) = 0;
    virtual void revokeTokenFamily(const QString &familyId, const QDateTime &at) = 0;
    virtual void deleteTokensExpiredBefore(const QDateTime &instant) = 0;
};

} // namespace certtrack::server
