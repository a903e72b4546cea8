// SqlStorage's lookups by verification code and the writes of `certtrackd admin`: granting and
// revoking certifications and crediting CE activities.
#include "server/app/SqlStorage.h"

#include "domain/Json.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace certtrack::server {

namespace {

QVariant dateText(const std::optional<QDate> &date) {
    return date && date->isValid() ? QVariant(domain::formatDate(*date)) : QVariant();
}

} // namespace

std::optional<VerifiedCertification>
SqlStorage::certificationByVerificationCode(const QString &code) {
    if (code.isEmpty())
        return std::nullopt;
    QSqlQuery query = run(QStringLiteral("SELECT candidate_id, id FROM candidate_certifications "
                                         "WHERE verification_code = ?"),
                          {code});
    if (!query.next())
        return std::nullopt;
    const qint64 candidateId = query.value(0).toLongLong();
    const QString certificationId = query.value(1).toString();
    std::optional<HeldCertification> held = certification(candidateId, certificationId);
    if (!held)
        return std::nullopt;
    std::optional<CertificationDefinition> def = definition(held->definitionId);
    if (!def)
        throw StorageError("certification " + certificationId.toStdString() +
                           " names an unknown definition");
    return VerifiedCertification{*held, *def, profile(candidateId)};
}

void SqlStorage::grantCertification(qint64 candidateId, const HeldCertification &held) {
    beginTransaction();
    try {
        run(QStringLiteral("INSERT INTO candidate_certifications (id, candidate_id, "
                           "definition_id, started_on, active_on, expires_on, "
                           "verification_code, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)"),
            {held.id, candidateId, held.definitionId, dateText(held.started), dateText(held.active),
             dateText(held.expires), held.verificationCode});
        for (const domain::HistoryEntry &entry : held.history) {
            run(QStringLiteral("INSERT INTO certification_history (certification_id, "
                               "happened_on, text) VALUES (?, ?, ?)"),
                {held.id, dateText(entry.date), entry.text});
        }
        commit();
    } catch (...) {
        rollback();
        throw;
    }
}

bool SqlStorage::revokeCertification(qint64 candidateId, const QString &certificationId,
                                     const QDateTime &at) {
    if (!certification(candidateId, certificationId))
        return false;
    run(QStringLiteral("UPDATE candidate_certifications SET revoked_at = ? WHERE id = ? AND "
                       "candidate_id = ? AND revoked_at IS NULL"),
        {at.toMSecsSinceEpoch(), certificationId, candidateId});
    return true;
}

void SqlStorage::addCeActivity(qint64 candidateId, const domain::CeActivity &activity,
                               const QStringList &certificationIds) {
    beginTransaction();
    try {
        run(QStringLiteral("INSERT INTO ce_activities (id, candidate_id, name, active_on, "
                           "expires_on, review_on, points, updated_on, provider_name, source, "
                           "import_source, external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?)"),
            {activity.id, candidateId, activity.name, dateText(activity.activeDate),
             dateText(activity.expires), dateText(activity.review), activity.points,
             dateText(activity.updated), activity.providerName, activity.source,
             activity.importSource, activity.externalId});
        int index = 0;
        for (const QString &certificationId : certificationIds) {
            run(QStringLiteral("INSERT INTO ce_credits (id, certification_id, ce_activity_id, "
                               "active_on, inactive_on, points) VALUES (?, ?, ?, ?, ?, ?)"),
                {QStringLiteral("%1-%2").arg(activity.id).arg(++index), certificationId,
                 activity.id, dateText(activity.activeDate), dateText(activity.expires),
                 activity.points});
        }
        commit();
    } catch (...) {
        rollback();
        throw;
    }
}

} // namespace certtrack::server
