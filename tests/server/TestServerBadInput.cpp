// Bad input to a real certtrackd: each gets a 4xx with a clear body, and the server keeps serving.
#include "ServerTestSupport.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace certtrack::test;

class TestServerBadInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void tokenEndpointRefusesBadBodies_data();
    void tokenEndpointRefusesBadBodies();
    void tenMegabyteBodies_data();
    void tenMegabyteBodies();
    void unknownRoutesAreNotFound_data();
    void unknownRoutesAreNotFound();
    void wrongMethodsAreNotAllowed_data();
    void wrongMethodsAreNotAllowed();
    void truncatedRequestOnTheWire();
    void garbageOnTheWire();
    void plainHttpIsNotServed();

private:
    // The server still answers a real request after whatever the test sent.
    void verifyStillServing();
    QByteArray rawExchange(const QByteArray &bytes, bool closeWriteEarly);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QString m_token;
};

void TestServerBadInput::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http = std::make_unique<TestHttp>(m_server.caFile());
    m_token = m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword);
    QVERIFY(!m_token.isEmpty());
}

void TestServerBadInput::cleanup() {
    verifyStillServing();
}

void TestServerBadInput::verifyStillServing() {
    QVERIFY2(m_server.isRunning(), qPrintable(m_server.serverOutput()));
    const QJsonObject me = getObject(*m_http, m_server, QStringLiteral("me"), m_token);
    QCOMPARE(me.value(QLatin1String("loginId")).toString(), kDemoLogin);
}

void TestServerBadInput::tokenEndpointRefusesBadBodies_data() {
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("malformed json")
        << QByteArray("application/json") << QByteArray("{\"grant_type\": password,,}");
    QTest::newRow("truncated json")
        << QByteArray("application/json") << QByteArray("{\"grant_type\":\"password\",\"usern");
    QTest::newRow("well-formed json, wrong media type")
        << QByteArray("application/json")
        << QByteArray("{\"grant_type\":\"password\",\"username\":\"CSCO10000000\","
                      "\"password\":\"certtrack-demo\"}");
    QTest::newRow("wrong types in json")
        << QByteArray("application/json") << QByteArray("{\"grant_type\":[1,2],\"username\":42}");
    QTest::newRow("no content type")
        << QByteArray() << QByteArray("grant_type=password&username=a&password=b");
    QTest::newRow("text/plain") << QByteArray("text/plain")
                                << QByteArray("grant_type=password&username=a&password=b");
    QTest::newRow("binary") << QByteArray("application/x-www-form-urlencoded")
                            << QByteArray("\x00\xff\xfe\x01=\x02&&&==", 12);
    QTest::newRow("truncated form")
        << QByteArray("application/x-www-form-urlencoded") << QByteArray("grant_type=pass");
    QTest::newRow("broken percent escapes") << QByteArray("application/x-www-form-urlencoded")
                                            << QByteArray("grant_type=%zz%&username=%");
}

void TestServerBadInput::tokenEndpointRefusesBadBodies() {
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    const HttpResult result =
        m_http->request("POST", m_server.apiUrl(QStringLiteral("auth/token")), headers, body);
    QVERIFY2(result.status >= 400 && result.status < 500, result.body.constData());
    const QJsonObject json = result.json().object();
    QVERIFY(!json.value(QLatin1String("error")).toString().isEmpty());
    QVERIFY(!json.value(QLatin1String("error_description")).toString().isEmpty());
    QVERIFY(!json.contains(QLatin1String("access_token")));
}

void TestServerBadInput::tenMegabyteBodies_data() {
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("token, form") << QByteArray("POST") << QStringLiteral("auth/token")
                                 << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("revoke, json") << QByteArray("POST") << QStringLiteral("auth/revoke")
                                  << QByteArray("application/json");
    QTest::newRow("read with a body")
        << QByteArray("GET") << QStringLiteral("me") << QByteArray("application/json");
    QTest::newRow("unknown route")
        << QByteArray("PUT") << QStringLiteral("me/nothing") << QByteArray("application/json");
}

void TestServerBadInput::tenMegabyteBodies() {
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QByteArray body = "{\"grant_type\":\"" + QByteArray(10 * 1024 * 1024, 'a') + "\"}";
    const HttpResult result = m_http->request(
        verb, m_server.apiUrl(path),
        {{"Content-Type", contentType}, {"Authorization", "Bearer " + m_token.toLatin1()}}, body,
        60000);
    QCOMPARE(result.status, 413);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(result.json().object().value(QLatin1String("status")).toInt(), 413);
}

void TestServerBadInput::unknownRoutesAreNotFound_data() {
    QTest::addColumn<QString>("path");
    QTest::newRow("root") << QStringLiteral("/");
    QTest::newRow("api root") << QStringLiteral("/api/v1/");
    QTest::newRow("unknown resource") << QStringLiteral("/api/v1/me/passwords");
    QTest::newRow("other version") << QStringLiteral("/api/v2/me");
    QTest::newRow("trailing slash") << QStringLiteral("/api/v1/me/certifications/");
    QTest::newRow("too deep") << QStringLiteral("/api/v1/me/certifications/crt-10000000-ccna/x");
    QTest::newRow("candidate id in path") << QStringLiteral("/api/v1/candidates/CSCO10000001");
    QTest::newRow("traversal") << QStringLiteral("/api/v1/me/../../etc/passwd");
    QTest::newRow("long") << QStringLiteral("/api/v1/") + QString(4000, QLatin1Char('x'));
}

void TestServerBadInput::unknownRoutesAreNotFound() {
    QFETCH(QString, path);
    QUrl url = m_server.baseUrl();
    url.setPath(path);
    const HttpResult result = m_http->get(url, bearer(m_token));
    QCOMPARE(result.status, 404);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
    const QJsonObject problem = result.json().object();
    QCOMPARE(problem.value(QLatin1String("status")).toInt(), 404);
    QCOMPARE(problem.value(QLatin1String("title")).toString(), QStringLiteral("Not Found"));
    QVERIFY(!problem.value(QLatin1String("detail")).toString().isEmpty());
}

void TestServerBadInput::wrongMethodsAreNotAllowed_data() {
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("POST me") << QByteArray("POST") << QStringLiteral("me") << QByteArray("GET");
    QTest::newRow("DELETE me") << QByteArray("DELETE") << QStringLiteral("me") << QByteArray("GET");
    QTest::newRow("PUT exams") << QByteArray("PUT") << QStringLiteral("me/exams")
                               << QByteArray("GET");
    QTest::newRow("GET token") << QByteArray("GET") << QStringLiteral("auth/token")
                               << QByteArray("POST");
    QTest::newRow("DELETE revoke")
        << QByteArray("DELETE") << QStringLiteral("auth/revoke") << QByteArray("POST");
    QTest::newRow("PATCH certification")
        << QByteArray("PATCH") << QStringLiteral("me/certifications/crt-10000000-ccna")
        << QByteArray("GET");
}

void TestServerBadInput::wrongMethodsAreNotAllowed() {
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    const HttpResult result =
        m_http->request(verb, m_server.apiUrl(path), bearer(m_token), QByteArray("{}"));
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("Allow"), allow);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
}

QByteArray TestServerBadInput::rawExchange(const QByteArray &bytes, bool closeWriteEarly) {
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_server.caFile()));
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(m_server.baseUrl().port()),
                                  QStringLiteral("localhost"));
    if (!socket.waitForEncrypted(10000))
        return "no TLS: " + socket.errorString().toUtf8();
    socket.write(bytes);
    socket.flush();
    socket.waitForBytesWritten(5000);
    if (closeWriteEarly) {
        socket.disconnectFromHost();
        return {};
    }
    QByteArray answer;
    while (socket.waitForReadyRead(3000))
        answer += socket.readAll();
    return answer;
}

void TestServerBadInput::truncatedRequestOnTheWire() {
    // The body stops far short of its Content-Length and the client goes away.
    rawExchange("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000\r\n\r\n"
                "grant_type=pass",
                true);
    // Headers cut in the middle.
    rawExchange("GET /api/v1/me HTTP/1.1\r\nHost: loc", true);
}

void TestServerBadInput::garbageOnTheWire() {
    const QByteArray answer =
        rawExchange(QByteArray("\x16\x03\x01 this is not HTTP\r\n\r\n"), false);
    // Either a 4xx or a closed connection; never a 2xx or 5xx.
    if (!answer.isEmpty())
        QVERIFY2(answer.startsWith("HTTP/1.1 4") || answer.startsWith("HTTP/1.0 4"),
                 answer.left(80).constData());
}

void TestServerBadInput::plainHttpIsNotServed() {
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_server.baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(2000))
        answer += socket.readAll();
    QVERIFY2(!answer.contains("HTTP/1.1 200") && !answer.contains("CSCO"), answer.constData());
}

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "TestServerBadInput.moc"
