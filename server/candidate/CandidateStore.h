#pragma once

#include "domain/Candidate.h"
#include "domain/TestingHistory.h"
#include "server/core/Paging.h"

#include <QList>

namespace certtrack::server {

// The candidate's plain reads: profile and testing history, scoped by candidate id. Faults
// throw StorageError.
class CandidateStore {
public:
    virtual ~CandidateStore() = default;

    virtual domain::Profile profile(qint64 candidateId) = 0;
    // The collections that grow with a career come a page at a time, newest first.
    virtual PageOf<domain::Exam> exams(qint64 candidateId, const PageRequest &page) = 0;
    virtual QList<domain::Agreement> agreements(qint64 candidateId) = 0;
    virtual PageOf<domain::CeActivity> ceActivities(qint64 candidateId,
                                                    const PageRequest &page) = 0;
    virtual PageOf<domain::Transaction> transactions(qint64 candidateId,
                                                     const PageRequest &page) = 0;
};

} // namespace certtrack::server
