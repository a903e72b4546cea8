#pragma once

#include "credentials/SigningKey.h"
#include "server/badges/BadgeStore.h"

#include <QJsonObject>

#include <optional>

namespace certtrack::server {

// The issuer's signing key and every key it ever signed with. The key is given as a PEM file
// (--issuer-key; it stays in that file) or made at first start (RSA 2048, RS256, kept in the
// database, which is readable by its owner only). Each key is published under
// ORIGIN/issuer/keys/THUMBPRINT (RFC 7638), which is the kid of every JWT it signs; a key no
// longer used stays published, so what it signed can still be checked.
class IssuerKeys {
public:
    static std::optional<IssuerKeys> open(BadgeStore &store, const QString &keyFile,
                                          const QDateTime &now, QString *error);

    const credentials::SigningKey &signingKey() const { return m_key; }
    QString thumbprint() const { return m_thumbprint; }
    // The URL of the signing key's JWK under `origin`: the kid of what it signs there.
    QString kid(const QString &origin) const;

    // The JWK Set of every published key, each with its kid under `origin`.
    static QJsonObject jwks(BadgeStore &store, const QString &origin);
    // One published key, or nullopt.
    static std::optional<QJsonObject> jwk(BadgeStore &store, const QString &origin,
                                          const QString &thumbprint);

private:
    IssuerKeys(credentials::SigningKey key, QString thumbprint);

    credentials::SigningKey m_key;
    QString m_thumbprint;
};

} // namespace certtrack::server
