#include "server/badges/BadgeCredentials.h"

#include "credentials/Jws.h"
#include "credentials/StatusList.h"
#include "domain/Json.h"
#include "server/core/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

namespace certtrack::server {

namespace {

const QString kStatusListPath = QStringLiteral("/issuer/status/revocation");

QString randomHex(int bytes) {
    QByteArray random(bytes, Qt::Uninitialized);
    for (char &c : random)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(random.toHex());
}

QString emailIdentity(const QString &email, const QString &salt) {
    return QStringLiteral("sha256$") +
           QString::fromLatin1(QCryptographicHash::hash((email.trimmed().toLower() + salt).toUtf8(),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

QDateTime startOf(const QDate &date) {
    return QDateTime(date, QTime(0, 0), QTimeZone::utc());
}

// A certification is in force through its expiry day.
QDateTime endOf(const QDate &date) {
    return QDateTime(date, QTime(23, 59, 59), QTimeZone::utc());
}

} // namespace

BadgeCredentials::BadgeCredentials(BadgeStore &store, const IssuerKeys &keys, const Clock &clock,
                                   QString origin)
    : m_store(store)
    , m_keys(keys)
    , m_clock(clock)
    , m_origin(std::move(origin)) {}

QString BadgeCredentials::achievementUrl(const QString &origin,
                                         const QString &achievementId) const {
    return origin + QStringLiteral("/issuer/achievements/") + achievementId;
}

QString BadgeCredentials::assertionUrl(const BadgeRecord &record) const {
    const QString origin = record.issuance ? record.issuance->origin : m_origin;
    return origin + QStringLiteral("/badges/") + record.badge.id;
}

domain::Badge::Status BadgeCredentials::status(const BadgeRecord &record) const {
    if (record.revokedAt)
        return domain::Badge::Status::Revoked;
    if (record.badge.expires && *record.badge.expires < m_clock.today())
        return domain::Badge::Status::Expired;
    return domain::Badge::Status::Valid;
}

domain::Badge BadgeCredentials::presented(const BadgeRecord &record) const {
    domain::Badge b = record.badge;
    if (const std::optional<BadgeAchievement> achievement =
            m_store.achievement(record.achievementId))
        b.criteria = achievement->criteria;
    b.status = status(record);
    b.accepted = record.acceptedAt.has_value();
    b.isPublic = record.isPublic;
    b.assertionUrl = assertionUrl(record);
    b.publicUrl = b.assertionUrl;
    b.url = b.publicUrl;
    return b;
}

QJsonObject BadgeCredentials::issuerObject(const QString &origin) const {
    const IssuerProfile profile = m_store.issuerProfile();
    return {{QStringLiteral("id"), QString(origin + QStringLiteral("/issuer"))},
            {QStringLiteral("type"), QJsonArray{QStringLiteral("Profile")}},
            {QStringLiteral("name"), profile.name},
            {QStringLiteral("url"), profile.url},
            {QStringLiteral("email"), profile.email}};
}

QJsonObject BadgeCredentials::credentialPayload(const BadgeRecord &record,
                                                const BadgeIssuance &issuance) const {
    const QString &origin = issuance.origin;
    const std::optional<BadgeAchievement> achievement = m_store.achievement(record.achievementId);
    if (!achievement)
        throw StorageError("badge " + record.badge.id.toStdString() + " names no achievement");
    const QString subject = m_store.credentialSubject(record.candidateId);
    const QString achievementId = achievementUrl(origin, achievement->id);
    const QDateTime validFrom = startOf(record.badge.issuedOn);

    QJsonObject achievementObject{
        {QStringLiteral("id"), achievementId},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("Achievement")}},
        {QStringLiteral("name"), achievement->name},
        {QStringLiteral("description"), achievement->description},
        {QStringLiteral("criteria"),
         QJsonObject{{QStringLiteral("narrative"), achievement->criteria}}},
        {QStringLiteral("image"),
         QJsonObject{{QStringLiteral("id"), QString(achievementId + QStringLiteral("/image"))},
                     {QStringLiteral("type"), QStringLiteral("Image")}}}};
    QJsonObject identity{{QStringLiteral("type"), QStringLiteral("IdentityObject")},
                         {QStringLiteral("hashed"), true},
                         {QStringLiteral("identityHash"), issuance.recipientIdentity},
                         {QStringLiteral("identityType"), QStringLiteral("emailAddress")},
                         {QStringLiteral("salt"), issuance.recipientSalt}};
    QJsonObject credentialSubject{
        {QStringLiteral("id"), subject},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("AchievementSubject")}},
        {QStringLiteral("identifier"), QJsonArray{identity}},
        {QStringLiteral("achievement"), achievementObject}};
    const QString statusList = origin + kStatusListPath;
    QJsonObject payload{
        {QStringLiteral("@context"),
         QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                    QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                    QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json")}},
        {QStringLiteral("id"), issuance.credentialId},
        {QStringLiteral("type"),
         QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}},
        {QStringLiteral("name"), achievement->name},
        {QStringLiteral("issuer"), issuerObject(origin)},
        {QStringLiteral("validFrom"), domain::formatInstant(validFrom)},
        {QStringLiteral("credentialSubject"), credentialSubject},
        {QStringLiteral("credentialSchema"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), kCredentialSchema},
             {QStringLiteral("type"), QStringLiteral("1EdTechJsonSchemaValidator2019")}}}},
        {QStringLiteral("credentialStatus"),
         QJsonObject{{QStringLiteral("id"), QString(statusList + QLatin1Char('#') +
                                                    QString::number(issuance.statusIndex))},
                     {QStringLiteral("type"), QStringLiteral("BitstringStatusListEntry")},
                     {QStringLiteral("statusPurpose"), QStringLiteral("revocation")},
                     {QStringLiteral("statusListIndex"), QString::number(issuance.statusIndex)},
                     {QStringLiteral("statusListCredential"), statusList}}},
        // The JWT's registered claims mirror the credential (Open Badges 3.0 §8.2.4.1).
        {QStringLiteral("iss"), QString(origin + QStringLiteral("/issuer"))},
        {QStringLiteral("jti"), issuance.credentialId},
        {QStringLiteral("sub"), subject},
        {QStringLiteral("nbf"), validFrom.toSecsSinceEpoch()}};
    if (record.badge.expires) {
        const QDateTime validUntil = endOf(*record.badge.expires);
        payload.insert(QStringLiteral("validUntil"), domain::formatInstant(validUntil));
        payload.insert(QStringLiteral("exp"), validUntil.toSecsSinceEpoch());
    }
    return payload;
}

QByteArray BadgeCredentials::sign(const QJsonObject &payload, const QString &origin) const {
    const QJsonObject header{{QStringLiteral("kid"), m_keys.kid(origin)},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    credentials::Result<QByteArray> signed_ = credentials::signJws(
        header, QJsonDocument(payload).toJson(QJsonDocument::Compact), m_keys.signingKey());
    if (!signed_)
        throw StorageError("cannot sign a credential: " + signed_.error().message.toStdString());
    return signed_.value();
}

BadgeIssuance BadgeCredentials::issue(const BadgeRecord &record, const QString &credentialId,
                                      int statusIndex, const QString &salt) const {
    BadgeIssuance issuance;
    issuance.credentialId = credentialId;
    issuance.statusIndex = statusIndex;
    issuance.recipientSalt = salt;
    issuance.recipientIdentity = emailIdentity(m_store.holder(record.candidateId).email, salt);
    issuance.origin = m_origin;
    issuance.credentialJwt = sign(credentialPayload(record, issuance), m_origin);
    return issuance;
}

BadgeRecord BadgeCredentials::issued(BadgeRecord record) {
    if (record.issuance && !record.issuance->credentialJwt.isEmpty())
        return record;
    // The status index is assigned inside the store's transaction, and the credential names it:
    // reserve the issuance first, then sign. Two requests racing keep the first reservation; a
    // reservation left unsigned (a crash between the two) is signed by the next request.
    if (!record.issuance) {
        BadgeIssuance reservation;
        reservation.credentialId =
            QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        reservation.recipientSalt = randomHex(16);
        reservation.origin = m_origin;
        m_store.recordIssuance(record.badge.id, reservation);
    }
    std::optional<BadgeRecord> stored = m_store.badge(record.badge.id);
    if (!stored || !stored->issuance)
        throw StorageError("badge " + record.badge.id.toStdString() + " was not issued");
    if (stored->issuance->credentialJwt.isEmpty()) {
        m_store.replaceIssuance(record.badge.id, issue(*stored, stored->issuance->credentialId,
                                                       stored->issuance->statusIndex,
                                                       stored->issuance->recipientSalt));
        stored = m_store.badge(record.badge.id);
    }
    return *stored;
}

int BadgeCredentials::reissueAll() {
    int count = 0;
    for (const QString &id : m_store.issuedBadgeIds()) {
        const std::optional<BadgeRecord> record = m_store.badge(id);
        if (!record || !record->issuance)
            continue;
        m_store.replaceIssuance(id, issue(*record, record->issuance->credentialId,
                                          record->issuance->statusIndex,
                                          record->issuance->recipientSalt));
        ++count;
    }
    return count;
}

QJsonObject BadgeCredentials::assertion(const BadgeRecord &record) const {
    const BadgeIssuance &issuance = *record.issuance;
    QJsonObject a{
        {QStringLiteral("@context"), QStringLiteral("https://w3id.org/openbadges/v2")},
        {QStringLiteral("type"), QStringLiteral("Assertion")},
        {QStringLiteral("id"), assertionUrl(record)},
        {QStringLiteral("recipient"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("email")},
                     {QStringLiteral("hashed"), true},
                     {QStringLiteral("salt"), issuance.recipientSalt},
                     {QStringLiteral("identity"), issuance.recipientIdentity}}},
        {QStringLiteral("badge"), achievementUrl(issuance.origin, record.achievementId)},
        {QStringLiteral("verification"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("hosted")}}},
        {QStringLiteral("issuedOn"), domain::formatInstant(startOf(record.badge.issuedOn))}};
    if (record.badge.expires)
        a.insert(QStringLiteral("expires"), domain::formatInstant(endOf(*record.badge.expires)));
    if (record.revokedAt) {
        a.insert(QStringLiteral("revoked"), true);
        a.insert(QStringLiteral("revocationReason"), record.revocationReason);
    }
    return a;
}

QJsonObject BadgeCredentials::badgeClass(const BadgeAchievement &achievement) const {
    const QString id = achievementUrl(m_origin, achievement.id);
    return {{QStringLiteral("@context"), QStringLiteral("https://w3id.org/openbadges/v2")},
            {QStringLiteral("type"), QStringLiteral("BadgeClass")},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), achievement.name},
            {QStringLiteral("description"), achievement.description},
            {QStringLiteral("image"), QString(id + QStringLiteral("/image"))},
            {QStringLiteral("criteria"),
             QJsonObject{{QStringLiteral("narrative"), achievement.criteria}}},
            {QStringLiteral("issuer"), QString(m_origin + QStringLiteral("/issuer"))}};
}

QJsonObject BadgeCredentials::issuerProfile() const {
    const IssuerProfile profile = m_store.issuerProfile();
    const QString id = m_origin + QStringLiteral("/issuer");
    return {{QStringLiteral("@context"), QStringLiteral("https://w3id.org/openbadges/v2")},
            {QStringLiteral("type"), QStringLiteral("Issuer")},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), profile.name},
            {QStringLiteral("url"), profile.url},
            {QStringLiteral("email"), profile.email},
            {QStringLiteral("image"), QString(id + QStringLiteral("/image"))}};
}

QByteArray BadgeCredentials::statusListCredential() const {
    credentials::BitstringStatusList list;
    for (int index : m_store.revokedStatusIndexes()) {
        if (index >= 0 && index < list.size())
            list.set(index);
    }
    const QString id = m_origin + kStatusListPath;
    // The same bits sign to the same bytes (RS256 is deterministic), so the list's ETag changes
    // only with a revocation and a client's sync revalidates it for nothing (304) otherwise:
    // validFrom is when the signing key was made, not the moment of the request.
    QDateTime since;
    for (const IssuerKeyRecord &key : m_store.issuerKeys()) {
        if (key.thumbprint == m_keys.thumbprint())
            since = key.createdAt;
    }
    const QDateTime now = (since.isValid() ? since : m_clock.now()).toUTC();
    const QJsonObject payload{
        {QStringLiteral("@context"),
         QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2")}},
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"),
                                            QStringLiteral("BitstringStatusListCredential")}},
        {QStringLiteral("issuer"), QString(m_origin + QStringLiteral("/issuer"))},
        {QStringLiteral("validFrom"), domain::formatInstant(now)},
        {QStringLiteral("credentialSubject"),
         QJsonObject{{QStringLiteral("id"), QString(id + QStringLiteral("#list"))},
                     {QStringLiteral("type"), QStringLiteral("BitstringStatusList")},
                     {QStringLiteral("statusPurpose"), QStringLiteral("revocation")},
                     {QStringLiteral("encodedList"), QString::fromLatin1(list.encode())}}},
        {QStringLiteral("iss"), QString(m_origin + QStringLiteral("/issuer"))},
        {QStringLiteral("jti"), id},
        {QStringLiteral("nbf"), now.toSecsSinceEpoch()}};
    return sign(payload, m_origin);
}

} // namespace certtrack::server
