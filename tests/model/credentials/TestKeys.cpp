#include "credentials/Encoding.h"
#include "credentials/PublicKey.h"
#include "credentials/SigningKey.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace certtrack::credentials;
using Code = CredentialError::Code;

namespace {

// RFC 7638 §3.1: the example RSA key and its SHA-256 thumbprint.
const char kRfc7638Modulus[] =
    "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPeb"
    "WKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368Q"
    "QMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2"
    "NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
const char kRfc7638Thumbprint[] = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs";

QJsonObject rfc7638Jwk() {
    return {{QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("n"), QLatin1String(kRfc7638Modulus)},
            {QStringLiteral("e"), QStringLiteral("AQAB")},
            {QStringLiteral("alg"), QStringLiteral("RS256")},
            {QStringLiteral("kid"), QStringLiteral("2011-04-29")}};
}

} // namespace

class TestKeys : public QObject {
    Q_OBJECT

private slots:
    void base64UrlRoundTrip() {
        for (int length = 0; length < 40; ++length) {
            QByteArray bytes;
            for (int i = 0; i < length; ++i)
                bytes.append(static_cast<char>(i * 37 + 250));
            const QByteArray text = base64UrlEncode(bytes);
            QVERIFY(!text.contains('='));
            QCOMPARE(base64UrlDecode(text).value_or(QByteArray("x")), bytes);
        }
        QCOMPARE(base64UrlEncode(QByteArray("\xfb\xff", 2)), QByteArray("-_8"));
    }

    void base64UrlRejectsNonCanonicalText_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("padding") << QByteArray("YQ==");
        QTest::newRow("standard alphabet +") << QByteArray("+_8");
        QTest::newRow("standard alphabet /") << QByteArray("-/8");
        QTest::newRow("whitespace") << QByteArray("YW J j");
        QTest::newRow("impossible length") << QByteArray("YWJjZ");
        QTest::newRow("trailing bits") << QByteArray("YR");
        QTest::newRow("dot") << QByteArray("YW.j");
    }
    void base64UrlRejectsNonCanonicalText() {
        QFETCH(QByteArray, text);
        QVERIFY(!base64UrlDecode(text).has_value());
    }

    void base58Decodes() {
        QCOMPARE(base58Decode("").value_or("x"), QByteArray());
        QCOMPARE(base58Decode("11").value_or("x"), QByteArray(2, '\0'));
        // "Hello World!" in base58 (the draft-msporny-base58 example).
        QCOMPARE(base58Decode("2NEpo7TZRRrLZSi2U").value_or("x"), QByteArray("Hello World!"));
        QVERIFY(!base58Decode("0OIl").has_value());
        QVERIFY(!base58Decode(QByteArray(2000, '2')).has_value());
    }

    void rfc7638ThumbprintOfTheExampleKey() {
        const auto key = PublicKey::fromJwk(rfc7638Jwk());
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE(key.value().type(), KeyType::Rsa);
        QCOMPARE(key.value().thumbprint(), QLatin1String(kRfc7638Thumbprint));
        // The exported JWK has the same members back, and only the public ones.
        const QJsonObject jwk = key.value().toJwk(
            {QStringLiteral("2011-04-29"), QStringLiteral("RS256"), QStringLiteral("sig")});
        QCOMPARE(jwk.value(QLatin1String("n")).toString(), QLatin1String(kRfc7638Modulus));
        QCOMPARE(jwk.value(QLatin1String("e")).toString(), QStringLiteral("AQAB"));
        QCOMPARE(jwk.value(QLatin1String("kid")).toString(), QStringLiteral("2011-04-29"));
        QCOMPARE(jwk.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
        QCOMPARE(jwk.size(), 6);
    }

    void jwkRoundTripsForEveryKeyType_data() {
        QTest::addColumn<KeyType>("type");
        QTest::newRow("RSA") << KeyType::Rsa;
        QTest::newRow("P-256") << KeyType::EcP256;
        QTest::newRow("Ed25519") << KeyType::Ed25519;
    }
    void jwkRoundTripsForEveryKeyType() {
        QFETCH(KeyType, type);
        const auto key = SigningKey::generate(type);
        QVERIFY(key.ok());
        const PublicKey publicKey = key.value().publicKey();
        QVERIFY(!publicKey.isNull());
        const QJsonObject jwk = publicKey.toJwk();
        QVERIFY(!jwk.contains(QLatin1String("d")));
        const auto back = PublicKey::fromJwk(jwk);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back.value().toJwk(), jwk);
        QCOMPARE(back.value().thumbprint(), publicKey.thumbprint());
        QCOMPARE(back.value().thumbprint().size(), 43);
        // The PEM form reads back as the same key too.
        const auto fromPem = PublicKey::fromPem(publicKey.toPem());
        QVERIFY(fromPem.ok());
        QCOMPARE(fromPem.value().toJwk(), jwk);
    }

    void jwkImportRefusesBadKeys_data() {
        QTest::addColumn<QJsonObject>("jwk");
        QTest::addColumn<Code>("code");
        QJsonObject weak{{QStringLiteral("kty"), QStringLiteral("RSA")},
                         {QStringLiteral("n"), QString::fromLatin1(base64UrlEncode(
                                                   QByteArray(128, '\xc5')))}, // 1024 bits
                         {QStringLiteral("e"), QStringLiteral("AQAB")}};
        QTest::newRow("RSA 1024") << weak << Code::WeakKey;
        QJsonObject withPrivate = rfc7638Jwk();
        withPrivate.insert(QStringLiteral("d"), QStringLiteral("AQAB"));
        QTest::newRow("private member") << withPrivate << Code::PrivateKeyInJwk;
        QJsonObject wrongAlg = rfc7638Jwk();
        wrongAlg.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
        QTest::newRow("alg of another key type") << wrongAlg << Code::AlgorithmKeyMismatch;
        const QString coordinate = QString::fromLatin1(base64UrlEncode(QByteArray(32, '\x01')));
        QTest::newRow("point off the curve")
            << QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                           {QStringLiteral("crv"), QStringLiteral("P-256")},
                           {QStringLiteral("x"), coordinate},
                           {QStringLiteral("y"), coordinate}}
            << Code::InvalidKey;
        QTest::newRow("P-384") << QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                                              {QStringLiteral("crv"), QStringLiteral("P-384")},
                                              {QStringLiteral("x"), coordinate},
                                              {QStringLiteral("y"), coordinate}}
                               << Code::UnsupportedKey;
        QTest::newRow("Ed25519 of 31 bytes")
            << QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
                           {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                           {QStringLiteral("x"),
                            QString::fromLatin1(base64UrlEncode(QByteArray(31, '\x07')))}}
            << Code::InvalidKey;
        QTest::newRow("oct key") << QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")},
                                                {QStringLiteral("k"), QStringLiteral("c2VjcmV0")}}
                                 << Code::PrivateKeyInJwk;
        QTest::newRow("no kty") << QJsonObject{{QStringLiteral("n"), QStringLiteral("AQAB")}}
                                << Code::InvalidKey;
        QJsonObject padded = rfc7638Jwk();
        padded.insert(QStringLiteral("e"), QStringLiteral("AQAB=="));
        QTest::newRow("padded base64") << padded << Code::InvalidEncoding;
    }
    void jwkImportRefusesBadKeys() {
        QFETCH(QJsonObject, jwk);
        QFETCH(Code, code);
        const auto key = PublicKey::fromJwk(jwk);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, code);
        QVERIFY(!key.error().message.isEmpty());
    }

    // Vectors from the did:key method's test-vectors (w3c-ccg/did-method-key).
    void didKeyEd25519Vector() {
        const auto key = PublicKey::fromDidKey(
            QStringLiteral("did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp"));
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE(key.value().type(), KeyType::Ed25519);
        const QByteArray raw =
            base64UrlDecode(key.value().toJwk().value(QLatin1String("x")).toString().toLatin1())
                .value_or(QByteArray());
        QCOMPARE(raw, base58Decode("4zvwRjXUKGfvwnParsHAS3HuSVzV5cA4McphgmoCtajS").value());
    }

    void didKeyP256Vector() {
        const auto key = PublicKey::fromDidKey(
            QStringLiteral("did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169#"
                           "zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169"));
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE(key.value().type(), KeyType::EcP256);
        const QJsonObject jwk = key.value().toJwk();
        QCOMPARE(jwk.value(QLatin1String("x")).toString(),
                 QStringLiteral("fyNYMN0976ci7xqiSdag3buk-ZCwgXU4kz9XNkBlNUI"));
        QCOMPARE(jwk.value(QLatin1String("y")).toString(),
                 QStringLiteral("hW2ojTNfH7Jbi8--CJUo3OCbH3y5n91g-IMA9MLMbTU"));
    }

    void didKeyRefusesOthers_data() {
        QTest::addColumn<QString>("did");
        QTest::newRow("not did:key") << QStringLiteral("did:web:example.org");
        QTest::newRow("not base58btc") << QStringLiteral("did:key:u6MkiTBz1ymuep");
        QTest::newRow("bad base58") << QStringLiteral("did:key:z0OIl");
        QTest::newRow("secp256k1")
            << QStringLiteral("did:key:zQ3shbgnTGcgBpXPdBjDur3ATMDWhS7aPs6FRFkWR19Lb9Zwz");
        QTest::newRow("foreign fragment")
            << QStringLiteral("did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp#other");
    }
    void didKeyRefusesOthers() {
        QFETCH(QString, did);
        QVERIFY(!PublicKey::fromDidKey(did).ok());
    }

    void privateKeySavedOwnerOnlyAndLoadsBack() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("issuer.pem"));
        const auto key = SigningKey::generate(KeyType::Rsa);
        QVERIFY(key.ok());
        QVERIFY(key.value().toPem().startsWith("-----BEGIN PRIVATE KEY-----"));
        const Status saved = key.value().save(path);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        // Saving again over an existing file keeps it private.
        QVERIFY(key.value().save(path).ok());
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);

        const auto loaded = SigningKey::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().type(), KeyType::Rsa);
        QCOMPARE(loaded.value().publicKey().thumbprint(), key.value().publicKey().thumbprint());
    }

    void privateKeyImportRefusesWhatItCannotUse() {
        QVERIFY(!SigningKey::fromPem("not a key").ok());
        QCOMPARE(SigningKey::load(QStringLiteral("/nonexistent/key.pem")).error().code,
                 Code::KeyFile);
        // A 1024-bit RSA key (generated once for this test with openssl genpkey).
        const QByteArray weak = "-----BEGIN PRIVATE KEY-----\n"
                                "MIICdQIBADANBgkqhkiG9w0BAQEFAASCAl8wggJbAgEAAoGBAKLbqC3K3qMeMQft\n"
                                "HxzLAn4OufdYSmCaiWjKXRMA3ZwJe/AdZ9XOps8huuiftACysNv6KlEIVWkhQtM9\n"
                                "vwrjZ+rAmFx62rZTN6zR+cz9t/ZDwZLQBjBKJaP20iJEclweT6bkhCZELeSJIV9q\n"
                                "yxTVGb7HgFEV6Ik+rRklDPNB3PMZAgMBAAECgYAS28bEzrorP2LEHTQ+HFAEkuX7\n"
                                "+3BZcWu6A7z1Z2NCH2MHshAFFTIByFEhgOTSM98BCh3+Vi21x9E6LutBcoXk3OLL\n"
                                "QpMZ0XJ3IkZwE719EFXVZn41x7b97rrDwGoeD71tLPR+csATefcDjBytwOFIrSzG\n"
                                "60ogIsKyMxr/74WPAQJBANYpkEKyCAxOJZVET8K3LllSwfjnaYv7C0d3SwNEpstf\n"
                                "OLI1lypji7AMnd/z4rnu05VUBKmMybmbLFgrmBfTXaECQQDCrFJlnm32njdu/FER\n"
                                "ZCGeKntIRiIyFK6Nqm8/5q8n2HucAOz4tuAdthV3RJARSFlRoXM/bKryTaJBytIw\n"
                                "xHJ5AkAcEuC9TXcuncPheE34WWjy/p080qEMX4FQAfxMVmCDAl19Rvck8F2sW0sK\n"
                                "w36yHvOPfK8Lxs/ey8+ZU0WhwexhAkAH/xQTYIKb0rvsLykVUcuft5cAzQCyle7l\n"
                                "ms6fDVa8iEPrkI4rWTezgLs4/vP8AcDJfZxCSrBq641yrmYb4rXhAkB+5fnqBwCM\n"
                                "9hLPYryfm/1Wn82pD4uXZSIYFuQ2VoXNrT+h3hNpLuoERfl1Vj6pH7daDdhqsBss\n"
                                "GtPd4h91J8gb\n"
                                "-----END PRIVATE KEY-----\n";
        const auto refused = SigningKey::fromPem(weak);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Code::WeakKey);
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "TestKeys.moc"
