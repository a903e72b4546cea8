// Digital badges as Open Badges credentials, against a real certtrackd: the holder's routes
// (list, one badge, acceptance and visibility with If-Match, the 3.0 credential, baked images),
// the public ones (issuer, keys, achievements, the revocation list, /badges/{id}), and revocation
// and reissuing through `certtrackd admin`. The credentials are checked here with our own
// verifier; tests/e2e/badges.test.mjs checks them with third-party tools.
#include "ServerTestSupport.h"

#include "credentials/BadgeBaking.h"
#include "credentials/Jws.h"
#include "credentials/PublicKey.h"
#include "credentials/SigningKey.h"
#include "credentials/StatusList.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace certtrack;
using namespace certtrack::test;

namespace {

const QString kAmira = QStringLiteral("CSCO10000001");

QJsonObject decodeJson(const QByteArray &bytes) {
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestServerBadges : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listCarriesStatusVisibilityAndUrls();
    void seedHasEveryState();
    void anotherCandidatesBadgeIsNotFound();
    void patchNeedsIfMatchAndCurrentTag();
    void acceptingMakesPublicAndPrivateHidesThePerson();
    void patchRefusesWhatCannotBe();
    void credentialVerifiesWithTheKeyItsKidNames();
    void bakedImagesCarryTheCredential();
    void holderGetsTheAssertionWhateverItsVisibility();
    void bakedRefusesUnknownVersions();
    void issuerAchievementAndKeysAreTheirOwnUrls();
    void revokingTheCertificationRevokesTheBadgeEverywhere();
    void issuerKeyIsKeptAcrossRestarts();
    void publicUrlAndGivenKeyAndReissue();

private:
    HttpResult get(const QString &path, const QString &token,
                   QList<QPair<QByteArray, QByteArray>> headers = {}) {
        headers += bearer(token);
        const qsizetype question = path.indexOf(QLatin1Char('?'));
        QUrl url = m_server.apiUrl(path.left(question));
        if (question >= 0)
            url.setQuery(path.mid(question + 1));
        return m_http->get(url, headers);
    }
    HttpResult publicGet(TestServer &server, const QString &path, const QByteArray &accept = {}) {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!accept.isEmpty())
            headers.append(qMakePair(QByteArray("Accept"), accept));
        return m_http->get(server.baseUrl().resolved(QUrl(path)), headers);
    }
    HttpResult patch(const QString &id, const QString &token, const QByteArray &body,
                     const QByteArray &ifMatch) {
        QList<QPair<QByteArray, QByteArray>> headers = bearer(token);
        headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/merge-patch+json")));
        if (!ifMatch.isEmpty())
            headers.append(qMakePair(QByteArray("If-Match"), ifMatch));
        return m_http->request("PATCH", m_server.apiUrl(QStringLiteral("me/badges/") + id), headers,
                               body);
    }
    int admin(TestServer &server, const QStringList &arguments, QString *out = nullptr) {
        QProcess process;
        process.start(TestServer::executable(),
                      QStringList{QStringLiteral("admin"), QStringLiteral("--database"),
                                  server.databasePath()} +
                          arguments);
        if (!process.waitForFinished(30000))
            return -1;
        if (out)
            *out =
                QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitCode();
    }
    // Verifies a compact VC-JWT with the key its kid names, fetched from `server`.
    credentials::Result<credentials::ParsedJws> verified(TestServer &server,
                                                         const QByteArray &jwt) {
        credentials::Result<credentials::ParsedJws> parsed = credentials::parseJws(jwt);
        if (!parsed)
            return parsed;
        const QUrl kid(parsed.value().header.value(QLatin1String("kid")).toString());
        const HttpResult key = m_http->get(kid);
        if (key.status != 200)
            return credentials::credentialError(credentials::CredentialError::Code::InvalidKey,
                                                QStringLiteral("kid did not dereference"));
        credentials::Result<credentials::PublicKey> publicKey =
            credentials::PublicKey::fromJwk(key.json().object());
        if (!publicKey)
            return publicKey.error();
        const credentials::Status checked =
            credentials::verifyJws(parsed.value(), publicKey.value());
        if (!checked)
            return checked.error();
        Q_UNUSED(server)
        return parsed;
    }

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QString m_john;
    QString m_amira;
};

void TestServerBadges::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http = std::make_unique<TestHttp>(m_server.caFile());
    m_john = m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword);
    m_amira = m_http->passwordToken(m_server.baseUrl(), kAmira, kDemoPassword);
    QVERIFY(!m_john.isEmpty());
    QVERIFY(!m_amira.isEmpty());
}

void TestServerBadges::listCarriesStatusVisibilityAndUrls() {
    const QJsonArray badges =
        items(getObject(*m_http, m_server, QStringLiteral("me/badges"), m_john));
    QCOMPARE(badges.size(), 4);
    const QString origin = m_server.baseUrl().toString(QUrl::StripTrailingSlash);
    for (const QJsonValue &value : badges) {
        const QJsonObject badge = value.toObject();
        const QString id = badge.value(QLatin1String("id")).toString();
        QVERIFY(badge.value(QLatin1String("accepted")).toBool());
        QVERIFY(!badge.value(QLatin1String("criteria")).toString().isEmpty());
        QVERIFY(badge.value(QLatin1String("public")).toBool());
        QCOMPARE(badge.value(QLatin1String("assertionUrl")).toString(),
                 origin + QStringLiteral("/badges/") + id);
        QCOMPARE(badge.value(QLatin1String("publicUrl")).toString(),
                 origin + QStringLiteral("/badges/") + id);
        QCOMPARE(badge.value(QLatin1String("status")).toString(),
                 id == QLatin1String("bdg-10000000-ccie") ? QStringLiteral("expired")
                                                          : QStringLiteral("valid"));
    }
}

void TestServerBadges::seedHasEveryState() {
    const QJsonArray amira =
        items(getObject(*m_http, m_server, QStringLiteral("me/badges"), m_amira));
    const QJsonObject waiting =
        find(amira, QStringLiteral("id"), QStringLiteral("bdg-10000001-ccnp"));
    QVERIFY(!waiting.value(QLatin1String("accepted")).toBool());
    QVERIFY(!waiting.value(QLatin1String("public")).toBool());
    const QJsonObject hidden =
        find(amira, QStringLiteral("id"), QStringLiteral("bdg-10000001-ccna"));
    QVERIFY(hidden.value(QLatin1String("accepted")).toBool());
    QVERIFY(!hidden.value(QLatin1String("public")).toBool());
    const QString chen =
        m_http->passwordToken(m_server.baseUrl(), QStringLiteral("CSCO10000002"), kDemoPassword);
    const QJsonArray chens = items(getObject(*m_http, m_server, QStringLiteral("me/badges"), chen));
    QCOMPARE(find(chens, QStringLiteral("id"), QStringLiteral("bdg-10000002-ccna-1"))
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("revoked"));
    // A revoked badge's assertion still answers, saying so.
    const HttpResult assertion =
        publicGet(m_server, QStringLiteral("/badges/bdg-10000002-ccna-1"), "application/ld+json");
    QCOMPARE(assertion.status, 200);
    QVERIFY(assertion.json().object().value(QLatin1String("revoked")).toBool());
    QVERIFY(
        !assertion.json().object().value(QLatin1String("revocationReason")).toString().isEmpty());
}

void TestServerBadges::anotherCandidatesBadgeIsNotFound() {
    const QString amirasBadge = QStringLiteral("me/badges/bdg-10000001-ccna");
    QCOMPARE(get(amirasBadge, m_john).status, 404);
    QCOMPARE(get(amirasBadge + QStringLiteral("/credential"), m_john).status, 404);
    QCOMPARE(get(amirasBadge + QStringLiteral("/baked.png"), m_john).status, 404);
    QCOMPARE(get(amirasBadge + QStringLiteral("/baked.svg"), m_john).status, 404);
    QCOMPARE(patch(QStringLiteral("bdg-10000001-ccna"), m_john, "{\"public\":true}", "*").status,
             404);
    QCOMPARE(get(QStringLiteral("me/badges/no-such-badge"), m_john).status, 404);
    // Nothing changed for Amira.
    QVERIFY(!getObject(*m_http, m_server, amirasBadge, m_amira)
                 .value(QLatin1String("public"))
                 .toBool());
}

void TestServerBadges::patchNeedsIfMatchAndCurrentTag() {
    const QString id = QStringLiteral("bdg-10000000-encor");
    QCOMPARE(patch(id, m_john, "{\"public\":false}", {}).status, 428);
    const HttpResult stale = patch(id, m_john, "{\"public\":false}", "\"not-the-tag\"");
    QCOMPARE(stale.status, 412);
    const QByteArray current = get(QStringLiteral("me/badges/") + id, m_john).header("ETag");
    QCOMPARE(stale.header("ETag"), current);
    // The tag of the answer is the tag of the changed badge.
    const HttpResult done = patch(id, m_john, "{\"public\":false}", current);
    QCOMPARE(done.status, 200);
    QCOMPARE(done.header("ETag"), get(QStringLiteral("me/badges/") + id, m_john).header("ETag"));
    QCOMPARE(patch(id, m_john, "{\"public\":true}", current).status, 412);
    QCOMPARE(patch(id, m_john, "{\"public\":true}", done.header("ETag")).status, 200);
}

void TestServerBadges::acceptingMakesPublicAndPrivateHidesThePerson() {
    const QString id = QStringLiteral("bdg-10000001-ccnp");
    const QString page = QStringLiteral("/badges/") + id;
    QCOMPARE(publicGet(m_server, page, "application/ld+json").status, 404);
    const HttpResult waitingPage = publicGet(m_server, page);
    QCOMPARE(waitingPage.status, 404);
    QVERIFY(!waitingPage.body.contains("Haddad"));

    const QByteArray tag = get(QStringLiteral("me/badges/") + id, m_amira).header("ETag");
    const HttpResult accepted = patch(id, m_amira, "{\"accepted\":true}", tag);
    QCOMPARE(accepted.status, 200);
    QVERIFY(accepted.json().object().value(QLatin1String("public")).toBool());
    const HttpResult html = publicGet(m_server, page, "text/html");
    QCOMPARE(html.status, 200);
    QVERIFY(html.body.contains("Amira"));
    QVERIFY(html.body.contains("CCNP Enterprise"));
    QVERIFY(html.body.contains("as checked at"));
    QVERIFY(!html.body.contains("<script"));
    const QJsonObject assertion = publicGet(m_server, page, "application/ld+json").json().object();
    QCOMPARE(assertion.value(QLatin1String("id")).toString(),
             m_server.baseUrl().resolved(QUrl(page)).toString());
    QCOMPARE(assertion.value(QLatin1String("type")).toString(), QStringLiteral("Assertion"));

    const HttpResult hidden = patch(id, m_amira, "{\"public\":false}", accepted.header("ETag"));
    QCOMPARE(hidden.status, 200);
    QCOMPARE(publicGet(m_server, page, "application/ld+json").status, 404);
    const HttpResult privatePage = publicGet(m_server, page);
    QCOMPARE(privatePage.status, 404);
    QVERIFY(!privatePage.body.contains("Amira"));
}

void TestServerBadges::patchRefusesWhatCannotBe() {
    const QString john = QStringLiteral("bdg-10000000-ccna");
    const QByteArray tag = get(QStringLiteral("me/badges/") + john, m_john).header("ETag");
    QCOMPARE(patch(john, m_john, "{\"accepted\":false}", tag).status, 422);
    QCOMPARE(patch(john, m_john, "{\"public\":\"yes\"}", tag).status, 422);
    QCOMPARE(patch(john, m_john, "{\"name\":\"Mine\"}", tag).status, 422);
    QCOMPARE(patch(john, m_john, "[true]", tag).status, 400);
    HttpResult wrongType = m_http->request(
        "PATCH", m_server.apiUrl(QStringLiteral("me/badges/") + john),
        bearer(m_john) +
            QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "text/plain"}, {"If-Match", tag}},
        "{\"public\":true}");
    QCOMPARE(wrongType.status, 415);
    // A badge nobody accepted cannot be made public by the same token.
    const QString chen =
        m_http->passwordToken(m_server.baseUrl(), QStringLiteral("CSCO10000002"), kDemoPassword);
    Q_UNUSED(chen)
    const QString amira = QStringLiteral("bdg-10000001-ccna");
    const QByteArray amiraTag = get(QStringLiteral("me/badges/") + amira, m_amira).header("ETag");
    QCOMPARE(patch(amira, m_amira, "{\"public\":true}", amiraTag).status, 200);
}

void TestServerBadges::credentialVerifiesWithTheKeyItsKidNames() {
    const HttpResult jwt = get(QStringLiteral("me/badges/bdg-10000000-ccna/credential"), m_john);
    QCOMPARE(jwt.status, 200);
    QCOMPARE(jwt.header("Content-Type"), QByteArray("application/vc+jwt"));
    credentials::Result<credentials::ParsedJws> checked = verified(m_server, jwt.body);
    QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
    const credentials::ParsedJws &jws = checked.value();
    QCOMPARE(jws.algorithm, QStringLiteral("RS256"));
    const QString origin = m_server.baseUrl().toString(QUrl::StripTrailingSlash);
    QVERIFY(jws.header.value(QLatin1String("kid"))
                .toString()
                .startsWith(origin + QStringLiteral("/issuer/keys/")));
    const QJsonObject payload = decodeJson(jws.payload);
    const QJsonObject issuer = payload.value(QLatin1String("issuer")).toObject();
    QCOMPARE(payload.value(QLatin1String("iss")).toString(),
             issuer.value(QLatin1String("id")).toString());
    QCOMPARE(payload.value(QLatin1String("jti")).toString(),
             payload.value(QLatin1String("id")).toString());
    QCOMPARE(payload.value(QLatin1String("sub")).toString(),
             payload.value(QLatin1String("credentialSubject"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString());
    QCOMPARE(
        QDateTime::fromSecsSinceEpoch(payload.value(QLatin1String("nbf")).toInteger(),
                                      QTimeZone::utc()),
        QDateTime::fromString(payload.value(QLatin1String("validFrom")).toString(), Qt::ISODate));
    QCOMPARE(
        QDateTime::fromSecsSinceEpoch(payload.value(QLatin1String("exp")).toInteger(),
                                      QTimeZone::utc()),
        QDateTime::fromString(payload.value(QLatin1String("validUntil")).toString(), Qt::ISODate));
    // A tampered payload does not verify.
    QByteArray tampered = jwt.body;
    const qsizetype dot = tampered.indexOf('.');
    tampered[dot + 5] = tampered[dot + 5] == 'A' ? 'B' : 'A';
    QVERIFY(!verified(m_server, tampered));
    // The credential is signed once: asking again gives the same bytes.
    QCOMPARE(get(QStringLiteral("me/badges/bdg-10000000-ccna/credential"), m_john).body, jwt.body);
}

void TestServerBadges::bakedImagesCarryTheCredential() {
    const QString base = QStringLiteral("me/badges/bdg-10000000-ccent/");
    const QByteArray jwt = get(base + QStringLiteral("credential"), m_john).body;
    const HttpResult png3 = get(base + QStringLiteral("baked.png"), m_john);
    QCOMPARE(png3.status, 200);
    QCOMPARE(png3.header("Content-Type"), QByteArray("image/png"));
    credentials::Result<credentials::BakedCredential> in3 = credentials::extractPng(png3.body);
    QVERIFY(in3);
    QCOMPARE(in3.value().version, credentials::OpenBadgesVersion::V3);
    QCOMPARE(in3.value().text, jwt);

    const HttpResult png2 = get(base + QStringLiteral("baked.png?version=2"), m_john);
    QCOMPARE(png2.status, 200);
    credentials::Result<credentials::BakedCredential> in2 = credentials::extractPng(png2.body);
    QVERIFY(in2);
    QCOMPARE(in2.value().version, credentials::OpenBadgesVersion::V2);
    QCOMPARE(decodeJson(in2.value().text).value(QLatin1String("type")).toString(),
             QStringLiteral("Assertion"));

    const HttpResult svg3 = get(base + QStringLiteral("baked.svg?version=3"), m_john);
    QCOMPARE(svg3.status, 200);
    credentials::Result<credentials::BakedCredential> inSvg = credentials::extractSvg(svg3.body);
    QVERIFY(inSvg);
    QCOMPARE(inSvg.value().verify.toLatin1(), jwt);
    const HttpResult svg2 = get(base + QStringLiteral("baked.svg?version=2"), m_john);
    credentials::Result<credentials::BakedCredential> inSvg2 = credentials::extractSvg(svg2.body);
    QVERIFY(inSvg2);
    QCOMPARE(
        inSvg2.value().verify,
        m_server.baseUrl().resolved(QUrl(QStringLiteral("/badges/bdg-10000000-ccent"))).toString());
}

void TestServerBadges::holderGetsTheAssertionWhateverItsVisibility() {
    // Public: the holder's copy is the hosted one.
    const QString ccent = QStringLiteral("bdg-10000000-ccent");
    const HttpResult own = get(QStringLiteral("me/badges/%1/assertion").arg(ccent), m_john);
    QCOMPARE(own.status, 200);
    QCOMPARE(own.header("Content-Type"), QByteArray("application/ld+json"));
    const HttpResult hosted =
        publicGet(m_server, QStringLiteral("/badges/") + ccent, "application/ld+json");
    QCOMPARE(hosted.status, 200);
    QCOMPARE(own.json().object(), hosted.json().object());

    // Private: nothing public, but the holder has it (and nobody else).
    const QString hidden = QStringLiteral("bdg-10000001-ccna");
    QCOMPARE(patch(hidden, m_amira, "{\"public\":false}", "*").status, 200);
    QCOMPARE(publicGet(m_server, QStringLiteral("/badges/") + hidden, "application/ld+json").status,
             404);
    const HttpResult amiras = get(QStringLiteral("me/badges/%1/assertion").arg(hidden), m_amira);
    QCOMPARE(amiras.status, 200);
    const QJsonObject assertion = amiras.json().object();
    QCOMPARE(assertion.value(QLatin1String("type")).toString(), QStringLiteral("Assertion"));
    QCOMPARE(assertion.value(QLatin1String("id")).toString(),
             m_server.baseUrl().resolved(QUrl(QStringLiteral("/badges/") + hidden)).toString());
    QCOMPARE(get(QStringLiteral("me/badges/%1/assertion").arg(hidden), m_john).status, 404);
}

void TestServerBadges::bakedRefusesUnknownVersions() {
    const QString base = QStringLiteral("me/badges/bdg-10000000-ccent/");
    QCOMPARE(get(base + QStringLiteral("baked.png?version=4"), m_john).status, 400);
    QCOMPARE(get(base + QStringLiteral("baked.svg?version=two"), m_john).status, 400);
}

void TestServerBadges::issuerAchievementAndKeysAreTheirOwnUrls() {
    const QJsonObject issuer =
        publicGet(m_server, QStringLiteral("/issuer"), "application/ld+json").json().object();
    QCOMPARE(issuer.value(QLatin1String("type")).toString(), QStringLiteral("Issuer"));
    QCOMPARE(issuer.value(QLatin1String("id")).toString(),
             m_server.baseUrl().resolved(QUrl(QStringLiteral("/issuer"))).toString());
    QVERIFY(!issuer.value(QLatin1String("email")).toString().isEmpty());
    const HttpResult image = publicGet(m_server, QStringLiteral("/issuer/image"));
    QCOMPARE(image.header("Content-Type"), QByteArray("image/svg+xml"));
    QVERIFY(image.body.startsWith("<svg") || image.body.startsWith("<?xml"));
    const HttpResult statusList = publicGet(m_server, QStringLiteral("/issuer/status/revocation"));
    QCOMPARE(statusList.header("Content-Type"), QByteArray("application/vc+jwt"));
    QVERIFY(verified(m_server, statusList.body));
    const HttpResult issuerPage = publicGet(m_server, QStringLiteral("/issuer"), "text/html");
    QCOMPARE(issuerPage.status, 200);
    QVERIFY(issuerPage.header("Content-Type").startsWith("text/html"));

    const QJsonObject badgeClass =
        publicGet(m_server, QStringLiteral("/issuer/achievements/ccna")).json().object();
    QCOMPARE(badgeClass.value(QLatin1String("type")).toString(), QStringLiteral("BadgeClass"));
    QCOMPARE(
        badgeClass.value(QLatin1String("id")).toString(),
        m_server.baseUrl().resolved(QUrl(QStringLiteral("/issuer/achievements/ccna"))).toString());
    QCOMPARE(publicGet(m_server, QStringLiteral("/issuer/achievements/ccna/image"))
                 .header("Content-Type"),
             QByteArray("image/svg+xml"));
    QCOMPARE(publicGet(m_server, QStringLiteral("/issuer/achievements/nothing")).status, 404);

    const QJsonArray keys = publicGet(m_server, QStringLiteral("/issuer/keys"))
                                .json()
                                .object()
                                .value(QLatin1String("keys"))
                                .toArray();
    QCOMPARE(keys.size(), 1);
    const QJsonObject key = keys.first().toObject();
    QVERIFY(!key.contains(QLatin1String("d"))); // never the private half
    const QUrl kid(key.value(QLatin1String("kid")).toString());
    QCOMPARE(m_http->get(kid).json().object(), key);
    QCOMPARE(publicGet(m_server, QStringLiteral("/issuer/keys/unknown")).status, 404);
}

void TestServerBadges::revokingTheCertificationRevokesTheBadgeEverywhere() {
    const QString badge = QStringLiteral("bdg-10000000-encor");
    const QByteArray jwt =
        get(QStringLiteral("me/badges/") + badge + QStringLiteral("/credential"), m_john).body;
    const QJsonObject status = decodeJson(credentials::parseJws(jwt).value().payload)
                                   .value(QLatin1String("credentialStatus"))
                                   .toObject();
    const int index = status.value(QLatin1String("statusListIndex")).toString().toInt();
    const auto listBit = [&] {
        const HttpResult list =
            m_http->get(QUrl(status.value(QLatin1String("statusListCredential")).toString()));
        credentials::Result<credentials::ParsedJws> checked = verified(m_server, list.body);
        if (!checked)
            return std::optional<bool>();
        const QString encoded = decodeJson(checked.value().payload)
                                    .value(QLatin1String("credentialSubject"))
                                    .toObject()
                                    .value(QLatin1String("encodedList"))
                                    .toString();
        credentials::Result<credentials::BitstringStatusList> decoded =
            credentials::BitstringStatusList::decode(encoded.toLatin1());
        return decoded ? decoded.value().status(index) : std::optional<bool>();
    };
    QCOMPARE(listBit(), std::optional<bool>(false));

    QString out;
    QCOMPARE(admin(m_server,
                   {QStringLiteral("certification"), QStringLiteral("revoke"), kDemoLogin,
                    QStringLiteral("crt-10000000-encor")},
                   &out),
             0);
    QVERIFY2(out.contains(QLatin1String("revoked 1 badge")), qPrintable(out));
    QCOMPARE(listBit(), std::optional<bool>(true));
    QCOMPARE(getObject(*m_http, m_server, QStringLiteral("me/badges/") + badge, m_john)
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("revoked"));
    const QJsonObject assertion =
        publicGet(m_server, QStringLiteral("/badges/") + badge, "application/ld+json")
            .json()
            .object();
    QVERIFY(assertion.value(QLatin1String("revoked")).toBool());
    const HttpResult baked =
        get(QStringLiteral("me/badges/") + badge + QStringLiteral("/baked.png"), m_john);
    QCOMPARE(baked.status, 410);
    QVERIFY(baked.json()
                .object()
                .value(QLatin1String("detail"))
                .toString()
                .contains(QLatin1String("revoked")));
    // The credential itself is unchanged: a verifier learns of the revocation from the list.
    QCOMPARE(get(QStringLiteral("me/badges/") + badge + QStringLiteral("/credential"), m_john).body,
             jwt);
}

void TestServerBadges::issuerKeyIsKeptAcrossRestarts() {
    const QJsonArray before = publicGet(m_server, QStringLiteral("/issuer/keys"))
                                  .json()
                                  .object()
                                  .value(QLatin1String("keys"))
                                  .toArray();
    QVERIFY(m_server.restart(TestServer::defaultNow().addDays(1)));
    m_http = std::make_unique<TestHttp>(m_server.caFile());
    const QJsonArray after = publicGet(m_server, QStringLiteral("/issuer/keys"))
                                 .json()
                                 .object()
                                 .value(QLatin1String("keys"))
                                 .toArray();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().toObject().value(QLatin1String("n")),
             before.first().toObject().value(QLatin1String("n")));
    m_john = m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword);
    m_amira = m_http->passwordToken(m_server.baseUrl(), kAmira, kDemoPassword);
}

void TestServerBadges::publicUrlAndGivenKeyAndReissue() {
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(QStringLiteral("issuer.pem"));
    credentials::Result<credentials::SigningKey> key =
        credentials::SigningKey::generate(credentials::KeyType::Rsa);
    QVERIFY(key);
    QVERIFY(key.value().save(keyFile));
    TestServer server;
    QVERIFY2(
        server.start(TestServer::defaultNow(), QStringLiteral("demo"),
                     {QStringLiteral("--public-url"), QStringLiteral("https://badges.example.org"),
                      QStringLiteral("--issuer-key"), keyFile}),
        qPrintable(server.error()));
    TestHttp http(server.caFile());
    const QString john = http.passwordToken(server.baseUrl(), kDemoLogin, kDemoPassword);
    const HttpResult jwt = http.get(
        server.apiUrl(QStringLiteral("me/badges/bdg-10000000-ccna/credential")), bearer(john));
    QCOMPARE(jwt.status, 200);
    credentials::Result<credentials::ParsedJws> parsed = credentials::parseJws(jwt.body);
    QVERIFY(parsed);
    QVERIFY(credentials::verifyJws(parsed.value(), key.value().publicKey()));
    const QJsonObject payload = decodeJson(parsed.value().payload);
    QCOMPARE(payload.value(QLatin1String("iss")).toString(),
             QStringLiteral("https://badges.example.org/issuer"));
    QVERIFY(parsed.value()
                .header.value(QLatin1String("kid"))
                .toString()
                .startsWith(QStringLiteral("https://badges.example.org/issuer/keys/")));
    const QJsonObject listed =
        http.get(server.apiUrl(QStringLiteral("me/badges/bdg-10000000-ccna")), bearer(john))
            .json()
            .object();
    QCOMPARE(listed.value(QLatin1String("publicUrl")).toString(),
             QStringLiteral("https://badges.example.org/badges/bdg-10000000-ccna"));

    // Moving to another origin is an administrator's reissue: same credential id and index,
    // the new origin, signed by the database's own key once the file is no longer given.
    server.stop();
    QString out;
    QCOMPARE(admin(server,
                   {QStringLiteral("badges"), QStringLiteral("reissue"),
                    QStringLiteral("--public-url"), QStringLiteral("https://certs.example.net")},
                   &out),
             0);
    QVERIFY2(out.contains(QLatin1String("reissued 1 badge")), qPrintable(out));
    QCOMPARE(admin(server, {QStringLiteral("badges"), QStringLiteral("reissue")}), 2);
    QCOMPARE(
        admin(server, {QStringLiteral("badges"), QStringLiteral("reissue"),
                       QStringLiteral("--public-url"), QStringLiteral("http://plain.example")}),
        2);
    QVERIFY(server.start(TestServer::defaultNow(), QStringLiteral("demo")));
    TestHttp again(server.caFile());
    const QString token = again.passwordToken(server.baseUrl(), kDemoLogin, kDemoPassword);
    const QByteArray reissued =
        again
            .get(server.apiUrl(QStringLiteral("me/badges/bdg-10000000-ccna/credential")),
                 bearer(token))
            .body;
    const QJsonObject newPayload = decodeJson(credentials::parseJws(reissued).value().payload);
    QCOMPARE(newPayload.value(QLatin1String("iss")).toString(),
             QStringLiteral("https://certs.example.net/issuer"));
    QCOMPARE(newPayload.value(QLatin1String("id")), payload.value(QLatin1String("id")));
    QCOMPARE(newPayload.value(QLatin1String("credentialStatus"))
                 .toObject()
                 .value(QLatin1String("statusListIndex")),
             payload.value(QLatin1String("credentialStatus"))
                 .toObject()
                 .value(QLatin1String("statusListIndex")));
    // Both keys stay published: what the given key signed can still be checked.
    QCOMPARE(again.get(server.baseUrl().resolved(QUrl(QStringLiteral("/issuer/keys"))))
                 .json()
                 .object()
                 .value(QLatin1String("keys"))
                 .toArray()
                 .size(),
             2);
}

QTEST_GUILESS_MAIN(TestServerBadges)
#include "TestServerBadges.moc"
