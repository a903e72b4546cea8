#pragma once

#include "server/badges/BadgeStore.h"

namespace certtrack::server {

class Database;

// BadgeStore over the shared SQL database.
class SqlBadgeStore : public BadgeStore {
public:
    explicit SqlBadgeStore(Database &db)
        : m_db(db) {}

    QList<domain::Badge> badges(qint64 candidateId) override;

private:
    Database &m_db;
};

} // namespace certtrack::server
