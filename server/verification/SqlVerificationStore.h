#pragma once

#include "server/verification/VerificationStore.h"

namespace certtrack::server {

class Database;

// VerificationStore over the shared SQL database.
class SqlVerificationStore : public VerificationStore {
public:
    explicit SqlVerificationStore(Database &db)
        : m_db(db) {}

    std::optional<VerifiedCertification>
    certificationByVerificationCode(const QString &code) override;

private:
    Database &m_db;
};

} // namespace certtrack::server
