#pragma once

#include "credentials/CredentialError.h"
#include "credentials/PublicKey.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace certtrack::credentials {

// An issuer's private key: made here or read from PKCS#8 PEM, kept in a file only the owner can
// read, and used to sign JWS signing inputs. Immutable and cheap to copy; a default-constructed
// SigningKey is null and signs nothing. The private key leaves this class only as PKCS#8 PEM
// (toPem, save); publicKey() and its JWK never carry private members.
class SigningKey {
public:
    SigningKey() = default;

    // A fresh key: RSA 2048 (RS256), EC P-256 (ES256) or Ed25519 (EdDSA).
    static Result<SigningKey> generate(KeyType type);

    // Unencrypted PEM private key (PKCS#8 "BEGIN PRIVATE KEY", or the traditional RSA/EC forms).
    // Encrypted keys are refused rather than prompting for a pass phrase; RSA under 2048 bits and
    // curves other than P-256 are refused.
    static Result<SigningKey> fromPem(const QByteArray &pem);
    static Result<SigningKey> load(const QString &path);

    // PKCS#8 PEM, unencrypted: the caller decides where it may go.
    QByteArray toPem() const;

    // Writes toPem() to path atomically (a temporary file renamed over the target) with mode 0600
    // set before a byte of the key is written, so no other user can ever read it.
    Status save(const QString &path) const;

    bool isNull() const { return !m_key; }
    KeyType type() const { return m_type; }
    QString algorithm() const { return jwsAlgorithm(m_type); }
    PublicKey publicKey() const;

    // The JWS signature of signingInput under this key's algorithm (RFC 7518 §3): RSASSA-PKCS1-v1_5
    // with SHA-256, ECDSA P-256 with SHA-256 as the 64-byte r||s (not DER), or Ed25519.
    Result<QByteArray> sign(const QByteArray &signingInput) const;

private:
    SigningKey(std::shared_ptr<evp_pkey_st> key, KeyType type);

    std::shared_ptr<evp_pkey_st> m_key;
    KeyType m_type = KeyType::Rsa;
};

} // namespace certtrack::credentials
