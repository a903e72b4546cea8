// The token endpoint (RFC 6749), revocation (RFC 7009) and bearer checks of a real certtrackd.
#include "ServerTestSupport.h"

#include <QSslSocket>

namespace TokenServiceLimits {
// The longest a login attacked from many addresses makes the next attempt wait.
constexpr int kMaxLoginDelaySeconds = 60;
} // namespace TokenServiceLimits

using namespace certtrack::test;

class TestServerAuth : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void passwordGrantIssuesBearerTokens();
    void wrongPasswordAndUnknownUserAreInvalidGrant();
    void missingFieldsAreInvalidRequest_data();
    void missingFieldsAreInvalidRequest();
    void unsupportedGrantType();
    void clientCredentialsAreRefused();
    void refreshRotatesTheRefreshToken();
    void replayedRefreshTokenRevokesTheFamily();
    void revokeEndsTheSession();
    void revokeAlwaysAnswers200();
    void readsNeedAValidBearerToken_data();
    void readsNeedAValidBearerToken();
    void accessTokenLifetimeIsAnOption();
    // These move the server clock forward, so they come last.
    void accessTokenExpiresAfterFifteenMinutes();
    void failedPasswordsAreThrottled();
    void aStrangerCannotLockTheOwnerOut();
    void manyAddressesSlowALoginDown();

private:
    QUrl tokenUrl() const { return m_server.apiUrl(QStringLiteral("auth/token")); }
    QUrl revokeUrl() const { return m_server.apiUrl(QStringLiteral("auth/revoke")); }
    HttpResult passwordGrant(const QString &login, const QString &password);
    HttpResult refreshGrant(const QString &refreshToken);
    // The password grant sent from another loopback address (127.0.0.x), over a raw TLS socket
    // bound to it: how a test plays a client elsewhere on the network.
    HttpResult passwordGrantFrom(const QString &address, const QString &login,
                                 const QString &password);
    int meStatus(const QString &accessToken);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QDateTime m_now = TestServer::defaultNow();
};

void TestServerAuth::initTestCase() {
    QVERIFY2(m_server.start(m_now), qPrintable(m_server.error()));
    m_http = std::make_unique<TestHttp>(m_server.caFile());
}

HttpResult TestServerAuth::passwordGrant(const QString &login, const QString &password) {
    return postForm(*m_http, tokenUrl(),
                    form({{QStringLiteral("grant_type"), QStringLiteral("password")},
                          {QStringLiteral("username"), login},
                          {QStringLiteral("password"), password}}));
}

HttpResult TestServerAuth::refreshGrant(const QString &refreshToken) {
    return postForm(*m_http, tokenUrl(),
                    form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                          {QStringLiteral("refresh_token"), refreshToken}}));
}

HttpResult TestServerAuth::passwordGrantFrom(const QString &address, const QString &login,
                                             const QString &password) {
    return m_http->requestFrom(QHostAddress(address), "POST", tokenUrl(),
                               {{"Content-Type", "application/x-www-form-urlencoded"}},
                               form({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                     {QStringLiteral("username"), login},
                                     {QStringLiteral("password"), password}}));
}

int TestServerAuth::meStatus(const QString &accessToken) {
    return m_http->get(m_server.apiUrl(QStringLiteral("me")), bearer(accessToken)).status;
}

void TestServerAuth::passwordGrantIssuesBearerTokens() {
    const HttpResult result = passwordGrant(kDemoLogin, kDemoPassword);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    const QJsonObject json = result.json().object();
    QCOMPARE(json.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(json.value(QLatin1String("expires_in")).toInt(), 900);
    const QString access = json.value(QLatin1String("access_token")).toString();
    const QString refresh = json.value(QLatin1String("refresh_token")).toString();
    // 256 random bits in unpadded base64url are 43 characters.
    QCOMPARE(access.size(), 43);
    QCOMPARE(refresh.size(), 43);
    QVERIFY(access != refresh);
    QCOMPARE(meStatus(access), 200);
    // The refresh token is not an access token.
    QCOMPARE(meStatus(refresh), 401);
    // Login ids are matched regardless of case, as people type them.
    QCOMPARE(passwordGrant(kDemoLogin.toLower(), kDemoPassword).status, 200);
}

void TestServerAuth::wrongPasswordAndUnknownUserAreInvalidGrant() {
    for (const auto &[login, password] :
         {qMakePair(QStringLiteral("CSCO10000001"), QStringLiteral("wrong-password")),
          qMakePair(QStringLiteral("CSCO99999999"), kDemoPassword)}) {
        const HttpResult result = passwordGrant(login, password);
        QCOMPARE(result.status, 400);
        const QJsonObject json = result.json().object();
        QCOMPARE(json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        QVERIFY(!json.value(QLatin1String("error_description")).toString().isEmpty());
        QVERIFY(!json.contains(QLatin1String("access_token")));
    }
}

void TestServerAuth::missingFieldsAreInvalidRequest_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("no grant_type") << QByteArray("username=CSCO10000000&password=certtrack-demo");
    QTest::newRow("no password") << QByteArray("grant_type=password&username=CSCO10000000");
    QTest::newRow("no username") << QByteArray("grant_type=password&password=certtrack-demo");
    QTest::newRow("empty password")
        << QByteArray("grant_type=password&username=CSCO10000000&password=");
    QTest::newRow("no refresh_token") << QByteArray("grant_type=refresh_token");
    QTest::newRow("repeated parameter")
        << QByteArray("grant_type=password&grant_type=password&username=CSCO10000000&"
                      "password=certtrack-demo");
}

void TestServerAuth::missingFieldsAreInvalidRequest() {
    QFETCH(QByteArray, body);
    const HttpResult result = postForm(*m_http, tokenUrl(), body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().object().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_request"));
}

void TestServerAuth::unsupportedGrantType() {
    for (const char *grant : {"client_credentials", "authorization_code", "PASSWORD"}) {
        const HttpResult result = postForm(*m_http, tokenUrl(),
                                           QByteArray("grant_type=") + grant +
                                               "&username=CSCO10000000&password=certtrack-demo");
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json().object().value(QLatin1String("error")).toString(),
                 QStringLiteral("unsupported_grant_type"));
    }
}

void TestServerAuth::clientCredentialsAreRefused() {
    const HttpResult result =
        m_http->request("POST", tokenUrl(),
                        {{"Content-Type", "application/x-www-form-urlencoded"},
                         {"Authorization", "Basic " + QByteArray("someclient:secret").toBase64()}},
                        form({{QStringLiteral("grant_type"), QStringLiteral("password")},
                              {QStringLiteral("username"), kDemoLogin},
                              {QStringLiteral("password"), kDemoPassword}}));
    QCOMPARE(result.status, 401);
    QCOMPARE(result.json().object().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_client"));
    QVERIFY(result.header("WWW-Authenticate").startsWith("Basic"));
}

void TestServerAuth::refreshRotatesTheRefreshToken() {
    const QJsonObject first = passwordGrant(kDemoLogin, kDemoPassword).json().object();
    const QString refresh1 = first.value(QLatin1String("refresh_token")).toString();
    const HttpResult second = refreshGrant(refresh1);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject json = second.json().object();
    const QString refresh2 = json.value(QLatin1String("refresh_token")).toString();
    const QString access2 = json.value(QLatin1String("access_token")).toString();
    QVERIFY(!refresh2.isEmpty());
    QVERIFY(refresh2 != refresh1);
    QCOMPARE(json.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(meStatus(access2), 200);
    // The new refresh token works in turn.
    const HttpResult third = refreshGrant(refresh2);
    QCOMPARE(third.status, 200);
    QCOMPARE(meStatus(third.json().object().value(QLatin1String("access_token")).toString()), 200);
    QCOMPARE(refreshGrant(QStringLiteral("not-a-token")).status, 400);
}

void TestServerAuth::replayedRefreshTokenRevokesTheFamily() {
    const QJsonObject first = passwordGrant(kDemoLogin, kDemoPassword).json().object();
    const QString access1 = first.value(QLatin1String("access_token")).toString();
    const QString refresh1 = first.value(QLatin1String("refresh_token")).toString();
    const QJsonObject second = refreshGrant(refresh1).json().object();
    const QString access2 = second.value(QLatin1String("access_token")).toString();
    const QString refresh2 = second.value(QLatin1String("refresh_token")).toString();
    QCOMPARE(meStatus(access2), 200);

    // Someone replays the retired refresh token: refused, and the whole sign-in ends.
    const HttpResult replay = refreshGrant(refresh1);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.json().object().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_grant"));
    QCOMPARE(refreshGrant(refresh2).status, 400);
    QCOMPARE(meStatus(access1), 401);
    QCOMPARE(meStatus(access2), 401);

    // Another sign-in of the same candidate is not touched.
    const QString other = m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword);
    QCOMPARE(meStatus(other), 200);
}

void TestServerAuth::revokeEndsTheSession() {
    QString refresh;
    const QString access =
        m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword, &refresh);
    QCOMPARE(meStatus(access), 200);
    const HttpResult revoked =
        postForm(*m_http, revokeUrl(), form({{QStringLiteral("token"), refresh}}));
    QCOMPARE(revoked.status, 200);
    QCOMPARE(refreshGrant(refresh).status, 400);
    QCOMPARE(meStatus(access), 401);

    // Revoking just an access token ends that token.
    QString refresh2;
    const QString access2 =
        m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword, &refresh2);
    QCOMPARE(postForm(*m_http, revokeUrl(), form({{QStringLiteral("token"), access2}})).status,
             200);
    QCOMPARE(meStatus(access2), 401);
}

void TestServerAuth::revokeAlwaysAnswers200() {
    QCOMPARE(postForm(*m_http, revokeUrl(), form({{QStringLiteral("token"), QStringLiteral("x")}}))
                 .status,
             200);
    QCOMPARE(postForm(*m_http, revokeUrl(),
                      form({{QStringLiteral("token"), QStringLiteral("unknown")},
                            {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")}}))
                 .status,
             200);
    // Without a token there is nothing to revoke: the request itself is wrong.
    const HttpResult missing = postForm(*m_http, revokeUrl(), QByteArray());
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json().object().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_request"));
}

void TestServerAuth::readsNeedAValidBearerToken_data() {
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<bool>("invalidToken");
    QTest::newRow("none") << QByteArray() << false;
    QTest::newRow("basic scheme") << QByteArray("Basic Q1NDTzpjZXJ0dHJhY2s=") << false;
    QTest::newRow("bearer without token") << QByteArray("Bearer") << false;
    QTest::newRow("unknown token")
        << QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") << true;
    QTest::newRow("garbage") << QByteArray("Bearer not a token at all") << true;
}

void TestServerAuth::readsNeedAValidBearerToken() {
    QFETCH(QByteArray, authorization);
    QFETCH(bool, invalidToken);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    for (const QString &path : {QStringLiteral("me"), QStringLiteral("me/certifications"),
                                QStringLiteral("me/certifications/crt-10000000-ccna")}) {
        const HttpResult result = m_http->get(m_server.apiUrl(path), headers);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY(result.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(result.header("WWW-Authenticate").contains("error=\"invalid_token\""),
                 invalidToken);
        QCOMPARE(result.json().object().value(QLatin1String("status")).toInt(), 401);
        QVERIFY(!result.body.contains("CSCO10000000"));
    }
}

void TestServerAuth::accessTokenLifetimeIsAnOption() {
    // A server of its own: the lifetime is fixed at start, and this one moves its clock.
    TestServer server;
    QDateTime now = TestServer::defaultNow();
    QVERIFY2(server.start(now, QStringLiteral("demo"),
                          {QStringLiteral("--access-token-lifetime"), QStringLiteral("30")}),
             qPrintable(server.error()));
    TestHttp http(server.caFile());
    const auto grant = [&](const QList<QPair<QString, QString>> &fields) {
        return postForm(http, server.apiUrl(QStringLiteral("auth/token")), form(fields));
    };
    const HttpResult signedIn = grant({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                       {QStringLiteral("username"), kDemoLogin},
                                       {QStringLiteral("password"), kDemoPassword}});
    QCOMPARE(signedIn.status, 200);
    QCOMPARE(signedIn.json().object().value(QLatin1String("expires_in")).toInt(), 30);
    const QString access = signedIn.json().object().value(QLatin1String("access_token")).toString();
    const QString refresh =
        signedIn.json().object().value(QLatin1String("refresh_token")).toString();
    const auto status = [&](const QString &token) {
        return http.get(server.apiUrl(QStringLiteral("me")), bearer(token)).status;
    };
    QCOMPARE(status(access), 200);

    // Two minutes on, the 30-second access token is dead and the refresh token is not. (The
    // server's clock ran on from `now` while it started and hashed the password, so a restart
    // only just past 30 seconds could still fall inside the token's life on a loaded machine.)
    now = now.addSecs(120);
    QVERIFY2(server.restart(now), qPrintable(server.error()));
    QCOMPARE(status(access), 401);
    const HttpResult refreshed =
        grant({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
               {QStringLiteral("refresh_token"), refresh}});
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.json().object().value(QLatin1String("expires_in")).toInt(), 30);
    QCOMPARE(status(refreshed.json().object().value(QLatin1String("access_token")).toString()),
             200);
}

void TestServerAuth::accessTokenExpiresAfterFifteenMinutes() {
    // Reckon from the instant the token is issued: the server's clock has run on from m_now
    // through every earlier test (minutes on a loaded machine), so start it afresh just before.
    m_now = m_now.addSecs(60);
    QVERIFY2(m_server.restart(m_now), qPrintable(m_server.error()));
    QString refresh;
    const QString access =
        m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword, &refresh);
    QCOMPARE(meStatus(access), 200);

    m_now = m_now.addSecs(14 * 60);
    QVERIFY2(m_server.restart(m_now), qPrintable(m_server.error()));
    QCOMPARE(meStatus(access), 200);

    m_now = m_now.addSecs(2 * 60);
    QVERIFY2(m_server.restart(m_now), qPrintable(m_server.error()));
    const HttpResult expired = m_http->get(m_server.apiUrl(QStringLiteral("me")), bearer(access));
    QCOMPARE(expired.status, 401);
    QVERIFY(expired.header("WWW-Authenticate").contains("error=\"invalid_token\""));
    QVERIFY(expired.header("WWW-Authenticate").contains("expired"));
    QVERIFY(expired.json()
                .object()
                .value(QLatin1String("detail"))
                .toString()
                .contains(QLatin1String("expired")));

    // The refresh token lives on (30 days) and the data survived the restarts.
    const HttpResult refreshed = refreshGrant(refresh);
    QCOMPARE(refreshed.status, 200);
    const QString fresh = refreshed.json().object().value(QLatin1String("access_token")).toString();
    const QJsonObject me = getObject(*m_http, m_server, QStringLiteral("me"), fresh);
    QCOMPARE(me.value(QLatin1String("loginId")).toString(), kDemoLogin);

    // After 30 days the refresh token is gone too.
    const QString refreshNow =
        refreshed.json().object().value(QLatin1String("refresh_token")).toString();
    m_now = m_now.addDays(31);
    QVERIFY2(m_server.restart(m_now), qPrintable(m_server.error()));
    const HttpResult old = refreshGrant(refreshNow);
    QCOMPARE(old.status, 400);
    QCOMPARE(old.json().object().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_grant"));
}

void TestServerAuth::failedPasswordsAreThrottled() {
    const QString login = QStringLiteral("CSCO10000002");
    for (int attempt = 0; attempt < 5; ++attempt)
        QCOMPARE(passwordGrant(login, QStringLiteral("guess-%1").arg(attempt)).status, 400);

    // Now even the right password waits, and the answer says how long.
    const HttpResult throttled = passwordGrant(login, kDemoPassword);
    QCOMPARE(throttled.status, 429);
    bool ok = false;
    const int retryAfter = throttled.header("Retry-After").toInt(&ok);
    QVERIFY(ok);
    QVERIFY(retryAfter > 0 && retryAfter <= 300);
    const QJsonObject json = throttled.json().object();
    QCOMPARE(json.value(QLatin1String("error")).toString(), QStringLiteral("slow_down"));
    QVERIFY(json.value(QLatin1String("error_description"))
                .toString()
                .contains(QString::number(retryAfter)));
    QVERIFY(!json.contains(QLatin1String("access_token")));

    // Other logins are not affected.
    QCOMPARE(passwordGrant(QStringLiteral("CSCO10000001"), kDemoPassword).status, 200);

    // The failures are kept in the database: a restart does not reopen the guessing.
    m_now = m_now.addSecs(60);
    QVERIFY2(m_server.restart(m_now), qPrintable(m_server.error()));
    QCOMPARE(passwordGrant(login, kDemoPassword).status, 429);

    // Once the five minutes have passed, the right password works again.
    m_now = m_now.addSecs(6 * 60);
    QVERIFY2(m_server.restart(m_now), qPrintable(m_server.error()));
    QCOMPARE(passwordGrant(login, kDemoPassword).status, 200);
}

void TestServerAuth::aStrangerCannotLockTheOwnerOut() {
    // Start on a clock past every earlier test's failures.
    m_now = m_now.addSecs(3600);
    QVERIFY2(m_server.restart(m_now), qPrintable(m_server.error()));
    const QString login = QStringLiteral("CSCO10000001");
    const QString stranger = QStringLiteral("127.0.0.2");
    for (int attempt = 0; attempt < 5; ++attempt) {
        const HttpResult wrong =
            passwordGrantFrom(stranger, login, QStringLiteral("guess-%1").arg(attempt));
        QVERIFY2(wrong.status == 400, qPrintable(wrong.networkError));
    }
    // The stranger's address is throttled, even with the right password...
    QCOMPARE(passwordGrantFrom(stranger, login, kDemoPassword).status, 429);
    // ...but the owner, elsewhere, signs in at once, and again after a restart.
    QCOMPARE(passwordGrant(login, kDemoPassword).status, 200);
    QVERIFY2(m_server.restart(m_now.addSecs(30)), qPrintable(m_server.error()));
    QCOMPARE(passwordGrant(login, kDemoPassword).status, 200);
    QCOMPARE(passwordGrantFrom(QStringLiteral("127.0.0.3"), login, kDemoPassword).status, 200);
    QCOMPARE(passwordGrantFrom(stranger, login, kDemoPassword).status, 429);
}

void TestServerAuth::manyAddressesSlowALoginDown() {
    m_now = m_now.addSecs(3600);
    QVERIFY2(m_server.restart(m_now), qPrintable(m_server.error()));
    const QString login = kDemoLogin;
    // A device the owner had remembered before the attack.
    QString refreshToken;
    QVERIFY(
        !m_http->passwordToken(m_server.baseUrl(), login, kDemoPassword, &refreshToken).isEmpty());

    // Wrong guesses from many addresses, three from each (below any address's own limit), until
    // the login starts to make attempts wait.
    int failures = 0;
    HttpResult slowed;
    for (int attempt = 0; attempt < 40 && slowed.status != 429; ++attempt) {
        const QString address = QStringLiteral("127.0.0.%1").arg(10 + attempt / 3);
        const HttpResult wrong = passwordGrantFrom(address, login, QStringLiteral("guess"));
        QVERIFY2(wrong.status == 400 || wrong.status == 429,
                 qPrintable(wrong.networkError + QString::fromUtf8(wrong.body)));
        if (wrong.status == 400)
            ++failures;
        else
            slowed = wrong;
    }
    // Not at the first few failures: the owner's own typos never slow them down.
    QVERIFY2(failures >= 10, qPrintable(QString::number(failures)));
    QCOMPARE(slowed.status, 429);
    bool ok = false;
    const int firstWait = slowed.header("Retry-After").toInt(&ok);
    QVERIFY(ok);
    QVERIFY2(firstWait > 0 && firstWait <= TokenServiceLimits::kMaxLoginDelaySeconds,
             slowed.header("Retry-After").constData());
    QCOMPARE(slowed.json().object().value(QLatin1String("error")).toString(),
             QStringLiteral("slow_down"));
    QVERIFY(slowed.json()
                .object()
                .value(QLatin1String("error_description"))
                .toString()
                .contains(QString::number(firstWait)));
    // A fresh address waits too, for seconds, not minutes; the remembered device does not.
    QCOMPARE(passwordGrantFrom(QStringLiteral("127.0.0.100"), login, kDemoPassword).status, 429);
    QCOMPARE(refreshGrant(refreshToken).status, 200);

    // Once the wait has passed, an attempt is weighed again; one more failure makes the next
    // wait longer.
    m_now = m_now.addSecs(TokenServiceLimits::kMaxLoginDelaySeconds + 1);
    QVERIFY2(m_server.restart(m_now), qPrintable(m_server.error()));
    QCOMPARE(
        passwordGrantFrom(QStringLiteral("127.0.0.101"), login, QStringLiteral("guess")).status,
        400);
    const HttpResult longer =
        passwordGrantFrom(QStringLiteral("127.0.0.102"), login, kDemoPassword);
    QCOMPARE(longer.status, 429);
    const int secondWait = longer.header("Retry-After").toInt();
    QVERIFY2(secondWait > firstWait && secondWait <= TokenServiceLimits::kMaxLoginDelaySeconds,
             qPrintable(QStringLiteral("%1 then %2").arg(firstWait).arg(secondWait)));

    // And then the owner's right password works from an address never seen.
    m_now = m_now.addSecs(TokenServiceLimits::kMaxLoginDelaySeconds + 1);
    QVERIFY2(m_server.restart(m_now), qPrintable(m_server.error()));
    QCOMPARE(passwordGrantFrom(QStringLiteral("127.0.0.103"), login, kDemoPassword).status, 200);
}

QTEST_GUILESS_MAIN(TestServerAuth)
#include "TestServerAuth.moc"
