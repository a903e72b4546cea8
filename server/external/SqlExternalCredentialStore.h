#pragma once

#include "server/external/ExternalCredentialStore.h"

namespace certtrack::server {

class Database;

// ExternalCredentialStore over the shared SQL database (migration 9).
class SqlExternalCredentialStore : public ExternalCredentialStore {
public:
    explicit SqlExternalCredentialStore(Database &db)
        : m_db(db) {}

    QList<domain::ExternalCredential> externalCredentials(qint64 candidateId) override;
    void insertExternalCredential(qint64 candidateId,
                                  const domain::ExternalCredential &credential) override;
    bool removeExternalCredential(qint64 candidateId, const QString &id) override;

private:
    Database &m_db;
};

} // namespace certtrack::server
