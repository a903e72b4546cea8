// `certtrackd admin migrate --to postgresql://...` (under tests/tools/with-postgres.sh): a centre's
// SQLite database, used for a while, is copied into PostgreSQL, and certtrackd on PostgreSQL
// answers every read as it did on SQLite, byte for byte, to the same tokens; signed-in devices
// stay signed in, new rows get new ids. A served database, a non-empty target and a target that is
// not PostgreSQL are refused.
#include "ServerTestSupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

using namespace certtrack::test;

namespace {

const QString kAmira = QStringLiteral("CSCO10000001");
// Both servers name themselves alike, so the URLs inside their answers compare equal.
const QStringList kSameOrigin{QStringLiteral("--public-url"),
                              QStringLiteral("https://certtrack.example.org")};

struct AdminRun {
    int exitCode = -1;
    QString out;
    QString err;
};

AdminRun admin(const QStringList &arguments) {
    QProcess process;
    process.start(TestServer::executable(), QStringList{QStringLiteral("admin")} + arguments);
    AdminRun run;
    if (!process.waitForFinished(120000)) {
        run.err = QStringLiteral("did not finish");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestServerMigrate : public QObject {
    Q_OBJECT

private slots:
    void sqliteMovesToPostgresAndAnswersAlike();
};

void TestServerMigrate::sqliteMovesToPostgresAndAnswersAlike() {
    if (!TestServer::usesPostgresServer())
        QSKIP("no PostgreSQL server: run under tests/tools/with-postgres.sh");
    TestServer sqlite(TestServer::Storage::Sqlite);
    QVERIFY2(sqlite.start(TestServer::defaultNow(), QStringLiteral("demo"), kSameOrigin),
             qPrintable(sqlite.error()));
    QVERIFY(!sqlite.usesPostgres());
    TestHttp before(sqlite.caFile());

    // A while of use: a transcript, an order with its shipping, a sign-in kept on a device.
    QString johnRefresh;
    const QString john =
        before.passwordToken(sqlite.baseUrl(), kDemoLogin, kDemoPassword, &johnRefresh);
    const QString amira = before.passwordToken(sqlite.baseUrl(), kAmira, kDemoPassword);
    QVERIFY(!john.isEmpty() && !amira.isEmpty());
    QList<QPair<QByteArray, QByteArray>> json = bearer(john);
    json.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const HttpResult transcript = before.request(
        "POST", sqlite.apiUrl(QStringLiteral("me/transcripts")), json,
        encode({{QStringLiteral("displayName"), QStringLiteral("For my employer")},
                {QStringLiteral("description"), QStringLiteral("Moved with the "
                                                               "database")},
                {QStringLiteral("expires"), QStringLiteral("2027-06-30")},
                {QStringLiteral("disclosure"), QStringLiteral("activeCertifications")}}));
    QVERIFY2(transcript.status == 201, transcript.body.constData());
    const HttpResult order =
        before.request("POST", sqlite.apiUrl(QStringLiteral("me/orders")), json,
                       encode({{QStringLiteral("items"), QJsonArray{QStringLiteral("cert-ccent")}},
                               {QStringLiteral("tracking"), false}}));
    QCOMPARE(order.status, 201);

    const QStringList paths{QStringLiteral("me"),
                            QStringLiteral("me/settings"),
                            QStringLiteral("me/attributes"),
                            QStringLiteral("me/identifiers"),
                            QStringLiteral("programme"),
                            QStringLiteral("me/exams"),
                            QStringLiteral("me/agreements"),
                            QStringLiteral("me/ce-activities"),
                            QStringLiteral("me/transactions"),
                            QStringLiteral("me/certifications"),
                            QStringLiteral("me/logos"),
                            QStringLiteral("me/recertification-plan"),
                            QStringLiteral("me/fulfillment"),
                            QStringLiteral("me/transcripts"),
                            QStringLiteral("me/badges"),
                            QStringLiteral("me/orders"),
                            QStringLiteral("me/fulfillment/catalogue"),
                            QStringLiteral("me/external-credentials")};
    QHash<QString, HttpResult> answers;
    for (const QString &token : {john, amira}) {
        for (const QString &path : paths) {
            const HttpResult result = before.get(sqlite.apiUrl(path), bearer(token));
            QVERIFY2(result.status == 200, qPrintable(path));
            answers.insert(token + path, result);
        }
    }

    TestServer postgres;
    // The target: an empty database, as an administrator makes it (createdb).
    QVERIFY2(postgres.makeDatabase(), qPrintable(postgres.error()));

    const QStringList migrate{QStringLiteral("--database"), sqlite.databasePath(),
                              QStringLiteral("migrate"), QStringLiteral("--to"),
                              postgres.databasePath()};
    // Not while certtrackd serves the file: what it writes meanwhile would be left behind.
    AdminRun run = admin(migrate);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QLatin1String("stop it")), qPrintable(run.err));
    sqlite.stop();

    // Only into PostgreSQL.
    run = admin({QStringLiteral("--database"), sqlite.databasePath(), QStringLiteral("migrate"),
                 QStringLiteral("--to"), sqlite.dataDir() + QStringLiteral("/copy.sqlite")});
    QCOMPARE(run.exitCode, 2);

    run = admin(migrate);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("copied ")), qPrintable(run.out));
    QVERIFY2(QRegularExpression(QStringLiteral("(?m)^candidates +[1-9]")).match(run.out).hasMatch(),
             qPrintable(run.out));
    // A second run finds the target holding data and changes nothing.
    run = admin(migrate);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QLatin1String("holds data already")), qPrintable(run.err));

    QVERIFY2(postgres.start(TestServer::defaultNow(), QString(), kSameOrigin),
             qPrintable(postgres.error()));
    TestHttp after(postgres.caFile());
    for (const QString &token : {john, amira}) {
        for (const QString &path : paths) {
            const HttpResult result = after.get(postgres.apiUrl(path), bearer(token));
            const HttpResult &expected = answers.value(token + path);
            QVERIFY2(result.status == 200, qPrintable(path));
            QVERIFY2(result.body == expected.body,
                     qPrintable(path + QStringLiteral(":\n") + QString::fromUtf8(expected.body) +
                                QStringLiteral("\n") + QString::fromUtf8(result.body)));
            QCOMPARE(result.header("ETag"), expected.header("ETag"));
        }
    }

    // The device that was signed in stays so; passwords still work; a new order gets a new id.
    const HttpResult refreshed =
        postForm(after, postgres.apiUrl(QStringLiteral("auth/token")),
                 form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                       {QStringLiteral("refresh_token"), johnRefresh}}));
    QCOMPARE(refreshed.status, 200);
    QVERIFY(!after.passwordToken(postgres.baseUrl(), kAmira, kDemoPassword).isEmpty());
    const HttpResult next =
        after.request("POST", postgres.apiUrl(QStringLiteral("me/orders")), json,
                      encode({{QStringLiteral("items"), QJsonArray{QStringLiteral("cert-ccent")}},
                              {QStringLiteral("tracking"), false}}));
    QCOMPARE(next.status, 201);
    QVERIFY(next.json().object().value(QLatin1String("id")) !=
            order.json().object().value(QLatin1String("id")));
    QCOMPARE(after.get(postgres.apiUrl(QStringLiteral("me/orders")), bearer(john))
                 .json()
                 .object()
                 .value(QLatin1String("items"))
                 .toArray()
                 .size(),
             answers.value(john + QStringLiteral("me/orders"))
                     .json()
                     .object()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size() +
                 1);
}

QTEST_GUILESS_MAIN(TestServerMigrate)
#include "TestServerMigrate.moc"
