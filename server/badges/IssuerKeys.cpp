#include "server/badges/IssuerKeys.h"

#include "server/core/Logging.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace certtrack::server {

namespace {

QJsonObject withKid(QJsonObject jwk, const QString &origin, const QString &thumbprint) {
    jwk.insert(QStringLiteral("kid"),
               QString(origin + QStringLiteral("/issuer/keys/") + thumbprint));
    jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
    return jwk;
}

IssuerKeyRecord record(const credentials::SigningKey &key, const QDateTime &now, bool keepPrivate) {
    const credentials::PublicKey publicKey = key.publicKey();
    credentials::JwkMetadata metadata;
    metadata.alg = key.algorithm();
    IssuerKeyRecord r;
    r.thumbprint = publicKey.thumbprint();
    r.publicJwk = QJsonDocument(publicKey.toJwk(metadata)).toJson(QJsonDocument::Compact);
    if (keepPrivate)
        r.privatePem = key.toPem();
    r.createdAt = now;
    return r;
}

} // namespace

IssuerKeys::IssuerKeys(credentials::SigningKey key, QString thumbprint)
    : m_key(std::move(key))
    , m_thumbprint(std::move(thumbprint)) {}

std::optional<IssuerKeys> IssuerKeys::open(BadgeStore &store, const QString &keyFile,
                                           const QDateTime &now, QString *error) {
    if (!keyFile.isEmpty()) {
        credentials::Result<credentials::SigningKey> loaded =
            credentials::SigningKey::load(keyFile);
        if (!loaded) {
            *error = QStringLiteral("--issuer-key %1: %2").arg(keyFile, loaded.error().message);
            return std::nullopt;
        }
        const QFile::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther;
        if (QFileInfo(keyFile).permissions() & others)
            qCWarning(lcServer).noquote()
                << "the issuer key" << keyFile << "is readable by others: make it mode 0600";
        const IssuerKeyRecord published = record(loaded.value(), now, false);
        store.addIssuerKey(published);
        return IssuerKeys(std::move(loaded).value(), published.thumbprint);
    }
    // The newest key made here signs; a key given once with --issuer-key stays published only.
    const QList<IssuerKeyRecord> keys = store.issuerKeys();
    for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
        if (it->privatePem.isEmpty())
            continue;
        credentials::Result<credentials::SigningKey> key =
            credentials::SigningKey::fromPem(it->privatePem);
        if (!key) {
            *error = QStringLiteral("the issuer key in the database does not load: %1")
                         .arg(key.error().message);
            return std::nullopt;
        }
        return IssuerKeys(std::move(key).value(), it->thumbprint);
    }
    credentials::Result<credentials::SigningKey> made =
        credentials::SigningKey::generate(credentials::KeyType::Rsa);
    if (!made) {
        *error = QStringLiteral("cannot make an issuer key: %1").arg(made.error().message);
        return std::nullopt;
    }
    const IssuerKeyRecord kept = record(made.value(), now, true);
    store.addIssuerKey(kept);
    qCInfo(lcServer).noquote() << "made the issuer's signing key" << kept.thumbprint;
    return IssuerKeys(std::move(made).value(), kept.thumbprint);
}

QString IssuerKeys::kid(const QString &origin) const {
    return origin + QStringLiteral("/issuer/keys/") + m_thumbprint;
}

QJsonObject IssuerKeys::jwks(BadgeStore &store, const QString &origin) {
    QJsonArray keys;
    for (const IssuerKeyRecord &key : store.issuerKeys())
        keys.append(
            withKid(QJsonDocument::fromJson(key.publicJwk).object(), origin, key.thumbprint));
    return {{QStringLiteral("keys"), keys}};
}

std::optional<QJsonObject> IssuerKeys::jwk(BadgeStore &store, const QString &origin,
                                           const QString &thumbprint) {
    for (const IssuerKeyRecord &key : store.issuerKeys()) {
        if (key.thumbprint == thumbprint)
            return withKid(QJsonDocument::fromJson(key.publicJwk).object(), origin, key.thumbprint);
    }
    return std::nullopt;
}

} // namespace certtrack::server
