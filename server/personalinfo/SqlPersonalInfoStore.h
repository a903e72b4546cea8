#pragma once

#include "server/personalinfo/PersonalInfoStore.h"

namespace certtrack::server {

class Database;

// PersonalInfoStore over the shared SQL database.
class SqlPersonalInfoStore : public PersonalInfoStore {
public:
    explicit SqlPersonalInfoStore(Database &db)
        : m_db(db) {}

    domain::Settings settings(qint64 candidateId) override;
    domain::Attributes attributes(qint64 candidateId) override;
    domain::Identifiers identifiers(qint64 candidateId) override;
    domain::Programme programme() override;
    void saveSettings(qint64 candidateId, const QHash<QString, std::optional<bool>> &answers,
                      const QDate &confirmedOn) override;
    void setAttribute(qint64 candidateId, const QString &attributeId,
                      const QString &value) override;

private:
    Database &m_db;
};

} // namespace certtrack::server
