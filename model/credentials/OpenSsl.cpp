#include "credentials/OpenSsl.h"

#include <openssl/core_names.h>
#include <openssl/err.h>

#include <cstring>

namespace certtrack::credentials::detail {

using Code = CredentialError::Code;

SharedPKey share(PKeyPtr key) {
    return SharedPKey(key.release(), EVP_PKEY_free);
}

QString openSslError(const char *what) {
    const unsigned long code = ERR_get_error();
    char buffer[256] = {};
    if (code)
        ERR_error_string_n(code, buffer, sizeof buffer);
    ERR_clear_error();
    if (!code)
        return QLatin1String(what);
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(buffer));
}

CredentialError cryptoFailure(const char *what) {
    return CredentialError{CredentialError::Code::CryptoFailure, openSslError(what)};
}

QByteArray bioBytes(BIO *bio) {
    char *data = nullptr;
    // BIO_get_mem_data() is a macro with a C cast; this is the call it stands for.
    const long size = BIO_ctrl(bio, BIO_CTRL_INFO, 0, static_cast<void *>(&data));
    if (size <= 0 || !data)
        return {};
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray bigNumBytes(const BIGNUM *number, int width) {
    const int size = width > 0 ? width : BN_num_bytes(number);
    QByteArray bytes(size, '\0');
    if (size == 0)
        return bytes;
    if (BN_bn2binpad(number, reinterpret_cast<unsigned char *>(bytes.data()), size) != size)
        return {};
    return bytes;
}

// The key's type when this library supports it: RSA of an accepted size, EC on P-256, Ed25519.
Result<KeyType> supportedKeyType(EVP_PKEY *key) {
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA: {
        const int bits = EVP_PKEY_get_bits(key);
        if (bits < kMinRsaBits)
            return credentialError(
                Code::WeakKey, QStringLiteral("the RSA key has %1 bits; at least %2 are required")
                                   .arg(bits)
                                   .arg(kMinRsaBits));
        if (bits > kMaxRsaBits)
            return credentialError(
                Code::UnsupportedKey,
                QStringLiteral("the RSA key has %1 bits; at most %2 are accepted")
                    .arg(bits)
                    .arg(kMaxRsaBits));
        return KeyType::Rsa;
    }
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                           &length) != 1)
            return credentialError(Code::InvalidKey, openSslError("the EC key has no curve"));
        if (std::strcmp(group, "prime256v1") != 0 && std::strcmp(group, "P-256") != 0)
            return credentialError(Code::UnsupportedKey,
                                   QStringLiteral("the EC curve %1 is not supported; only P-256 is")
                                       .arg(QString::fromLatin1(group)));
        return KeyType::EcP256;
    }
    case EVP_PKEY_ED25519:
        return KeyType::Ed25519;
    default:
        return credentialError(Code::UnsupportedKey,
                               QStringLiteral("only RSA, EC P-256 and Ed25519 keys are supported"));
    }
}

// OpenSSL's own validation of a public key: an EC point on its curve and of the right order, an
// RSA modulus odd and composite without small factors, an exponent that is odd and at least 65537.
bool passesPublicCheck(EVP_PKEY *key) {
    PKeyCtxPtr context(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    const bool ok = context && EVP_PKEY_public_check(context.get()) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace certtrack::credentials::detail
