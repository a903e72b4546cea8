// Accounts, failed passwords and tokens in SQL.
#include "server/auth/SqlTokenStore.h"

#include "server/core/Database.h"
#include "server/core/Rows.h"
#include "server/core/SqlValues.h"

#include <QSqlQuery>

namespace certtrack::server {

using namespace sql;

std::optional<CandidateAccount> SqlTokenStore::accountByLogin(const QString &loginId) {
    QSqlQuery query = m_db.run(QStringLiteral("SELECT id, login_id, password_hash FROM candidates "
                                              "WHERE lower(login_id) = lower(?)"),
                               {loginId});
    if (!query.next())
        return std::nullopt;
    return CandidateAccount{query.value(0).toLongLong(), query.value(1).toString(),
                            query.value(2).toString()};
}

void SqlTokenStore::recordLoginFailure(const QString &loginId, const QString &address,
                                       const QDateTime &at) {
    m_db.run(QStringLiteral(
                 "INSERT INTO login_failures (login_id, address, failed_at) VALUES (?, ?, ?)"),
             {loginId.toLower(), address, instantValue(at)});
}

QList<LoginFailure> SqlTokenStore::loginFailuresSince(const QString &loginId,
                                                      const QDateTime &since) {
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT address, failed_at FROM login_failures WHERE login_id = ? "
                                "AND failed_at > ? ORDER BY failed_at"),
                 {loginId.toLower(), instantValue(since)});
    QList<LoginFailure> result;
    while (query.next())
        result.append({query.value(0).toString(), toInstant(query.value(1))});
    return result;
}

void SqlTokenStore::clearLoginFailures(const QString &loginId, const QString &address,
                                       const QDateTime &before) {
    m_db.run(QStringLiteral("DELETE FROM login_failures WHERE login_id = ? AND (address = ? OR "
                            "failed_at < ?)"),
             {loginId.toLower(), address, instantValue(before)});
}

void SqlTokenStore::insertToken(const StoredToken &token) {
    m_db.run(QStringLiteral("INSERT INTO tokens (hash, kind, candidate_id, family_id, issued_at, "
                            "expires_at, used_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {token.hash,
              token.kind == StoredToken::Kind::Access ? QStringLiteral("access")
                                                      : QStringLiteral("refresh"),
              token.candidateId, token.familyId, instantValue(token.issuedAt),
              instantValue(token.expiresAt), instantValue(token.usedAt),
              instantValue(token.revokedAt)});
}

std::optional<StoredToken> SqlTokenStore::tokenByHash(const QByteArray &hash) {
    QSqlQuery query = m_db.run(QStringLiteral("SELECT kind, candidate_id, family_id, issued_at, "
                                              "expires_at, used_at, revoked_at FROM tokens "
                                              "WHERE hash = ?"),
                               {hash});
    if (!query.next())
        return std::nullopt;
    StoredToken token;
    token.hash = hash;
    token.kind = query.value(0).toString() == QLatin1String("access") ? StoredToken::Kind::Access
                                                                      : StoredToken::Kind::Refresh;
    token.candidateId = query.value(1).toLongLong();
    token.familyId = query.value(2).toString();
    token.issuedAt = toInstant(query.value(3));
    token.expiresAt = toInstant(query.value(4));
    token.usedAt = toOptionalInstant(query.value(5));
    token.revokedAt = toOptionalInstant(query.value(6));
    return token;
}

bool SqlTokenStore::markTokenUsed(const QByteArray &hash, const QDateTime &at) {
    QSqlQuery query = m_db.run(QStringLiteral("UPDATE tokens SET used_at = ? WHERE hash = ? AND "
                                              "used_at IS NULL"),
                               {instantValue(at), hash});
    return query.numRowsAffected() == 1;
}

void SqlTokenStore::revokeToken(const QByteArray &hash, const QDateTime &at) {
    m_db.run(
        QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE hash = ? AND revoked_at IS NULL"),
        {instantValue(at), hash});
}

void SqlTokenStore::revokeTokenFamily(const QString &familyId, const QDateTime &at) {
    m_db.run(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE family_id = ? AND "
                            "revoked_at IS NULL"),
             {instantValue(at), familyId});
}

void SqlTokenStore::deleteTokensExpiredBefore(const QDateTime &instant) {
    m_db.run(QStringLiteral("DELETE FROM tokens WHERE expires_at < ?"), {instantValue(instant)});
}

} // namespace certtrack::server
