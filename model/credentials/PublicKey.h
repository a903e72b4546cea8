#pragma once

#include "credentials/CredentialError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace certtrack::credentials {

// The key types this library signs and verifies with, each with the one JWS algorithm it is
// used for: RSA with RS256 (the Open Badges 3.0 minimum), EC P-256 with ES256, Ed25519 with EdDSA.
enum class KeyType { Rsa, EcP256, Ed25519 };

// "RS256", "ES256" or "EdDSA".
QString jwsAlgorithm(KeyType type);

// Optional JWK members a publisher adds to a key (RFC 7517 §4): empty ones are left out.
struct JwkMetadata {
    QString kid;
    QString alg;
    QString use;
};

// An issuer's public key, read from a JWK, a did:key or a PEM, used to verify a JWS. Immutable
// and cheap to copy. A default-constructed PublicKey is null and verifies nothing.
//
// Import is strict: RSA moduli under 2048 bits (and over 8192) are refused, EC points must lie on
// P-256, and a JWK that carries private members ("d", "p", ...) is refused rather than silently
// stripped, since a private key published as a public one is a leak the issuer must hear about.
class PublicKey {
public:
    PublicKey() = default;

    // RFC 7517/7518/8037 JWK: {"kty":"RSA","n","e"}, {"kty":"EC","crv":"P-256","x","y"},
    // {"kty":"OKP","crv":"Ed25519","x"}. An "alg" member, when present, must be this key type's
    // algorithm; a "use" member, when present, must be "sig".
    static Result<PublicKey> fromJwk(const QJsonObject &jwk);

    // did:key with a multibase base58btc ('z') value: multicodec 0xed (Ed25519) or 0x1200 (P-256,
    // compressed point). A "#fragment" is accepted when it repeats the key's own value.
    static Result<PublicKey> fromDidKey(const QString &did);

    // SubjectPublicKeyInfo PEM ("-----BEGIN PUBLIC KEY-----").
    static Result<PublicKey> fromPem(const QByteArray &pem);

    bool isNull() const { return !m_key; }
    KeyType type() const { return m_type; }
    QString algorithm() const { return jwsAlgorithm(m_type); }

    // The public JWK: only the members that define the key, plus any metadata given.
    QJsonObject toJwk(const JwkMetadata &metadata = {}) const;

    // RFC 7638 JWK thumbprint: base64url(SHA-256) of the required members in lexical order. Stable
    // for the key whatever its kid, so it makes a good kid.
    QString thumbprint() const;

    // SubjectPublicKeyInfo PEM, for tools such as the openssl command line.
    QByteArray toPem() const;

    // The OpenSSL key, for this library's own verifier; null for a null key.
    evp_pkey_st *handle() const { return m_key.get(); }

private:
    friend class SigningKey;
    PublicKey(std::shared_ptr<evp_pkey_st> key, KeyType type);

    std::shared_ptr<evp_pkey_st> m_key;
    KeyType m_type = KeyType::Rsa;
};

} // namespace certtrack::credentials
