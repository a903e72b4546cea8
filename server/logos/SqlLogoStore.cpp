// Logo downloads in SQL: the list with the guidelines, one logo by id, scoped to its candidate, and
// the acceptance of the logo guidelines (migration 5).
#include "server/logos/SqlLogoStore.h"

#include "server/core/Database.h"
#include "server/core/Rows.h"
#include "server/core/SqlValues.h"

#include <QHash>
#include <QSqlQuery>

namespace certtrack::server {

using namespace sql;

std::optional<domain::Logo> SqlLogoStore::logo(qint64 candidateId, const QString &logoId,
                                               const QDate &today) {
    for (const domain::Logo &logo : logos(candidateId, today).items) {
        if (logo.id == logoId)
            return logo;
    }
    return std::nullopt;
}

void SqlLogoStore::acceptLogoGuidelines(qint64 candidateId, const QDateTime &at,
                                        const QString &agreementId) {
    m_db.run(QStringLiteral("INSERT INTO logo_guideline_acceptances (candidate_id, accepted_at, "
                            "agreement_id) VALUES (?, ?, ?) ON CONFLICT (candidate_id) DO NOTHING"),
             {candidateId, at.toMSecsSinceEpoch(),
              agreementId.isEmpty() ? QVariant() : QVariant(agreementId)});
}

domain::Logos SqlLogoStore::logos(qint64 candidateId, const QDate &today) {
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
    // The artwork rows kept for particular certifications, by certification.
    QHash<QString, QList<domain::Logo>> artwork;
    QSqlQuery rows =
        m_db.run(QStringLiteral("SELECT id, name, certification_id, formats FROM logos "
                                "WHERE candidate_id = ? AND certification_id IS NOT NULL "
                                "ORDER BY position"),
                 {candidateId});
    while (rows.next()) {
        domain::Logo logo;
        logo.id = rows.value(0).toString();
        logo.name = rows.value(1).toString();
        logo.certificationId = rows.value(2).toString();
        logo.formats = rows.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        artwork[logo.certificationId].append(logo);
    }
    // The certifications in force today, in the programme's order (valid through the expiry
    // date, as Certification::statusFor has it).
    QSqlQuery held = m_db.run(
        QStringLiteral("SELECT cc.id, d.name, d.logo_available FROM candidate_certifications cc "
                       "JOIN certification_definitions d ON d.id = cc.definition_id "
                       "WHERE cc.candidate_id = ? AND cc.revoked_at IS NULL "
                       "AND cc.active_on <= ? AND (cc.expires_on IS NULL OR cc.expires_on >= ?) "
                       "ORDER BY d.position, cc.id"),
        {candidateId, dateValue(today), dateValue(today)});
    while (held.next()) {
        const QString certificationId = held.value(0).toString();
        if (artwork.contains(certificationId)) {
            logos.items.append(artwork.value(certificationId));
            continue;
        }
        if (!held.value(2).toBool())
            continue;
        domain::Logo logo;
        logo.id = QStringLiteral("logo-") + certificationId;
        logo.name = held.value(1).toString();
        logo.certificationId = certificationId;
        logo.formats = {QStringLiteral("svg"), QStringLiteral("png")};
        logos.items.append(logo);
    }
    return logos;
}

QList<domain::Agreement> SqlLogoStore::agreements(qint64 candidateId) {
    return rows::agreements(m_db, candidateId);
}

} // namespace certtrack::server
