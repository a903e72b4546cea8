#pragma once

#include "server/accounts/AccountMappingStore.h"

namespace certtrack::server {

class Database;

// AccountMappingStore over the shared SQL database.
class SqlAccountMappingStore : public AccountMappingStore {
public:
    explicit SqlAccountMappingStore(Database &db)
        : m_db(db) {}

    QList<MappingCandidate> candidatesByEmail(const QString &email) override;
    std::optional<MappingCandidate> candidateByLogin(const QString &loginId) override;
    std::optional<MappingCandidate> candidateById(qint64 candidateId) override;
    std::optional<MappingCandidate>
    candidateByScoreReport(const QString &lastName, const QString &registrationNumber) override;
    void setEmail(qint64 candidateId, const QString &email) override;
    void insertPasswordLink(const PasswordLink &link) override;
    std::optional<PasswordLink> passwordLinkByHash(const QByteArray &hash) override;
    bool usePasswordLink(const QByteArray &hash, const QDateTime &at,
                         const QString &passwordHash) override;

private:
    Database &m_db;
};

} // namespace certtrack::server
