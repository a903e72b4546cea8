#pragma once

#include "domain/Candidate.h"
#include "domain/TestingHistory.h"

#include <QList>

namespace certtrack::server {

// The candidate's plain reads: profile and testing history, scoped by candidate id. Faults
// throw StorageError.
class CandidateStore {
public:
    virtual ~CandidateStore() = default;

    virtual domain::Profile profile(qint64 candidateId) = 0;
    virtual QList<domain::Exam> exams(qint64 candidateId) = 0;
    virtual QList<domain::Agreement> agreements(qint64 candidateId) = 0;
    virtual QList<domain::CeActivity> ceActivities(qint64 candidateId) = 0;
    virtual QList<domain::Transaction> transactions(qint64 candidateId) = 0;
};

} // namespace certtrack::server
