// Several certtrackd processes on one database behave as one. On PostgreSQL (under
// tests/tools/with-postgres.sh) two processes serve one database and a client alternates between
// them: the rate limits count across both, a refresh token rotated at one is spent at the other
// and its reuse there ends the sign-in, an idempotent submit sent to both at once is answered
// once, and unpaid orders are abandoned once. On SQLite a second process is refused. On both,
// X-Forwarded-For is believed from a --trusted-proxy only.
#include "ServerTestSupport.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

using namespace certtrack::test;

namespace {

const QString kAmira = QStringLiteral("CSCO10000001");
const QString kChen = QStringLiteral("CSCO10000002");
// VerificationEndpoint::kMaxLookups: look-ups a minute from one address.
constexpr int kMaxLookups = 30;
// TokenService: failed passwords from one address for one login within five minutes.
constexpr int kMaxFailuresPerAddress = 5;

} // namespace

class TestServerProcesses : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void secondProcessOnSqliteIsRefused();
    void lookupLimitCountsAcrossProcesses();
    void passwordThrottleCountsAcrossProcesses();
    void refreshRotationAndReuseAcrossProcesses();
    void submitSentToBothIsAnsweredOnce();
    void forwardedForIsBelievedFromTrustedProxiesOnly();
    void abandonmentIsAppliedOnce();

private:
    bool twoProcesses() const { return m_b.isRunning(); }
    // Servers 0 and 1: the first and the second process (or the first twice, on SQLite).
    const TestServer &server(int i) const { return i % 2 == 0 || !twoProcesses() ? m_a : m_b; }
    HttpResult verify(const TestServer &server, const QByteArray &forwardedFor = {});
    HttpResult tokenRequest(const TestServer &server, const QList<QPair<QString, QString>> &fields);
    HttpResult send(const TestServer &server, const QByteArray &verb, const QString &path,
                    const QJsonObject &body, const QString &token);

    TestServer m_a;
    TestServer m_b;
    std::unique_ptr<TestHttp> m_http;
};

void TestServerProcesses::initTestCase() {
    QVERIFY2(m_a.start(), qPrintable(m_a.error()));
    m_http = std::make_unique<TestHttp>(m_a.caFile());
    if (TestServer::usesPostgresServer())
        QVERIFY2(m_b.startBeside(m_a), qPrintable(m_b.error()));
}

HttpResult TestServerProcesses::verify(const TestServer &server, const QByteArray &forwardedFor) {
    QList<QPair<QByteArray, QByteArray>> headers{{"Accept", "application/json"}};
    if (!forwardedFor.isEmpty())
        headers.append(qMakePair(QByteArray("X-Forwarded-For"), QByteArray(forwardedFor)));
    return m_http->get(server.baseUrl().resolved(QUrl(QStringLiteral("/verify/ZZZZ9999"))),
                       headers);
}

HttpResult TestServerProcesses::tokenRequest(const TestServer &server,
                                             const QList<QPair<QString, QString>> &fields) {
    return postForm(*m_http, server.apiUrl(QStringLiteral("auth/token")), form(fields));
}

HttpResult TestServerProcesses::send(const TestServer &server, const QByteArray &verb,
                                     const QString &path, const QJsonObject &body,
                                     const QString &token) {
    QList<QPair<QByteArray, QByteArray>> headers = bearer(token);
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return m_http->request(verb, server.apiUrl(path), headers, encode(body));
}

// An SQLite database's limits live in its one process's memory, so a second process on the same
// file is refused, saying how to run several.
void TestServerProcesses::secondProcessOnSqliteIsRefused() {
    if (TestServer::usesPostgresServer())
        QSKIP("PostgreSQL takes several processes");
    TestServer second;
    QVERIFY(!second.startBeside(m_a));
    QVERIFY2(second.error().contains(QLatin1String("already serves")), qPrintable(second.error()));
    QVERIFY2(second.error().contains(QLatin1String("PostgreSQL")), qPrintable(second.error()));
    // The first one serves on.
    QCOMPARE(verify(m_a).status, 404);
    // Once the first has stopped, the file is free again.
    m_a.stop();
    QVERIFY2(second.startBeside(m_a), qPrintable(second.error()));
    QCOMPARE(verify(second).status, 404);
    second.stop();
    QVERIFY2(m_a.restart(TestServer::defaultNow()), qPrintable(m_a.error()));
}

// Verification look-ups alternate between the processes: the limit is reached after kMaxLookups
// in all, not per process. X-Forwarded-For from an untrusted peer changes nothing.
void TestServerProcesses::lookupLimitCountsAcrossProcesses() {
    if (!twoProcesses())
        QSKIP("two processes need PostgreSQL: run under tests/tools/with-postgres.sh");
    for (int i = 0; i < kMaxLookups; ++i) {
        const HttpResult result =
            verify(server(i), QByteArrayLiteral("192.0.2.") + QByteArray::number(i + 1));
        QVERIFY2(
            result.status == 404,
            qPrintable(QStringLiteral("look-up %1 answered %2").arg(i + 1).arg(result.status)));
    }
    for (int i = 0; i < 2; ++i) {
        const HttpResult refused = verify(server(i), QByteArrayLiteral("192.0.2.200"));
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.header("Retry-After").toInt() > 0);
    }
}

// Failed passwords are rows in the database: five at the two processes together stop that
// address for that login at either.
void TestServerProcesses::passwordThrottleCountsAcrossProcesses() {
    if (!twoProcesses())
        QSKIP("two processes need PostgreSQL: run under tests/tools/with-postgres.sh");
    const QList<QPair<QString, QString>> wrong{
        {QStringLiteral("grant_type"), QStringLiteral("password")},
        {QStringLiteral("username"), kChen},
        {QStringLiteral("password"), QStringLiteral("nope")}};
    for (int i = 0; i < kMaxFailuresPerAddress; ++i)
        QCOMPARE(tokenRequest(server(i), wrong).status, 400);
    QList<QPair<QString, QString>> right = wrong;
    right[2].second = kDemoPassword;
    for (int i = 0; i < 2; ++i)
        QCOMPARE(tokenRequest(server(i), right).status, 429);
}

// A refresh token rotated at one process is spent at the other; presenting it again there ends
// every token of that sign-in, at both.
void TestServerProcesses::refreshRotationAndReuseAcrossProcesses() {
    if (!twoProcesses())
        QSKIP("two processes need PostgreSQL: run under tests/tools/with-postgres.sh");
    QString firstRefresh;
    const QString access =
        m_http->passwordToken(m_a.baseUrl(), kDemoLogin, kDemoPassword, &firstRefresh);
    QVERIFY(!access.isEmpty() && !firstRefresh.isEmpty());
    const auto refresh = [&](const TestServer &at, const QString &token) {
        return tokenRequest(at, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                 {QStringLiteral("refresh_token"), token}});
    };
    const HttpResult rotated = refresh(m_b, firstRefresh);
    QCOMPARE(rotated.status, 200);
    const QJsonObject grant = rotated.json().object();
    const QString secondRefresh = grant.value(QLatin1String("refresh_token")).toString();
    const QString secondAccess = grant.value(QLatin1String("access_token")).toString();
    QVERIFY(!secondRefresh.isEmpty() && secondRefresh != firstRefresh);
    QCOMPARE(m_http->get(m_a.apiUrl(QStringLiteral("me")), bearer(secondAccess)).status, 200);

    // The first token again, at the first process: a copy is loose, so the sign-in ends.
    const HttpResult replayed = refresh(m_a, firstRefresh);
    QCOMPARE(replayed.status, 400);
    QCOMPARE(replayed.json().object().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_grant"));
    QCOMPARE(refresh(m_b, secondRefresh).status, 400);
    QCOMPARE(m_http->get(m_b.apiUrl(QStringLiteral("me")), bearer(secondAccess)).status, 401);
    QCOMPARE(m_http->get(m_a.apiUrl(QStringLiteral("me")), bearer(access)).status, 401);
}

// One submit sent to both processes at once, under one Idempotency-Key and under another, and
// the key again afterwards: one checkout, one history row, one charge.
void TestServerProcesses::submitSentToBothIsAnsweredOnce() {
    if (!twoProcesses())
        QSKIP("two processes need PostgreSQL: run under tests/tools/with-postgres.sh");
    const QString token = m_http->passwordToken(m_a.baseUrl(), kDemoLogin, kDemoPassword);
    QVERIFY(!token.isEmpty());
    const HttpResult created =
        send(m_a, "POST", QStringLiteral("me/orders"),
             QJsonObject{{QStringLiteral("items"), QJsonArray{QStringLiteral("cert-ccent")}},
                         {QStringLiteral("tracking"), false}},
             token);
    QCOMPARE(created.status, 201);
    const QString id = created.json().object().value(QLatin1String("id")).toString();
    QCOMPARE(
        send(m_b, "PUT", QStringLiteral("me/orders/%1/shipping").arg(id), shipping(), token).status,
        200);

    QNetworkAccessManager manager;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_a.caFile()));
    QList<QNetworkReply *> replies;
    const QList<QPair<const TestServer *, QByteArray>> sends{
        {&m_a, "both-a"}, {&m_b, "both-a"}, {&m_b, "both-b"}, {&m_a, "both-b"}};
    for (const auto &[at, key] : sends) {
        QNetworkRequest request(at->apiUrl(QStringLiteral("me/orders/%1/submit").arg(id)));
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("Idempotency-Key", key);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        replies.append(manager.post(request, QByteArray(R"({"paymentMethod":"paypal"})")));
    }
    QEventLoop loop;
    int finished = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        connect(reply, &QNetworkReply::finished, &loop, [&finished, &loop, &replies] {
            if (++finished == replies.size())
                loop.quit();
        });
    }
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(finished, replies.size());
    QStringList urls;
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject order = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(order.value(QLatin1String("state")).toString(),
                 QStringLiteral("awaiting_payment"));
        // The path: each process names itself in the URL (behind a proxy both get one
        // --public-url), the token is the checkout's.
        urls.append(QUrl(order.value(QLatin1String("checkoutUrl")).toString()).path());
        reply->deleteLater();
    }
    urls.removeDuplicates();
    QCOMPARE(urls.size(), 1);
    QVERIFY(urls.first().startsWith(QLatin1String("/checkout/")));

    // The key again, at either process: the first answer, replayed.
    for (const TestServer *at : {&m_a, &m_b}) {
        QList<QPair<QByteArray, QByteArray>> headers = bearer(token);
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        headers.append(qMakePair(QByteArray("Idempotency-Key"), QByteArray("both-a")));
        const HttpResult replay =
            m_http->request("POST", at->apiUrl(QStringLiteral("me/orders/%1/submit").arg(id)),
                            headers, QByteArray(R"({"paymentMethod":"paypal"})"));
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(QUrl(replay.json().object().value(QLatin1String("checkoutUrl")).toString()).path(),
                 urls.first());
    }

    int historyRows = 0;
    for (const QJsonValue &row :
         items(getObject(*m_http, m_b, QStringLiteral("me/fulfillment"), token)))
        historyRows += row.toObject().value(QLatin1String("orderId")).toString() == id ? 1 : 0;
    QCOMPARE(historyRows, 1);
    // The checkout page is the programme's, whichever process serves it.
    const QUrl onB = m_b.baseUrl().resolved(QUrl(urls.first()));
    QCOMPARE(postForm(*m_http, onB, form({{QStringLiteral("action"), QStringLiteral("approve")}}))
                 .status,
             200);
    int charges = 0;
    for (const QJsonValue &row :
         items(getObject(*m_http, m_a, QStringLiteral("me/transactions"), token)))
        charges += row.toObject().value(QLatin1String("orderId")).toString() == id ? 1 : 0;
    QCOMPARE(charges, 1);
}

// Behind a proxy every request comes from the proxy's address: with --trusted-proxy the limits
// count the client it forwards (the rightmost address it did not add itself); a client's own
// X-Forwarded-For entries, left of the proxy's, are not believed.
void TestServerProcesses::forwardedForIsBelievedFromTrustedProxiesOnly() {
    TestServer proxied;
    QVERIFY2(proxied.start(TestServer::defaultNow(), QStringLiteral("demo"),
                           {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.0/8")}),
             qPrintable(proxied.error()));
    TestHttp http(proxied.caFile());
    const auto lookUp = [&](const QByteArray &forwardedFor) {
        return http
            .get(proxied.baseUrl().resolved(QUrl(QStringLiteral("/verify/ZZZZ9999"))),
                 {{"Accept", "application/json"}, {"X-Forwarded-For", forwardedFor}})
            .status;
    };
    // One client, each time claiming another origin left of what the proxy appended.
    for (int i = 0; i < kMaxLookups; ++i)
        QCOMPARE(lookUp("198.51.100." + QByteArray::number(i + 1) + ", 203.0.113.7"), 404);
    QCOMPARE(lookUp("203.0.113.7"), 429);
    // Another client behind the same proxy is not held back.
    QCOMPARE(lookUp("203.0.113.8"), 404);
    QCOMPARE(lookUp("2001:db8::8"), 404);
}

// Orders left unpaid a day are abandoned by whichever process comes to them first, and only
// once: both processes start a day later and each logs the orders it abandoned.
void TestServerProcesses::abandonmentIsAppliedOnce() {
    if (!twoProcesses())
        QSKIP("two processes need PostgreSQL: run under tests/tools/with-postgres.sh");
    const QString token = m_http->passwordToken(m_a.baseUrl(), kAmira, kDemoPassword);
    QStringList unpaid;
    for (int i = 0; i < 3; ++i) {
        const TestServer &at = server(i);
        const HttpResult created =
            send(at, "POST", QStringLiteral("me/orders"),
                 QJsonObject{{QStringLiteral("items"), QJsonArray{QStringLiteral("cert-ccna")}},
                             {QStringLiteral("tracking"), false}},
                 token);
        QCOMPARE(created.status, 201);
        unpaid.append(created.json().object().value(QLatin1String("id")).toString());
    }

    const QDateTime dayLater = TestServer::defaultNow().addSecs(25 * 3600);
    m_a.stop();
    m_b.stop();
    QVERIFY2(m_a.restart(dayLater), qPrintable(m_a.error()));
    QVERIFY2(m_b.restart(dayLater), qPrintable(m_b.error()));
    const QString later = m_http->passwordToken(m_b.baseUrl(), kAmira, kDemoPassword);
    for (const QString &id : std::as_const(unpaid)) {
        QCOMPARE(stateOf(m_http->get(m_a.apiUrl(QStringLiteral("me/orders/") + id), bearer(later))),
                 QStringLiteral("abandoned"));
    }
    m_a.stop();
    m_b.stop();
    const QString logs = m_a.serverOutput() + m_b.serverOutput();
    for (const QString &id : std::as_const(unpaid)) {
        const QRegularExpression line(
            QStringLiteral("order %1 abandoned").arg(QRegularExpression::escape(id)));
        QCOMPARE(logs.count(line), 1);
    }
}

QTEST_GUILESS_MAIN(TestServerProcesses)
#include "TestServerProcesses.moc"
