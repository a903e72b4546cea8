#include "credentials/PublicKey.h"

#include "credentials/Encoding.h"
#include "credentials/OpenSsl.h"

#include <QCryptographicHash>
#include <QJsonValue>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstring>

namespace certtrack::credentials {

using namespace detail;
using Code = CredentialError::Code;

namespace {

constexpr int kP256CoordinateBytes = 32;
constexpr int kEd25519KeyBytes = 32;
// Members of a private JWK (RFC 7518 §6.2.2, §6.3.2; RFC 8037 §2).
const char *const kPrivateMembers[] = {"d", "p", "q", "dp", "dq", "qi", "oth", "k"};

CredentialError invalidKey(const QString &message) {
    return credentialError(Code::InvalidKey, message);
}

int refusePassphrase(char *, int, int, void *) {
    return 0;
}

// A required base64url member of a JWK.
Result<QByteArray> member(const QJsonObject &jwk, const char *name) {
    const QJsonValue value = jwk.value(QLatin1String(name));
    if (!value.isString())
        return invalidKey(
            QStringLiteral("the JWK has no string member \"%1\"").arg(QLatin1String(name)));
    const auto bytes = base64UrlDecode(value.toString().toLatin1());
    if (!bytes || value.toString().toLatin1() != value.toString().toUtf8())
        return credentialError(
            Code::InvalidEncoding,
            QStringLiteral("the JWK member \"%1\" is not base64url").arg(QLatin1String(name)));
    return *bytes;
}

Result<PKeyPtr> ecKeyFromPoint(const QByteArray &octets) {
    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder ||
        OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "P-256", 0) !=
            1 ||
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, octets.constData(),
                                         static_cast<size_t>(octets.size())) != 1)
        return cryptoFailure("cannot build EC key parameters");
    ParamPtr params(OSSL_PARAM_BLD_to_param(builder.get()));
    if (!params)
        return cryptoFailure("cannot build EC key parameters");
    PKeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (!context || EVP_PKEY_fromdata_init(context.get()) != 1)
        return cryptoFailure("cannot prepare an EC key import");
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_fromdata(context.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1 || !raw)
        return invalidKey(openSslError("the point is not on the P-256 curve"));
    PKeyPtr key(raw);
    if (!passesPublicCheck(key.get()))
        return invalidKey(QStringLiteral("the point is not a valid P-256 public key"));
    return key;
}

Result<PKeyPtr> ed25519KeyFromRaw(const QByteArray &raw) {
    if (raw.size() != kEd25519KeyBytes)
        return invalidKey(
            QStringLiteral("an Ed25519 public key is 32 bytes, not %1").arg(raw.size()));
    PKeyPtr key(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(raw.constData()),
        static_cast<size_t>(raw.size())));
    if (!key)
        return invalidKey(openSslError("the Ed25519 public key is not valid"));
    return key;
}

Result<PKeyPtr> rsaKeyFromJwk(const QJsonObject &jwk) {
    const auto n = member(jwk, "n");
    if (!n)
        return n.error();
    const auto e = member(jwk, "e");
    if (!e)
        return e.error();
    if (n.value().isEmpty() || e.value().isEmpty() || n.value().front() == '\0' ||
        e.value().front() == '\0')
        return invalidKey(QStringLiteral("the JWK's n and e must be minimal non-empty integers"));
    BigNumPtr modulus(BN_bin2bn(reinterpret_cast<const unsigned char *>(n.value().constData()),
                                static_cast<int>(n.value().size()), nullptr));
    BigNumPtr exponent(BN_bin2bn(reinterpret_cast<const unsigned char *>(e.value().constData()),
                                 static_cast<int>(e.value().size()), nullptr));
    if (!modulus || !exponent)
        return cryptoFailure("cannot read the RSA key's numbers");
    const int bits = BN_num_bits(modulus.get());
    if (bits < kMinRsaBits)
        return credentialError(Code::WeakKey,
                               QStringLiteral("the RSA key has %1 bits; at least %2 are required")
                                   .arg(bits)
                                   .arg(kMinRsaBits));
    if (bits > kMaxRsaBits)
        return credentialError(Code::UnsupportedKey,
                               QStringLiteral("the RSA key has %1 bits; at most %2 are accepted")
                                   .arg(bits)
                                   .arg(kMaxRsaBits));
    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) != 1)
        return cryptoFailure("cannot build RSA key parameters");
    ParamPtr params(OSSL_PARAM_BLD_to_param(builder.get()));
    if (!params)
        return cryptoFailure("cannot build RSA key parameters");
    PKeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    if (!context || EVP_PKEY_fromdata_init(context.get()) != 1)
        return cryptoFailure("cannot prepare an RSA key import");
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_fromdata(context.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1 || !raw)
        return invalidKey(openSslError("the RSA key is not valid"));
    PKeyPtr key(raw);
    if (!passesPublicCheck(key.get()))
        return invalidKey(QStringLiteral("the RSA public key fails validation (its modulus or "
                                         "exponent is not that of a real RSA key)"));
    return key;
}

QString stringMember(const QJsonObject &jwk, const char *name) {
    return jwk.value(QLatin1String(name)).toString();
}

QByteArray bigNumParam(EVP_PKEY *key, const char *name, int width = 0) {
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    BigNumPtr number(raw);
    return bigNumBytes(number.get(), width);
}

QString b64(const QByteArray &bytes) {
    return QString::fromLatin1(base64UrlEncode(bytes));
}

} // namespace

QString jwsAlgorithm(KeyType type) {
    switch (type) {
    case KeyType::Rsa:
        return QStringLiteral("RS256");
    case KeyType::EcP256:
        return QStringLiteral("ES256");
    case KeyType::Ed25519:
        return QStringLiteral("EdDSA");
    }
    return {};
}

PublicKey::PublicKey(std::shared_ptr<evp_pkey_st> key, KeyType type)
    : m_key(std::move(key))
    , m_type(type) {}

Result<PublicKey> PublicKey::fromJwk(const QJsonObject &jwk) {
    for (const char *name : kPrivateMembers) {
        if (jwk.contains(QLatin1String(name)))
            return credentialError(
                Code::PrivateKeyInJwk,
                QStringLiteral("the JWK carries the private member \"%1\"; publish only the "
                               "public key")
                    .arg(QLatin1String(name)));
    }
    const QString kty = stringMember(jwk, "kty");
    const QString crv = stringMember(jwk, "crv");
    Result<PKeyPtr> key = credentialError(Code::UnsupportedKey, QString());
    KeyType type = KeyType::Rsa;
    if (kty == QLatin1String("RSA")) {
        key = rsaKeyFromJwk(jwk);
        type = KeyType::Rsa;
    } else if (kty == QLatin1String("EC")) {
        if (crv != QLatin1String("P-256"))
            return credentialError(Code::UnsupportedKey,
                                   QStringLiteral("the EC curve \"%1\" is not supported; only "
                                                  "P-256 is")
                                       .arg(crv));
        const auto x = member(jwk, "x");
        if (!x)
            return x.error();
        const auto y = member(jwk, "y");
        if (!y)
            return y.error();
        if (x.value().size() != kP256CoordinateBytes || y.value().size() != kP256CoordinateBytes)
            return invalidKey(QStringLiteral("P-256 coordinates are 32 bytes each"));
        key = ecKeyFromPoint(QByteArray(1, '\x04') + x.value() + y.value());
        type = KeyType::EcP256;
    } else if (kty == QLatin1String("OKP")) {
        if (crv != QLatin1String("Ed25519"))
            return credentialError(Code::UnsupportedKey,
                                   QStringLiteral("the OKP curve \"%1\" is not supported; only "
                                                  "Ed25519 is")
                                       .arg(crv));
        const auto x = member(jwk, "x");
        if (!x)
            return x.error();
        key = ed25519KeyFromRaw(x.value());
        type = KeyType::Ed25519;
    } else if (kty.isEmpty()) {
        return invalidKey(QStringLiteral("the JWK has no \"kty\""));
    } else {
        return credentialError(Code::UnsupportedKey,
                               QStringLiteral("the key type \"%1\" is not supported; RSA, EC "
                                              "P-256 and OKP Ed25519 are")
                                   .arg(kty));
    }
    if (!key)
        return key.error();
    const QString alg = stringMember(jwk, "alg");
    if (jwk.contains(QLatin1String("alg")) && alg != jwsAlgorithm(type))
        return credentialError(Code::AlgorithmKeyMismatch,
                               QStringLiteral("the JWK says alg \"%1\" but a %2 key signs with %3")
                                   .arg(alg, kty, jwsAlgorithm(type)));
    if (jwk.contains(QLatin1String("use")) && stringMember(jwk, "use") != QLatin1String("sig"))
        return invalidKey(QStringLiteral("the JWK's \"use\" is not \"sig\""));
    return PublicKey(share(std::move(key).value()), type);
}

Result<PublicKey> PublicKey::fromDidKey(const QString &did) {
    static const QString kPrefix = QStringLiteral("did:key:");
    if (!did.startsWith(kPrefix))
        return invalidKey(QStringLiteral("\"%1\" is not a did:key").arg(did));
    QString value = did.mid(kPrefix.size());
    const qsizetype hash = value.indexOf(QLatin1Char('#'));
    if (hash >= 0) {
        if (value.mid(hash + 1) != value.left(hash))
            return invalidKey(QStringLiteral("the did:key fragment does not name its own key"));
        value.truncate(hash);
    }
    if (!value.startsWith(QLatin1Char('z')))
        return credentialError(Code::InvalidEncoding,
                               QStringLiteral("a did:key value is multibase base58btc and starts "
                                              "with 'z'"));
    const auto bytes = base58Decode(value.mid(1).toLatin1());
    if (!bytes || value.toLatin1() != value.toUtf8())
        return credentialError(Code::InvalidEncoding,
                               QStringLiteral("the did:key value is not base58btc"));
    const QByteArray &decoded = *bytes;
    // Multicodec prefixes as unsigned varints: ed25519-pub 0xed, p256-pub 0x1200.
    if (decoded.startsWith(QByteArray("\xed\x01", 2))) {
        auto key = ed25519KeyFromRaw(decoded.mid(2));
        if (!key)
            return key.error();
        return PublicKey(share(std::move(key).value()), KeyType::Ed25519);
    }
    if (decoded.startsWith(QByteArray("\x80\x24", 2))) {
        const QByteArray point = decoded.mid(2);
        if (point.size() != 1 + kP256CoordinateBytes || (point[0] != '\x02' && point[0] != '\x03'))
            return invalidKey(QStringLiteral("a P-256 did:key holds a 33-byte compressed point"));
        auto key = ecKeyFromPoint(point);
        if (!key)
            return key.error();
        return PublicKey(share(std::move(key).value()), KeyType::EcP256);
    }
    return credentialError(Code::UnsupportedKey,
                           QStringLiteral("the did:key's key type is not supported; Ed25519 and "
                                          "P-256 are"));
}

Result<PublicKey> PublicKey::fromPem(const QByteArray &pem) {
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio)
        return cryptoFailure("cannot read memory");
    PKeyPtr key(PEM_read_bio_PUBKEY(bio.get(), nullptr, refusePassphrase, nullptr));
    if (!key)
        return invalidKey(openSslError("not a PEM public key"));
    const auto type = supportedKeyType(key.get());
    if (!type)
        return type.error();
    if (!passesPublicCheck(key.get()))
        return invalidKey(QStringLiteral("the public key fails validation"));
    return PublicKey(share(std::move(key)), type.value());
}

QJsonObject PublicKey::toJwk(const JwkMetadata &metadata) const {
    QJsonObject jwk;
    if (!m_key)
        return jwk;
    switch (m_type) {
    case KeyType::Rsa:
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"), b64(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N)));
        jwk.insert(QStringLiteral("e"), b64(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E)));
        break;
    case KeyType::EcP256:
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("P-256"));
        jwk.insert(QStringLiteral("x"),
                   b64(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, kP256CoordinateBytes)));
        jwk.insert(QStringLiteral("y"),
                   b64(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, kP256CoordinateBytes)));
        break;
    case KeyType::Ed25519: {
        QByteArray raw(kEd25519KeyBytes, '\0');
        size_t length = static_cast<size_t>(raw.size());
        if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(raw.data()),
                                        &length) != 1)
            raw.clear();
        jwk.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("Ed25519"));
        jwk.insert(QStringLiteral("x"), b64(raw));
        break;
    }
    }
    if (!metadata.kid.isEmpty())
        jwk.insert(QStringLiteral("kid"), metadata.kid);
    if (!metadata.alg.isEmpty())
        jwk.insert(QStringLiteral("alg"), metadata.alg);
    if (!metadata.use.isEmpty())
        jwk.insert(QStringLiteral("use"), metadata.use);
    return jwk;
}

QString PublicKey::thumbprint() const {
    if (!m_key)
        return {};
    const QJsonObject jwk = toJwk();
    auto field = [&jwk](const char *name) {
        return QStringLiteral("\"%1\":\"%2\"")
            .arg(QLatin1String(name), jwk.value(QLatin1String(name)).toString());
    };
    // RFC 7638 §3.2: the required members only, in lexical order, no whitespace.
    QString canonical;
    switch (m_type) {
    case KeyType::Rsa:
        canonical = u'{' + field("e") + u',' + field("kty") + u',' + field("n") + u'}';
        break;
    case KeyType::EcP256:
        canonical = u'{' + field("crv") + u',' + field("kty") + u',' + field("x") + u',' +
                    field("y") + u'}';
        break;
    case KeyType::Ed25519:
        canonical = u'{' + field("crv") + u',' + field("kty") + u',' + field("x") + u'}';
        break;
    }
    return b64(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256));
}

QByteArray PublicKey::toPem() const {
    if (!m_key)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    return bioBytes(bio.get());
}

} // namespace certtrack::credentials
