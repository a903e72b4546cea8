#pragma once

#include "server/auth/TokenStore.h"

namespace certtrack::server {

class Database;

// TokenStore over the shared SQL database.
class SqlTokenStore : public TokenStore {
public:
    explicit SqlTokenStore(Database &db)
        : m_db(db) {}

    std::optional<CandidateAccount> accountByLogin(const QString &loginId) override;
    void recordLoginFailure(const QString &loginId, const QString &address,
                            const QDateTime &at) override;
    QList<LoginFailure> loginFailuresSince(const QString &loginId, const QDateTime &since) override;
    void clearLoginFailures(const QString &loginId, const QString &address,
                            const QDateTime &before) override;
    void insertToken(const StoredToken &token) override;
    std::optional<StoredToken> tokenByHash(const QByteArray &hash) override;
    bool markTokenUsed(const QByteArray &hash, const QDateTime &at) override;
    void revokeToken(const QByteArray &hash, const QDateTime &at) override;
    void revokeTokenFamily(const QString &familyId, const QDateTime &at) override;
    void deleteTokensExpiredBefore(const QDateTime &instant) override;

private:
    Database &m_db;
};

} // namespace certtrack::server
