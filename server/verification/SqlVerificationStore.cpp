#include "server/verification/SqlVerificationStore.h"

#include "server/core/Database.h"
#include "server/core/Rows.h"

#include <QSqlQuery>

namespace certtrack::server {

std::optional<VerifiedCertification>
SqlVerificationStore::certificationByVerificationCode(const QString &code) {
    if (code.isEmpty())
        return std::nullopt;
    QSqlQuery query = m_db.run(QStringLiteral("SELECT candidate_id, id FROM "
                                              "candidate_certifications WHERE "
                                              "verification_code = ?"),
                               {code});
    if (!query.next())
        return std::nullopt;
    const qint64 candidateId = query.value(0).toLongLong();
    const QString certificationId = query.value(1).toString();
    query.finish();
    std::optional<HeldCertification> held = rows::certification(m_db, candidateId, certificationId);
    if (!held)
        return std::nullopt;
    std::optional<CertificationDefinition> def = rows::definition(m_db, held->definitionId);
    if (!def)
        throw StorageError("certification " + certificationId.toStdString() +
                           " names an unknown definition");
    VerifiedCertification found{*held, *def, rows::profile(m_db, candidateId), true};
    QSqlQuery consent = m_db.run(QStringLiteral("SELECT answer FROM settings_answers WHERE "
                                                "candidate_id = ? AND question_id = ?"),
                                 {candidateId, QString::fromLatin1(kVerificationConsentQuestion)});
    if (consent.next())
        found.disclosureConsented = consent.value(0).toBool();
    return found;
}

} // namespace certtrack::server
