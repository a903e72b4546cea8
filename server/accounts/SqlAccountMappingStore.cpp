// Account mapping in SQL: finding a first-time candidate by email or score report, and the
// single-use set-password links.
#include "server/accounts/SqlAccountMappingStore.h"

#include "server/core/Database.h"
#include "server/core/Rows.h"
#include "server/core/SqlValues.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace certtrack::server {

using namespace sql;

namespace {

const QString kCandidateColumns =
    QStringLiteral("SELECT c.id, c.login_id, c.email, c.password_hash <> '' FROM candidates c ");

MappingCandidate readCandidate(const QSqlQuery &query) {
    return MappingCandidate{query.value(0).toLongLong(), query.value(1).toString(),
                            query.value(2).toString(), query.value(3).toBool()};
}

std::optional<MappingCandidate> firstCandidate(QSqlQuery &query) {
    if (!query.next())
        return std::nullopt;
    return readCandidate(query);
}

QString purposeText(PasswordLink::Purpose purpose) {
    return purpose == PasswordLink::Purpose::Mapping ? QStringLiteral("mapping")
                                                     : QStringLiteral("reset");
}

} // namespace

QList<MappingCandidate> SqlAccountMappingStore::candidatesByEmail(const QString &email) {
    QSqlQuery query = m_db.run(kCandidateColumns +
                                   QStringLiteral("WHERE lower(c.email) = lower(?) ORDER BY c.id"),
                               {email});
    QList<MappingCandidate> found;
    while (query.next())
        found.append(readCandidate(query));
    return found;
}

std::optional<MappingCandidate> SqlAccountMappingStore::candidateByLogin(const QString &loginId) {
    QSqlQuery query = m_db.run(
        kCandidateColumns + QStringLiteral("WHERE lower(c.login_id) = lower(?)"), {loginId});
    return firstCandidate(query);
}

std::optional<MappingCandidate> SqlAccountMappingStore::candidateById(qint64 candidateId) {
    QSqlQuery query = m_db.run(kCandidateColumns + QStringLiteral("WHERE c.id = ?"), {candidateId});
    return firstCandidate(query);
}

std::optional<MappingCandidate>
SqlAccountMappingStore::candidateByScoreReport(const QString &lastName,
                                               const QString &registrationNumber) {
    // lower() folds ASCII only (SQLite; PostgreSQL in the C collation the schema gives text): last
    // names in other scripts must then match exactly.
    QSqlQuery query =
        m_db.run(kCandidateColumns + QStringLiteral("JOIN exams e ON e.candidate_id = c.id "
                                                    "WHERE e.registration_number = ? AND "
                                                    "lower(c.last_name) = lower(?) LIMIT 1"),
                 {registrationNumber, lastName});
    return firstCandidate(query);
}

void SqlAccountMappingStore::setEmail(qint64 candidateId, const QString &email) {
    QSqlQuery query = m_db.run(QStringLiteral("UPDATE candidates SET email = ? WHERE id = ?"),
                               {email, candidateId});
    if (query.numRowsAffected() != 1)
        throw StorageError("no candidate " + std::to_string(candidateId));
}

void SqlAccountMappingStore::insertPasswordLink(const PasswordLink &link) {
    m_db.run(QStringLiteral("INSERT INTO password_links (hash, candidate_id, purpose, issued_at, "
                            "expires_at) VALUES (?, ?, ?, ?, ?)"),
             {link.hash, link.candidateId, purposeText(link.purpose),
              link.issuedAt.toMSecsSinceEpoch(), link.expiresAt.toMSecsSinceEpoch()});
}

std::optional<PasswordLink> SqlAccountMappingStore::passwordLinkByHash(const QByteArray &hash) {
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT candidate_id, purpose, issued_at, expires_at, "
                                "used_at FROM password_links WHERE hash = ?"),
                 {hash});
    if (!query.next())
        return std::nullopt;
    PasswordLink link;
    link.hash = hash;
    link.candidateId = query.value(0).toLongLong();
    link.purpose = query.value(1).toString() == QLatin1String("mapping")
                       ? PasswordLink::Purpose::Mapping
                       : PasswordLink::Purpose::Reset;
    link.issuedAt = toInstant(query.value(2));
    link.expiresAt = toInstant(query.value(3));
    if (!query.value(4).isNull())
        link.usedAt = toInstant(query.value(4));
    return link;
}

bool SqlAccountMappingStore::usePasswordLink(const QByteArray &hash, const QDateTime &at,
                                             const QString &passwordHash) {
    m_db.begin();
    try {
        QSqlQuery used =
            m_db.run(QStringLiteral("UPDATE password_links SET used_at = ? WHERE hash = ? "
                                    "AND used_at IS NULL"),
                     {at.toMSecsSinceEpoch(), hash});
        if (used.numRowsAffected() != 1) {
            m_db.rollback();
            return false;
        }
        m_db.run(QStringLiteral("UPDATE candidates SET password_hash = ? WHERE id = (SELECT "
                                "candidate_id FROM password_links WHERE hash = ?)"),
                 {passwordHash, hash});
        // Every other link of this candidate is spent too: one new password per request.
        m_db.run(
            QStringLiteral("UPDATE password_links SET used_at = ? WHERE used_at IS NULL AND "
                           "candidate_id = (SELECT candidate_id FROM password_links WHERE hash = "
                           "?)"),
            {at.toMSecsSinceEpoch(), hash});
        // A new password ends every session the old one opened, in this same transaction: a crash
        // must never leave the new password in place with a thief's tokens still alive.
        m_db.run(
            QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE revoked_at IS NULL AND "
                           "candidate_id = (SELECT candidate_id FROM password_links WHERE hash = "
                           "?)"),
            {at.toMSecsSinceEpoch(), hash});
        m_db.commit();
        return true;
    } catch (...) {
        m_db.rollback();
        throw;
    }
}

} // namespace certtrack::server
