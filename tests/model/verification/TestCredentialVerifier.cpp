// CredentialVerifier on every form a credential arrives in and on every bad input we know of.
// Credentials are made here with model/credentials; another issuer is a fake HTTPS server on the
// certificate certtrackd makes for the run, trusted through its CA file like any other.

#include "FakeTlsServer.h"
#include "PngFixtures.h"
#include "TestServer.h"
#include "credentials/BadgeBaking.h"
#include "credentials/Jws.h"
#include "credentials/SigningKey.h"
#include "credentials/StatusList.h"
#include "verification/CredentialVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace certtrack;
using credentials::KeyType;
using credentials::SigningKey;
using verification::CredentialVerifier;
using verification::Verdict;

namespace {

const QString kOrigin = QStringLiteral("https://badges.example.test");
const QDateTime kNow = QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::utc());
constexpr int kRevokedIndex = 7;
constexpr int kGoodIndex = 8;

SigningKey makeKey(KeyType type) {
    credentials::Result<SigningKey> key = SigningKey::generate(type);
    if (!key)
        qFatal("cannot make a key");
    return key.value();
}

QByteArray sign(const QJsonObject &payload, const SigningKey &key, const QString &kid) {
    QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!kid.isEmpty())
        header.insert(QStringLiteral("kid"), kid);
    const credentials::Result<QByteArray> jws =
        credentials::signJws(header, QJsonDocument(payload).toJson(QJsonDocument::Compact), key);
    if (!jws)
        qFatal("cannot sign");
    return jws.value();
}

QString b64(const QByteArray &bytes) {
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// An OpenBadgeCredential shaped like certtrackd's (server/badges/BadgeCredentials.cpp).
QJsonObject credentialPayload(const QString &origin, int statusIndex,
                              const QDateTime &validUntil = {}) {
    const QString issuer = origin + QStringLiteral("/issuer");
    const QString list = origin + QStringLiteral("/issuer/status/revocation");
    QJsonObject payload{
        {QStringLiteral("@context"),
         QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                    QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")}},
        {QStringLiteral("id"), QStringLiteral("urn:uuid:7d1c6b9e-0000-4000-8000-000000000001")},
        {QStringLiteral("type"),
         QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}},
        {QStringLiteral("name"), QStringLiteral("CCNA")},
        {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("id"), issuer},
                                               {QStringLiteral("type"), QStringLiteral("Profile")},
                                               {QStringLiteral("name"), QStringLiteral("Acme")}}},
        {QStringLiteral("validFrom"), QStringLiteral("2024-01-01T00:00:00Z")},
        {QStringLiteral("credentialSubject"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("urn:uuid:subject")},
                     {QStringLiteral("identifier"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("hashed"), true},
                          {QStringLiteral("identityHash"), QStringLiteral("sha256$ab")},
                          {QStringLiteral("identityType"), QStringLiteral("emailAddress")}}}},
                     {QStringLiteral("achievement"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("CCNA Routing")}}}}},
        {QStringLiteral("credentialStatus"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("BitstringStatusListEntry")},
                     {QStringLiteral("statusPurpose"), QStringLiteral("revocation")},
                     {QStringLiteral("statusListIndex"), QString::number(statusIndex)},
                     {QStringLiteral("statusListCredential"), list}}},
        {QStringLiteral("iss"), issuer},
        {QStringLiteral("nbf"), qint64(1704067200)}};
    if (validUntil.isValid()) {
        payload.insert(QStringLiteral("validUntil"), validUntil.toString(Qt::ISODate));
        payload.insert(QStringLiteral("exp"), validUntil.toSecsSinceEpoch());
    }
    return payload;
}

QByteArray statusListJwt(const QString &origin, const SigningKey &key, const QString &kid) {
    credentials::BitstringStatusList bits;
    bits.set(kRevokedIndex);
    const QString id = origin + QStringLiteral("/issuer/status/revocation");
    const QJsonObject payload{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"),
                                            QStringLiteral("BitstringStatusListCredential")}},
        {QStringLiteral("issuer"), QString(origin + QStringLiteral("/issuer"))},
        {QStringLiteral("credentialSubject"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("BitstringStatusList")},
                     {QStringLiteral("statusPurpose"), QStringLiteral("revocation")},
                     {QStringLiteral("encodedList"), QString::fromLatin1(bits.encode())}}}};
    return sign(payload, key, kid);
}

} // namespace

class TestCredentialVerifier : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void oursValidOfflineWithoutNetwork();
    void oursBakedPngAndSvg();
    void oursForgedSignature();
    void oursUnknownKid();
    void oursAlteredPayload();
    void algNone();
    void oursExpired();
    void oursRevoked();
    void oursStatusListForged();
    void oursNotSyncedYet();
    void truncatedPng();
    void pngWithTwoCredentials();
    void pngChunkOverCap();
    void svgWithExternalEntity();
    void jsonLdWithUnresolvableContext();
    void dataIntegrityProof();
    void malformedJson();
    void notACredential();
    void hostedAssertionOffline();
    void foreignOffline();
    void foreignOnline_data();
    void foreignOnline();
    void foreignDidKey();
    void foreignDidWeb();
    void foreignRevokedOnline();
    void foreignKeyOfAnotherIssuer();
    void foreignUnresolvableKid();
    void foreignServerDown();

private:
    Verdict run(const QByteArray &bytes, CredentialVerifier::Options options,
                int *requests = nullptr);
    CredentialVerifier::Options offlineOurs() const;
    std::unique_ptr<test::FakeTlsServer> serveForeign();
    CredentialVerifier::Options online() const;

    test::TestServer m_certificates;
    SigningKey m_ours;
    QString m_ourKid;
    verification::IssuerSnapshot m_snapshot;
    // Another issuer, served over TLS by the fake.
    QHash<QByteArray, QByteArray> m_foreignFiles;
};

void TestCredentialVerifier::initTestCase() {
    QVERIFY2(m_certificates.start(test::TestServer::defaultNow(), QString()),
             qPrintable(m_certificates.error()));
    m_certificates.stop();
    m_ours = makeKey(KeyType::Rsa);
    m_ourKid = kOrigin + QStringLiteral("/issuer/keys/") + m_ours.publicKey().thumbprint();
    credentials::JwkMetadata metadata;
    metadata.kid = m_ourKid;
    metadata.alg = QStringLiteral("RS256");
    m_snapshot.keys = QJsonDocument(QJsonObject{{QStringLiteral("keys"),
                                                 QJsonArray{m_ours.publicKey().toJwk(metadata)}}})
                          .toJson(QJsonDocument::Compact);
    m_snapshot.statusList = statusListJwt(kOrigin, m_ours, m_ourKid);
    m_snapshot.keysFetchedAt = kNow.addSecs(-3600);
    m_snapshot.statusListFetchedAt = kNow.addSecs(-3600);
}

CredentialVerifier::Options TestCredentialVerifier::offlineOurs() const {
    CredentialVerifier::Options options;
    options.ours = m_snapshot;
    options.now = kNow;
    return options;
}

CredentialVerifier::Options TestCredentialVerifier::online() const {
    CredentialVerifier::Options options;
    options.caFile = m_certificates.caFile();
    options.now = kNow;
    options.timeoutMs = 5000;
    return options;
}

Verdict TestCredentialVerifier::run(const QByteArray &bytes, CredentialVerifier::Options options,
                                    int *requests) {
    CredentialVerifier verifier(std::move(options));
    QSignalSpy finished(&verifier, &CredentialVerifier::finished);
    verifier.verify(bytes);
    if (!finished.wait(10000) && finished.isEmpty())
        qFatal("the verifier did not answer");
    if (requests)
        *requests = verifier.networkRequestCount();
    QTest::qWait(20); // a second answer would arrive now
    if (finished.size() != 1)
        qFatal("the verifier answered more than once");
    return finished.first().first().value<Verdict>();
}

void TestCredentialVerifier::oursValidOfflineWithoutNetwork() {
    const QByteArray jwt = sign(credentialPayload(kOrigin, kGoodIndex), m_ours, m_ourKid);
    int requests = -1;
    const Verdict verdict = run(jwt, offlineOurs(), &requests);
    QCOMPARE(verdict.outcome, Verdict::Outcome::Valid);
    QCOMPARE(requests, 0);
    QVERIFY(verdict.issuedByOurServer);
    QVERIFY(verdict.checkedOffline);
    QCOMPARE(verdict.keysFetchedAt, m_snapshot.keysFetchedAt);
    QCOMPARE(verdict.achievement, QStringLiteral("CCNA Routing"));
    QCOMPARE(verdict.issuerName, QStringLiteral("Acme"));
    QCOMPARE(verdict.issuerId, kOrigin + QStringLiteral("/issuer"));
    QCOMPARE(verdict.holder, QStringLiteral("sha256$ab"));
    QVERIFY(verdict.holderIsHashed);
    QCOMPARE(verdict.issued, QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(verdict.credentialText, jwt);
    QVERIFY(verdict.describe().join(QLatin1Char('\n')).contains(QStringLiteral("hashed")));
    QVERIFY(verdict.describe().join(QLatin1Char('\n')).contains(QStringLiteral("offline")));
}

void TestCredentialVerifier::oursBakedPngAndSvg() {
    const QByteArray jwt = sign(credentialPayload(kOrigin, kGoodIndex), m_ours, m_ourKid);
    const credentials::Result<QByteArray> png = credentials::bakePng(
        credentials::testing::makePng(8, 8), credentials::OpenBadgesVersion::V3, jwt);
    QVERIFY(png.ok());
    Verdict verdict = run(png.value(), offlineOurs());
    QCOMPARE(verdict.outcome, Verdict::Outcome::Valid);
    QCOMPARE(verdict.form, Verdict::Form::BakedPng);
    QCOMPARE(verdict.credentialText, jwt);

    credentials::BakedCredential baked;
    baked.version = credentials::OpenBadgesVersion::V3;
    baked.verify = QString::fromLatin1(jwt);
    const credentials::Result<QByteArray> svg = credentials::bakeSvg(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"/>", baked);
    QVERIFY(svg.ok());
    verdict = run(svg.value(), offlineOurs());
    QCOMPARE(verdict.outcome, Verdict::Outcome::Valid);
    QCOMPARE(verdict.form, Verdict::Form::BakedSvg);
}

void TestCredentialVerifier::oursForgedSignature() {
    // Another key signs under our kid.
    const QByteArray jwt =
        sign(credentialPayload(kOrigin, kGoodIndex), makeKey(KeyType::Rsa), m_ourKid);
    int requests = -1;
    const Verdict verdict = run(jwt, offlineOurs(), &requests);
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    QCOMPARE(verdict.failedCheck, QStringLiteral("signature"));
    QCOMPARE(requests, 0);
}

void TestCredentialVerifier::oursUnknownKid() {
    const SigningKey other = makeKey(KeyType::Rsa);
    const QByteArray jwt =
        sign(credentialPayload(kOrigin, kGoodIndex), other,
             kOrigin + QStringLiteral("/issuer/keys/") + other.publicKey().thumbprint());
    int requests = -1;
    const Verdict verdict = run(jwt, offlineOurs(), &requests);
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    QCOMPARE(verdict.failedCheck, QStringLiteral("key"));
    QCOMPARE(requests, 0);
}

void TestCredentialVerifier::oursAlteredPayload() {
    const QByteArray jwt = sign(credentialPayload(kOrigin, kGoodIndex), m_ours, m_ourKid);
    QJsonObject altered = credentialPayload(kOrigin, kGoodIndex);
    altered.insert(QStringLiteral("name"), QStringLiteral("CCIE"));
    const QList<QByteArray> parts = jwt.split('.');
    const QByteArray tampered =
        parts[0] + '.' + b64(QJsonDocument(altered).toJson(QJsonDocument::Compact)).toLatin1() +
        '.' + parts[2];
    const Verdict verdict = run(tampered, offlineOurs());
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    QCOMPARE(verdict.failedCheck, QStringLiteral("signature"));
}

void TestCredentialVerifier::algNone() {
    const QByteArray header =
        b64(R"({"alg":"none","kid":")" + m_ourKid.toUtf8() + R"("})").toLatin1();
    const QByteArray payload =
        b64(QJsonDocument(credentialPayload(kOrigin, kGoodIndex)).toJson(QJsonDocument::Compact))
            .toLatin1();
    const Verdict verdict = run(header + '.' + payload + '.', offlineOurs());
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    QVERIFY2(verdict.failedCheck == QStringLiteral("algorithm") ||
                 verdict.failedCheck == QStringLiteral("format"),
             qPrintable(verdict.reason));
}

void TestCredentialVerifier::oursExpired() {
    const QByteArray jwt =
        sign(credentialPayload(kOrigin, kGoodIndex, kNow.addDays(-2)), m_ours, m_ourKid);
    const Verdict verdict = run(jwt, offlineOurs());
    QCOMPARE(verdict.outcome, Verdict::Outcome::Expired);
    QCOMPARE(verdict.expires, kNow.addDays(-2));
}

void TestCredentialVerifier::oursRevoked() {
    const QByteArray jwt = sign(credentialPayload(kOrigin, kRevokedIndex), m_ours, m_ourKid);
    int requests = -1;
    const Verdict verdict = run(jwt, offlineOurs(), &requests);
    QCOMPARE(verdict.outcome, Verdict::Outcome::Revoked);
    QCOMPARE(requests, 0);
    QCOMPARE(verdict.statusListFetchedAt, m_snapshot.statusListFetchedAt);
}

void TestCredentialVerifier::oursStatusListForged() {
    CredentialVerifier::Options options = offlineOurs();
    options.ours.statusList = statusListJwt(kOrigin, makeKey(KeyType::Rsa), m_ourKid);
    QString error;
    QVERIFY(!options.ours.statusListIsSigned(&error));
    const QByteArray jwt = sign(credentialPayload(kOrigin, kGoodIndex), m_ours, m_ourKid);
    const Verdict verdict = run(jwt, options);
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    QCOMPARE(verdict.failedCheck, QStringLiteral("revocation"));
}

void TestCredentialVerifier::oursNotSyncedYet() {
    CredentialVerifier::Options options = offlineOurs();
    options.ours.statusList.clear();
    const QByteArray jwt = sign(credentialPayload(kOrigin, kGoodIndex), m_ours, m_ourKid);
    const Verdict verdict = run(jwt, options);
    QCOMPARE(verdict.outcome, Verdict::Outcome::CannotCheck);
    QCOMPARE(verdict.failedCheck, QStringLiteral("revocation"));
}

void TestCredentialVerifier::truncatedPng() {
    const QByteArray jwt = sign(credentialPayload(kOrigin, kGoodIndex), m_ours, m_ourKid);
    const QByteArray png = credentials::bakePng(credentials::testing::makePng(8, 8),
                                                credentials::OpenBadgesVersion::V3, jwt)
                               .value();
    const Verdict verdict = run(png.left(png.size() / 2), offlineOurs());
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    QCOMPARE(verdict.failedCheck, QStringLiteral("image"));
}

void TestCredentialVerifier::pngWithTwoCredentials() {
    const QByteArray jwt = sign(credentialPayload(kOrigin, kGoodIndex), m_ours, m_ourKid);
    const QByteArray png = credentials::testing::makePng(
        8, 8, {{"openbadgecredential", jwt}, {"openbadgecredential", jwt}});
    const Verdict verdict = run(png, offlineOurs());
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    QCOMPARE(verdict.failedCheck, QStringLiteral("image"));
    QVERIFY2(verdict.reason.contains(QStringLiteral("more than one")) ||
                 verdict.reason.contains(QStringLiteral("two")),
             qPrintable(verdict.reason));
}

void TestCredentialVerifier::pngChunkOverCap() {
    const QByteArray huge(credentials::kMaxPngChunkBytes + 16, 'a');
    const QByteArray png = credentials::testing::makePng(8, 8, {{"openbadgecredential", huge}});
    const Verdict verdict = run(png, offlineOurs());
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    QCOMPARE(verdict.failedCheck, QStringLiteral("image"));
}

void TestCredentialVerifier::svgWithExternalEntity() {
    const QByteArray svg = "<?xml version=\"1.0\"?>\n"
                           "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                           "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                           "xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
                           "<openbadges:credential>&xxe;</openbadges:credential></svg>";
    const Verdict verdict = run(svg, offlineOurs());
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    QCOMPARE(verdict.failedCheck, QStringLiteral("image"));
    QVERIFY(!verdict.reason.contains(QStringLiteral("root:")));
}

void TestCredentialVerifier::jsonLdWithUnresolvableContext() {
    QJsonObject credential = credentialPayload(kOrigin, kGoodIndex);
    credential.insert(QStringLiteral("@context"),
                      QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                                 QStringLiteral("https://contexts.invalid/never-resolves.json")});
    int requests = -1;
    const Verdict verdict = run(QJsonDocument(credential).toJson(), offlineOurs(), &requests);
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    QCOMPARE(verdict.failedCheck, QStringLiteral("proof"));
    QCOMPARE(requests, 0);
    QVERIFY(verdict.notes.join(QLatin1Char(' ')).contains(QStringLiteral("without JSON-LD")));
}

void TestCredentialVerifier::dataIntegrityProof() {
    QJsonObject credential = credentialPayload(QStringLiteral("https://other.example"), 1);
    credential.insert(
        QStringLiteral("proof"),
        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("DataIntegrityProof")},
                               {QStringLiteral("cryptosuite"), QStringLiteral("eddsa-rdfc-2022")},
                               {QStringLiteral("proofValue"), QStringLiteral("z58DAdFfa9")}}});
    const Verdict verdict = run(QJsonDocument(credential).toJson(), online());
    QCOMPARE(verdict.outcome, Verdict::Outcome::CannotCheck);
    QCOMPARE(verdict.failedCheck, QStringLiteral("proof"));
    QCOMPARE(verdict.achievement, QStringLiteral("CCNA Routing"));
}

void TestCredentialVerifier::malformedJson() {
    Verdict verdict = run("{\"type\": [\"VerifiableCredential\", ", offlineOurs());
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    QCOMPARE(verdict.failedCheck, QStringLiteral("format"));
    verdict = run("[1, 2, 3]", offlineOurs());
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    verdict = run("{\"type\": \"Person\"}", offlineOurs());
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    verdict = run("eyJhbGciOiJSUzI1NiJ9.e30", offlineOurs());
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    verdict = run("eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln", offlineOurs());
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
}

void TestCredentialVerifier::notACredential() {
    Verdict verdict = run(QByteArray(), offlineOurs());
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    verdict = run("hello, world", offlineOurs());
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    QCOMPARE(verdict.failedCheck, QStringLiteral("format"));
}

void TestCredentialVerifier::hostedAssertionOffline() {
    const QJsonObject assertion{
        {QStringLiteral("@context"), QStringLiteral("https://w3id.org/openbadges/v2")},
        {QStringLiteral("type"), QStringLiteral("Assertion")},
        {QStringLiteral("id"), QString(kOrigin + QStringLiteral("/badges/bdg-1"))},
        {QStringLiteral("recipient"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("email")},
                     {QStringLiteral("hashed"), true},
                     {QStringLiteral("identity"), QStringLiteral("sha256$cd")}}},
        {QStringLiteral("verification"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("hosted")}}}};
    CredentialVerifier::Options options = offlineOurs();
    options.offline = true;
    int requests = -1;
    const Verdict verdict = run(QJsonDocument(assertion).toJson(), options, &requests);
    QCOMPARE(verdict.outcome, Verdict::Outcome::CannotCheck);
    QCOMPARE(verdict.failedCheck, QStringLiteral("network"));
    QCOMPARE(verdict.openBadgesVersion, 2);
    QVERIFY(verdict.holderIsHashed);
    QCOMPARE(requests, 0);
}

void TestCredentialVerifier::foreignOffline() {
    const SigningKey key = makeKey(KeyType::EcP256);
    const QString origin = QStringLiteral("https://elsewhere.example");
    const QByteArray jwt =
        sign(credentialPayload(origin, 1), key, origin + QStringLiteral("/keys/1"));
    CredentialVerifier::Options options = offlineOurs();
    options.offline = true;
    int requests = -1;
    const Verdict verdict = run(jwt, options, &requests);
    QCOMPARE(verdict.outcome, Verdict::Outcome::CannotCheck);
    QVERIFY(!verdict.issuedByOurServer);
    QCOMPARE(requests, 0);
}

std::unique_ptr<test::FakeTlsServer> TestCredentialVerifier::serveForeign() {
    const QString tls = m_certificates.dataDir() + QStringLiteral("/tls/");
    auto server = std::make_unique<test::FakeTlsServer>(
        tls + QStringLiteral("server.pem"), tls + QStringLiteral("server-key.pem"),
        [this](const test::FakeTlsServer::Request &request, QSslSocket *socket) {
            const auto file = m_foreignFiles.constFind(request.path);
            socket->write(file == m_foreignFiles.constEnd()
                              ? test::FakeTlsServer::response(404, "{}")
                              : test::FakeTlsServer::response(200, *file));
        });
    if (!server->listen())
        qFatal("the fake issuer cannot listen");
    return server;
}

void TestCredentialVerifier::foreignOnline_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("asKeySet");
    QTest::newRow("RS256 JWK") << int(KeyType::Rsa) << false;
    QTest::newRow("ES256 JWK Set") << int(KeyType::EcP256) << true;
    QTest::newRow("EdDSA JWK") << int(KeyType::Ed25519) << false;
}

void TestCredentialVerifier::foreignOnline() {
    QFETCH(int, type);
    QFETCH(bool, asKeySet);
    const SigningKey key = makeKey(KeyType(type));
    auto server = serveForeign();
    const QString origin = QStringLiteral("https://127.0.0.1:%1").arg(server->port());
    const QString kid = origin + QStringLiteral("/keys/k1");
    credentials::JwkMetadata metadata;
    metadata.kid = kid;
    const QJsonObject jwk = key.publicKey().toJwk(metadata);
    m_foreignFiles.clear();
    m_foreignFiles.insert(
        "/keys/k1",
        QJsonDocument(asKeySet ? QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}} : jwk)
            .toJson());
    m_foreignFiles.insert("/issuer/status/revocation", statusListJwt(origin, key, kid));
    // Our own snapshot is there too: a foreign credential is still judged as foreign.
    const Verdict verdict = run(sign(credentialPayload(origin, kGoodIndex), key, kid), [&] {
        CredentialVerifier::Options o = online();
        o.ours = m_snapshot;
        return o;
    }());
    QCOMPARE(verdict.outcome, Verdict::Outcome::Valid);
    QVERIFY(!verdict.issuedByOurServer);
    QVERIFY(!verdict.checkedOffline);
    QCOMPARE(server->requestCount("/keys/k1"), 2); // the credential's and the list's key
    QCOMPARE(server->requestCount("/issuer/status/revocation"), 1);
}

void TestCredentialVerifier::foreignDidKey() {
    // did:key needs no network for the key; a credential without status needs none at all.
    const SigningKey key = makeKey(KeyType::Ed25519);
    const QByteArray jwk = QJsonDocument(key.publicKey().toJwk()).toJson();
    // did:key of an Ed25519 key: multicodec 0xed 0x01 + the raw key, base58btc.
    const QByteArray raw = QByteArray::fromBase64(
        key.publicKey().toJwk().value(u"x").toString().toLatin1(), QByteArray::Base64UrlEncoding);
    QByteArray bytes = QByteArray("\xed\x01", 2) + raw;
    static const char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    QByteArray digits;
    QList<int> number;
    for (char c : bytes)
        number.append(static_cast<unsigned char>(c));
    while (!number.isEmpty()) {
        int remainder = 0;
        QList<int> quotient;
        for (int digit : number) {
            const int value = remainder * 256 + digit;
            if (!quotient.isEmpty() || value / 58 > 0)
                quotient.append(value / 58);
            remainder = value % 58;
        }
        digits.prepend(alphabet[remainder]);
        number = quotient;
    }
    const QString did = QStringLiteral("did:key:z") + QString::fromLatin1(digits);
    QVERIFY2(credentials::PublicKey::fromDidKey(did).ok(), qPrintable(did));
    QJsonObject payload = credentialPayload(QStringLiteral("https://unused.example"), 1);
    payload.remove(QStringLiteral("credentialStatus"));
    payload.insert(QStringLiteral("issuer"), did);
    payload.insert(QStringLiteral("iss"), did);
    CredentialVerifier::Options options = online();
    options.offline = true;
    int requests = -1;
    const Verdict verdict =
        run(sign(payload, key, did + QLatin1Char('#') + did.mid(8)), options, &requests);
    QCOMPARE(verdict.outcome, Verdict::Outcome::Valid);
    QCOMPARE(requests, 0);
    Q_UNUSED(jwk)
}

void TestCredentialVerifier::foreignDidWeb() {
    const SigningKey key = makeKey(KeyType::EcP256);
    auto server = serveForeign();
    const QString did = QStringLiteral("did:web:127.0.0.1%3A%1").arg(server->port());
    const QString kid = did + QStringLiteral("#key-1");
    const QJsonObject document{
        {QStringLiteral("id"), did},
        {QStringLiteral("verificationMethod"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("#key-1")},
                                {QStringLiteral("type"), QStringLiteral("JsonWebKey2020")},
                                {QStringLiteral("controller"), did},
                                {QStringLiteral("publicKeyJwk"), key.publicKey().toJwk()}}}}};
    m_foreignFiles.clear();
    m_foreignFiles.insert("/.well-known/did.json", QJsonDocument(document).toJson());
    QJsonObject payload = credentialPayload(QStringLiteral("https://unused.example"), 1);
    payload.remove(QStringLiteral("credentialStatus"));
    payload.insert(QStringLiteral("issuer"), did);
    payload.insert(QStringLiteral("iss"), did);
    const Verdict verdict = run(sign(payload, key, kid), online());
    QCOMPARE(verdict.outcome, Verdict::Outcome::Valid);
    QCOMPARE(server->requestCount("/.well-known/did.json"), 1);
    // Signed by another key under the same kid: the DID document's key refuses it.
    const Verdict forged = run(sign(payload, makeKey(KeyType::EcP256), kid), online());
    QCOMPARE(forged.outcome, Verdict::Outcome::NotValid);
    QCOMPARE(forged.failedCheck, QStringLiteral("signature"));
}

void TestCredentialVerifier::foreignRevokedOnline() {
    const SigningKey key = makeKey(KeyType::Rsa);
    auto server = serveForeign();
    const QString origin = QStringLiteral("https://127.0.0.1:%1").arg(server->port());
    const QString kid = origin + QStringLiteral("/keys/k1");
    credentials::JwkMetadata metadata;
    metadata.kid = kid;
    m_foreignFiles.clear();
    m_foreignFiles.insert("/keys/k1", QJsonDocument(key.publicKey().toJwk(metadata)).toJson());
    m_foreignFiles.insert("/issuer/status/revocation", statusListJwt(origin, key, kid));
    Verdict verdict = run(sign(credentialPayload(origin, kRevokedIndex), key, kid), online());
    QCOMPARE(verdict.outcome, Verdict::Outcome::Revoked);
    // A list signed by someone else is not believed.
    m_foreignFiles.insert("/issuer/status/revocation",
                          statusListJwt(origin, makeKey(KeyType::Rsa), kid));
    verdict = run(sign(credentialPayload(origin, kGoodIndex), key, kid), online());
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    QCOMPARE(verdict.failedCheck, QStringLiteral("revocation"));
    // An unknown kid at the issuer.
    verdict =
        run(sign(credentialPayload(origin, kGoodIndex), key, origin + QStringLiteral("/keys/x")),
            online());
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    QCOMPARE(verdict.failedCheck, QStringLiteral("key"));
}

void TestCredentialVerifier::foreignKeyOfAnotherIssuer() {
    // A forger's own key, hosted on the forger's origin, cannot speak for another issuer.
    const SigningKey key = makeKey(KeyType::Rsa);
    const QByteArray jwt = sign(credentialPayload(QStringLiteral("https://real-issuer.example"), 1),
                                key, QStringLiteral("https://forger.example/key"));
    int requests = -1;
    const Verdict verdict = run(jwt, online(), &requests);
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    QCOMPARE(verdict.failedCheck, QStringLiteral("issuer"));
    QCOMPARE(requests, 0);
}

void TestCredentialVerifier::foreignUnresolvableKid() {
    const SigningKey key = makeKey(KeyType::Rsa);
    const QString origin = QStringLiteral("https://elsewhere.example");
    Verdict verdict = run(sign(credentialPayload(origin, 1), key, QString()), online());
    QCOMPARE(verdict.outcome, Verdict::Outcome::CannotCheck);
    QCOMPARE(verdict.failedCheck, QStringLiteral("key"));
    verdict = run(sign(credentialPayload(origin, 1), key, QStringLiteral("urn:key:1")), online());
    QCOMPARE(verdict.outcome, Verdict::Outcome::CannotCheck);
    verdict = run(sign(credentialPayload(QStringLiteral("http://plain.example"), 1), key,
                       QStringLiteral("http://plain.example/key")),
                  online());
    QCOMPARE(verdict.outcome, Verdict::Outcome::CannotCheck);
}

void TestCredentialVerifier::foreignServerDown() {
    const SigningKey key = makeKey(KeyType::Rsa);
    quint16 port = 0;
    {
        auto server = serveForeign();
        port = server->port();
    }
    const QString origin = QStringLiteral("https://127.0.0.1:%1").arg(port);
    const Verdict verdict =
        run(sign(credentialPayload(origin, 1), key, origin + QStringLiteral("/keys/k1")), online());
    QCOMPARE(verdict.outcome, Verdict::Outcome::CannotCheck);
    QCOMPARE(verdict.failedCheck, QStringLiteral("network"));
}

QTEST_GUILESS_MAIN(TestCredentialVerifier)
#include "TestCredentialVerifier.moc"
