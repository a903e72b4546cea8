#pragma once

#include "server/certifications/CertificationStore.h"

namespace certtrack::server {

class Database;

// CertificationStore over the shared SQL database.
class SqlCertificationStore : public CertificationStore {
public:
    explicit SqlCertificationStore(Database &db)
        : m_db(db) {}

    QList<HeldCertification> certifications(qint64 candidateId) override;
    std::optional<HeldCertification> certification(qint64 candidateId,
                                                   const QString &certificationId) override;
    std::optional<CertificationDefinition> definition(const QString &definitionId) override;
    QList<domain::Exam> exams(qint64 candidateId) override;
    void grantCertification(qint64 candidateId, const HeldCertification &held) override;
    bool revokeCertification(qint64 candidateId, const QString &certificationId,
                             const QDateTime &at) override;
    void addCeActivity(qint64 candidateId, const domain::CeActivity &activity,
                       const QStringList &certificationIds) override;

private:
    Database &m_db;
};

} // namespace certtrack::server
