// Digital badges in SQL: the badges with their issued credentials, achievements, issuer keys and
// the issuer's profile (programme texts).
#include "server/badges/SqlBadgeStore.h"

#include "server/core/Database.h"
#include "server/core/Rows.h"
#include "server/core/SqlValues.h"

#include <QSqlQuery>
#include <QUuid>

namespace certtrack::server {

using namespace sql;

namespace {

const char kBadgeColumns[] =
    "SELECT id, candidate_id, certification_id, name, issuer, description, issued_on, "
    "expires_on, image_svg, achievement_id, accepted_at, public, revoked_at, revocation_reason, "
    "credential_id, status_index, recipient_salt, recipient_identity, issued_origin, "
    "credential_jwt FROM badges ";

BadgeRecord badgeRow(const QSqlQuery &query) {
    BadgeRecord r;
    domain::Badge &b = r.badge;
    b.id = query.value(0).toString();
    r.candidateId = query.value(1).toLongLong();
    b.certificationId = query.value(2).toString();
    b.name = query.value(3).toString();
    b.issuer = query.value(4).toString();
    b.description = query.value(5).toString();
    b.issuedOn = toDate(query.value(6));
    b.expires = toOptionalDate(query.value(7));
    b.imageSvg = query.value(8).toString();
    r.achievementId = query.value(9).toString();
    r.acceptedAt = toOptionalInstant(query.value(10));
    r.isPublic = query.value(11).toBool();
    r.revokedAt = toOptionalInstant(query.value(12));
    r.revocationReason = query.value(13).toString();
    if (!query.value(14).isNull()) {
        BadgeIssuance issued;
        issued.credentialId = query.value(14).toString();
        issued.statusIndex = query.value(15).toInt();
        issued.recipientSalt = query.value(16).toString();
        issued.recipientIdentity = query.value(17).toString();
        issued.origin = query.value(18).toString();
        issued.credentialJwt = query.value(19).toByteArray();
        r.issuance = issued;
    }
    return r;
}

} // namespace

QList<BadgeRecord> SqlBadgeStore::select(const QString &where, const QVariantList &values) {
    QList<BadgeRecord> result;
    QSqlQuery query = m_db.run(QLatin1String(kBadgeColumns) + where, values);
    while (query.next())
        result.append(badgeRow(query));
    return result;
}

QList<BadgeRecord> SqlBadgeStore::badges(qint64 candidateId) {
    return select(QStringLiteral("WHERE candidate_id = ? ORDER BY issued_on DESC, id"),
                  {candidateId});
}

std::optional<BadgeRecord> SqlBadgeStore::badge(const QString &badgeId) {
    const QList<BadgeRecord> found = select(QStringLiteral("WHERE id = ?"), {badgeId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<BadgeAchievement> SqlBadgeStore::achievement(const QString &achievementId) {
    QSqlQuery query = m_db.run(QStringLiteral("SELECT id, name, description, criteria, image_svg, "
                                              "image_png FROM badge_achievements WHERE id = ?"),
                               {achievementId});
    if (!query.next())
        return std::nullopt;
    return BadgeAchievement{query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toString(), query.value(3).toString(),
                            query.value(4).toString(), query.value(5).toByteArray()};
}

void SqlBadgeStore::setAchievementPng(const QString &achievementId, const QByteArray &png) {
    m_db.run(QStringLiteral("UPDATE badge_achievements SET image_png = ? WHERE id = ?"),
             {png, achievementId});
}

domain::Profile SqlBadgeStore::holder(qint64 candidateId) {
    return rows::profile(m_db, candidateId);
}

QString SqlBadgeStore::credentialSubject(qint64 candidateId) {
    return m_db.transaction([&] {
        QSqlQuery query =
            m_db.run(QStringLiteral("SELECT credential_subject FROM candidates WHERE id = ?"),
                     {candidateId});
        if (!query.next())
            throw StorageError("no candidate " + std::to_string(candidateId));
        QString subject = query.value(0).toString();
        query.finish();
        if (subject.isEmpty()) {
            subject =
                QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_db.run(QStringLiteral("UPDATE candidates SET credential_subject = ? WHERE id = ?"),
                     {subject, candidateId});
        }
        return subject;
    });
}

bool SqlBadgeStore::recordIssuance(const QString &badgeId, BadgeIssuance issuance) {
    return m_db.transaction([&] {
        QSqlQuery next =
            m_db.run(QStringLiteral("SELECT COALESCE(MAX(status_index), -1) + 1 FROM badges"));
        next.next();
        const int index = next.value(0).toInt();
        next.finish();
        QSqlQuery updated = m_db.run(
            QStringLiteral("UPDATE badges SET credential_id = ?, status_index = ?, "
                           "recipient_salt = ?, recipient_identity = ?, issued_origin = ?, "
                           "credential_jwt = ? WHERE id = ? AND credential_id IS NULL"),
            {issuance.credentialId, index, issuance.recipientSalt, issuance.recipientIdentity,
             issuance.origin, QString::fromLatin1(issuance.credentialJwt), badgeId});
        return updated.numRowsAffected() == 1;
    });
}

void SqlBadgeStore::replaceIssuance(const QString &badgeId, const BadgeIssuance &issuance) {
    QSqlQuery updated = m_db.run(
        QStringLiteral("UPDATE badges SET credential_id = ?, recipient_salt = ?, "
                       "recipient_identity = ?, issued_origin = ?, credential_jwt = ? WHERE id = ? "
                       "AND credential_id IS NOT NULL"),
        {issuance.credentialId, issuance.recipientSalt, issuance.recipientIdentity, issuance.origin,
         QString::fromLatin1(issuance.credentialJwt), badgeId});
    if (updated.numRowsAffected() != 1)
        throw StorageError("badge " + badgeId.toStdString() + " was never issued");
}

QStringList SqlBadgeStore::issuedBadgeIds() {
    return column(m_db.run(
        QStringLiteral("SELECT id FROM badges WHERE credential_id IS NOT NULL ORDER BY id")));
}

void SqlBadgeStore::setVisibility(const QString &badgeId,
                                  const std::optional<QDateTime> &acceptedAt, bool isPublic) {
    m_db.run(QStringLiteral("UPDATE badges SET accepted_at = COALESCE(accepted_at, ?), public = ? "
                            "WHERE id = ?"),
             {instantValue(acceptedAt), isPublic, badgeId});
}

int SqlBadgeStore::revokeBadgesOfCertification(const QString &certificationId, const QDateTime &at,
                                               const QString &reason) {
    QSqlQuery updated =
        m_db.run(QStringLiteral("UPDATE badges SET revoked_at = ?, revocation_reason = ? WHERE "
                                "certification_id = ? AND revoked_at IS NULL"),
                 {instantValue(at), reason, certificationId});
    return updated.numRowsAffected();
}

QList<int> SqlBadgeStore::revokedStatusIndexes() {
    QList<int> result;
    QSqlQuery query = m_db.run(QStringLiteral("SELECT status_index FROM badges WHERE revoked_at IS "
                                              "NOT NULL AND status_index IS NOT NULL"));
    while (query.next())
        result.append(query.value(0).toInt());
    return result;
}

QList<IssuerKeyRecord> SqlBadgeStore::issuerKeys() {
    QList<IssuerKeyRecord> result;
    QSqlQuery query = m_db.run(QStringLiteral("SELECT thumbprint, public_jwk, private_pem, "
                                              "created_at FROM issuer_keys ORDER BY created_at, "
                                              "thumbprint"));
    while (query.next()) {
        result.append(IssuerKeyRecord{query.value(0).toString(), query.value(1).toByteArray(),
                                      query.value(2).toByteArray(), toInstant(query.value(3))});
    }
    return result;
}

void SqlBadgeStore::addIssuerKey(const IssuerKeyRecord &key) {
    m_db.run(QStringLiteral("INSERT INTO issuer_keys (thumbprint, public_jwk, private_pem, "
                            "created_at) VALUES (?, ?, ?, ?) ON CONFLICT (thumbprint) DO NOTHING"),
             {key.thumbprint, QString::fromUtf8(key.publicJwk),
              key.privatePem.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(key.privatePem)),
              instantValue(key.createdAt)});
}

IssuerProfile SqlBadgeStore::issuerProfile() {
    const QHash<QString, QString> texts = rows::programmeTexts(
        m_db, {QStringLiteral("issuerName"), QStringLiteral("issuerUrl"),
               QStringLiteral("issuerEmail"), QStringLiteral("issuerImageSvg")});
    IssuerProfile profile;
    profile.name = texts.value(QStringLiteral("issuerName"));
    profile.url = texts.value(QStringLiteral("issuerUrl"));
    profile.email = texts.value(QStringLiteral("issuerEmail"));
    profile.imageSvg = texts.value(QStringLiteral("issuerImageSvg"));
    return profile;
}

} // namespace certtrack::server
