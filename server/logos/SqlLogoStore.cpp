// Logo downloads in SQL: the list with the guidelines, one logo by id, scoped to its candidate, and
// the acceptance of the logo guidelines (migration 5).
#include "server/logos/SqlLogoStore.h"

#include "server/core/Database.h"
#include "server/core/Rows.h"
#include "server/core/SqlValues.h"

#include <QSqlQuery>

namespace certtrack::server {

using namespace sql;

std::optional<domain::Logo> SqlLogoStore::logo(qint64 candidateId, const QString &logoId) {
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT id, name, certification_id, formats FROM logos "
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

void SqlLogoStore::acceptLogoGuidelines(qint64 candidateId, const QDateTime &at,
                                        const QString &agreementId) {
    m_db.run(QStringLiteral("INSERT INTO logo_guideline_acceptances (candidate_id, accepted_at, "
                            "agreement_id) VALUES (?, ?, ?) ON CONFLICT (candidate_id) DO NOTHING"),
             {candidateId, at.toMSecsSinceEpoch(),
              agreementId.isEmpty() ? QVariant() : QVariant(agreementId)});
}

domain::Logos SqlLogoStore::logos(qint64 candidateId) {
    domain::Logos logos;
    QSqlQuery text =
        m_db.run(QStringLiteral("SELECT text FROM programme_texts WHERE key = 'logoGuidelines'"));
    if (text.next())
        logos.guidelinesText = text.value(0).toString();
    // Accepted in the seed or an import (the flag), or through the API (migration 5's table).
    QSqlQuery accepted = m_db.run(QStringLiteral("SELECT c.logo_guidelines_accepted, a.accepted_at "
                                                 "FROM candidates c LEFT JOIN "
                                                 "logo_guideline_acceptances a ON a.candidate_id = "
                                                 "c.id WHERE c.id = ?"),
                                  {candidateId});
    if (accepted.next()) {
        logos.guidelinesAccepted = accepted.value(0).toBool() || !accepted.value(1).isNull();
        if (!accepted.value(1).isNull())
            logos.guidelinesAcceptedAt = toInstant(accepted.value(1));
    }
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT id, name, certification_id, formats FROM logos "
                                "WHERE candidate_id = ? ORDER BY position"),
                 {candidateId});
    while (query.next()) {
        domain::Logo logo;
        logo.id = query.value(0).toString();
        logo.name = query.value(1).toString();
        logo.certificationId = query.value(2).toString();
        logo.formats = query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        logos.items.append(logo);
    }
    return logos;
}

QList<domain::Agreement> SqlLogoStore::agreements(qint64 candidateId) {
    return rows::agreements(m_db, candidateId);
}

} // namespace certtrack::server
