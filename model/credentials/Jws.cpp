#include "credentials/Jws.h"

#include "credentials/Encoding.h"
#include "credentials/OpenSsl.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <openssl/err.h>

namespace certtrack::credentials {

using namespace detail;
using Code = CredentialError::Code;

namespace {

constexpr int kP256CoordinateBytes = 32;

CredentialError malformed(const QString &message) {
    return credentialError(Code::MalformedJws, message);
}

// The key type an accepted algorithm needs, or why the algorithm is refused.
Result<KeyType> keyTypeFor(const QString &alg) {
    if (alg == QLatin1String("RS256"))
        return KeyType::Rsa;
    if (alg == QLatin1String("ES256"))
        return KeyType::EcP256;
    if (alg == QLatin1String("EdDSA"))
        return KeyType::Ed25519;
    if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return credentialError(Code::AlgorithmNotAccepted,
                               QStringLiteral("alg none is not accepted: the token is unsigned"));
    if (alg.startsWith(QLatin1String("HS")))
        return credentialError(Code::AlgorithmNotAccepted,
                               QStringLiteral("alg %1 is not accepted: an HMAC secret cannot "
                                              "prove who issued a credential")
                                   .arg(alg));
    return credentialError(Code::AlgorithmNotAccepted,
                           QStringLiteral("alg %1 is not accepted; only RS256, ES256 and EdDSA "
                                          "are")
                               .arg(alg));
}

// JWS ES256 signatures are r||s; OpenSSL verifies DER.
std::optional<QByteArray> rawToDer(const QByteArray &raw) {
    if (raw.size() != 2 * kP256CoordinateBytes)
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    BigNumPtr r(BN_bin2bn(bytes, kP256CoordinateBytes, nullptr));
    BigNumPtr s(BN_bin2bn(bytes + kP256CoordinateBytes, kP256CoordinateBytes, nullptr));
    EcdsaSigPtr signature(ECDSA_SIG_new());
    if (!r || !s || !signature || ECDSA_SIG_set0(signature.get(), r.get(), s.get()) != 1)
        return std::nullopt;
    // The signature owns r and s now.
    (void)r.release();
    (void)s.release();
    const int length = i2d_ECDSA_SIG(signature.get(), nullptr);
    if (length <= 0)
        return std::nullopt;
    QByteArray der(length, '\0');
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(signature.get(), &cursor) != length)
        return std::nullopt;
    return der;
}

} // namespace

Result<QByteArray> signJws(const QJsonObject &header, const QByteArray &payload,
                           const SigningKey &key) {
    if (key.isNull())
        return credentialError(Code::InvalidKey, QStringLiteral("there is no key to sign with"));
    QJsonObject protectedHeader = header;
    const QJsonValue alg = header.value(QLatin1String("alg"));
    if (!alg.isUndefined() && alg.toString() != key.algorithm())
        return credentialError(Code::AlgorithmKeyMismatch,
                               QStringLiteral("the header says alg %1 but the key signs with %2")
                                   .arg(alg.toString(), key.algorithm()));
    protectedHeader.insert(QStringLiteral("alg"), key.algorithm());
    const QByteArray signingInput =
        base64UrlEncode(QJsonDocument(protectedHeader).toJson(QJsonDocument::Compact)) + '.' +
        base64UrlEncode(payload);
    const auto signature = key.sign(signingInput);
    if (!signature)
        return signature.error();
    return QByteArray(signingInput + '.' + base64UrlEncode(signature.value()));
}

Result<ParsedJws> parseJws(const QByteArray &compact) {
    if (compact.size() > kMaxCompactJwsBytes)
        return malformed(
            QStringLiteral("the JWS is longer than %1 bytes").arg(kMaxCompactJwsBytes));
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3)
        return malformed(QStringLiteral("a compact JWS has three parts separated by dots, not %1")
                             .arg(parts.size()));
    const auto headerBytes = base64UrlDecode(parts[0]);
    if (!headerBytes || parts[0].isEmpty())
        return malformed(QStringLiteral("the JWS header is not base64url"));
    const auto payload = base64UrlDecode(parts[1]);
    if (!payload)
        return malformed(QStringLiteral("the JWS payload is not base64url"));
    const auto signature = base64UrlDecode(parts[2]);
    if (!signature || parts[2].isEmpty())
        return malformed(QStringLiteral("the JWS signature is missing or not base64url"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*headerBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed(QStringLiteral("the JWS header is not a JSON object"));
    ParsedJws jws;
    jws.header = document.object();
    const QJsonValue alg = jws.header.value(QLatin1String("alg"));
    if (!alg.isString() || alg.toString().isEmpty())
        return malformed(QStringLiteral("the JWS header has no \"alg\""));
    if (jws.header.contains(QLatin1String("crit")))
        return malformed(QStringLiteral("the JWS header has critical extensions (\"crit\"), which "
                                        "are not understood here"));
    jws.algorithm = alg.toString();
    jws.payload = *payload;
    jws.signingInput = QByteArray(parts[0] + '.' + parts[1]);
    jws.signature = *signature;
    return jws;
}

Status verifyJws(const ParsedJws &jws, const PublicKey &key) {
    const auto needed = keyTypeFor(jws.algorithm);
    if (!needed)
        return needed.error();
    if (key.isNull())
        return credentialError(Code::InvalidKey, QStringLiteral("there is no key to verify with"));
    if (needed.value() != key.type())
        return credentialError(Code::AlgorithmKeyMismatch,
                               QStringLiteral("alg %1 does not fit a key made for %2")
                                   .arg(jws.algorithm, key.algorithm()));
    QByteArray signature = jws.signature;
    if (key.type() == KeyType::EcP256) {
        const auto der = rawToDer(jws.signature);
        if (!der)
            return credentialError(Code::BadSignature,
                                   QStringLiteral("an ES256 signature is 64 bytes (r||s)"));
        signature = *der;
    }
    MdCtxPtr context(EVP_MD_CTX_new());
    const EVP_MD *digest = key.type() == KeyType::Ed25519 ? nullptr : EVP_sha256();
    if (!context ||
        EVP_DigestVerifyInit(context.get(), nullptr, digest, nullptr, key.handle()) != 1)
        return cryptoFailure("cannot start verifying");
    const int verified = EVP_DigestVerify(
        context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
        static_cast<size_t>(signature.size()),
        reinterpret_cast<const unsigned char *>(jws.signingInput.constData()),
        static_cast<size_t>(jws.signingInput.size()));
    ERR_clear_error();
    if (verified != 1)
        return credentialError(Code::BadSignature, QStringLiteral("the signature does not match"));
    return {};
}

} // namespace certtrack::credentials
