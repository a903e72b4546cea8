#pragma once

#include "server/badges/BadgeStore.h"

namespace certtrack::server {

class Database;

// BadgeStore over the shared SQL database.
class SqlBadgeStore : public BadgeStore {
public:
    explicit SqlBadgeStore(Database &db)
        : m_db(db) {}

    QList<BadgeRecord> badges(qint64 candidateId) override;
    std::optional<BadgeRecord> badge(const QString &badgeId) override;
    std::optional<BadgeAchievement> achievement(const QString &achievementId) override;
    void setAchievementPng(const QString &achievementId, const QByteArray &png) override;
    domain::Profile holder(qint64 candidateId) override;
    QString credentialSubject(qint64 candidateId) override;
    bool recordIssuance(const QString &badgeId, BadgeIssuance issuance) override;
    void replaceIssuance(const QString &badgeId, const BadgeIssuance &issuance) override;
    QStringList issuedBadgeIds() override;
    void setVisibility(const QString &badgeId, const std::optional<QDateTime> &acceptedAt,
                       bool isPublic) override;
    int revokeBadgesOfCertification(const QString &certificationId, const QDateTime &at,
                                    const QString &reason) override;
    QList<int> revokedStatusIndexes() override;
    QList<IssuerKeyRecord> issuerKeys() override;
    void addIssuerKey(const IssuerKeyRecord &key) override;
    IssuerProfile issuerProfile() override;

private:
    QList<BadgeRecord> select(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace certtrack::server
