#pragma once

#include "domain/TestingHistory.h"
#include "server/core/CertificationRecords.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace certtrack::server {

// Held certifications and their definitions, the exams their progress counts, and the writes
// of `certtrackd admin`. Reads are scoped by candidate id. Faults throw StorageError.
class CertificationStore {
public:
    virtual ~CertificationStore() = default;

    virtual QList<HeldCertification> certifications(qint64 candidateId) = 0;
    virtual std::optional<HeldCertification> certification(qint64 candidateId,
                                                           const QString &certificationId) = 0;
    virtual std::optional<CertificationDefinition> definition(const QString &definitionId) = 0;
    virtual QList<domain::Exam> exams(qint64 candidateId) = 0;

    // Adds a certification (with its history) to a candidate; its id and code must be new.
    virtual void grantCertification(qint64 candidateId, const HeldCertification &held) = 0;
    // False when the candidate holds no such certification; revoking twice keeps the first time.
    virtual bool revokeCertification(qint64 candidateId, const QString &certificationId,
                                     const QDateTime &at) = 0;
    // One CE activity, credited toward each of certificationIds for the activity's period.
    virtual void addCeActivity(qint64 candidateId, const domain::CeActivity &activity,
                               const QStringList &certificationIds) = 0;
};

} // namespace certtrack::server
