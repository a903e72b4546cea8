// SqlStorage's logo downloads: one logo by id, scoped to its candidate, and the acceptance of
// the logo guidelines (migration 5).
#include "server/app/SqlStorage.h"

#include <QSqlQuery>

namespace certtrack::server {

std::optional<domain::Logo> SqlStorage::logo(qint64 candidateId, const QString &logoId) {
    QSqlQuery query = run(QStringLiteral("SELECT id, name, certification_id, formats FROM logos "
                                         "WHERE candidate_id = ? AND id = ?"),
                          {candidateId, logoId});
    if (!query.next())
        return std::nullopt;
    domain::Logo logo;
    logo.id = query.value(0).toString();
    logo.name = query.value(1).toString();
    logo.certificationId = query.value(2).toString();
    logo.formats = query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return logo;
}

void SqlStorage::acceptLogoGuidelines(qint64 candidateId, const QDateTime &at,
                                      const QString &agreementId) {
    run(QStringLiteral("INSERT INTO logo_guideline_acceptances (candidate_id, accepted_at, "
                       "agreement_id) VALUES (?, ?, ?) ON CONFLICT (candidate_id) DO NOTHING"),
        {candidateId, at.toMSecsSinceEpoch(),
         agreementId.isEmpty() ? QVariant() : QVariant(agreementId)});
}

} // namespace certtrack::server
