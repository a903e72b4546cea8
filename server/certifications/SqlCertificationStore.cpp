// Held certifications in SQL, and the writes of `certtrackd admin`: granting and revoking
// certifications and crediting CE activities.
#include "server/certifications/SqlCertificationStore.h"

#include "server/core/Database.h"
#include "server/core/Rows.h"
#include "server/core/SqlValues.h"

#include "domain/Json.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace certtrack::server {

using namespace sql;

void SqlCertificationStore::grantCertification(qint64 candidateId, const HeldCertification &held) {
    m_db.transaction([&] {
        m_db.run(
            QStringLiteral("INSERT INTO candidate_certifications (id, candidate_id, "
                           "definition_id, started_on, active_on, expires_on, "
                           "verification_code, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)"),
            {held.id, candidateId, held.definitionId, dateValue(held.started),
             dateValue(held.active), dateValue(held.expires), held.verificationCode});
        for (const domain::HistoryEntry &entry : held.history) {
            m_db.run(QStringLiteral("INSERT INTO certification_history (certification_id, "
                                    "happened_on, text) VALUES (?, ?, ?)"),
                     {held.id, dateValue(entry.date), entry.text});
        }
    });
}

bool SqlCertificationStore::revokeCertification(qint64 candidateId, const QString &certificationId,
                                                const QDateTime &at) {
    if (!certification(candidateId, certificationId))
        return false;
    m_db.run(QStringLiteral("UPDATE candidate_certifications SET revoked_at = ? WHERE id = ? AND "
                            "candidate_id = ? AND revoked_at IS NULL"),
             {at.toMSecsSinceEpoch(), certificationId, candidateId});
    return true;
}

void SqlCertificationStore::addCeActivity(qint64 candidateId, const domain::CeActivity &activity,
                                          const QStringList &certificationIds) {
    m_db.transaction([&] {
        m_db.run(
            QStringLiteral("INSERT INTO ce_activities (id, candidate_id, name, active_on, "
                           "expires_on, review_on, points, updated_on, provider_name, source, "
                           "import_source, external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?)"),
            {activity.id, candidateId, activity.name, dateValue(activity.activeDate),
             dateValue(activity.expires), dateValue(activity.review), activity.points,
             dateValue(activity.updated), activity.providerName, activity.source,
             activity.importSource, activity.externalId});
        int index = 0;
        for (const QString &certificationId : certificationIds) {
            m_db.run(QStringLiteral("INSERT INTO ce_credits (id, certification_id, ce_activity_id, "
                                    "active_on, inactive_on, points) VALUES (?, ?, ?, ?, ?, ?)"),
                     {QStringLiteral("%1-%2").arg(activity.id).arg(++index), certificationId,
                      activity.id, dateValue(activity.activeDate), dateValue(activity.expires),
                      activity.points});
        }
    });
}

QList<HeldCertification> SqlCertificationStore::certifications(qint64 candidateId) {
    return rows::certifications(m_db, candidateId);
}

std::optional<HeldCertification>
SqlCertificationStore::certification(qint64 candidateId, const QString &certificationId) {
    return rows::certification(m_db, candidateId, certificationId);
}

std::optional<CertificationDefinition>
SqlCertificationStore::definition(const QString &definitionId) {
    return rows::definition(m_db, definitionId);
}

QList<domain::Exam> SqlCertificationStore::exams(qint64 candidateId) {
    return rows::exams(m_db, candidateId);
}

} // namespace certtrack::server
