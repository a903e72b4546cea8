#pragma once

// Internal to certtrack_credentials: OpenSSL objects owned by std::unique_ptr, and the text of
// OpenSSL's last error. Not installed with the public headers' contract; no caller outside this
// library includes it.

#include "credentials/CredentialError.h"
#include "credentials/PublicKey.h"

#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>

namespace certtrack::credentials::detail {

template <typename T, void (*Free)(T *)> struct OpenSslDeleter {
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using PKeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO, BIO_free_all>>;
using BigNumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BIGNUM, BN_free>>;
using ParamBldPtr =
    std::unique_ptr<OSSL_PARAM_BLD, OpenSslDeleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, OpenSslDeleter<OSSL_PARAM, OSSL_PARAM_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, OpenSslDeleter<ECDSA_SIG, ECDSA_SIG_free>>;

// The key shared by SigningKey and PublicKey copies; keys are never changed after creation.
using SharedPKey = std::shared_ptr<EVP_PKEY>;
SharedPKey share(PKeyPtr key);

// "what: OpenSSL's reason", and clears OpenSSL's error queue so the next call starts clean.
QString openSslError(const char *what);
CredentialError cryptoFailure(const char *what);

// Largest and smallest RSA moduli accepted anywhere in the library.
inline constexpr int kMinRsaBits = 2048;
inline constexpr int kMaxRsaBits = 8192;

// The key's type when this library supports it: RSA of an accepted size, EC on P-256, Ed25519.
Result<KeyType> supportedKeyType(EVP_PKEY *key);

// OpenSSL's own validation of a public key: an EC point on its curve and of the right order, an
// RSA modulus odd and composite without small factors, an exponent that is odd and at least 65537.
bool passesPublicCheck(EVP_PKEY *key);

// The bytes of a memory BIO.
QByteArray bioBytes(BIO *bio);

// A BIGNUM as big-endian bytes, left-padded with zeros to width (0: no padding).
QByteArray bigNumBytes(const BIGNUM *number, int width = 0);

} // namespace certtrack::credentials::detail
