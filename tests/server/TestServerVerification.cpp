// The public certificate verification page (/verify/{code}) of a real certtrackd, and the
// `certtrackd admin` commands that grant and revoke certifications and add CE credits.
#include "ServerTestSupport.h"

#include <QProcess>

using namespace certtrack::test;

namespace {

struct AdminRun {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestServerVerification : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void validCodeAsHtml();
    void validCodeAsJson();
    void codesAreCaseInsensitive();
    void unknownCodeIs404();
    void malformedCodesAre404();
    void expiredCertification();
    void namesInCjkScriptPutTheFamilyNameFirst();
    void adminRevokesAndTheApiAndPageSayIt();
    void adminGrantsWithANewCode();
    void adminAddsCeCredits();
    void adminRefusesBadInput();
    void withoutConsentNothingIsDisclosed();
    void lookupsAreThrottledPerAddress();

private:
    HttpResult verify(const QString &code, bool json = false) {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (json)
            headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
        return m_http->get(m_server.baseUrl().resolved(QUrl(QStringLiteral("/verify/") + code)),
                           headers);
    }
    AdminRun admin(const QStringList &arguments) {
        QProcess process;
        process.start(TestServer::executable(),
                      QStringList{QStringLiteral("admin"), QStringLiteral("--database"),
                                  m_server.databasePath()} +
                          arguments);
        AdminRun run;
        if (!process.waitForFinished(30000))
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
};

void TestServerVerification::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http = std::make_unique<TestHttp>(m_server.caFile());
}

void TestServerVerification::validCodeAsHtml() {
    const HttpResult result = verify(QStringLiteral("V7L4P3MC"));
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Content-Type").startsWith("text/html"));
    QCOMPARE(result.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(result.header("Content-Security-Policy").contains("default-src 'none'"));
    const QString page = QString::fromUtf8(result.body);
    QVERIFY2(page.contains(QStringLiteral("John Doe")), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("CCNA Routing and Switching")));
    QVERIFY(page.contains(QStringLiteral("Valid certificate: in force through December 8, 2028")));
    QVERIFY(page.contains(QStringLiteral("December 8, 2025")));
    QVERIFY(page.contains(QStringLiteral("V7L4P3MC")));
    QVERIFY(!page.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    // Nothing personal beyond the name: no login id, no e-mail.
    QVERIFY(!page.contains(QStringLiteral("CSCO10000000")));
    QVERIFY(!page.contains(QStringLiteral("@gmail.com")));
}

void TestServerVerification::validCodeAsJson() {
    const HttpResult result = verify(QStringLiteral("V7L4P3MC"), true);
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    const QJsonObject v = result.json().object();
    QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(v.value(QLatin1String("holderName")).toString(), QStringLiteral("John Doe"));
    QCOMPARE(v.value(QLatin1String("acronym")).toString(), QStringLiteral("CCNA"));
    QCOMPARE(v.value(QLatin1String("achieved")).toString(), QStringLiteral("2025-12-08"));
    QCOMPARE(v.value(QLatin1String("validThrough")).toString(), QStringLiteral("2028-12-08"));
    QVERIFY(v.value(QLatin1String("revokedOn")).isNull());
    QVERIFY(!result.body.contains("CSCO10000000"));
    QVERIFY(!result.body.contains("email"));
}

void TestServerVerification::codesAreCaseInsensitive() {
    const HttpResult result = verify(QStringLiteral("v7l4p3mc"), true);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().object().value(QLatin1String("verificationCode")).toString(),
             QStringLiteral("V7L4P3MC"));
}

void TestServerVerification::unknownCodeIs404() {
    const HttpResult page = verify(QStringLiteral("ZZZZ9999"));
    QCOMPARE(page.status, 404);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("No certificate has this verification code"));
    QVERIFY(page.body.contains("ZZZZ9999"));
    const HttpResult json = verify(QStringLiteral("ZZZZ9999"), true);
    QCOMPARE(json.status, 404);
    QVERIFY(json.header("Content-Type").startsWith("application/problem+json"));
    QCOMPARE(json.json().object().value(QLatin1String("status")).toInt(), 404);
}

void TestServerVerification::malformedCodesAre404() {
    for (const QString &code : {QStringLiteral("%3Cscript%3E"), QString(200, QLatin1Char('A')),
                                QStringLiteral("V7L4-P3MC")}) {
        const HttpResult result = verify(code);
        QCOMPARE(result.status, 404);
        QVERIFY(!result.body.contains("<script>"));
    }
}

void TestServerVerification::expiredCertification() {
    // The demo's CCIE expired on 2010-02-21.
    const HttpResult json = verify(QStringLiteral("E6C3R9WZ"), true);
    QCOMPARE(json.status, 200);
    QCOMPARE(json.json().object().value(QLatin1String("status")).toString(),
             QStringLiteral("expired"));
    const HttpResult page = verify(QStringLiteral("E6C3R9WZ"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Expired: this certification was valid through February 21, 2010"));
}

void TestServerVerification::namesInCjkScriptPutTheFamilyNameFirst() {
    const HttpResult result = verify(QStringLiteral("T5N2B7VE"), true);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().object().value(QLatin1String("holderName")).toString(),
             QStringLiteral("陈静"));
}

void TestServerVerification::adminRevokesAndTheApiAndPageSayIt() {
    // The server keeps running while the admin command writes to its database.
    const AdminRun run =
        admin({QStringLiteral("certification"), QStringLiteral("revoke"), kDemoLogin,
               QStringLiteral("CCENT"), QStringLiteral("--on"), QStringLiteral("2026-10-01")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("revoked crt-10000000-ccent")), qPrintable(run.out));

    const HttpResult json = verify(QStringLiteral("K9T2XW4R"), true);
    QCOMPARE(json.json().object().value(QLatin1String("status")).toString(),
             QStringLiteral("revoked"));
    QCOMPARE(json.json().object().value(QLatin1String("revokedOn")).toString(),
             QStringLiteral("2026-10-01"));
    const HttpResult page = verify(QStringLiteral("K9T2XW4R"));
    QVERIFY(page.body.contains("Revoked on October 1, 2026"));

    const QString token = m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword);
    QVERIFY(!token.isEmpty());
    const QJsonObject ccent =
        find(items(getObject(*m_http, m_server, QStringLiteral("me/certifications"), token)),
             QStringLiteral("id"), QStringLiteral("crt-10000000-ccent"));
    QCOMPARE(ccent.value(QLatin1String("status")).toString(), QStringLiteral("inactive"));
    QCOMPARE(ccent.value(QLatin1String("revokedOn")).toString(), QStringLiteral("2026-10-01"));
    QCOMPARE(ccent.value(QLatin1String("downloads"))
                 .toObject()
                 .value(QLatin1String("pdfCertificate"))
                 .toBool(),
             false);

    // Revoking again keeps the first date.
    QCOMPARE(admin({QStringLiteral("certification"), QStringLiteral("revoke"), kDemoLogin,
                    QStringLiteral("crt-10000000-ccent")})
                 .exitCode,
             0);
    QCOMPARE(verify(QStringLiteral("K9T2XW4R"), true)
                 .json()
                 .object()
                 .value(QLatin1String("revokedOn"))
                 .toString(),
             QStringLiteral("2026-10-01"));
}

void TestServerVerification::adminGrantsWithANewCode() {
    const AdminRun run = admin({QStringLiteral("certification"), QStringLiteral("grant"),
                                QStringLiteral("CSCO10000002"), QStringLiteral("ccent"),
                                QStringLiteral("--on"), QStringLiteral("2026-10-15")});
    QCOMPARE(run.exitCode, 0);
    const QRegularExpression code(QStringLiteral("verification code ([A-Z0-9]{8})"));
    const QRegularExpressionMatch match = code.match(run.out);
    QVERIFY2(match.hasMatch(), qPrintable(run.out));
    const HttpResult json = verify(match.captured(1), true);
    QCOMPARE(json.status, 200);
    const QJsonObject v = json.json().object();
    QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(v.value(QLatin1String("acronym")).toString(), QStringLiteral("CCENT"));
    QCOMPARE(v.value(QLatin1String("achieved")).toString(), QStringLiteral("2026-10-15"));
    QCOMPARE(v.value(QLatin1String("validThrough")).toString(), QStringLiteral("2029-10-15"));

    const AdminRun list = admin(
        {QStringLiteral("certification"), QStringLiteral("list"), QStringLiteral("CSCO10000002")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(match.captured(1)));
    QVERIFY(list.out.contains(QStringLiteral("T5N2B7VE")));
}

void TestServerVerification::adminAddsCeCredits() {
    const AdminRun run =
        admin({QStringLiteral("ce-credits"), QStringLiteral("add"), QStringLiteral("CSCO10000002"),
               QStringLiteral("7"), QStringLiteral("--on"), QStringLiteral("2026-10-20")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("CCNA")), qPrintable(run.out));
    const QString token =
        m_http->passwordToken(m_server.baseUrl(), QStringLiteral("CSCO10000002"), kDemoPassword);
    const QJsonObject ccna =
        getObject(*m_http, m_server, QStringLiteral("me/certifications/crt-10000002-ccna"), token);
    const QJsonArray credits = ccna.value(QLatin1String("ceCredits")).toArray();
    QCOMPARE(credits.size(), 1);
    QCOMPARE(credits.at(0).toObject().value(QLatin1String("points")).toInt(), 7);
    QCOMPARE(credits.at(0).toObject().value(QLatin1String("activeDate")).toString(),
             QStringLiteral("2026-10-20"));
    const QJsonArray activities =
        items(getObject(*m_http, m_server, QStringLiteral("me/ce-activities"), token));
    QCOMPARE(activities.size(), 1);
}

void TestServerVerification::adminRefusesBadInput() {
    struct Case {
        QStringList arguments;
        int exitCode;
        QString message;
    };
    const QList<Case> cases{
        {{QStringLiteral("certification"), QStringLiteral("grant"), QStringLiteral("NOBODY"),
          QStringLiteral("ccna")},
         3,
         QStringLiteral("no candidate NOBODY")},
        {{QStringLiteral("certification"), QStringLiteral("grant"), kDemoLogin,
          QStringLiteral("no-such-definition")},
         3,
         QStringLiteral("no certification definition")},
        {{QStringLiteral("certification"), QStringLiteral("revoke"), kDemoLogin,
          QStringLiteral("XYZ")},
         3,
         QStringLiteral("holds no certification")},
        {{QStringLiteral("certification"), QStringLiteral("grant"), kDemoLogin,
          QStringLiteral("ccna"), QStringLiteral("--on"), QStringLiteral("31/12/2026")},
         2,
         QStringLiteral("--on needs a date")},
        {{QStringLiteral("ce-credits"), QStringLiteral("add"), kDemoLogin, QStringLiteral("0")},
         2,
         QStringLiteral("POINTS must be")},
        {{QStringLiteral("certification"), QStringLiteral("fly"), kDemoLogin},
         2,
         QStringLiteral("unknown command")},
    };
    for (const Case &c : cases) {
        const AdminRun run = admin(c.arguments);
        QCOMPARE(run.exitCode, c.exitCode);
        QVERIFY2(run.err.contains(c.message), qPrintable(run.err));
    }
    QProcess process;
    process.start(TestServer::executable(),
                  {QStringLiteral("admin"), QStringLiteral("--database"),
                   m_server.dataDir() + QStringLiteral("/missing.sqlite"),
                   QStringLiteral("certification"), QStringLiteral("list"), kDemoLogin});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(!QFileInfo::exists(m_server.dataDir() + QStringLiteral("/missing.sqlite")));
}

void TestServerVerification::withoutConsentNothingIsDisclosed() {
    // John answers "No" to the programme's Verification of Certification question.
    const QString token = m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword);
    QVERIFY(!token.isEmpty());
    const auto answer = [&](bool consent) {
        const QUrl url = m_server.apiUrl(QStringLiteral("me/settings"));
        const QByteArray etag = m_http->get(url, bearer(token)).header("ETag");
        auto headers = bearer(token);
        headers.append({QByteArray("Content-Type"), QByteArray("application/merge-patch+json")});
        headers.append({QByteArray("If-Match"), etag});
        return m_http
            ->request("PATCH", url, headers,
                      // Every question needs an answer; only the last one matters here.
                      QByteArray("{\"ciscoEmployee\":false,\"partnerOrReseller\":false,"
                                 "\"emailNotifications\":false,\"netAcademyStudent\":false,"
                                 "\"verificationConsent\":") +
                          (consent ? "true}" : "false}"))
            .status;
    };
    QCOMPARE(answer(false), 200);

    const HttpResult page = verify(QStringLiteral("V7L4P3MC"));
    QCOMPARE(page.status, 403);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QCOMPARE(page.header("Cache-Control"), QByteArray("no-store"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY2(html.contains(QStringLiteral("has not consented")), qPrintable(html));
    for (const char *secret : {"John", "Doe", "CCNA", "Routing", "2028", "2025"})
        QVERIFY2(!html.contains(QLatin1String(secret)), secret);

    const HttpResult json = verify(QStringLiteral("V7L4P3MC"), true);
    QCOMPARE(json.status, 403);
    QVERIFY(json.header("Content-Type").startsWith("application/problem+json"));
    QVERIFY(json.json()
                .object()
                .value(QLatin1String("detail"))
                .toString()
                .contains(QLatin1String("has not consented")));
    for (const char *secret : {"John", "Doe", "CCNA", "Routing", "2028"})
        QVERIFY2(!json.body.contains(secret), secret);

    // "Yes" again, and the page shows the certificate again.
    QCOMPARE(answer(true), 200);
    const HttpResult again = verify(QStringLiteral("V7L4P3MC"));
    QCOMPARE(again.status, 200);
    QVERIFY(again.body.contains("John Doe"));
}

void TestServerVerification::lookupsAreThrottledPerAddress() {
    // A restart forgets earlier look-ups; then 30 a minute pass and the 31st waits.
    QVERIFY2(m_server.restart(TestServer::defaultNow().addSecs(3600)),
             qPrintable(m_server.error()));
    for (int i = 0; i < 30; ++i) {
        const HttpResult result =
            verify(i % 2 ? QStringLiteral("V7L4P3MC") : QStringLiteral("NOTACODE"));
        QVERIFY2(result.status == 200 || result.status == 404, qPrintable(QString::number(i)));
    }
    const HttpResult page = verify(QStringLiteral("V7L4P3MC"));
    QCOMPARE(page.status, 429);
    const int retryAfter = page.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, page.header("Retry-After").constData());
    QVERIFY(page.body.contains("Too many look-ups"));
    const HttpResult json = verify(QStringLiteral("V7L4P3MC"), true);
    QCOMPARE(json.status, 429);
    QVERIFY(json.header("Content-Type").startsWith("application/problem+json"));
    // A restarted server counts afresh.
    QVERIFY2(m_server.restart(TestServer::defaultNow().addSecs(3700)),
             qPrintable(m_server.error()));
    QCOMPARE(verify(QStringLiteral("V7L4P3MC")).status, 200);
}

QTEST_GUILESS_MAIN(TestServerVerification)
#include "TestServerVerification.moc"
