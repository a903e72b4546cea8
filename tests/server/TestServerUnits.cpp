// certtrackd's parts on their own: storage and migrations, the demo seed's story, routing,
// entity tags, option parsing, tokens and the outbox.
#include "server/app/ApiRoutes.h"
#include "server/app/DemoSeed.h"
#include "server/app/Generator.h"
#include "server/app/ServerOptions.h"
#include "server/app/ServerStores.h"
#include "server/auth/TokenService.h"
#include "server/core/Clock.h"
#include "server/core/Migrations.h"
#include "server/core/PasswordHasher.h"
#include "server/http/ApiServer.h"
#include "server/http/HttpMessage.h"
#include "server/http/JsonTextValidator.h"
#include "server/http/RateLimiter.h"
#include "server/http/RequestReader.h"
#include "server/mail/OutboxMailer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "TestServer.h"

#include <thread>

using namespace certtrack::server;

class TestServerUnits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void migrationsCreateTheSchemaOnce();
    void newerSchemaIsRefused();
    void databaseIsReadableByItsOwnerOnly();
    void demoSeedAppliesOnlyToAnEmptyDatabase();
    void yearShiftKeepsTheGuideDatesInForce_data();
    void yearShiftKeepsTheGuideDatesInForce();
    void readsAreScopedToTheCandidate();
    void refreshTokenIsUsedOnce();
    void loginDelayGrowsToItsCap();
    void invalidTextIsFoundByItsField();
    void newPasswordAndRevocationAreOneTransaction();
    void routerMatchesTemplates();
    void dispatchAnswersProblems();
    void fullStorageAnswers503AndRecovers();
    void readOnlyStorageAnswers503();
    void removedDatabaseRefusesWrites();
    void entityTags();
    void optionsParse();
    void optionsFromAConfigFile();
    void trustedProxies_data();
    void trustedProxies();
    void databaseLocations_data();
    void databaseLocations();
    void postgresSchemaIsSqlitesSchema();
    void postgresFaultsAnswer503AndRecover();
    void generatorFillsAProgramme_data();
    void generatorFillsAProgramme();
    void rateLimitsCountSharedEvents_data();
    void rateLimitsCountSharedEvents();
    void rfc3339();
    void outboxWritesEmlFiles();

private:
    std::unique_ptr<ServerStores> openFresh(const QString &name);

    QTemporaryDir m_dir;
    PasswordHasher m_hasher;
    Clock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc())};
};

void TestServerUnits::initTestCase() {
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<ServerStores> TestServerUnits::openFresh(const QString &name) {
    QString error;
    auto storage = ServerStores::openSqlite(m_dir.filePath(name), &error);
    if (!storage)
        qWarning() << error;
    return storage;
}

void TestServerUnits::migrationsCreateTheSchemaOnce() {
    const int newest = sqliteMigrations().last().version;
    {
        auto storage = openFresh(QStringLiteral("migrate.sqlite"));
        QVERIFY(storage);
        QCOMPARE(storage->db->schemaVersion(), newest);
        QVERIFY(!storage->import.hasCandidates());
    }
    // Opening again applies nothing twice, and the journal is WAL.
    auto again = openFresh(QStringLiteral("migrate.sqlite"));
    QVERIFY(again);
    QCOMPARE(again->db->schemaVersion(), newest);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("migrate.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), sqliteMigrations().size());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

// It holds password and token hashes and the issuer's signing key.
void TestServerUnits::databaseIsReadableByItsOwnerOnly() {
    const QString path = m_dir.filePath(QStringLiteral("private.sqlite"));
    QFile loose(path);
    QVERIFY(loose.open(QIODevice::WriteOnly));
    loose.close();
    QVERIFY(loose.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QString error;
    auto stores = ServerStores::openSqlite(path, &error);
    QVERIFY2(stores, qPrintable(error));
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                              QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

void TestServerUnits::newerSchemaIsRefused() {
    {
        auto storage = openFresh(QStringLiteral("newer.sqlite"));
        QVERIFY(storage);
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("newer.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'future', 0)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    QString error;
    QVERIFY(!ServerStores::openSqlite(m_dir.filePath(QStringLiteral("newer.sqlite")), &error));
    QVERIFY2(error.contains(QLatin1String("999")), qPrintable(error));
}

void TestServerUnits::demoSeedAppliesOnlyToAnEmptyDatabase() {
    auto storage = openFresh(QStringLiteral("seed.sqlite"));
    QVERIFY(storage);
    QVERIFY(DemoSeed::apply(*storage, m_clock, m_hasher));
    QVERIFY(storage->import.hasCandidates());
    QVERIFY(!DemoSeed::apply(*storage, m_clock, m_hasher));
    // A seed interrupted after the programme data can run again.
    try {
        storage->import.importProgramme(DemoSeed::programme());
    } catch (const StorageError &error) {
        QFAIL(error.what());
    }
    // The programme's links are replaced, not added to, by the second import.
    QCOMPARE(storage->personalInfo.programme().links.size(), DemoSeed::programme().links.size());
    // A programme whose link is not https is refused whole: the stored one stays as it was.
    ProgrammeRecord hostile = DemoSeed::programme();
    hostile.identifiersHeading = QStringLiteral("Changed");
    hostile.links.append({QStringLiteral("Open me"), QStringLiteral("javascript:alert(1)")});
    QVERIFY_THROWS_EXCEPTION(StorageError, storage->import.importProgramme(hostile));
    QCOMPARE(storage->personalInfo.programme().identifiersHeading,
             DemoSeed::programme().identifiersHeading);
    QCOMPARE(storage->personalInfo.programme().links.size(), 2);
    const auto account = storage->tokens.accountByLogin(QStringLiteral("CSCO10000000"));
    QVERIFY(account);
    QVERIFY(account->passwordHash.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(m_hasher.verify(account->passwordHash, DemoSeed::password()));
    QVERIFY(!m_hasher.verify(account->passwordHash, QStringLiteral("certtrack-dem0")));
    QCOMPARE(storage->candidate.exams(account->id, {}).items.size(), 10);
    QVERIFY(storage->tokens.accountByLogin(QStringLiteral("CSCO10000001")));
    QVERIFY(storage->tokens.accountByLogin(QStringLiteral("CSCO10000002")));
    QVERIFY(!storage->tokens.accountByLogin(QStringLiteral("CSCO10000003")));
    // Every certification the seed hands out has a definition with rules that decode.
    for (const QString &login : {QStringLiteral("CSCO10000000"), QStringLiteral("CSCO10000001"),
                                 QStringLiteral("CSCO10000002")}) {
        const qint64 id = storage->tokens.accountByLogin(login)->id;
        for (const HeldCertification &held : storage->certifications.certifications(id)) {
            const auto definition = storage->certifications.definition(held.definitionId);
            QVERIFY(definition);
            QVERIFY(definition->requirements && definition->recertification);
        }
    }
    const auto ccnp = storage->certifications.definition(QStringLiteral("ccnp-enterprise"));
    QVERIFY(ccnp);
    QVERIFY(ccnp->renews.contains(QStringLiteral("ccna")));
}

void TestServerUnits::yearShiftKeepsTheGuideDatesInForce_data() {
    QTest::addColumn<QDate>("today");
    QTest::newRow("test clock") << QDate(2026, 11, 2);
    QTest::newRow("1 February") << QDate(2026, 2, 1);
    QTest::newRow("31 January") << QDate(2026, 1, 31);
    QTest::newRow("new year") << QDate(2027, 1, 1);
    QTest::newRow("guide year") << QDate(2020, 2, 1);
    QTest::newRow("leap day") << QDate(2028, 2, 29);
}

void TestServerUnits::yearShiftKeepsTheGuideDatesInForce() {
    QFETCH(QDate, today);
    const int shift = DemoSeed::yearShift(today);
    const QDate credits = QDate(2020, 2, 1).addYears(shift);
    const QDate ccna = QDate(2019, 12, 8).addYears(shift);
    QVERIFY(credits <= today && today < credits.addYears(1));
    QVERIFY(ccna <= today && today < ccna.addYears(3));
    QVERIFY(QDate(2019, 12, 9).addYears(shift) <= today);
}

void TestServerUnits::readsAreScopedToTheCandidate() {
    auto storage = openFresh(QStringLiteral("seed.sqlite"));
    QVERIFY(storage);
    const qint64 john = storage->tokens.accountByLogin(QStringLiteral("CSCO10000000"))->id;
    const qint64 amira = storage->tokens.accountByLogin(QStringLiteral("CSCO10000001"))->id;
    QVERIFY(storage->certifications.certification(john, QStringLiteral("crt-10000000-ccna")));
    QVERIFY(!storage->certifications.certification(amira, QStringLiteral("crt-10000000-ccna")));
    QVERIFY(!storage->certifications.certification(john, QStringLiteral("crt-10000001-ccnp")));
    QCOMPARE(storage->candidate.profile(amira).loginId, QStringLiteral("CSCO10000001"));
    for (const auto &exam : storage->candidate.exams(amira, {}).items)
        QVERIFY(!exam.registrationNumber.startsWith(QLatin1String("UniqueRegNum")));
    QVERIFY(storage->transcripts.transcripts(amira).isEmpty());
    QCOMPARE(storage->transcripts.transcripts(john).size(), 1);
}

void TestServerUnits::refreshTokenIsUsedOnce() {
    auto storage = openFresh(QStringLiteral("seed.sqlite"));
    QVERIFY(storage);
    TokenService tokens(storage->tokens, m_clock, m_hasher);
    const auto grant = tokens.passwordGrant(QStringLiteral("CSCO10000001"), DemoSeed::password());
    QVERIFY(grant.ok);
    QVERIFY(tokens.authenticate(grant.accessToken).candidateId);
    // Only hashes are stored.
    QVERIFY(!storage->tokens.tokenByHash(grant.accessToken.toLatin1()));
    const auto stored = storage->tokens.tokenByHash(PasswordHasher::tokenHash(grant.refreshToken));
    QVERIFY(stored);
    QVERIFY(qAbs(stored->expiresAt.secsTo(m_clock.now().addDays(30))) < 5);
    const QByteArray hash = PasswordHasher::tokenHash(grant.refreshToken);
    QVERIFY(storage->tokens.markTokenUsed(hash, m_clock.now()));
    QVERIFY(!storage->tokens.markTokenUsed(hash, m_clock.now()));
    QVERIFY(!tokens.refreshGrant(grant.refreshToken).ok);
    QVERIFY(!tokens.authenticate(grant.accessToken).candidateId); // family revoked
}

void TestServerUnits::loginDelayGrowsToItsCap() {
    // The owner's own typos, and a few guesses, cost nothing; then the wait doubles, to a minute.
    QCOMPARE(TokenService::loginDelaySeconds(0), 0);
    QCOMPARE(TokenService::loginDelaySeconds(9), 0);
    QCOMPARE(TokenService::loginDelaySeconds(10), 5);
    QCOMPARE(TokenService::loginDelaySeconds(11), 10);
    QCOMPARE(TokenService::loginDelaySeconds(13), 40);
    QCOMPARE(TokenService::loginDelaySeconds(14), 60);
    QCOMPARE(TokenService::loginDelaySeconds(100000), 60);
}

void TestServerUnits::invalidTextIsFoundByItsField() {
    const auto fieldOf = [](const QByteArray &json) {
        const auto invalid = JsonTextValidator::firstInvalid(json);
        return invalid ? invalid->field : QStringLiteral("(valid)");
    };
    const QByteArray nested = "{\"a\":\"x\",\"b\":{\"c\":[\"ok\",\"x\\udc00\"]}}";
    QCOMPARE(fieldOf(nested), QStringLiteral("b.c[1]"));
    const QByteArray items = "{\"items\":[{\"n\":\"\\u00e9\"},{\"n\":\"\\ud800\"}]}";
    QCOMPARE(fieldOf(items), QStringLiteral("items[1].n"));
    const QByteArray badKey = "{\"o\":{\"bad\\ud800\":1}}";
    QCOMPARE(fieldOf(badKey), QStringLiteral("o"));
    const QByteArray scripts = "{\"t\":\"caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80\"}";
    QCOMPARE(fieldOf(scripts), QStringLiteral("(valid)"));
    const QByteArray escapes = "{\"t\":\"\\ud83d\\ude00 \\\"\\\\\\u0041\\/\"}";
    QCOMPARE(fieldOf(escapes), QStringLiteral("(valid)"));
    const QByteArray beyond = "{\"t\":\"\xf4\x90\x80\x80\"}"; // beyond U+10FFFF
    QCOMPARE(fieldOf(beyond), QStringLiteral("t"));
    const QByteArray overlong = "{\"t\":\"\xe0\x80\xaf\"}";
    QCOMPARE(fieldOf(overlong), QStringLiteral("t"));
    const QByteArray cut = "{\"t\":\"ab\xc3\"}";
    QCOMPARE(fieldOf(cut), QStringLiteral("t"));
}

void TestServerUnits::newPasswordAndRevocationAreOneTransaction() {
    const QString path = m_dir.filePath(QStringLiteral("reset.sqlite"));
    {
        QString error;
        auto fresh = ServerStores::openSqlite(path, &error);
        QVERIFY2(fresh, qPrintable(error));
        QVERIFY(DemoSeed::apply(*fresh, m_clock, m_hasher));
    }
    QString error;
    auto storage = ServerStores::openSqlite(path, &error);
    QVERIFY2(storage, qPrintable(error));
    TokenService tokens(storage->tokens, m_clock, m_hasher);
    const QString login = QStringLiteral("CSCO10000000");
    const auto grant = tokens.passwordGrant(login, DemoSeed::password());
    const auto other = tokens.passwordGrant(QStringLiteral("CSCO10000001"), DemoSeed::password());
    QVERIFY(grant.ok && other.ok);
    const qint64 candidateId = storage->tokens.accountByLogin(login)->id;
    const QString oldHash = storage->tokens.accountByLogin(login)->passwordHash;

    PasswordLink link;
    link.hash = PasswordHasher::tokenHash(PasswordHasher::randomToken());
    link.candidateId = candidateId;
    link.purpose = PasswordLink::Purpose::Reset;
    link.issuedAt = m_clock.now();
    link.expiresAt = m_clock.now().addDays(1);
    storage->accountMapping.insertPasswordLink(link);
    const QString newHash = m_hasher.hash(QStringLiteral("Locksmith-visited-77"));

    // The revocation fails (as a crash between the two writes would leave them): the password,
    // the link and the tokens all stay as they were.
    const QString connection = QStringLiteral("saboteur");
    const auto sabotage = [&](const QString &sql) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        const bool ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
        return ok;
    };
    QVERIFY(sabotage(QStringLiteral("CREATE TRIGGER no_revocation BEFORE UPDATE OF revoked_at ON "
                                    "tokens BEGIN SELECT RAISE(ABORT, 'disk gone'); END")));
    QSqlDatabase::removeDatabase(connection);
    QVERIFY_THROWS_EXCEPTION(
        StorageError, storage->accountMapping.usePasswordLink(link.hash, m_clock.now(), newHash));
    QCOMPARE(storage->tokens.accountByLogin(login)->passwordHash, oldHash);
    QVERIFY(!storage->accountMapping.passwordLinkByHash(link.hash)->usedAt);
    QCOMPARE(tokens.authenticate(grant.accessToken).candidateId, candidateId);

    QVERIFY(sabotage(QStringLiteral("DROP TRIGGER no_revocation")));
    QSqlDatabase::removeDatabase(connection);
    QVERIFY(storage->accountMapping.usePasswordLink(link.hash, m_clock.now(), newHash));
    QCOMPARE(storage->tokens.accountByLogin(login)->passwordHash, newHash);
    QVERIFY(storage->accountMapping.passwordLinkByHash(link.hash)->usedAt);
    QVERIFY(!tokens.authenticate(grant.accessToken).candidateId);
    QVERIFY(!tokens.refreshGrant(grant.refreshToken).ok);
    QVERIFY(tokens.authenticate(other.accessToken).candidateId);
    QVERIFY(tokens.refreshGrant(other.refreshToken).ok);
    // A link already used changes nothing, and revokes nothing issued since.
    const auto after = tokens.passwordGrant(login, QStringLiteral("Locksmith-visited-77"));
    QVERIFY(after.ok);
    QVERIFY(!storage->accountMapping.usePasswordLink(link.hash, m_clock.now(), oldHash));
    QCOMPARE(storage->tokens.accountByLogin(login)->passwordHash, newHash);
    QCOMPARE(tokens.authenticate(after.accessToken).candidateId, candidateId);
}

void TestServerUnits::routerMatchesTemplates() {
    Router router;
    router.add({"GET", QStringLiteral("/api/v1/me"), {}});
    router.add({"GET", QStringLiteral("/api/v1/me/certifications/{id}"), {}});
    router.add({"POST", QStringLiteral("/api/v1/auth/token"), {}});
    auto match = router.match("GET", QStringLiteral("/api/v1/me/certifications/abc"));
    QVERIFY(match.route);
    QCOMPARE(match.parameters.value(QStringLiteral("id")), QStringLiteral("abc"));
    QVERIFY(!router.match("GET", QStringLiteral("/api/v1/me/certifications/")).route);
    QVERIFY(!router.match("GET", QStringLiteral("/api/v1/me/certifications/a/b")).route);
    match = router.match("PUT", QStringLiteral("/api/v1/me"));
    QVERIFY(!match.route);
    QCOMPARE(match.allowedMethods, QList<QByteArray>{"GET"});
    QVERIFY(router.match("GET", QStringLiteral("/api/v1/nothing")).allowedMethods.isEmpty());
}

void TestServerUnits::dispatchAnswersProblems() {
    Router router;
    router.add({"GET", QStringLiteral("/boom"),
                [](const ApiRequest &) -> HttpResponse { throw StorageError("disk on fire"); }});
    router.add({"GET", QStringLiteral("/ok"), [](const ApiRequest &) {
                    return HttpResponse::json(QJsonObject{{QStringLiteral("a"), 1}});
                }});
    ApiServer server(router);
    ApiRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/boom");
    HttpResponse response = server.dispatch(request);
    QCOMPARE(response.status, 500);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/problem+json"));
    QVERIFY(!response.body.contains("disk on fire")); // internals stay in the log

    request.path = QStringLiteral("/ok");
    response = server.dispatch(request);
    QCOMPARE(response.status, 200);
    request.headers.append({"If-None-Match", response.header("ETag")});
    QCOMPARE(server.dispatch(request).status, 304);

    request.body = QByteArray(ApiServer::kMaxBodyBytes + 1, 'x');
    QCOMPARE(server.dispatch(request).status, 413);
}

namespace {

// A route that writes `bytes` into the database in one transaction, answering 201.
ApiServer writingServer(Database &db) {
    Router router;
    router.add({"POST", QStringLiteral("/write"), [&db](const ApiRequest &request) {
                    const int bytes = request.body.toInt();
                    db.transaction([&] {
                        db.run(QStringLiteral("INSERT INTO filler (data) VALUES (zeroblob(?))"),
                               {bytes});
                    });
                    HttpResponse response = HttpResponse::json(QJsonObject{});
                    response.status = 201;
                    return response;
                }});
    router.add({"GET", QStringLiteral("/count"), [&db](const ApiRequest &) {
                    QSqlQuery query = db.run(QStringLiteral("SELECT count(*) FROM filler"));
                    query.next();
                    return HttpResponse::json(
                        QJsonObject{{QStringLiteral("rows"), query.value(0).toInt()}});
                }});
    return ApiServer(router);
}

HttpResponse post(const ApiServer &server, int bytes) {
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/write");
    request.body = QByteArray::number(bytes);
    return server.dispatch(request);
}

int rows(const ApiServer &server) {
    ApiRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/count");
    const HttpResponse response = server.dispatch(request);
    return response.status == 200
               ? QJsonDocument::fromJson(response.body)[QStringLiteral("rows")].toInt()
               : -1;
}

} // namespace

// SQLite's max_page_count makes the database "full" as a full disk does (SQLITE_FULL): the
// write is refused with a 503 that says so, nothing of it is kept, reads go on, and once there
// is room the same write succeeds.
void TestServerUnits::fullStorageAnswers503AndRecovers() {
    auto storage = openFresh(QStringLiteral("full.sqlite"));
    QVERIFY(storage);
    Database &db = *storage->db;
    db.run(QStringLiteral("CREATE TABLE filler (data BLOB NOT NULL)"));
    const ApiServer server = writingServer(db);
    QCOMPARE(post(server, 1000).status, 201);
    QSqlQuery pages = db.run(QStringLiteral("PRAGMA page_count"));
    QVERIFY(pages.next());
    const int pageCount = pages.value(0).toInt();
    db.run(QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount + 2));

    const HttpResponse refused = post(server, 200000);
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(refused.header("Retry-After"), QByteArray("60"));
    const QJsonObject problem = QJsonDocument::fromJson(refused.body).object();
    QCOMPARE(problem[QStringLiteral("type")].toString(),
             QStringLiteral("urn:certtrack:problem:storage:full"));
    QVERIFY2(problem[QStringLiteral("detail")].toString().contains(
                 QStringLiteral("storage is full, so nothing was saved")),
             refused.body.constData());
    QVERIFY(!refused.body.contains("full.sqlite")); // file names stay in the log
    QCOMPARE(db.health(), StorageError::Kind::Full);
    QCOMPARE(rows(server), 1); // the refused write left nothing; reads answer

    db.run(QStringLiteral("PRAGMA max_page_count = 1000000"));
    QCOMPARE(post(server, 200000).status, 201);
    QCOMPARE(rows(server), 2);
    QCOMPARE(db.health(), StorageError::Kind::Fault); // "ok" on /healthz
}

// A connection that may not write (query_only: SQLite answers SQLITE_READONLY as it does for a
// file opened read-only) is a storage fault too, not a bug: 503 naming it.
void TestServerUnits::readOnlyStorageAnswers503() {
    auto storage = openFresh(QStringLiteral("readonly.sqlite"));
    QVERIFY(storage);
    Database &db = *storage->db;
    db.run(QStringLiteral("CREATE TABLE filler (data BLOB NOT NULL)"));
    const ApiServer server = writingServer(db);
    QCOMPARE(post(server, 10).status, 201);
    db.run(QStringLiteral("PRAGMA query_only = 1"));
    const HttpResponse refused = post(server, 10);
    QCOMPARE(refused.status, 503);
    QCOMPARE(QJsonDocument::fromJson(refused.body)[QStringLiteral("type")].toString(),
             QStringLiteral("urn:certtrack:problem:storage:read-only"));
    QCOMPARE(db.health(), StorageError::Kind::ReadOnly);
    QCOMPARE(rows(server), 1);
    db.run(QStringLiteral("PRAGMA query_only = 0"));
    QCOMPARE(post(server, 10).status, 201);
}

// The database file deleted under a running server: SQLite would go on writing into the
// unlinked file, acknowledging changes that vanish when the process ends. Writes are refused
// instead; reads still answer from the open file.
void TestServerUnits::removedDatabaseRefusesWrites() {
    const QString path = m_dir.filePath(QStringLiteral("removed.sqlite"));
    QString error;
    auto storage = ServerStores::openSqlite(path, &error);
    QVERIFY2(storage, qPrintable(error));
    Database &db = *storage->db;
    db.run(QStringLiteral("CREATE TABLE filler (data BLOB NOT NULL)"));
    const ApiServer server = writingServer(db);
    QCOMPARE(post(server, 10).status, 201);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QVERIFY(QFile::remove(path + suffix));

    const HttpResponse refused = post(server, 10);
    QCOMPARE(refused.status, 503);
    QCOMPARE(QJsonDocument::fromJson(refused.body)[QStringLiteral("type")].toString(),
             QStringLiteral("urn:certtrack:problem:storage:gone"));
    QVERIFY_THROWS_EXCEPTION(StorageError, db.run(QStringLiteral("DELETE FROM filler")));
    QCOMPARE(db.health(), StorageError::Kind::Gone);
    QCOMPARE(rows(server), 1);
    QVERIFY(!QFile::exists(path)); // nothing was recreated behind the open connection
}

void TestServerUnits::entityTags() {
    const QByteArray tag = entityTag("body");
    QCOMPARE(tag, entityTag("body"));
    QVERIFY(tag != entityTag("body "));
    QVERIFY(ifNoneMatchMatches(tag, tag));
    QVERIFY(ifNoneMatchMatches("\"x\", " + tag, tag));
    QVERIFY(ifNoneMatchMatches("W/" + tag, tag));
    QVERIFY(ifNoneMatchMatches("*", tag));
    QVERIFY(!ifNoneMatchMatches("\"x\"", tag));
    QVERIFY(!ifNoneMatchMatches(tag.mid(1, tag.size() - 2), tag)); // unquoted
}

void TestServerUnits::optionsParse() {
    auto parsed = parseServerOptions({QStringLiteral("--listen"), QStringLiteral("[::1]:0"),
                                      QStringLiteral("--self-signed"), QStringLiteral("/tmp/x"),
                                      QStringLiteral("--now=2026-11-02T10:00:00+01:00")});
    QCOMPARE(parsed.outcome, ServerOptionsParse::Outcome::Run);
    QCOMPARE(parsed.options.port, quint16(0));
    QCOMPARE(parsed.options.listenAddress, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(*parsed.options.now, QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc()));
    QVERIFY(!parsed.options.databasePath.isEmpty());
    parsed = parseServerOptions({QStringLiteral("--listen"), QStringLiteral("localhost:8443"),
                                 QStringLiteral("--tls-cert"), QStringLiteral("a"),
                                 QStringLiteral("--tls-key"), QStringLiteral("b")});
    QCOMPARE(parsed.outcome, ServerOptionsParse::Outcome::Run);
    QCOMPARE(parsed.options.listenHost, QStringLiteral("localhost"));
    QCOMPARE(parsed.options.port, quint16(8443));
    QCOMPARE(parseServerOptions({QStringLiteral("--help")}).outcome,
             ServerOptionsParse::Outcome::Help);
    QCOMPARE(parseServerOptions({QStringLiteral("--listen"), QStringLiteral(":80"),
                                 QStringLiteral("--self-signed"), QStringLiteral("d")})
                 .outcome,
             ServerOptionsParse::Outcome::Error);
}

void TestServerUnits::optionsFromAConfigFile() {
    const auto write = [this](const QString &name, const QByteArray &text) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(text) != text.size())
            return QString();
        return path;
    };
    const QString config =
        write(QStringLiteral("certtrackd.conf"), "# comment\n"
                                                 "\n"
                                                 "listen = 0.0.0.0:9443\n"
                                                 "public-url = https://certs.example.org\n"
                                                 "database=/var/lib/certtrackd/certtrackd.sqlite\n"
                                                 "tls-cert = /etc/certtrackd/tls/cert.pem\n"
                                                 "tls-key = /etc/certtrackd/tls/key.pem\n"
                                                 "outbox =\n"
                                                 "max-body = 131072\n"
                                                 "workers =\n");
    QVERIFY(!config.isEmpty());
    auto parsed = parseServerOptions({QStringLiteral("--config"), config});
    QVERIFY2(parsed.outcome == ServerOptionsParse::Outcome::Run, qPrintable(parsed.message));
    QCOMPARE(parsed.options.port, quint16(9443));
    QCOMPARE(parsed.options.listenAddress, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(parsed.options.publicUrl, QStringLiteral("https://certs.example.org"));
    QCOMPARE(parsed.options.databasePath, QStringLiteral("/var/lib/certtrackd/certtrackd.sqlite"));
    QCOMPARE(parsed.options.tlsKeyPath, QStringLiteral("/etc/certtrackd/tls/key.pem"));
    QVERIFY(parsed.options.outboxDir.isEmpty()); // blank: the default
    QCOMPARE(parsed.options.maxBodyBytes, qint64(131072));
    QCOMPARE(parsed.options.workers, 0); // blank: one per core

    // The command line wins over the file, on either side of --config.
    parsed = parseServerOptions({QStringLiteral("--listen=127.0.0.1:0"),
                                 QStringLiteral("--config=") + config, QStringLiteral("--seed"),
                                 QStringLiteral("demo")});
    QVERIFY2(parsed.outcome == ServerOptionsParse::Outcome::Run, qPrintable(parsed.message));
    QCOMPARE(parsed.options.port, quint16(0));
    QCOMPARE(parsed.options.seed, QStringLiteral("demo"));

    const QString unknown =
        write(QStringLiteral("unknown.conf"), "listen = 127.0.0.1:1\nnow = x\n");
    parsed = parseServerOptions({QStringLiteral("--config"), unknown});
    QCOMPARE(parsed.outcome, ServerOptionsParse::Outcome::Error);
    QVERIFY2(parsed.message.contains(unknown + QStringLiteral(":2: unknown setting \"now\"")),
             qPrintable(parsed.message));
    const QString noEquals = write(QStringLiteral("broken.conf"), "listen 127.0.0.1:1\n");
    parsed = parseServerOptions({QStringLiteral("--config"), noEquals});
    QVERIFY2(parsed.message.contains(QStringLiteral(":1: expected")), qPrintable(parsed.message));
    const QString twice = write(QStringLiteral("twice.conf"), "database = a\ndatabase = b\n");
    parsed = parseServerOptions({QStringLiteral("--config"), twice});
    QVERIFY2(parsed.message.contains(QStringLiteral(":2: database given twice")),
             qPrintable(parsed.message));
    parsed =
        parseServerOptions({QStringLiteral("--config"), m_dir.filePath(QStringLiteral("none"))});
    QCOMPARE(parsed.outcome, ServerOptionsParse::Outcome::Error);
    QVERIFY2(parsed.message.contains(QStringLiteral("cannot read")), qPrintable(parsed.message));
    QCOMPARE(parseServerOptions({QStringLiteral("--config")}).outcome,
             ServerOptionsParse::Outcome::Error);
    // A value the file gives is checked as the same option on the command line is.
    const QString badUrl =
        write(QStringLiteral("bad-url.conf"), "public-url = http://x\ntls-cert = a\ntls-key = b\n");
    parsed = parseServerOptions({QStringLiteral("--config"), badUrl});
    QVERIFY2(parsed.message.contains(QStringLiteral("--public-url wants")),
             qPrintable(parsed.message));
}

void TestServerUnits::databaseLocations_data() {
    QTest::addColumn<QString>("given");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("refusal"); // empty: taken
    QTest::newRow("file") << QStringLiteral("/var/lib/certtrackd/certtrackd.sqlite") << false
                          << QString();
    QTest::newRow("relative file") << QStringLiteral("data/db.sqlite") << false << QString();
    QTest::newRow("colon after ./") << QStringLiteral("./a:b.sqlite") << false << QString();
    QTest::newRow("drive letter") << QStringLiteral("C:/certtrack/db.sqlite") << false << QString();
    QTest::newRow("postgresql") << QStringLiteral("postgresql://ct:secret@db.example:5433/ct")
                                << true << QString();
    QTest::newRow("postgres, options")
        << QStringLiteral("postgres://ct@localhost/ct?sslmode=verify-full") << true << QString();
    QTest::newRow("scheme without //")
        << QStringLiteral("postgresql:ct") << false << QStringLiteral("not a PostgreSQL URL");
    QTest::newRow("no database name") << QStringLiteral("postgresql://localhost/") << false
                                      << QStringLiteral("not a PostgreSQL URL");
    QTest::newRow("path in the name") << QStringLiteral("postgresql://localhost/a/b") << false
                                      << QStringLiteral("not a PostgreSQL URL");
    QTest::newRow("another database")
        << QStringLiteral("mysql://localhost/ct") << false << QStringLiteral("neither a file path");
    QTest::newRow("file URL") << QStringLiteral("file:///tmp/x.sqlite") << false
                              << QStringLiteral("neither a file path");
}

void TestServerUnits::trustedProxies_data() {
    QTest::addColumn<QString>("trusted");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QList<QByteArray>>("forwardedFor");
    QTest::addColumn<QString>("client");
    const QString proxy = QStringLiteral("10.0.0.5");
    using Fields = QList<QByteArray>;
    QTest::newRow("no proxy trusted") << QString() << proxy << Fields{"203.0.113.7"} << proxy;
    QTest::newRow("untrusted peer")
        << QStringLiteral("10.0.0.6") << proxy << Fields{"203.0.113.7"} << proxy;
    QTest::newRow("trusted, no header") << proxy << proxy << Fields{} << proxy;
    QTest::newRow("trusted") << proxy << proxy << Fields{"203.0.113.7"}
                             << QStringLiteral("203.0.113.7");
    QTest::newRow("client's own entry ignored")
        << proxy << proxy << Fields{"198.51.100.1, 203.0.113.7"} << QStringLiteral("203.0.113.7");
    QTest::newRow("chain of trusted proxies")
        << QStringLiteral("10.0.0.0/8") << proxy << Fields{"203.0.113.7, 10.1.2.3"}
        << QStringLiteral("203.0.113.7");
    QTest::newRow("two fields, in order")
        << proxy << proxy << Fields{"198.51.100.1", "203.0.113.7"} << QStringLiteral("203.0.113.7");
    QTest::newRow("IPv6 client") << proxy << proxy << Fields{"2001:db8::8"}
                                 << QStringLiteral("2001:db8::8");
    QTest::newRow("bracketed IPv6")
        << proxy << proxy << Fields{"[2001:db8::8]"} << QStringLiteral("2001:db8::8");
    QTest::newRow("mapped IPv4 peer") << proxy << QStringLiteral("::ffff:10.0.0.5")
                                      << Fields{"203.0.113.7"} << QStringLiteral("203.0.113.7");
    QTest::newRow("port is malformed") << proxy << proxy << Fields{"203.0.113.7:4711"} << proxy;
    QTest::newRow("name is malformed") << proxy << proxy << Fields{"unknown"} << proxy;
    QTest::newRow("empty entry") << proxy << proxy << Fields{"203.0.113.7, "} << proxy;
    QTest::newRow("only proxies") << QStringLiteral("10.0.0.0/8") << proxy << Fields{"10.9.9.9"}
                                  << proxy;
}

// X-Forwarded-For names the client only when a trusted proxy sent it, read from the right.
void TestServerUnits::trustedProxies() {
    QFETCH(QString, trusted);
    QFETCH(QString, peer);
    QFETCH(QList<QByteArray>, forwardedFor);
    QFETCH(QString, client);
    TrustedProxies proxies;
    if (!trusted.isEmpty()) {
        const std::optional<TrustedProxies> parsed = parseTrustedProxies(trusted);
        QVERIFY(parsed);
        proxies = *parsed;
    }
    QCOMPARE(clientAddress(QHostAddress(peer), forwardedFor, proxies), QHostAddress(client));

    // The option takes addresses and subnets, and refuses anything else.
    QVERIFY(parseTrustedProxies(QStringLiteral("127.0.0.1, ::1,10.0.0.0/8")));
    for (const QString &bad :
         {QStringLiteral(""), QStringLiteral("localhost"), QStringLiteral("10.0.0.1,"),
          QStringLiteral("10.0.0.0/33"), QStringLiteral("fe80::1%eth0")})
        QVERIFY2(!parseTrustedProxies(bad), qPrintable(bad));
    const auto options = parseServerOptions({QStringLiteral("--self-signed"), QStringLiteral("d"),
                                             QStringLiteral("--trusted-proxy"),
                                             QStringLiteral("127.0.0.1,10.0.0.0/8")});
    QCOMPARE(options.outcome, ServerOptionsParse::Outcome::Run);
    QCOMPARE(options.options.trustedProxies.size(), 2);
    QCOMPARE(parseServerOptions({QStringLiteral("--self-signed"), QStringLiteral("d"),
                                 QStringLiteral("--trusted-proxy"), QStringLiteral("nginx")})
                 .outcome,
             ServerOptionsParse::Outcome::Error);
}

// A URL is never taken for a file name (which made a folder called "postgresql:"), and the
// password never reaches a message.
void TestServerUnits::databaseLocations() {
    QFETCH(QString, given);
    QFETCH(bool, postgres);
    QFETCH(QString, refusal);
    QString error;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(given, &error);
    // certtrackd's own options take and refuse the same, before anything is made on disk.
    const ServerOptionsParse parsed =
        parseServerOptions({QStringLiteral("--database"), given, QStringLiteral("--self-signed"),
                            m_dir.filePath(QStringLiteral("tls"))});
    if (!refusal.isEmpty()) {
        QVERIFY(!location);
        QVERIFY2(error.contains(refusal), qPrintable(error));
        QCOMPARE(parsed.outcome, ServerOptionsParse::Outcome::Error);
        QVERIFY2(parsed.message.contains(refusal), qPrintable(parsed.message));
        return;
    }
    QVERIFY2(location, qPrintable(error));
    QCOMPARE(location->dialect == Dialect::Postgres, postgres);
    QVERIFY(!location->display().contains(QLatin1String("secret")));
    if (!postgres)
        QCOMPARE(location->path, given);
    QCOMPARE(parsed.outcome, ServerOptionsParse::Outcome::Run);
    QCOMPARE(parsed.options.databasePath, given);
}

namespace {

// A database of its own on the PostgreSQL server of CERTTRACK_TEST_POSTGRES, dropped at the end.
struct ScratchPostgres {
    explicit ScratchPostgres(const QString &database)
        : name(database) {
        made = admin.postgresAdmin(
            QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(name));
    }
    ~ScratchPostgres() {
        if (made)
            admin.postgresAdmin(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
    }
    QString url() const { return certtrack::test::TestServer::postgresServer() + name; }
    certtrack::test::TestServer admin;
    QString name;
    bool made = false;
};

// Table -> its columns in order, as the database describes itself.
QMap<QString, QStringList> columns(Database &db) {
    QMap<QString, QStringList> tables;
    if (db.dialect() == Dialect::Postgres) {
        QSqlQuery query = db.run(QStringLiteral(
            "SELECT table_name, column_name FROM information_schema.columns WHERE "
            "table_schema = current_schema() ORDER BY table_name, ordinal_position"));
        while (query.next())
            tables[query.value(0).toString()].append(query.value(1).toString());
        return tables;
    }
    QSqlQuery names =
        db.run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList tableNames;
    while (names.next())
        tableNames.append(names.value(0).toString());
    for (const QString &table : tableNames) {
        QSqlQuery query = db.run(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
        while (query.next())
            tables[table].append(query.value(0).toString());
    }
    return tables;
}

} // namespace

// The PostgreSQL schema is the SQLite one translated: the same tables and columns (and the one
// insertion-order column), every step applied once although two processes migrate at once, and
// the demo seed goes in as it does in SQLite.
void TestServerUnits::postgresSchemaIsSqlitesSchema() {
    if (!certtrack::test::TestServer::usesPostgresServer())
        QSKIP("no PostgreSQL server: run under tests/tools/with-postgres.sh");
    ScratchPostgres scratch(QStringLiteral("unit_schema"));
    QVERIFY2(scratch.made, qPrintable(scratch.admin.error()));
    QString error;
    const std::optional<DatabaseLocation> where = DatabaseLocation::parse(scratch.url(), &error);
    QVERIFY(where && where->dialect == Dialect::Postgres);

    // Two connections migrate the empty database at the same moment, as two processes would.
    QString errors[2];
    bool opened[2] = {false, false};
    {
        std::thread first([&] { opened[0] = bool(Database::open(*where, &errors[0])); });
        std::thread second([&] { opened[1] = bool(Database::open(*where, &errors[1])); });
        first.join();
        second.join();
    }
    QVERIFY2(opened[0], qPrintable(errors[0]));
    QVERIFY2(opened[1], qPrintable(errors[1]));

    std::unique_ptr<ServerStores> stores = ServerStores::open(scratch.url(), &error);
    QVERIFY2(stores, qPrintable(error));
    QCOMPARE(stores->db->dialect(), Dialect::Postgres);
    QCOMPARE(stores->db->schemaVersion(), postgresMigrations().last().version);
    QSqlQuery steps = stores->db->run(QStringLiteral("SELECT count(*), count(DISTINCT version) "
                                                     "FROM schema_version"));
    QVERIFY(steps.next());
    QCOMPARE(steps.value(0).toInt(), postgresMigrations().size());
    QCOMPARE(steps.value(1).toInt(), postgresMigrations().size());

    auto sqlite = openFresh(QStringLiteral("compare.sqlite"));
    QVERIFY(sqlite);
    QMap<QString, QStringList> expected = columns(*sqlite->db);
    expected[QStringLiteral("orders")].prepend(QStringLiteral("seq"));
    QCOMPARE(columns(*stores->db), expected);

    QVERIFY(DemoSeed::apply(*stores, m_clock, m_hasher));
    QVERIFY(stores->import.hasCandidates());
    QVERIFY(stores->tokens.accountByLogin(QStringLiteral("csco10000000")).has_value());

    // The rate limiters' events skip the write-ahead log (http/RateLimiter.h).
    QSqlQuery persistence = stores->db->run(
        QStringLiteral("SELECT relpersistence FROM pg_class WHERE relname = 'rate_events'"));
    QVERIFY(persistence.next());
    QCOMPARE(persistence.value(0).toString(), QStringLiteral("u"));
}

void TestServerUnits::generatorFillsAProgramme_data() {
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

// `admin generate` on a small scale: the demo seed, the candidates asked for with their careers,
// and the heavy account, whose 20,000 activities come 1,000 a page; every generated candidate
// signs in with the demo password; a second run is refused.
void TestServerUnits::generatorFillsAProgramme() {
    QFETCH(bool, postgres);
    std::unique_ptr<ScratchPostgres> scratch;
    std::unique_ptr<ServerStores> stores;
    if (postgres) {
        if (!certtrack::test::TestServer::usesPostgresServer())
            QSKIP("no PostgreSQL server: run under tests/tools/with-postgres.sh");
        scratch = std::make_unique<ScratchPostgres>(QStringLiteral("unit_generate"));
        QVERIFY2(scratch->made, qPrintable(scratch->admin.error()));
        QString error;
        stores = ServerStores::open(scratch->url(), &error);
        QVERIFY2(stores, qPrintable(error));
    } else {
        stores = openFresh(QStringLiteral("generated.sqlite"));
        QVERIFY(stores);
    }
    Generator generator;
    QString error;
    QVERIFY2(generator.run(*stores, m_clock, m_hasher, 300, &error), qPrintable(error));
    QHash<QString, qint64> added;
    for (const auto &[table, count] : std::as_const(generator.rows))
        added.insert(table, count);
    QCOMPARE(added.value(QStringLiteral("candidates")), 301);
    // The heavy account's rows and the others' spread (0 to 11 activities each: 300 of them
    // average 5.5).
    QVERIFY(added.value(QStringLiteral("ce_activities")) > 20000 + 300 * 4);
    QVERIFY(added.value(QStringLiteral("exams")) >= 2000 + 300);
    QVERIFY(added.value(QStringLiteral("candidate_certifications")) >= 50);
    QVERIFY(added.value(QStringLiteral("transcripts")) >= 200 + 100);

    const auto heavy = stores->tokens.accountByLogin(QStringLiteral("HEAVY0000001"));
    QVERIFY(heavy);
    QVERIFY(m_hasher.verify(heavy->passwordHash, DemoSeed::password()));
    PageRequest page;
    qint64 activities = 0;
    int pages = 0;
    do {
        const auto part = stores->candidate.ceActivities(heavy->id, page);
        activities += part.items.size();
        ++pages;
        page.from = part.next;
    } while (page.from && pages < 100);
    QCOMPARE(activities, 20000);
    QCOMPARE(pages, 20);
    QCOMPARE(stores->candidate.exams(heavy->id, {}).items.size(), 1000);
    QCOMPARE(stores->certifications.certifications(heavy->id).size(), 50);
    const auto someone = stores->tokens.accountByLogin(QStringLiteral("GEN%1").arg(heavy->id - 1));
    QVERIFY(someone);
    QVERIFY(!stores->candidate.exams(someone->id, {}).items.isEmpty());

    QVERIFY(!generator.run(*stores, m_clock, m_hasher, 10, &error));
    QVERIFY2(error.contains(QLatin1String("generated candidates already")), qPrintable(error));
}

void TestServerUnits::rateLimitsCountSharedEvents_data() {
    QTest::addColumn<QString>("where");
    QTest::newRow("memory") << QStringLiteral("memory");
    QTest::newRow("sqlite table") << QStringLiteral("sqlite");
    QTest::newRow("postgresql table") << QStringLiteral("postgresql");
}

// Two limiters of one name over one store of events count as one, as two processes over one
// PostgreSQL database do; the window slides, keys and limiter names are apart, more events than
// the maximum (processes letting one in each at once) wait for enough of them to leave, and
// forgetting keeps what is still in the window.
void TestServerUnits::rateLimitsCountSharedEvents() {
    QFETCH(QString, where);
    std::unique_ptr<ServerStores> stores[2];
    std::unique_ptr<ScratchPostgres> scratch;
    std::unique_ptr<RateEvents> events[2];
    if (where == QLatin1String("memory")) {
        events[0] = std::make_unique<MemoryRateEvents>();
    } else if (where == QLatin1String("sqlite")) {
        stores[0] = openFresh(QStringLiteral("rate-events.sqlite"));
        QVERIFY(stores[0]);
        events[0] = std::make_unique<SqlRateEvents>(*stores[0]->db);
    } else {
        if (!certtrack::test::TestServer::usesPostgresServer())
            QSKIP("no PostgreSQL server: run under tests/tools/with-postgres.sh");
        scratch = std::make_unique<ScratchPostgres>(QStringLiteral("unit_rate_events"));
        QVERIFY2(scratch->made, qPrintable(scratch->admin.error()));
        QString error;
        for (auto &s : stores) {
            s = ServerStores::open(scratch->url(), &error);
            QVERIFY2(s, qPrintable(error));
        }
        // Each "process" its own connection; the stores' own choice is the shared table.
        QVERIFY(dynamic_cast<SqlRateEvents *>(stores[0]->rateEvents.get()));
        events[0] = std::make_unique<SqlRateEvents>(*stores[0]->db);
        events[1] = std::make_unique<SqlRateEvents>(*stores[1]->db);
    }
    RateEvents &second = events[1] ? *events[1] : *events[0];

    const QDateTime start(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());
    Clock now(start);
    Clock minuteLater(start.addSecs(61));
    RateLimiter a(now, *events[0], QStringLiteral("lookups"), 3, 60);
    RateLimiter b(now, second, QStringLiteral("lookups"), 3, 60);
    RateLimiter other(now, second, QStringLiteral("shares"), 3, 60);
    const QString client = QStringLiteral("192.0.2.7");

    QCOMPARE(a.retryAfter(client), 0);
    a.record(client);
    b.record(client);
    QCOMPARE(b.retryAfter(client), 0);
    a.record(client);
    // Three events through two limiters: both refuse, for about the window's length.
    QVERIFY(a.retryAfter(client) >= 59 && a.retryAfter(client) <= 60);
    QVERIFY(b.retryAfter(client) >= 59);
    QCOMPARE(b.retryAfter(QStringLiteral("192.0.2.8")), 0);
    QCOMPARE(other.retryAfter(client), 0);

    // A minute on, the window has slid past all three.
    RateLimiter later(minuteLater, second, QStringLiteral("lookups"), 3, 60);
    QCOMPARE(later.retryAfter(client), 0);

    // Five events where three are allowed: the third oldest must leave before one more fits.
    const QString crowded = QStringLiteral("198.51.100.1");
    for (int seconds : {0, 10, 20, 30, 40})
        events[0]->record(QStringLiteral("lookups"), crowded, start.addSecs(-50 + seconds));
    const qint64 wait = a.retryAfter(crowded);
    QVERIFY2(wait >= 29 && wait <= 30, qPrintable(QString::number(wait)));

    // Forgetting what left the window keeps what is still in it.
    second.forget(QStringLiteral("lookups"), start.addSecs(-25));
    QCOMPARE(second.since(QStringLiteral("lookups"), crowded, start.addSecs(-60)).size(), 2);
    QCOMPARE(second.since(QStringLiteral("lookups"), client, start.addSecs(-60)).size(), 3);
}

// PostgreSQL's faults are storage faults as SQLite's are: a read-only server and a dropped
// connection answer 503 (not 500), and service resumes without a restart.
void TestServerUnits::postgresFaultsAnswer503AndRecover() {
    if (!certtrack::test::TestServer::usesPostgresServer())
        QSKIP("no PostgreSQL server: run under tests/tools/with-postgres.sh");
    ScratchPostgres scratch(QStringLiteral("unit_faults"));
    QVERIFY2(scratch.made, qPrintable(scratch.admin.error()));
    QString error;
    std::unique_ptr<ServerStores> stores = ServerStores::open(scratch.url(), &error);
    QVERIFY2(stores, qPrintable(error));
    Database &db = *stores->db;
    const QString insert =
        QStringLiteral("INSERT INTO programme_texts (key, text) VALUES (?, 'x')");
    db.run(insert, {QStringLiteral("one")});

    db.run(QStringLiteral("SET default_transaction_read_only = on"));
    try {
        db.transaction([&] { db.run(insert, {QStringLiteral("two")}); });
        QFAIL("a write on a read-only connection succeeded");
    } catch (const StorageError &e) {
        QCOMPARE(e.kind(), StorageError::Kind::ReadOnly);
    }
    QCOMPARE(db.health(), StorageError::Kind::ReadOnly);
    db.run(QStringLiteral("SET default_transaction_read_only = off"));
    db.transaction([&] { db.run(insert, {QStringLiteral("two")}); });
    QCOMPARE(db.health(), StorageError::Kind::Fault);

    // The server ends this connection (a restart, a failover, an administrator).
    QVERIFY2(scratch.admin.postgresAdmin(
                 QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                "datname = '%1'")
                     .arg(scratch.name)),
             qPrintable(scratch.admin.error()));
    try {
        db.run(QStringLiteral("SELECT count(*) FROM programme_texts"));
        QFAIL("a read on a terminated connection succeeded");
    } catch (const StorageError &e) {
        QVERIFY2(e.isStorageFault(), e.what());
    }
    QSqlQuery count = db.run(QStringLiteral("SELECT count(*) FROM programme_texts"));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 2);
}

void TestServerUnits::rfc3339() {
    QVERIFY(parseRfc3339(QStringLiteral("2026-11-02T09:00:00Z")));
    QVERIFY(parseRfc3339(QStringLiteral("2026-11-02t09:00:00.250z")));
    QVERIFY(parseRfc3339(QStringLiteral("2026-11-02 09:00:00-05:00")));
    QCOMPARE(parseRfc3339(QStringLiteral("2026-11-02T09:00:00-05:00"))->time(), QTime(14, 0));
    QVERIFY(!parseRfc3339(QStringLiteral("2026-11-02T09:00:00")));
    QVERIFY(!parseRfc3339(QStringLiteral("2026-11-02")));
    QVERIFY(!parseRfc3339(QStringLiteral("2026-13-02T09:00:00Z")));
    QVERIFY(!parseRfc3339(QStringLiteral(" 2026-11-02T09:00:00Z")));
}

void TestServerUnits::outboxWritesEmlFiles() {
    QString error;
    const QString dir = m_dir.filePath(QStringLiteral("outbox"));
    auto mailer = OutboxMailer::open(dir, QStringLiteral("CertTrack <no-reply@certtrack.invalid>"),
                                     m_clock, &error);
    QVERIFY2(mailer, qPrintable(error));
    QVERIFY(
        mailer->send({QStringLiteral("chen.jing@example.com"), QStringLiteral("成绩单 transcript"),
                      QStringLiteral("Line one\nLine two")},
                     &error));
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.eml")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QFile file(QDir(dir).filePath(files.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray eml = file.readAll();
    QVERIFY(eml.contains("To: chen.jing@example.com\r\n"));
    QVERIFY(eml.contains("Subject: =?UTF-8?B?"));
    QVERIFY(eml.contains("Date: Mon, 02 Nov 2026 09:00:"));
    QVERIFY(eml.endsWith("Line one\r\nLine two\r\n"));
}

QTEST_GUILESS_MAIN(TestServerUnits)
#include "TestServerUnits.moc"
