#pragma once

#include "server/candidate/CandidateStore.h"

namespace certtrack::server {

class Database;

// CandidateStore over the shared SQL database.
class SqlCandidateStore : public CandidateStore {
public:
    explicit SqlCandidateStore(Database &db)
        : m_db(db) {}

    domain::Profile profile(qint64 candidateId) override;
    PageOf<domain::Exam> exams(qint64 candidateId, const PageRequest &page) override;
    QList<domain::Agreement> agreements(qint64 candidateId) override;
    PageOf<domain::CeActivity> ceActivities(qint64 candidateId, const PageRequest &page) override;
    PageOf<domain::Transaction> transactions(qint64 candidateId, const PageRequest &page) override;

private:
    Database &m_db;
};

} // namespace certtrack::server
