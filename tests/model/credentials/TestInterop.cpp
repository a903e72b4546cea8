#include "PngFixtures.h"

#include "credentials/BadgeBaking.h"
#include "credentials/Encoding.h"
#include "credentials/Jws.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace certtrack::credentials;
using namespace certtrack::credentials::testing;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

// What this library emits, checked by tools that are not ours.
class TestInterop : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(SYSTEM_PYTHON3)),
                 "python3 is missing: run packaging/install-deps.sh");
        QVERIFY2(QFile::exists(QStringLiteral(OPENSSL_PROGRAM)),
                 "openssl is missing: run packaging/install-deps.sh");
    }

    // Pillow (Debian's python3-pil) reads the iTXt chunk of a PNG we baked.
    void pillowReadsTheBakedPng_data() {
        QTest::addColumn<OpenBadgesVersion>("version");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("2.0") << OpenBadgesVersion::V2
                             << QByteArray(
                                    "{\"type\":\"Assertion\",\"name\":\"Caf\\u00e9 \xc3\xa9\"}");
        QTest::newRow("3.0") << OpenBadgesVersion::V3
                             << QByteArray("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln");
    }
    void pillowReadsTheBakedPng() {
        QFETCH(OpenBadgesVersion, version);
        QFETCH(QByteArray, text);
        const auto baked = bakePng(makePng(64, 48), version, text);
        QVERIFY(baked.ok());
        QVERIFY(writeFile(path("baked.png"), baked.value()));
        const QString script =
            QStringLiteral("import sys\n"
                           "from PIL import Image, PngImagePlugin\n"
                           "im = Image.open(sys.argv[1])\n"
                           "im.load()\n"
                           "value = im.text[sys.argv[2]]\n"
                           "assert isinstance(value, PngImagePlugin.iTXt), type(value)\n"
                           "sys.stdout.buffer.write(b'%d %d\\n' % im.size)\n"
                           "sys.stdout.buffer.write(value.encode('utf-8'))\n");
        const Run result =
            run(QStringLiteral(SYSTEM_PYTHON3),
                {QStringLiteral("-c"), script, path("baked.png"), pngKeyword(version)});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.out, QByteArray("64 48\n" + text));
    }

    // The openssl command line verifies signatures we made, over the JWS signing input.
    void opensslVerifiesOurSignatures_data() {
        QTest::addColumn<KeyType>("type");
        QTest::newRow("RS256") << KeyType::Rsa;
        QTest::newRow("EdDSA") << KeyType::Ed25519;
    }
    void opensslVerifiesOurSignatures() {
        QFETCH(KeyType, type);
        const SigningKey key = SigningKey::generate(type).value();
        const auto token = signJws({{QStringLiteral("typ"), QStringLiteral("JWT")}},
                                   "{\"sub\":\"did:example:1\"}", key);
        QVERIFY(token.ok());
        const ParsedJws jws = parseJws(token.value()).value();
        QVERIFY(writeFile(path("pub.pem"), key.publicKey().toPem()));
        QVERIFY(writeFile(path("input"), jws.signingInput));
        QVERIFY(writeFile(path("sig"), jws.signature));
        QStringList arguments;
        if (type == KeyType::Rsa)
            arguments = {
                QStringLiteral("dgst"), QStringLiteral("-sha256"),    QStringLiteral("-verify"),
                path("pub.pem"),        QStringLiteral("-signature"), path("sig"),
                path("input")};
        else
            arguments = {QStringLiteral("pkeyutl"),
                         QStringLiteral("-verify"),
                         QStringLiteral("-pubin"),
                         QStringLiteral("-inkey"),
                         path("pub.pem"),
                         QStringLiteral("-rawin"),
                         QStringLiteral("-in"),
                         path("input"),
                         QStringLiteral("-sigfile"),
                         path("sig")};
        const Run good = run(QStringLiteral(OPENSSL_PROGRAM), arguments);
        QVERIFY2(good.exitCode == 0, good.err.constData());
        QVERIFY(good.out.contains("Verified OK") ||
                good.out.contains("Signature Verified Successfully"));

        // And refuses the same signature over a changed input, so the check above means something.
        QVERIFY(writeFile(path("input"), QByteArray(jws.signingInput).append('x')));
        QVERIFY(run(QStringLiteral(OPENSSL_PROGRAM), arguments).exitCode != 0);
    }

    // A key openssl made (PKCS#8 PEM) signs with our code and verifies with openssl.
    void opensslKeyLoads() {
        const Run made =
            run(QStringLiteral(OPENSSL_PROGRAM),
                {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256")});
        QCOMPARE(made.exitCode, 0);
        const auto key = SigningKey::fromPem(made.out);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE(key.value().type(), KeyType::EcP256);
        const auto token = signJws({}, "{}", key.value());
        QVERIFY(verifyJws(parseJws(token.value()).value(), key.value().publicKey()).ok());
    }
};

QTEST_GUILESS_MAIN(TestInterop)
#include "TestInterop.moc"
