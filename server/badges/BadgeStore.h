#pragma once

#include "domain/Badge.h"
#include "domain/Candidate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace certtrack::server {

// What a badge recognises, shared by every holder: the Open Badges 2.0 BadgeClass and the
// 3.0 Achievement. Programme data: nothing of a person.
struct BadgeAchievement {
    QString id;
    QString name;
    QString description;
    QString criteria; // narrative: what an earner did
    QString imageSvg;
    QByteArray imagePng; // rendered once, on first need; empty until then
};

// What the credential of a badge was issued with. Set once, when the badge is first signed, and
// kept: a credential already in someone's hands names these URLs and this status index.
struct BadgeIssuance {
    QString credentialId;      // urn:uuid:…, the 3.0 credential's id
    int statusIndex = -1;      // its bit in the revocation status list
    QString recipientSalt;     // for the hashed email of both versions
    QString recipientIdentity; // "sha256$" + hex(SHA-256(email + salt))
    QString origin;            // https://host[:port] the URLs were built from
    QByteArray credentialJwt;  // the signed Open Badges 3.0 VC-JWT
};

// One badge with what only the server keeps.
struct BadgeRecord {
    qint64 candidateId = 0;
    domain::Badge badge; // status, accepted, public and URLs are the caller's to fill in
    QString achievementId;
    std::optional<QDateTime> acceptedAt;
    bool isPublic = false;
    std::optional<QDateTime> revokedAt;
    QString revocationReason;
    std::optional<BadgeIssuance> issuance; // nullopt until first issued
};

// A key the issuer signs with, published in its JWK Set for as long as credentials it signed may
// be checked. privatePem is empty for a key kept in a file (--issuer-key).
struct IssuerKeyRecord {
    QString thumbprint; // RFC 7638, the last segment of the key's URL (the JWT kid)
    QByteArray publicJwk;
    QByteArray privatePem;
    QDateTime createdAt;
};

// The issuer's profile: programme data, like the settings wording.
struct IssuerProfile {
    QString name;
    QString url;
    QString email;
    QString imageSvg;
};

// Badges, their achievements, the issuer's keys and profile. Faults throw StorageError.
class BadgeStore {
public:
    virtual ~BadgeStore() = default;

    // The candidate's badges, newest first.
    virtual QList<BadgeRecord> badges(qint64 candidateId) = 0;
    // A badge by id, whoever holds it: the caller checks the holder or the visibility.
    virtual std::optional<BadgeRecord> badge(const QString &badgeId) = 0;
    virtual std::optional<BadgeAchievement> achievement(const QString &achievementId) = 0;
    virtual void setAchievementPng(const QString &achievementId, const QByteArray &png) = 0;

    // The holder as the public page names them, and the email their credentials are issued to.
    virtual domain::Profile holder(qint64 candidateId) = 0;
    // The candidate's credential subject id (urn:uuid:…), made on first use and kept.
    virtual QString credentialSubject(qint64 candidateId) = 0;

    // Reserves the first issuance of a badge (its credential id, salt and origin), taking the next
    // free status index; false when the badge was reserved meanwhile (then nothing changes).
    // `issuance.statusIndex` is ignored; the credential may still be empty.
    virtual bool recordIssuance(const QString &badgeId, BadgeIssuance issuance) = 0;
    // Completes or replaces an issuance (the signed credential; certtrackd admin badges reissue),
    // keeping its status index.
    virtual void replaceIssuance(const QString &badgeId, const BadgeIssuance &issuance) = 0;
    // Every badge issued so far, for reissuing.
    virtual QStringList issuedBadgeIds() = 0;
    // Acceptance and visibility; acceptedAt is set once and kept.
    virtual void setVisibility(const QString &badgeId, const std::optional<QDateTime> &acceptedAt,
                               bool isPublic) = 0;
    // Revokes the badges of a held certification that are not revoked yet; returns how many.
    virtual int revokeBadgesOfCertification(const QString &certificationId, const QDateTime &at,
                                            const QString &reason) = 0;
    // The status indexes of every revoked badge.
    virtual QList<int> revokedStatusIndexes() = 0;

    virtual QList<IssuerKeyRecord> issuerKeys() = 0;
    // Adds a key; one already known (same thumbprint) is kept as it is.
    virtual void addIssuerKey(const IssuerKeyRecord &key) = 0;
    virtual IssuerProfile issuerProfile() = 0;
};

} // namespace certtrack::server
