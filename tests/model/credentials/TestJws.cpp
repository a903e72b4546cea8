#include "credentials/Encoding.h"
#include "credentials/Jws.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <map>

using namespace certtrack::credentials;
using Code = CredentialError::Code;

namespace {

const QByteArray kPayload =
    "{\"iss\":\"https://issuer.example\",\"sub\":\"did:example:1\",\"vc\":{}}";

QByteArray encodeJson(const QJsonObject &object) {
    return base64UrlEncode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A compact JWS whose parts are given, for tokens our signer would never make.
QByteArray compact(const QByteArray &header, const QByteArray &payload,
                   const QByteArray &signature) {
    return QByteArray(header + '.' + payload + '.' + signature);
}

} // namespace

class TestJws : public QObject {
    Q_OBJECT

    std::map<KeyType, SigningKey> m_keys;

    const SigningKey &key(KeyType type) {
        auto found = m_keys.find(type);
        if (found == m_keys.end())
            found = m_keys.emplace(type, SigningKey::generate(type).value()).first;
        return found->second;
    }

    Status verifyCompact(const QByteArray &token, const PublicKey &publicKey) {
        const auto parsed = parseJws(token);
        if (!parsed)
            return parsed.error();
        return verifyJws(parsed.value(), publicKey);
    }

private slots:
    void signAndVerifyRoundTrip_data() {
        QTest::addColumn<KeyType>("type");
        QTest::addColumn<QString>("alg");
        QTest::addColumn<int>("signatureSize");
        QTest::newRow("RS256") << KeyType::Rsa << QStringLiteral("RS256") << 256;
        QTest::newRow("ES256") << KeyType::EcP256 << QStringLiteral("ES256") << 64;
        QTest::newRow("EdDSA") << KeyType::Ed25519 << QStringLiteral("EdDSA") << 64;
    }
    void signAndVerifyRoundTrip() {
        QFETCH(KeyType, type);
        QFETCH(QString, alg);
        QFETCH(int, signatureSize);
        const QJsonObject header{{QStringLiteral("kid"), QStringLiteral("https://issuer/key-1")},
                                 {QStringLiteral("typ"), QStringLiteral("JWT")}};
        const auto token = signJws(header, kPayload, key(type));
        QVERIFY(token.ok());
        const auto parsed = parseJws(token.value());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().algorithm, alg);
        QCOMPARE(parsed.value().header.value(QLatin1String("kid")).toString(),
                 QStringLiteral("https://issuer/key-1"));
        QCOMPARE(parsed.value().payload, kPayload);
        // ES256 signatures are the raw 64-byte r||s, never DER.
        QCOMPARE(parsed.value().signature.size(), signatureSize);
        const Status verified = verifyJws(parsed.value(), key(type).publicKey());
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
        // Through the public JWK, as a verifier elsewhere would hold the key.
        const auto published = PublicKey::fromJwk(key(type).publicKey().toJwk());
        QVERIFY(published.ok());
        QVERIFY(verifyJws(parsed.value(), published.value()).ok());
    }

    void tamperingIsDetected_data() {
        QTest::addColumn<KeyType>("type");
        QTest::newRow("RS256") << KeyType::Rsa;
        QTest::newRow("ES256") << KeyType::EcP256;
        QTest::newRow("EdDSA") << KeyType::Ed25519;
    }
    void tamperingIsDetected() {
        QFETCH(KeyType, type);
        const QByteArray token = signJws({}, kPayload, key(type)).value();
        const QList<QByteArray> parts = token.split('.');

        const QByteArray otherPayload = base64UrlEncode(QByteArray(kPayload).replace("1", "2"));
        Status status =
            verifyCompact(compact(parts[0], otherPayload, parts[2]), key(type).publicKey());
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Code::BadSignature);
        QCOMPARE(status.error().message, QStringLiteral("the signature does not match"));

        QJsonObject header = parseJws(token).value().header;
        header.insert(QStringLiteral("kid"), QStringLiteral("https://attacker/key"));
        status =
            verifyCompact(compact(encodeJson(header), parts[1], parts[2]), key(type).publicKey());
        QCOMPARE(status.error().code, Code::BadSignature);

        QByteArray signature = base64UrlDecode(parts[2]).value();
        signature[5] = static_cast<char>(signature[5] ^ 0x01);
        status = verifyCompact(compact(parts[0], parts[1], base64UrlEncode(signature)),
                               key(type).publicKey());
        QCOMPARE(status.error().code, Code::BadSignature);

        const SigningKey other = SigningKey::generate(type).value();
        status = verifyCompact(token, other.publicKey());
        QCOMPARE(status.error().code, Code::BadSignature);
    }

    void algNoneIsRefused() {
        const QByteArray header = encodeJson({{QStringLiteral("alg"), QStringLiteral("none")}});
        const QByteArray token = compact(header, base64UrlEncode(kPayload), QByteArray());
        // An unsigned token has an empty signature part: refused as malformed before alg matters.
        QCOMPARE(parseJws(token).error().code, Code::MalformedJws);
        // With any signature bytes, alg none itself is refused.
        const Status status = verifyCompact(compact(header, base64UrlEncode(kPayload), "AAAA"),
                                            key(KeyType::Rsa).publicKey());
        QCOMPARE(status.error().code, Code::AlgorithmNotAccepted);
        QCOMPARE(status.error().message,
                 QStringLiteral("alg none is not accepted: the token is unsigned"));
    }

    // The classic confusion attack: HMAC keyed with the issuer's public key bytes.
    void hs256WithThePublicKeyAsSecretIsRefused() {
        const PublicKey publicKey = key(KeyType::Rsa).publicKey();
        const QByteArray header = encodeJson({{QStringLiteral("alg"), QStringLiteral("HS256")}});
        const QByteArray signingInput = QByteArray(header + '.' + base64UrlEncode(kPayload));
        const QByteArray mac = QMessageAuthenticationCode::hash(signingInput, publicKey.toPem(),
                                                                QCryptographicHash::Sha256);
        const Status status =
            verifyCompact(QByteArray(signingInput + '.' + base64UrlEncode(mac)), publicKey);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Code::AlgorithmNotAccepted);
    }

    void otherAlgorithmsAreRefused_data() {
        QTest::addColumn<QString>("alg");
        QTest::newRow("RS384") << QStringLiteral("RS384");
        QTest::newRow("PS256") << QStringLiteral("PS256");
        QTest::newRow("ES384") << QStringLiteral("ES384");
        QTest::newRow("None") << QStringLiteral("None");
    }
    void otherAlgorithmsAreRefused() {
        QFETCH(QString, alg);
        const QByteArray header = encodeJson({{QStringLiteral("alg"), alg}});
        const Status status = verifyCompact(compact(header, base64UrlEncode(kPayload), "AAAA"),
                                            key(KeyType::Rsa).publicKey());
        QCOMPARE(status.error().code, Code::AlgorithmNotAccepted);
    }

    void algMustFitTheKeyType() {
        // An ES256 token checked with an RSA key, and an RS256 token with an Ed25519 key.
        const QByteArray es256 = signJws({}, kPayload, key(KeyType::EcP256)).value();
        QCOMPARE(verifyCompact(es256, key(KeyType::Rsa).publicKey()).error().code,
                 Code::AlgorithmKeyMismatch);
        const QByteArray rs256 = signJws({}, kPayload, key(KeyType::Rsa)).value();
        QCOMPARE(verifyCompact(rs256, key(KeyType::Ed25519).publicKey()).error().code,
                 Code::AlgorithmKeyMismatch);
        // Relabelled: an EdDSA signature presented as RS256 to the Ed25519 key.
        const QList<QByteArray> parts =
            signJws({}, kPayload, key(KeyType::Ed25519)).value().split('.');
        const QByteArray relabelled = compact(
            encodeJson({{QStringLiteral("alg"), QStringLiteral("RS256")}}), parts[1], parts[2]);
        QCOMPARE(verifyCompact(relabelled, key(KeyType::Ed25519).publicKey()).error().code,
                 Code::AlgorithmKeyMismatch);
        // The signer refuses a header naming an alg its key does not use.
        const auto refused = signJws({{QStringLiteral("alg"), QStringLiteral("HS256")}}, kPayload,
                                     key(KeyType::Rsa));
        QCOMPARE(refused.error().code, Code::AlgorithmKeyMismatch);
    }

    void es256SignatureMustBe64Bytes() {
        const QList<QByteArray> parts =
            signJws({}, kPayload, key(KeyType::EcP256)).value().split('.');
        const QByteArray der = base64UrlDecode(parts[2]).value().left(63);
        const Status status = verifyCompact(compact(parts[0], parts[1], base64UrlEncode(der)),
                                            key(KeyType::EcP256).publicKey());
        QCOMPARE(status.error().code, Code::BadSignature);
    }

    void malformedCompactStrings_data() {
        QTest::addColumn<QByteArray>("token");
        const QByteArray header = encodeJson({{QStringLiteral("alg"), QStringLiteral("RS256")}});
        const QByteArray payload = base64UrlEncode(kPayload);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("two parts") << QByteArray(header + '.' + payload);
        QTest::newRow("four parts") << QByteArray(header + '.' + payload + ".AAAA.AAAA");
        QTest::newRow("bad base64 header") << compact("eyJ*bGciOiJSUzI1NiJ9", payload, "AAAA");
        QTest::newRow("padded payload") << compact(header, payload + "==", "AAAA");
        QTest::newRow("bad base64 signature") << compact(header, payload, "AA/A");
        QTest::newRow("header not JSON") << compact(base64UrlEncode("not json"), payload, "AAAA");
        QTest::newRow("header a JSON array") << compact(base64UrlEncode("[1]"), payload, "AAAA");
        QTest::newRow("no alg") << compact(
            encodeJson({{QStringLiteral("typ"), QStringLiteral("JWT")}}), payload, "AAAA");
        QTest::newRow("alg not a string")
            << compact(encodeJson({{QStringLiteral("alg"), 256}}), payload, "AAAA");
        QTest::newRow("crit") << compact(
            encodeJson({{QStringLiteral("alg"), QStringLiteral("RS256")},
                        {QStringLiteral("crit"), QJsonArray{QStringLiteral("b64")}}}),
            payload, "AAAA");
        QTest::newRow("over the size limit")
            << compact(header, QByteArray(kMaxCompactJwsBytes, 'A'), "AAAA");
    }
    void malformedCompactStrings() {
        QFETCH(QByteArray, token);
        const auto parsed = parseJws(token);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, Code::MalformedJws);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void nullKeysNeitherSignNorVerify() {
        QCOMPARE(signJws({}, kPayload, SigningKey()).error().code, Code::InvalidKey);
        const auto parsed = parseJws(signJws({}, kPayload, key(KeyType::Rsa)).value());
        QCOMPARE(verifyJws(parsed.value(), PublicKey()).error().code, Code::InvalidKey);
    }
};

QTEST_GUILESS_MAIN(TestJws)
#include "TestJws.moc"
