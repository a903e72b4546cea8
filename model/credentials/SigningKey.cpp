#include "credentials/SigningKey.h"

#include "credentials/OpenSsl.h"

#include <QFile>
#include <QSaveFile>

#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace certtrack::credentials {

using namespace detail;
using Code = CredentialError::Code;

namespace {

constexpr int kRsaBits = 2048;
constexpr int kP256CoordinateBytes = 32;
// A PEM private key of any supported type is far below this; larger files are not keys.
constexpr qint64 kMaxKeyFileBytes = 64 * 1024;

int refusePassphrase(char *, int, int, void *) {
    return 0;
}

Result<PKeyPtr> generateKey(KeyType type) {
    const char *name = type == KeyType::Rsa ? "RSA" : type == KeyType::EcP256 ? "EC" : "ED25519";
    PKeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, name, nullptr));
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1)
        return cryptoFailure("cannot prepare key generation");
    if (type == KeyType::Rsa && EVP_PKEY_CTX_set_rsa_keygen_bits(context.get(), kRsaBits) != 1)
        return cryptoFailure("cannot set the RSA key size");
    if (type == KeyType::EcP256 && EVP_PKEY_CTX_set_group_name(context.get(), "P-256") != 1)
        return cryptoFailure("cannot select the P-256 curve");
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_generate(context.get(), &raw) != 1 || !raw)
        return cryptoFailure("cannot generate a key");
    return PKeyPtr(raw);
}

// ECDSA signatures come from OpenSSL as DER; JWS wants the two 32-byte integers r||s.
Result<QByteArray> derToRaw(const QByteArray &der) {
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    EcdsaSigPtr signature(d2i_ECDSA_SIG(nullptr, &cursor, static_cast<long>(der.size())));
    if (!signature)
        return cryptoFailure("cannot read the ECDSA signature");
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(signature.get(), &r, &s);
    const QByteArray raw =
        bigNumBytes(r, kP256CoordinateBytes) + bigNumBytes(s, kP256CoordinateBytes);
    if (raw.size() != 2 * kP256CoordinateBytes)
        return cryptoFailure("the ECDSA signature does not fit P-256");
    return raw;
}

} // namespace

SigningKey::SigningKey(std::shared_ptr<evp_pkey_st> key, KeyType type)
    : m_key(std::move(key))
    , m_type(type) {}

Result<SigningKey> SigningKey::generate(KeyType type) {
    auto key = generateKey(type);
    if (!key)
        return key.error();
    return SigningKey(share(std::move(key).value()), type);
}

Result<SigningKey> SigningKey::fromPem(const QByteArray &pem) {
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio)
        return cryptoFailure("cannot read memory");
    PKeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr));
    if (!key)
        return credentialError(Code::InvalidKey,
                               openSslError("not an unencrypted PEM private key"));
    // The same size and curve rules as for public keys.
    const auto type = supportedKeyType(key.get());
    if (!type)
        return type.error();
    return SigningKey(share(std::move(key)), type.value());
}

Result<SigningKey> SigningKey::load(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return credentialError(
            Code::KeyFile,
            QStringLiteral("cannot read the key file %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxKeyFileBytes)
        return credentialError(
            Code::KeyFile, QStringLiteral("the key file %1 is too large to be a key").arg(path));
    return fromPem(file.read(kMaxKeyFileBytes));
}

QByteArray SigningKey::toPem() const {
    if (!m_key)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr,
                                              nullptr) != 1)
        return {};
    return bioBytes(bio.get());
}

Status SigningKey::save(const QString &path) const {
    const QByteArray pem = toPem();
    if (pem.isEmpty())
        return credentialError(Code::KeyFile, QStringLiteral("there is no key to save"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return credentialError(
            Code::KeyFile,
            QStringLiteral("cannot write the key file %1: %2").arg(path, file.errorString()));
    // The temporary file is made private before the key is in it.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return credentialError(Code::KeyFile,
                               QStringLiteral("cannot make the key file %1 private").arg(path));
    }
    if (file.write(pem) != pem.size() || !file.commit())
        return credentialError(
            Code::KeyFile,
            QStringLiteral("cannot write the key file %1: %2").arg(path, file.errorString()));
    return {};
}

PublicKey SigningKey::publicKey() const {
    if (!m_key)
        return {};
    // Through SubjectPublicKeyInfo, so the PublicKey never holds the private half.
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(m_key.get(), &der);
    if (length <= 0)
        return {};
    const unsigned char *cursor = der;
    PKeyPtr publicOnly(d2i_PUBKEY(nullptr, &cursor, length));
    OPENSSL_free(der);
    if (!publicOnly)
        return {};
    return PublicKey(share(std::move(publicOnly)), m_type);
}

Result<QByteArray> SigningKey::sign(const QByteArray &signingInput) const {
    if (!m_key)
        return credentialError(Code::InvalidKey, QStringLiteral("there is no key to sign with"));
    MdCtxPtr context(EVP_MD_CTX_new());
    const EVP_MD *digest = m_type == KeyType::Ed25519 ? nullptr : EVP_sha256();
    if (!context || EVP_DigestSignInit(context.get(), nullptr, digest, nullptr, m_key.get()) != 1)
        return cryptoFailure("cannot start signing");
    const auto *input = reinterpret_cast<const unsigned char *>(signingInput.constData());
    const auto inputSize = static_cast<size_t>(signingInput.size());
    size_t length = 0;
    if (EVP_DigestSign(context.get(), nullptr, &length, input, inputSize) != 1)
        return cryptoFailure("cannot size the signature");
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       input, inputSize) != 1)
        return cryptoFailure("cannot sign");
    signature.truncate(static_cast<qsizetype>(length));
    if (m_type == KeyType::EcP256)
        return derToRaw(signature);
    return signature;
}

} // namespace certtrack::credentials
