#pragma once

#include "server/badges/BadgeStore.h"
#include "server/badges/IssuerKeys.h"
#include "server/core/Clock.h"

#include <QJsonObject>

namespace certtrack::server {

// What makes a badge a credential, in both Open Badges versions still in use:
//   2.0, hosted: the Assertion at ORIGIN/badges/{id}, its BadgeClass at
//     ORIGIN/issuer/achievements/{id}, the Issuer at ORIGIN/issuer; the recipient a salted SHA-256
//     of the holder's email; a revoked assertion still answers, with revoked: true.
//   3.0: an OpenBadgeCredential as a VC-JWT (RS256, kid = the key's URL), with a
//     BitstringStatusListEntry in the revocation list at ORIGIN/issuer/status/revocation.
// A badge is issued (signed) once, when it is first needed, with the origin of that moment; its
// URLs and status index are kept, so a credential already handed out stays checkable.
class BadgeCredentials {
public:
    // The $id of 1EdTech's JSON Schema for the VC Data Model 2.0 form of the credential (the one
    // the suite validates against); the older schema/json/ one is for VC 1.1 credentials.
    static inline const QString kCredentialSchema =
        QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/schema/json-ld/"
                       "ob_v3p0_achievementcredential_schema.json");

    BadgeCredentials(BadgeStore &store, const IssuerKeys &keys, const Clock &clock, QString origin);

    const QString &origin() const { return m_origin; }

    // The record with its issuance, issuing it first when it has none.
    BadgeRecord issued(BadgeRecord record);
    // Signs the badge anew with the current key and origin, keeping its status index
    // (certtrackd admin badges reissue); returns how many were reissued.
    int reissueAll();

    domain::Badge::Status status(const BadgeRecord &record) const;
    // The wire form for the holder: status, acceptance, visibility and URLs filled in.
    domain::Badge presented(const BadgeRecord &record) const;

    QJsonObject assertion(const BadgeRecord &issuedRecord) const;
    QJsonObject badgeClass(const BadgeAchievement &achievement) const;
    QJsonObject issuerProfile() const;
    // The revocation list as a signed BitstringStatusListCredential (compact VC-JWT).
    QByteArray statusListCredential() const;
    // The 3.0 payload a badge is signed with (exposed for tests and for reissuing).
    QJsonObject credentialPayload(const BadgeRecord &record, const BadgeIssuance &issuance) const;

    QString assertionUrl(const BadgeRecord &record) const;
    QString achievementUrl(const QString &origin, const QString &achievementId) const;

private:
    BadgeIssuance issue(const BadgeRecord &record, const QString &credentialId, int statusIndex,
                        const QString &salt) const;
    QByteArray sign(const QJsonObject &payload, const QString &origin) const;
    QJsonObject issuerObject(const QString &origin) const;

    BadgeStore &m_store;
    const IssuerKeys &m_keys;
    const Clock &m_clock;
    QString m_origin;
};

} // namespace certtrack::server
