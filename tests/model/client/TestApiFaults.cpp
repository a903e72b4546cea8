// What the client makes of a server that misbehaves: oversized and cut bodies, error statuses
// with and without problem details, broken token answers, 429 on reads, a bogus 304, and a 401
// that a refresh does not cure. Also: parallel 401s share one refresh, and a request is retried
// exactly once. The server is a fake on the real certificate (see FakeTlsServer.h).

#include "AccountBodies.h"
#include "DemoAccount.h"
#include "FakeTlsServer.h"
#include "TestServer.h"
#include "client/ApiClient.h"
#include "client/AuthorizedFetch.h"
#include "client/Session.h"
#include "client/SyncService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace certtrack;
using client::ApiError;
using test::FakeTlsServer;

namespace {

constexpr int kWaitMs = 20000;

QByteArray tokenBody(const QByteArray &access, const QByteArray &refresh) {
    return R"({"access_token":")" + access + R"(","token_type":"Bearer","expires_in":900,)" +
           R"("refresh_token":")" + refresh + R"("})";
}

} // namespace

class TestApiFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void oversizedBodyIsRefused_data();
    void oversizedBodyIsRefused();
    void bodyCutMidwayIsANetworkFailure();
    void problemDetailIsShown();
    void errorWithoutProblemBody();
    void malformedTokenAnswer_data();
    void malformedTokenAnswer();
    void throttledReadCarriesRetryAfter();
    void notModifiedWithoutAnEtagIsRefused();
    void refusedRefreshTokenEndsTheSession();
    void unauthorizedIsRetriedExactlyOnce();
    void parallelUnauthorizedShareOneRefresh();
    void syncFollowsPagesAndRefusesBadBodiesBeforeCommitting();
    void syncThatCannotBeStoredSaysSoAndKeepsThePreviousCopy();

private:
    std::unique_ptr<FakeTlsServer> serve(FakeTlsServer::Handler handler);
    client::ServerEndpoint endpointFor(const FakeTlsServer &server) const;
    template <typename Job> std::optional<ApiError> finish(Job *job);

    test::TestServer m_certificates;
};

void TestApiFaults::init() {
    // Cancelled, timed-out and oversized requests end without Qt complaining about the reply.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QNetworkReply")));
}

void TestApiFaults::initTestCase() {
    // certtrackd makes the CA and the localhost certificate; the fake serves them.
    QVERIFY2(m_certificates.start(test::TestServer::defaultNow(), QString()),
             qPrintable(m_certificates.error()));
    m_certificates.stop();
}

std::unique_ptr<FakeTlsServer> TestApiFaults::serve(FakeTlsServer::Handler handler) {
    const QString tls = m_certificates.dataDir() + QStringLiteral("/tls/");
    auto server =
        std::make_unique<FakeTlsServer>(tls + QStringLiteral("server.pem"),
                                        tls + QStringLiteral("server-key.pem"), std::move(handler));
    if (!server->listen())
        qFatal("the fake server cannot listen");
    return server;
}

client::ServerEndpoint TestApiFaults::endpointFor(const FakeTlsServer &server) const {
    return {QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port())),
            m_certificates.caFile()};
}

template <typename Job> std::optional<ApiError> TestApiFaults::finish(Job *job) {
    std::optional<ApiError> error;
    bool done = false;
    connect(job, &Job::finished, this, [&] {
        done = true;
        if (job->hasError())
            error = job->error();
    });
    if (!QTest::qWaitFor([&] { return done; }, kWaitMs))
        qFatal("a job never finished");
    return error;
}

void TestApiFaults::oversizedBodyIsRefused_data() {
    QTest::addColumn<bool>("declared");
    QTest::newRow("declared by Content-Length") << true;
    QTest::newRow("streamed until close") << false;
}

void TestApiFaults::oversizedBodyIsRefused() {
    QFETCH(bool, declared);
    const QByteArray huge(5 * 1024 * 1024, ' ');
    auto server = serve([&](const FakeTlsServer::Request &, QSslSocket *socket) {
        if (declared) {
            socket->write(FakeTlsServer::response(200, "{\"items\":[" + huge + "]}"));
        } else {
            socket->write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{\"items\":[");
            socket->write(huge);
            socket->write("]}");
            socket->disconnectFromHost();
        }
    });
    client::ApiClient api(endpointFor(*server));
    const std::optional<ApiError> error =
        finish(api.fetch(QStringLiteral("me/exams"), QStringLiteral("t")));
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Decode);
    QVERIFY2(error->message.contains(QLatin1String("too large")), qPrintable(error->message));
}

void TestApiFaults::bodyCutMidwayIsANetworkFailure() {
    auto server = serve([](const FakeTlsServer::Request &, QSslSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nETag: \"x\"\r\n\r\n{\"items\":[");
        socket->flush();
        socket->disconnectFromHost();
    });
    client::ApiClient api(endpointFor(*server));
    const std::optional<ApiError> error =
        finish(api.fetch(QStringLiteral("me/exams"), QStringLiteral("t")));
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Network);
}

void TestApiFaults::problemDetailIsShown() {
    auto server = serve([](const FakeTlsServer::Request &, QSslSocket *socket) {
        socket->write(FakeTlsServer::response(
            503,
            R"({"type":"about:blank","title":"Service Unavailable","status":503,)"
            R"("detail":"The service is down for maintenance until 10:00 UTC."})",
            "Content-Type: application/problem+json\r\n"));
    });
    client::ApiClient api(endpointFor(*server));
    const std::optional<ApiError> error =
        finish(api.fetch(QStringLiteral("me"), QStringLiteral("t")));
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Server);
    QCOMPARE(error->httpStatus, 503);
    QCOMPARE(error->message,
             QStringLiteral("The service is down for maintenance until 10:00 UTC."));
}

void TestApiFaults::errorWithoutProblemBody() {
    auto server = serve([](const FakeTlsServer::Request &, QSslSocket *socket) {
        socket->write(FakeTlsServer::response(500, "<html>oops</html>"));
    });
    client::ApiClient api(endpointFor(*server));
    const std::optional<ApiError> error =
        finish(api.fetch(QStringLiteral("me"), QStringLiteral("t")));
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Server);
    QCOMPARE(error->message, QStringLiteral("The server answered with an error (HTTP 500)."));
}

void TestApiFaults::malformedTokenAnswer_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named");
    QTest::newRow("truncated") << QByteArray(R"({"access_token":"a","tok)")
                               << QStringLiteral("malformed");
    QTest::newRow("number for a token")
        << QByteArray(
               R"({"access_token":5,"token_type":"Bearer","expires_in":900,"refresh_token":"r"})")
        << QStringLiteral("access_token");
    QTest::newRow("no refresh token")
        << QByteArray(R"({"access_token":"a","token_type":"Bearer","expires_in":900})")
        << QStringLiteral("refresh_token");
    QTest::newRow("not a bearer token")
        << QByteArray(
               R"({"access_token":"a","token_type":"MAC","expires_in":900,"refresh_token":"r"})")
        << QStringLiteral("token_type");
    QTest::newRow("no lifetime")
        << QByteArray(
               R"({"access_token":"a","token_type":"Bearer","expires_in":0,"refresh_token":"r"})")
        << QStringLiteral("expires_in");
}

void TestApiFaults::malformedTokenAnswer() {
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    auto server = serve([&](const FakeTlsServer::Request &, QSslSocket *socket) {
        socket->write(FakeTlsServer::response(200, body));
    });
    client::ApiClient api(endpointFor(*server));
    const std::optional<ApiError> error =
        finish(api.passwordGrant(QStringLiteral("CSCO10000000"), QStringLiteral("pw")));
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Decode);
    QVERIFY2(error->message.contains(named), qPrintable(error->message));
}

void TestApiFaults::throttledReadCarriesRetryAfter() {
    auto server = serve([](const FakeTlsServer::Request &, QSslSocket *socket) {
        socket->write(FakeTlsServer::response(429, "{}", "Retry-After: 7\r\n"));
    });
    client::ApiClient api(endpointFor(*server));
    const std::optional<ApiError> error =
        finish(api.fetch(QStringLiteral("me"), QStringLiteral("t")));
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Throttled);
    QCOMPARE(error->retryAfterSeconds, 7);
    QCOMPARE(error->message, QStringLiteral("Too many attempts. Try again in 7 seconds."));
}

void TestApiFaults::notModifiedWithoutAnEtagIsRefused() {
    QByteArray seenIfNoneMatch = "unset";
    auto server = serve([&](const FakeTlsServer::Request &request, QSslSocket *socket) {
        seenIfNoneMatch = request.headers.value("if-none-match");
        socket->write("HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\n\r\n");
    });
    client::ApiClient api(endpointFor(*server));
    std::optional<ApiError> error = finish(api.fetch(QStringLiteral("me"), QStringLiteral("t")));
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Decode);
    QCOMPARE(seenIfNoneMatch, QByteArray());

    // With an ETag sent, the same 304 is a success that keeps the ETag.
    client::FetchJob *job = api.fetch(QStringLiteral("me"), QStringLiteral("t"), "\"v1\"");
    client::FetchedResource result;
    connect(job, &client::ApiJob::finished, this, [&] { result = job->result(); });
    error = finish(job);
    QVERIFY(!error);
    QCOMPARE(seenIfNoneMatch, QByteArray("\"v1\""));
    QVERIFY(result.notModified());
    QCOMPARE(result.etag, QByteArray("\"v1\""));
    QVERIFY(result.body.isEmpty());
}

void TestApiFaults::refusedRefreshTokenEndsTheSession() {
    auto server = serve([](const FakeTlsServer::Request &, QSslSocket *socket) {
        socket->write(FakeTlsServer::response(
            400, R"({"error":"invalid_grant","error_description":"expired"})"));
    });
    client::ApiClient api(endpointFor(*server));
    client::Session session(&api);
    QSignalSpy signedOut(&session, &client::Session::signedOut);
    session.resume(QStringLiteral("CSCO10000000"), QStringLiteral("stale-refresh-token"));
    QVERIFY(session.isSignedIn());
    client::AuthorizedFetch *fetch = session.fetch(QStringLiteral("me"));
    const std::optional<ApiError> error = finish(fetch);
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Unauthorized);
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(!signedOut.first().first().toString().isEmpty());
    QVERIFY(!session.isSignedIn());
    QVERIFY(session.refreshToken().isEmpty());
    QCOMPARE(server->requestCount("/api/v1/me"), 0);
}

void TestApiFaults::unauthorizedIsRetriedExactlyOnce() {
    // Every token is refused: one refresh, one retry, then the 401 stands.
    auto server = serve([](const FakeTlsServer::Request &request, QSslSocket *socket) {
        if (request.path == "/api/v1/auth/token")
            socket->write(FakeTlsServer::response(200, tokenBody("fresh", "rotated")));
        else
            socket->write(FakeTlsServer::response(401, R"({"title":"Unauthorized","status":401})"));
    });
    client::ApiClient api(endpointFor(*server));
    client::Session session(&api);
    QSignalSpy rotated(&session, &client::Session::refreshTokenChanged);
    session.resume(QStringLiteral("CSCO10000000"), QStringLiteral("stored"));
    const std::optional<ApiError> error = finish(session.fetch(QStringLiteral("me")));
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Unauthorized);
    // resume has no access token: one refresh to get one, one more after the first 401.
    QCOMPARE(server->requestCount("/api/v1/me"), 2);
    QCOMPARE(server->requestCount("/api/v1/auth/token"), 2);
    QCOMPARE(rotated.size(), 2);
    QCOMPARE(session.refreshToken(), QStringLiteral("rotated"));
}

void TestApiFaults::parallelUnauthorizedShareOneRefresh() {
    int tokens = 0;
    auto server = serve([&](const FakeTlsServer::Request &request, QSslSocket *socket) {
        if (request.path == "/api/v1/auth/token") {
            ++tokens;
            const QByteArray grant = request.body.contains("grant_type=password")
                                         ? tokenBody("old", "r1")
                                         : tokenBody("new", "r2");
            socket->write(FakeTlsServer::response(200, grant));
            return;
        }
        if (request.headers.value("authorization") == "Bearer new")
            socket->write(FakeTlsServer::response(200, "{}", "ETag: \"e\"\r\n"));
        else
            socket->write(FakeTlsServer::response(401, "{}"));
    });
    client::ApiClient api(endpointFor(*server));
    client::Session session(&api);
    QSignalSpy signedIn(&session, &client::Session::signedIn);
    session.signIn(QStringLiteral("CSCO10000000"), QStringLiteral("pw"));
    QVERIFY(signedIn.wait(kWaitMs));
    QCOMPARE(tokens, 1);

    QList<client::AuthorizedFetch *> fetches;
    for (const char *path : {"me", "me/exams", "me/badges", "me/logos", "me/settings"})
        fetches.append(session.fetch(QString::fromLatin1(path)));
    int succeeded = 0;
    int finished = 0;
    for (client::AuthorizedFetch *fetch : std::as_const(fetches)) {
        connect(fetch, &client::AuthorizedFetch::finished, this, [&, fetch] {
            ++finished;
            if (!fetch->hasError() && fetch->result().status == 200)
                ++succeeded;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 5, kWaitMs);
    QCOMPARE(succeeded, 5);
    QCOMPARE(tokens, 2); // the password grant and exactly one shared refresh
    QCOMPARE(session.refreshCount(), 1);
    QCOMPARE(session.refreshToken(), QStringLiteral("r2"));
}

void TestApiFaults::syncFollowsPagesAndRefusesBadBodiesBeforeCommitting() {
    // The demo account's bodies, with the exams split over two pages.
    domain::AccountData account = test::demoAccountData();
    QHash<QByteArray, QByteArray> bodies;
    for (const client::LocalCache::Entry &entry :
         test::accountBodies(account, QDateTime::currentDateTimeUtc()))
        bodies.insert("/api/v1/" + entry.path.toUtf8(), entry.body);
    domain::Page<domain::Exam> first;
    domain::Page<domain::Exam> second;
    first.items = account.exams.mid(0, 4);
    first.nextCursor = QStringLiteral("page 2/2");
    second.items = account.exams.mid(4);
    bodies.insert("/api/v1/me/exams", QJsonDocument(first.toJson()).toJson());
    bodies.insert("/api/v1/me/exams?cursor=page%202%2F2", QJsonDocument(second.toJson()).toJson());

    auto server = serve([&](const FakeTlsServer::Request &request, QSslSocket *socket) {
        if (request.path == "/api/v1/auth/token") {
            socket->write(FakeTlsServer::response(200, tokenBody("a", "r")));
            return;
        }
        const QByteArray body = bodies.value(request.path);
        if (body.isEmpty()) {
            socket->write(FakeTlsServer::response(404, "{}"));
            return;
        }
        const QByteArray etag = '"' + QByteArray::number(qHash(body), 16) + '"';
        if (request.headers.value("if-none-match") == etag)
            socket->write("HTTP/1.1 304 Not Modified\r\nETag: " + etag + "\r\n\r\n");
        else
            socket->write(FakeTlsServer::response(200, body, "ETag: " + etag + "\r\n"));
    });
    client::ApiClient api(endpointFor(*server));
    client::Session session(&api);
    client::LocalCache cache;
    QString error;
    QVERIFY(cache.openInMemory(&error));
    client::SyncService sync(&session, &cache);
    QSignalSpy synced(&sync, &client::SyncService::synced);
    QSignalSpy failed(&sync, &client::SyncService::failed);
    session.resume(QStringLiteral("CSCO10000000"), QStringLiteral("r"));

    sync.sync();
    QVERIFY(synced.wait(kWaitMs));
    const auto data = synced.first().first().value<domain::AccountData>();
    QCOMPARE(data.exams.size(), account.exams.size());
    QCOMPARE(data.exams.last().registrationNumber, account.exams.last().registrationNumber);
    QCOMPARE(server->requestCount("/api/v1/me/exams?cursor=page%202%2F2"), 1);
    // This server lists no resources (it answers 404): every resource was asked for instead.
    QCOMPARE(server->requestCount("/api/v1/me/sync"), 1);
    QCOMPARE(server->requestCount("/api/v1/me/certification-details"), 1);
    QCOMPARE(data.certifications.size(), account.certifications.size());
    const QHash<QString, client::LocalCache::Entry> committed = cache.entries();
    const QDateTime committedAt = cache.lastSynced();

    // One body turns bad: nothing of this sync is committed, the old data stays, Offline.
    QJsonObject brokenBadge = account.badges.first().toJson();
    brokenBadge.remove(QStringLiteral("issuedOn"));
    bodies.insert("/api/v1/me/badges",
                  QJsonDocument(QJsonObject{{QStringLiteral("items"), QJsonArray{brokenBadge}},
                                            {QStringLiteral("nextCursor"), QJsonValue()}})
                      .toJson());
    bodies.insert("/api/v1/me", R"({"loginId":"CSCO10000000","firstName":"Changed"})");
    sync.sync();
    QVERIFY(failed.wait(kWaitMs));
    const ApiError syncError = failed.first().first().value<ApiError>();
    QCOMPARE(syncError.kind, ApiError::Kind::Decode);
    QVERIFY2(syncError.message.contains(QLatin1String("me")), qPrintable(syncError.message));
    QCOMPARE(sync.state(), client::SyncService::State::Offline);
    QCOMPARE(sync.offlineReason(), syncError.message);
    QCOMPARE(sync.nextRetrySeconds(), client::SyncService::kFirstRetrySeconds);
    QCOMPARE(cache.lastSynced(), committedAt);
    QCOMPARE(cache.entries().value(QStringLiteral("me")).body,
             committed.value(QStringLiteral("me")).body);
    QCOMPARE(cache.entries().size(), committed.size());

    // Each further failure doubles the wait, up to five minutes.
    sync.sync();
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(sync.nextRetrySeconds(), 2 * client::SyncService::kFirstRetrySeconds);
    sync.stop();
    QCOMPARE(sync.state(), client::SyncService::State::Idle);

    // A list of resources that is not one is refused before anything else is asked for.
    bodies.insert("/api/v1/me/sync", R"({"resources":[{"path":"me"}]})");
    const int asked = server->requestCount("/api/v1/me");
    sync.sync();
    QVERIFY(failed.wait(kWaitMs));
    const ApiError listError = failed.last().first().value<ApiError>();
    QCOMPARE(listError.kind, ApiError::Kind::Decode);
    QVERIFY2(listError.message.contains(QLatin1String("me/sync")), qPrintable(listError.message));
    QCOMPARE(server->requestCount("/api/v1/me"), asked);
    QCOMPARE(cache.lastSynced(), committedAt);
    sync.stop();
}

// The cache file cannot take the new sync (here another connection holds its write lock, as a
// full disk refuses the commit): the sync's data still reaches this session, the previous copy
// stays whole on disk, and notStored says so instead of a log line alone.
void TestApiFaults::syncThatCannotBeStoredSaysSoAndKeepsThePreviousCopy() {
    const domain::AccountData account = test::demoAccountData();
    QHash<QByteArray, QByteArray> bodies;
    for (const client::LocalCache::Entry &entry :
         test::accountBodies(account, QDateTime::currentDateTimeUtc()))
        bodies.insert("/api/v1/" + entry.path.toUtf8(), entry.body);
    auto server = serve([&](const FakeTlsServer::Request &request, QSslSocket *socket) {
        if (request.path == "/api/v1/auth/token") {
            socket->write(FakeTlsServer::response(200, tokenBody("a", "r")));
            return;
        }
        const QByteArray body = bodies.value(request.path);
        const QByteArray etag = '"' + QByteArray::number(qHash(body), 16) + '"';
        socket->write(body.isEmpty()
                          ? FakeTlsServer::response(404, "{}")
                          : FakeTlsServer::response(200, body, "ETag: " + etag + "\r\n"));
    });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    client::ApiClient api(endpointFor(*server));
    client::Session session(&api);
    client::LocalCache cache;
    QString error;
    QVERIFY2(cache.openFile(path, &error), qPrintable(error));
    client::SyncService sync(&session, &cache);
    QSignalSpy synced(&sync, &client::SyncService::synced);
    QSignalSpy notStored(&sync, &client::SyncService::notStored);
    session.resume(QStringLiteral("CSCO10000000"), QStringLiteral("r"));
    sync.sync();
    QVERIFY(synced.wait(kWaitMs));
    QCOMPARE(notStored.count(), 0);
    const QHash<QString, client::LocalCache::Entry> previous = cache.entries();
    const QDateTime previousAt = cache.lastSynced();
    QVERIFY(previousAt.isValid());

    {
        QSqlDatabase blocker =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
        blocker.setDatabaseName(path);
        QVERIFY(blocker.open());
        QSqlQuery lock(blocker);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QJsonObject me = QJsonDocument::fromJson(bodies.value("/api/v1/me")).object();
        me.insert(QStringLiteral("firstName"), QStringLiteral("Changed"));
        bodies.insert("/api/v1/me", QJsonDocument(me).toJson());
        sync.sync();
        QVERIFY(synced.wait(kWaitMs));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        blocker.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
    QCOMPARE(notStored.count(), 1);
    const QString message = notStored.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("could not be saved")) &&
                 message.contains(QLatin1String("previous sync is kept")),
             qPrintable(message));
    QCOMPARE(synced.last().first().value<domain::AccountData>().profile.firstName,
             QStringLiteral("Changed"));
    QCOMPARE(cache.lastSynced(), previousAt);
    QCOMPARE(cache.entries().value(QStringLiteral("me")).body,
             previous.value(QStringLiteral("me")).body);
    QCOMPARE(cache.entries().size(), previous.size());
}

QTEST_GUILESS_MAIN(TestApiFaults)
#include "TestApiFaults.moc"
