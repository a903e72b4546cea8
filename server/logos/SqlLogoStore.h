#pragma once

#include "server/logos/LogoStore.h"

namespace certtrack::server {

class Database;

// LogoStore over the shared SQL database.
class SqlLogoStore : public LogoStore {
public:
    explicit SqlLogoStore(Database &db)
        : m_db(db) {}

    domain::Logos logos(qint64 candidateId, const QDate &today) override;
    std::optional<domain::Logo> logo(qint64 candidateId, const QString &logoId,
                                     const QDate &today) override;
    QList<domain::Agreement> agreements(qint64 candidateId) override;
    void acceptLogoGuidelines(qint64 candidateId, const QDateTime &at,
                              const QString &agreementId) override;

private:
    Database &m_db;
};

} // namespace certtrack::server
