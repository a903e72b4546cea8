// /api/v1/me/external-credentials against a real certtrackd: keep, list, keep again, remove, the
// 422 of text that is not a credential, the size cap, and another candidate's ids.
#include "ServerTestSupport.h"

#include <QJsonDocument>

using namespace certtrack::test;

namespace {

const QString kPath = QStringLiteral("me/external-credentials");
// A compact JWS in form (the server judges only the form; the client verifies).
const QString kJwt =
    QStringLiteral("eyJhbGciOiJFUzI1NiIsImtpZCI6ImRpZDp3ZWI6ZXhhbXBsZS5vcmcja2V5LTEifQ."
                   "eyJpc3MiOiJkaWQ6d2ViOmV4YW1wbGUub3JnIn0.c2lnbmF0dXJl");

QByteArray credentialBody(const QString &text) {
    return QJsonDocument(QJsonObject{{QStringLiteral("credential"), text}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerExternalCredentials : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void keepListAndRemove();
    void keepingTheSameTextTwiceKeepsOne();
    void jsonCredentialsAndAssertions();
    void notACredentialIs422();
    void oversizedIs413();
    void anotherCandidatesIdIsNotFound();
    void needsASignIn();

private:
    HttpResult post(const QString &token, const QByteArray &body) {
        return m_http->request(
            "POST", m_server.apiUrl(kPath),
            bearer(token) +
                QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "application/json"}},
            body);
    }
    HttpResult remove(const QString &token, const QString &id) {
        return m_http->request("DELETE",
                               m_server.apiUrl(QStringLiteral("me/external-credentials/") + id),
                               bearer(token));
    }

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QString m_john;
    QString m_chen;
};

void TestServerExternalCredentials::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http = std::make_unique<TestHttp>(m_server.caFile());
    m_john = m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword);
    m_chen =
        m_http->passwordToken(m_server.baseUrl(), QStringLiteral("CSCO10000002"), kDemoPassword);
    QVERIFY(!m_john.isEmpty() && !m_chen.isEmpty());
}

void TestServerExternalCredentials::keepListAndRemove() {
    QCOMPARE(items(getObject(*m_http, m_server, kPath, m_john)).size(), 0);
    const HttpResult created = post(m_john, credentialBody(kJwt));
    QCOMPARE(created.status, 201);
    const QJsonObject kept = created.json().object();
    const QString id = kept.value(QLatin1String("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("ext-")));
    QCOMPARE(kept.value(QLatin1String("credential")).toString(), kJwt);
    QVERIFY(!kept.value(QLatin1String("addedAt")).toString().isEmpty());
    QCOMPARE(created.header("Location"), "/api/v1/me/external-credentials/" + id.toLatin1());

    const QJsonObject page = getObject(*m_http, m_server, kPath, m_john);
    QCOMPARE(items(page).size(), 1);
    QCOMPARE(find(items(page), QStringLiteral("id"), id).value(QLatin1String("credential")),
             QJsonValue(kJwt));
    QVERIFY(page.value(QLatin1String("nextCursor")).isNull());

    QCOMPARE(remove(m_john, id).status, 204);
    QCOMPARE(items(getObject(*m_http, m_server, kPath, m_john)).size(), 0);
    QCOMPARE(remove(m_john, id).status, 404);
}

void TestServerExternalCredentials::keepingTheSameTextTwiceKeepsOne() {
    const HttpResult first = post(m_john, credentialBody(kJwt));
    QCOMPARE(first.status, 201);
    const HttpResult again = post(m_john, credentialBody(QStringLiteral("  ") + kJwt));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().object().value(QLatin1String("id")),
             first.json().object().value(QLatin1String("id")));
    QCOMPARE(items(getObject(*m_http, m_server, kPath, m_john)).size(), 1);
    QCOMPARE(remove(m_john, first.json().object().value(QLatin1String("id")).toString()).status,
             204);
}

void TestServerExternalCredentials::jsonCredentialsAndAssertions() {
    const QString credential = QString::fromLatin1(
        "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
        "\"type\":[\"VerifiableCredential\"],\"issuer\":\"https://elsewhere.example/issuer\","
        "\"proof\":[{\"type\":\"DataIntegrityProof\"}]}");
    const QString assertion =
        QString::fromLatin1("{\"type\":\"Assertion\",\"id\":\"https://elsewhere.example/a/1\","
                            "\"verification\":{\"type\":\"hosted\"}}");
    for (const QString &text : {credential, assertion}) {
        const HttpResult created = post(m_john, credentialBody(text));
        QCOMPARE(created.status, 201);
        QCOMPARE(
            remove(m_john, created.json().object().value(QLatin1String("id")).toString()).status,
            204);
    }
}

void TestServerExternalCredentials::notACredentialIs422() {
    for (const QString &text :
         {QStringLiteral("hello"), QStringLiteral("{\"type\":\"Person\"}"),
          QStringLiteral("{not json"), QStringLiteral("a.b"), QStringLiteral("   ")}) {
        const HttpResult result = post(m_john, credentialBody(text));
        QVERIFY2(result.status == 422, qPrintable(text));
        QCOMPARE(result.header("Content-Type"), "application/problem+json");
        QCOMPARE(result.json()
                     .object()
                     .value(QLatin1String("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("field")),
                 QJsonValue(QStringLiteral("credential")));
    }
    QCOMPARE(post(m_john, "{\"credential\": 42}").status, 422);
    QCOMPARE(post(m_john, "[]").status, 400);
    QCOMPARE(items(getObject(*m_http, m_server, kPath, m_john)).size(), 0);
}

void TestServerExternalCredentials::oversizedIs413() {
    const QString huge =
        kJwt.left(kJwt.lastIndexOf(QLatin1Char('.')) + 1) + QString(600 * 1024, QLatin1Char('A'));
    QCOMPARE(post(m_john, credentialBody(huge)).status, 413);
    QCOMPARE(items(getObject(*m_http, m_server, kPath, m_john)).size(), 0);
}

void TestServerExternalCredentials::anotherCandidatesIdIsNotFound() {
    const HttpResult created = post(m_john, credentialBody(kJwt));
    QCOMPARE(created.status, 201);
    const QString id = created.json().object().value(QLatin1String("id")).toString();
    // Chen neither sees nor removes John's.
    QCOMPARE(items(getObject(*m_http, m_server, kPath, m_chen)).size(), 0);
    QCOMPARE(remove(m_chen, id).status, 404);
    QCOMPARE(items(getObject(*m_http, m_server, kPath, m_john)).size(), 1);
    QCOMPARE(remove(m_john, id).status, 204);
}

void TestServerExternalCredentials::needsASignIn() {
    QCOMPARE(m_http->get(m_server.apiUrl(kPath)).status, 401);
    QCOMPARE(post(QStringLiteral("not-a-token"), credentialBody(kJwt)).status, 401);
    QCOMPARE(remove(QString(), QStringLiteral("ext-x")).status, 401);
}

QTEST_GUILESS_MAIN(TestServerExternalCredentials)
#include "TestServerExternalCredentials.moc"
