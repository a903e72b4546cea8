// What one account may create, against a real certtrackd: at most 1,000 transcripts, 200 unpaid
// or draft orders, and 60 of each a minute, each refused with a problem that names the limit.
// The rows an account already holds are written straight into the server's database, as years
// of use would have left them, so the bounds are the real ones.
#include "ServerTestSupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace certtrack::test;

namespace {

constexpr int kMaxTranscripts = 1000;
constexpr int kMaxOpenOrders = 200;
constexpr int kPerMinute = 60;
const QString kOtherLogin = QStringLiteral("CSCO10000001");

QByteArray transcriptBody() {
    return R"({"displayName":"John Doe","description":"For Acme","expires":"2027-06-30",)"
           R"("disclosure":"activeCertifications"})";
}

} // namespace

class TestServerAccountLimits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void transcriptsAreBoundedPerAccount();
    void openOrdersAreBoundedPerAccount();
    // Moves the clock, so it comes last.
    void creationsAreBoundedPerMinute();

private:
    HttpResult post(const QString &path, const QByteArray &body, const QString &token);
    // Runs SQL on the server's database beside it (SQLite in WAL mode takes a second writer).
    bool execute(const QString &sql, const QVariantList &values = {});
    qint64 candidateId(const QString &login);
    bool signIn();
    bool restartAt(const QDateTime &now);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QString m_token;
    QString m_otherToken;
};

void TestServerAccountLimits::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http = std::make_unique<TestHttp>(m_server.caFile());
    QVERIFY(signIn());
}

bool TestServerAccountLimits::restartAt(const QDateTime &now) {
    if (!m_server.restart(now)) {
        qWarning() << m_server.error();
        return false;
    }
    // Access tokens live fifteen minutes on the server's clock.
    return signIn();
}

bool TestServerAccountLimits::signIn() {
    m_token = m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword);
    m_otherToken = m_http->passwordToken(m_server.baseUrl(), kOtherLogin, kDemoPassword);
    return !m_token.isEmpty() && !m_otherToken.isEmpty();
}

HttpResult TestServerAccountLimits::post(const QString &path, const QByteArray &body,
                                         const QString &token) {
    auto headers = bearer(token);
    headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    return m_http->request("POST", m_server.apiUrl(path), headers, body);
}

bool TestServerAccountLimits::execute(const QString &sql, const QVariantList &values) {
    return m_server.execute(sql, values);
}

qint64 TestServerAccountLimits::candidateId(const QString &login) {
    const QString name = QStringLiteral("limits-read");
    qint64 id = 0;
    {
        QSqlDatabase db = m_server.openDatabase(name);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT id FROM candidates WHERE login_id = ?"));
            query.addBindValue(login);
            if (query.exec() && query.next())
                id = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return id;
}

void TestServerAccountLimits::transcriptsAreBoundedPerAccount() {
    const qint64 john = candidateId(kDemoLogin);
    QVERIFY(john > 0);
    const qint64 heldAlready =
        items(getObject(*m_http, m_server, QStringLiteral("me/transcripts"), m_token)).size();
    // Created over the past year, one short of the bound.
    const qint64 yearAgo = TestServer::defaultNow().addDays(-365).toMSecsSinceEpoch();
    QVERIFY(
        execute(QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                    "INSERT INTO transcripts (id, candidate_id, display_name, description, "
                    "show_name, show_address, show_email, expires_on, disclosure, created_at) "
                    "SELECT 'LIMIT' || i, ?, 'John Doe', 'Old', 1, 0, 0, '2027-06-30', "
                    "'activeCertifications', CAST(? AS BIGINT) + i FROM n"),
                {kMaxTranscripts - 1 - heldAlready, john, yearAgo}));
    QCOMPARE(items(getObject(*m_http, m_server, QStringLiteral("me/transcripts"), m_token)).size(),
             kMaxTranscripts - 1);

    // The thousandth is made; the next is refused, saying which limit.
    QCOMPARE(post(QStringLiteral("me/transcripts"), transcriptBody(), m_token).status, 201);
    const HttpResult refused = post(QStringLiteral("me/transcripts"), transcriptBody(), m_token);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
    const QJsonObject problem = refused.json().object();
    QCOMPARE(problem.value(QLatin1String("type")).toString(),
             QStringLiteral("urn:certtrack:problem:limit:transcripts"));
    QCOMPARE(problem.value(QLatin1String("status")).toInt(), 409);
    QVERIFY2(problem.value(QLatin1String("detail")).toString().contains(QLatin1String("1000")),
             refused.body.constData());
    QCOMPARE(items(getObject(*m_http, m_server, QStringLiteral("me/transcripts"), m_token)).size(),
             kMaxTranscripts);
    // Another account is not affected.
    QCOMPARE(post(QStringLiteral("me/transcripts"), transcriptBody(), m_otherToken).status, 201);
}

void TestServerAccountLimits::openOrdersAreBoundedPerAccount() {
    const qint64 john = candidateId(kDemoLogin);
    // Drafts and unpaid orders from the past hour (a day unpaid abandons them), and paid ones,
    // which do not count.
    const qint64 hourAgo = TestServer::defaultNow().addSecs(-3600).toMSecsSinceEpoch();
    const QString insert = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO orders (id, candidate_id, state, tracking, tracking_fee_minor, total_minor, "
        "currency, created_at, updated_at, state_changed_at) "
        "SELECT ? || i, ?, CASE i % 3 WHEN 0 THEN 'draft' WHEN 1 THEN 'awaiting_payment' "
        "ELSE 'declined' END, 0, 0, 1500, 'USD', CAST(? AS BIGINT) + i, CAST(? AS BIGINT) + i, "
        "CAST(? AS BIGINT) + i FROM n");
    QVERIFY(execute(insert, {kMaxOpenOrders - 1, QStringLiteral("ORD-OPEN-"), john, hourAgo,
                             hourAgo, hourAgo}));
    QVERIFY(execute(QStringLiteral("INSERT INTO orders (id, candidate_id, state, tracking, "
                                   "tracking_fee_minor, total_minor, currency, created_at, "
                                   "updated_at, state_changed_at) VALUES ('ORD-PAID-1', ?, "
                                   "'paid', 0, 0, 1500, 'USD', ?, ?, ?)"),
                    {john, hourAgo, hourAgo, hourAgo}));

    const QByteArray order = R"({"items":["cert-ccent"],"tracking":false})";
    QCOMPARE(post(QStringLiteral("me/orders"), order, m_token).status, 201);
    const HttpResult refused = post(QStringLiteral("me/orders"), order, m_token);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
    const QJsonObject problem = refused.json().object();
    QCOMPARE(problem.value(QLatin1String("type")).toString(),
             QStringLiteral("urn:certtrack:problem:limit:orders"));
    QVERIFY2(problem.value(QLatin1String("detail"))
                 .toString()
                 .contains(QLatin1String("200 unpaid or draft orders")),
             refused.body.constData());

    // Paying or abandoning makes room again: a day later the unpaid ones are abandoned.
    QVERIFY(restartAt(TestServer::defaultNow().addSecs(25 * 3600)));
    QCOMPARE(post(QStringLiteral("me/orders"), order, m_token).status, 201);
}

void TestServerAccountLimits::creationsAreBoundedPerMinute() {
    // A fresh minute on the server's clock, well after the orders test's restart.
    const QDateTime start = TestServer::defaultNow().addSecs(26 * 3600);
    QVERIFY(restartAt(start));
    int created = 0;
    HttpResult refused;
    for (int i = 0; i < kPerMinute + 5 && refused.status == 0; ++i) {
        const HttpResult result =
            post(QStringLiteral("me/transcripts"), transcriptBody(), m_otherToken);
        if (result.status == 201)
            ++created;
        else
            refused = result;
    }
    // The one made in the first test was a day ago: all sixty of this minute were made.
    QCOMPARE(created, kPerMinute);
    QCOMPARE(refused.status, 429);
    bool ok = false;
    const int wait = refused.header("Retry-After").toInt(&ok);
    QVERIFY(ok && wait > 0 && wait <= 60);
    const QJsonObject problem = refused.json().object();
    QCOMPARE(problem.value(QLatin1String("type")).toString(),
             QStringLiteral("urn:certtrack:problem:limit:transcripts-per-minute"));
    QVERIFY(problem.value(QLatin1String("detail")).toString().contains(QString::number(wait)));
    // Orders have their own count.
    QCOMPARE(
        post(QStringLiteral("me/orders"), R"({"items":["cert-ccent"],"tracking":false})", m_token)
            .status,
        201);

    // Two minutes on, creating works again.
    QVERIFY(restartAt(start.addSecs(120)));
    QCOMPARE(post(QStringLiteral("me/transcripts"), transcriptBody(), m_otherToken).status, 201);
}

QTEST_GUILESS_MAIN(TestServerAccountLimits)
#include "TestServerAccountLimits.moc"
