#include "PngFixtures.h"

#include "credentials/BadgeBaking.h"

#include <QTest>

using namespace certtrack::credentials;
using namespace certtrack::credentials::testing;
using Code = CredentialError::Code;

namespace {

const QByteArray kAssertionJson =
    "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\",\"id\":\"https://"
    "issuer.example/a/1\"}";
const QByteArray kJwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";

const QByteArray kSvg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 64 64\">\n"
                        "  <!-- artwork -->\n"
                        "  <defs><linearGradient id=\"g\"><stop offset=\"0\" "
                        "stop-color=\"#f90\"/></linearGradient></defs>\n"
                        "  <circle cx=\"32\" cy=\"32\" r=\"30\" fill=\"url(#g)\"/>\n"
                        "  <use xlink:href=\"#g\"/>\n"
                        "  <text x=\"4\" y=\"60\">R&amp;D &lt;1&gt; é</text>\n"
                        "</svg>\n";

} // namespace

class TestBaking : public QObject {
    Q_OBJECT

private slots:
    void pngRoundTripKeepsPixels_data() {
        QTest::addColumn<OpenBadgesVersion>("version");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("interlaced");
        QTest::newRow("2.0 assertion JSON") << OpenBadgesVersion::V2 << kAssertionJson << false;
        QTest::newRow("2.0 hosted URL")
            << OpenBadgesVersion::V2 << QByteArray("https://issuer.example/a/1") << false;
        QTest::newRow("3.0 VC-JWT") << OpenBadgesVersion::V3 << kJwt << false;
        QTest::newRow("3.0 VC-JWT, interlaced image") << OpenBadgesVersion::V3 << kJwt << true;
    }
    void pngRoundTripKeepsPixels() {
        QFETCH(OpenBadgesVersion, version);
        QFETCH(QByteArray, text);
        QFETCH(bool, interlaced);
        const QByteArray original = makePng(37, 23, {}, interlaced);
        QVERIFY(!original.isEmpty());
        QCOMPARE(extractPng(original).error().code, Code::NoCredential);

        const auto baked = bakePng(original, version, text);
        QVERIFY2(baked.ok(), qPrintable(baked.ok() ? QString() : baked.error().message));
        QVERIFY(baked.value().contains(pngKeyword(version).toLatin1()));
        const auto extracted = extractPng(baked.value());
        QVERIFY2(extracted.ok(),
                 qPrintable(extracted.ok() ? QString() : extracted.error().message));
        QCOMPARE(extracted.value().version, version);
        QCOMPARE(extracted.value().text, text);
        QVERIFY(extracted.value().verify.isEmpty());
        const QByteArray pixels = decodeRgba(original);
        QVERIFY(!pixels.isEmpty());
        QCOMPARE(decodeRgba(baked.value()), pixels);
        // Only the new chunk was added: 12 bytes of chunk framing plus its data.
        QCOMPARE(baked.value().size(),
                 original.size() + 12 + pngKeyword(version).size() + 5 + text.size());
    }

    void pngBakingReplacesAnEarlierCredential() {
        const QByteArray v2 = bakePng(makePng(8, 8), OpenBadgesVersion::V2, kAssertionJson).value();
        const auto v3 = bakePng(v2, OpenBadgesVersion::V3, kJwt);
        QVERIFY(v3.ok());
        QVERIFY(!v3.value().contains(QByteArray("openbadges\0", 11)));
        const auto extracted = extractPng(v3.value());
        QVERIFY(extracted.ok());
        QCOMPARE(extracted.value().version, OpenBadgesVersion::V3);
        QCOMPARE(extracted.value().text, kJwt);
        QCOMPARE(decodeRgba(v3.value()), decodeRgba(v2));
    }

    void pngWithACredentialWrittenByLibpng() {
        // A chunk made by libpng's png_set_text, not by our baker, is read the same way.
        const QByteArray png = makePng(5, 5, {{"openbadgecredential", kJwt}, {"Comment", "hi"}});
        const auto extracted = extractPng(png);
        QVERIFY(extracted.ok());
        QCOMPARE(extracted.value().text, kJwt);
    }

    void pngErrors_data() {
        QTest::addColumn<QByteArray>("png");
        QTest::addColumn<Code>("code");
        const QByteArray baked = bakePng(makePng(16, 16), OpenBadgesVersion::V3, kJwt).value();
        QTest::newRow("not a PNG") << QByteArray("GIF89a\x01\x00\x01\x00") << Code::NotAnImage;
        QTest::newRow("empty") << QByteArray() << Code::NotAnImage;
        QTest::newRow("signature only") << baked.left(8) << Code::TruncatedImage;
        QTest::newRow("cut in the image data")
            << baked.left(baked.size() / 2) << Code::TruncatedImage;
        QTest::newRow("no IEND") << baked.left(baked.size() - 12) << Code::TruncatedImage;
        QByteArray corrupt = baked;
        const qsizetype idat = corrupt.indexOf("IDAT");
        corrupt[idat + 10] = static_cast<char>(corrupt[idat + 10] ^ 0x55);
        QTest::newRow("bad CRC") << corrupt << Code::CorruptImage;
        QTest::newRow("two credentials, both keywords")
            << makePng(4, 4, {{"openbadges", kAssertionJson}, {"openbadgecredential", kJwt}})
            << Code::AmbiguousCredential;
        QTest::newRow("two credentials, same keyword")
            << makePng(4, 4, {{"openbadgecredential", kJwt}, {"openbadgecredential", kJwt}})
            << Code::AmbiguousCredential;
        QTest::newRow("credential over the cap")
            << makePng(4, 4, {{"openbadgecredential", QByteArray(kMaxPngChunkBytes + 1, 'a')}})
            << Code::CredentialTooLarge;
    }
    void pngErrors() {
        QFETCH(QByteArray, png);
        QFETCH(Code, code);
        const auto extracted = extractPng(png);
        QVERIFY(!extracted.ok());
        QCOMPARE(extracted.error().code, code);
        QVERIFY(!extracted.error().message.isEmpty());
    }

    void pngBakingRefusesBadText() {
        const QByteArray png = makePng(4, 4);
        QCOMPARE(bakePng(png, OpenBadgesVersion::V3, {}).error().code, Code::InvalidCredentialText);
        QCOMPARE(bakePng(png, OpenBadgesVersion::V3, QByteArray("a\0b", 3)).error().code,
                 Code::InvalidCredentialText);
        QCOMPARE(bakePng(png, OpenBadgesVersion::V3, "\xff\xfe").error().code,
                 Code::InvalidCredentialText);
        QCOMPARE(bakePng(png, OpenBadgesVersion::V3, QByteArray(kMaxBakedCredentialBytes + 1, 'a'))
                     .error()
                     .code,
                 Code::CredentialTooLarge);
        QCOMPARE(bakePng("not a png", OpenBadgesVersion::V3, kJwt).error().code, Code::NotAnImage);
    }

    void svgRoundTrip_data() {
        QTest::addColumn<OpenBadgesVersion>("version");
        QTest::addColumn<QString>("verify");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("expectedNamespace");
        QTest::newRow("2.0 hosted")
            << OpenBadgesVersion::V2 << QStringLiteral("https://issuer.example/a/1")
            << kAssertionJson << QByteArray("http://openbadges.org");
        QTest::newRow("2.0 signed") << OpenBadgesVersion::V2 << QString::fromLatin1(kJwt)
                                    << QByteArray() << QByteArray("http://openbadges.org");
        QTest::newRow("3.0 VC-JWT")
            << OpenBadgesVersion::V3 << QString::fromLatin1(kJwt) << QByteArray()
            << QByteArray("https://purl.imsglobal.org/ob/v3p0");
        QTest::newRow("3.0 JSON with ]]>") << OpenBadgesVersion::V3 << QString()
                                           << QByteArray("{\"name\":\"a ]]> b\",\"proof\":[{}]}")
                                           << QByteArray("https://purl.imsglobal.org/ob/v3p0");
    }
    void svgRoundTrip() {
        QFETCH(OpenBadgesVersion, version);
        QFETCH(QString, verify);
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, expectedNamespace);
        QCOMPARE(extractSvg(kSvg).error().code, Code::NoCredential);
        const auto baked = bakeSvg(kSvg, {version, text, verify});
        QVERIFY2(baked.ok(), qPrintable(baked.ok() ? QString() : baked.error().message));
        QVERIFY(
            baked.value().contains(QByteArray("xmlns:openbadges=\"" + expectedNamespace + '"')));
        // The credential is the root's first child element.
        const QByteArray element =
            version == OpenBadgesVersion::V2 ? "<openbadges:assertion" : "<openbadges:credential";
        const qsizetype rootEnd = baked.value().indexOf('>', baked.value().indexOf("<svg"));
        QCOMPARE(baked.value().indexOf('<', rootEnd), baked.value().indexOf(element));
        // The artwork survives: elements, namespaced attributes, escaped text.
        QVERIFY(baked.value().contains("<use xlink:href=\"#g\"/>"));
        QVERIFY(baked.value().contains("R&amp;D &lt;1&gt; \xc3\xa9"));
        QVERIFY(baked.value().contains("<!-- artwork -->"));

        const auto extracted = extractSvg(baked.value());
        QVERIFY2(extracted.ok(),
                 qPrintable(extracted.ok() ? QString() : extracted.error().message));
        QCOMPARE(extracted.value().version, version);
        QCOMPARE(extracted.value().verify, verify);
        QCOMPARE(extracted.value().text, text);

        // Baking again replaces the credential instead of adding a second one.
        const auto rebaked =
            bakeSvg(baked.value(), {OpenBadgesVersion::V3, {}, QStringLiteral("a.b.c")});
        QVERIFY(rebaked.ok());
        const auto again = extractSvg(rebaked.value());
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(again.value().verify, QStringLiteral("a.b.c"));
        QCOMPARE(rebaked.value().count("xmlns:openbadges"), 1);
    }

    void svgReadsTheSpecificationExample() {
        // The shape of the Open Badges 3.0 §5.3.2 example, with the body indented in CDATA.
        const QByteArray svg =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            "xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\" viewBox=\"0 0 512 512\">\n"
            "  <openbadges:credential>\n"
            "    <![CDATA[\n"
            "      {\"id\": \"http://example.edu/credentials/3732\"}\n"
            "    ]]>\n"
            "  </openbadges:credential>\n"
            "</svg>";
        const auto extracted = extractSvg(svg);
        QVERIFY(extracted.ok());
        QCOMPARE(extracted.value().text,
                 QByteArray("{\"id\": \"http://example.edu/credentials/3732\"}"));
    }

    void svgErrors_data() {
        QTest::addColumn<QByteArray>("svg");
        QTest::addColumn<Code>("code");
        QTest::newRow("external entity")
            << QByteArray("<?xml version=\"1.0\"?>\n"
                          "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;</text></svg>")
            << Code::ForbiddenDtd;
        QTest::newRow("entity expansion")
            << QByteArray("<!DOCTYPE svg [<!ENTITY a \"aaaaaaaa\">\n"
                          "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><svg "
                          "xmlns=\"http://www.w3.org/2000/svg\">&b;</svg>")
            << Code::ForbiddenDtd;
        QTest::newRow("any DOCTYPE")
            << QByteArray("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                          "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg "
                          "xmlns=\"http://www.w3.org/2000/svg\"/>")
            << Code::ForbiddenDtd;
        QTest::newRow("undeclared entity")
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&nbsp;</text></svg>")
            << Code::MalformedSvg;
        QTest::newRow("unclosed element")
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>")
            << Code::MalformedSvg;
        QTest::newRow("not XML") << QByteArray("\x89PNG\r\n") << Code::MalformedSvg;
        QTest::newRow("empty") << QByteArray() << Code::MalformedSvg;
        QTest::newRow("root not svg")
            << QByteArray("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>") << Code::MalformedSvg;
        QTest::newRow("two credentials")
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"\n"
                          " xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\" "
                          "xmlns:ob2=\"http://openbadges.org\">\n"
                          "<openbadges:credential verify=\"a.b.c\"/><ob2:assertion "
                          "verify=\"https://x/1\"/></svg>")
            << Code::AmbiguousCredential;
        // Found by tests/fuzz (fuzz_svg_baking): Qt's reader takes a NUL in a namespace prefix,
        // and the SVG baked from it did not read back; it takes a control character in an
        // attribute name too.
        static const char nulPrefix[] =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:\0=\"http://www.w3.org/2000/svg\" "
            "xmlns:openbadges=\"http://openbadges.org\"><openbadges:assertion verify=\"a/\">>"
            "</openbadges:assertion></svg>";
        QTest::newRow("control character in a namespace prefix")
            << QByteArray(nulPrefix, sizeof(nulPrefix) - 1) << Code::MalformedSvg;
        // Also from fuzz_svg_baking: Qt's reader takes "o~" as a namespace prefix; baked, the SVG
        // named an element o~:d, which it then refused.
        QTest::newRow("namespace prefix not an XML name")
            << QByteArray(
                   "<svg xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"><openbadges:"
                   "credential verify=\"J\"/><svg xmlns:o~=\"https://purl.imsglobal.org/ob/"
                   "v3p0\"><openbadges:d/></svg></svg>")
            << Code::MalformedSvg;
        QTest::newRow("control character in an attribute name")
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" a\x01"
                          "b=\"1\"/>")
            << Code::MalformedSvg;
        QTest::newRow("element inside the credential")
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                          "xmlns:ob=\"https://purl.imsglobal.org/ob/v3p0\">\n"
                          "<ob:credential><g/></ob:credential></svg>")
            << Code::MalformedSvg;
    }
    void svgErrors() {
        QFETCH(QByteArray, svg);
        QFETCH(Code, code);
        const auto extracted = extractSvg(svg);
        QVERIFY(!extracted.ok());
        QCOMPARE(extracted.error().code, code);
        QVERIFY(!extracted.error().message.isEmpty());
        QVERIFY(!extracted.error().message.contains(QLatin1String("root:")));
        // Baking refuses the same documents, except those whose only fault is the credential:
        // baking replaces it.
        const bool credentialFault = QByteArray(QTest::currentDataTag()).contains("credential");
        QCOMPARE(bakeSvg(svg, {OpenBadgesVersion::V3, {}, QStringLiteral("a.b.c")}).ok(),
                 credentialFault);
    }

    // Found by tests/fuzz (fuzz_svg_baking): an element below the root that binds "openbadges"
    // to another namespace left the writer two meanings for the prefix, and the baked SVG read
    // back with two credentials. Baking refuses it; the same binding again is harmless.
    void svgBakingRefusesARebindingOfItsPrefix() {
        const QByteArray rebound(
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><g xmlns:openbadges=\"urn:other\">"
            "<openbadges:credential/></g></svg>");
        QVERIFY(!extractSvg(rebound).ok());
        const auto refused = bakeSvg(rebound, {OpenBadgesVersion::V3, {}, QStringLiteral("a.b.c")});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Code::MalformedSvg);

        const QByteArray same("<svg xmlns=\"http://www.w3.org/2000/svg\"><g xmlns:openbadges="
                              "\"https://purl.imsglobal.org/ob/v3p0\"><rect/></g></svg>");
        const auto baked = bakeSvg(same, {OpenBadgesVersion::V3, {}, QStringLiteral("a.b.c")});
        QVERIFY2(baked.ok(), qPrintable(baked.ok() ? QString() : baked.error().message));
        const auto read = extractSvg(baked.value());
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read.value().verify, QStringLiteral("a.b.c"));
    }

    void svgBakingRefusesIncompleteCredentials() {
        QCOMPARE(bakeSvg(kSvg, {OpenBadgesVersion::V2, kAssertionJson, {}}).error().code,
                 Code::InvalidCredentialText);
        QCOMPARE(bakeSvg(kSvg, {OpenBadgesVersion::V3, {}, {}}).error().code,
                 Code::InvalidCredentialText);
        QCOMPARE(bakeSvg(kSvg, {OpenBadgesVersion::V3, kAssertionJson, QStringLiteral("a.b.c")})
                     .error()
                     .code,
                 Code::InvalidCredentialText);
    }
};

QTEST_GUILESS_MAIN(TestBaking)
#include "TestBaking.moc"
