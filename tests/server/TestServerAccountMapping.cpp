// Account mapping against a real certtrackd: first-time sign-in by email and by score report,
// forgotten passwords, each from the request through the .eml in the outbox and the public
// set-password page over HTTPS to a sign-in with the login ID; a new password ending every
// session the old one opened (and no one else's); every refusal (not on file, on two records, a
// score report that does not match, weak passwords, bad bodies), a link used twice, a link past
// its 24 hours (restart with a later --now), and throttling per key and per address.
#include "ServerTestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace certtrack::test;

namespace {

const QString kNewCandidateEmail = QStringLiteral("new.candidate@example.com");
const QString kNewCandidateLogin = QStringLiteral("CSCO20000001");
const QString kGoodPassword = QStringLiteral("Tangerine-42-river");

struct Mail {
    QString to;
    QString subject;
    QString body;
    QUrl link;
};

QJsonObject object(const QList<QPair<QString, QJsonValue>> &members) {
    QJsonObject o;
    for (const auto &[key, value] : members)
        o.insert(key, value);
    return o;
}

QString detailOf(const HttpResult &result) {
    return result.json().object().value(QLatin1String("detail")).toString();
}

} // namespace

class TestServerAccountMapping : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void unmappedCandidateCannotSignIn();
    void mapByEmailEndToEnd();
    void usedLinkIsRefused();
    void mappedAccountCannotMapAgain();
    void emailNotOnFileAdvisesTheScoreReport();
    void emailOnTwoRecordsAdvisesASupportCase();
    void badBodiesAreRefused_data();
    void badBodiesAreRefused();
    void scoreReportMismatchDoesNotSayWhichField();
    void mapByScoreReportEndToEnd();
    void weakPasswordsAreRefusedOnThePage_data();
    void weakPasswordsAreRefusedOnThePage();
    void unknownLinkIsRefused();
    void forgotPasswordEndToEnd();
    void forgotPasswordAnswersTheSameForNobody();
    void newPasswordEndsEveryEarlierSession();
    void linkExpiresAfter24Hours();
    void attemptsAreThrottledPerKeyAndPerAddress();

private:
    HttpResult postJson(const QString &path, const QJsonObject &body);
    HttpResult postPassword(const QUrl &link, const QString &password, const QString &confirm,
                            const QByteArray &accept = "text/html");
    QStringList outbox() const;
    HttpResult refreshGrant(const QString &refreshToken);
    int meStatus(const QString &accessToken);
    // The one mail that arrived since `before`; fails the test otherwise.
    bool newMail(const QStringList &before, Mail *mail) const;
    QUrl pageUrl(const QString &token) const;

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QUrl m_expiringLink;
    QUrl m_sharedLink; // CSCO20000002's, unused
};

void TestServerAccountMapping::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http = std::make_unique<TestHttp>(m_server.caFile());
}

HttpResult TestServerAccountMapping::postJson(const QString &path, const QJsonObject &body) {
    return m_http->request("POST", m_server.apiUrl(path), {{"Content-Type", "application/json"}},
                           QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult TestServerAccountMapping::postPassword(const QUrl &link, const QString &password,
                                                  const QString &confirm,
                                                  const QByteArray &accept) {
    const QString token = QUrlQuery(link).queryItemValue(QStringLiteral("token"));
    QUrl target = m_server.baseUrl();
    target.setPath(QStringLiteral("/account/set-password"));
    return m_http->request(
        "POST", target, {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", accept}},
        form({{QStringLiteral("token"), token},
              {QStringLiteral("password"), password},
              {QStringLiteral("confirm"), confirm}}));
}

HttpResult TestServerAccountMapping::refreshGrant(const QString &refreshToken) {
    QUrl url = m_server.baseUrl();
    url.setPath(QStringLiteral("/api/v1/auth/token"));
    return postForm(*m_http, url,
                    form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                          {QStringLiteral("refresh_token"), refreshToken}}));
}

int TestServerAccountMapping::meStatus(const QString &accessToken) {
    return m_http->get(m_server.apiUrl(QStringLiteral("me")), bearer(accessToken)).status;
}

QStringList TestServerAccountMapping::outbox() const {
    return QDir(m_server.outboxDir()).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
}

bool TestServerAccountMapping::newMail(const QStringList &before, Mail *mail) const {
    QStringList added = outbox();
    for (const QString &name : before)
        added.removeAll(name);
    if (added.size() != 1) {
        qWarning() << "expected one new mail, found" << added;
        return false;
    }
    QFile file(QDir(m_server.outboxDir()).filePath(added.first()));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype split = text.indexOf(QLatin1String("\r\n\r\n"));
    const QStringList headers = text.left(split).split(QLatin1String("\r\n"));
    for (const QString &header : headers) {
        if (header.startsWith(QLatin1String("To: ")))
            mail->to = header.mid(4);
        else if (header.startsWith(QLatin1String("Subject: ")))
            mail->subject = header.mid(9);
    }
    mail->body = text.mid(split + 4);
    static const QRegularExpression link(
        QStringLiteral("https://\\S+/account/set-password\\?token=[A-Za-z0-9_-]+"));
    const QRegularExpressionMatch match = link.match(mail->body);
    if (!match.hasMatch()) {
        qWarning() << "no link in" << mail->body;
        return false;
    }
    mail->link = QUrl(match.captured(0));
    return true;
}

QUrl TestServerAccountMapping::pageUrl(const QString &token) const {
    QUrl url = m_server.baseUrl();
    url.setPath(QStringLiteral("/account/set-password"));
    url.setQuery(QUrlQuery{{QStringLiteral("token"), token}});
    return url;
}

void TestServerAccountMapping::unmappedCandidateCannotSignIn() {
    // No password at all: nothing typed may open the record before mapping.
    QVERIFY(m_http->passwordToken(m_server.baseUrl(), kNewCandidateLogin, QString()).isEmpty());
    QVERIFY(m_http->passwordToken(m_server.baseUrl(), kNewCandidateLogin, kGoodPassword).isEmpty());
}

void TestServerAccountMapping::mapByEmailEndToEnd() {
    const QStringList before = outbox();
    const HttpResult requested = postJson(QStringLiteral("account-mapping/by-email"),
                                          object({{QStringLiteral("email"), kNewCandidateEmail}}));
    QCOMPARE(requested.status, 202);
    const QDateTime expiresAt = QDateTime::fromString(
        requested.json().object().value(QLatin1String("expiresAt")).toString(), Qt::ISODate);
    QVERIFY(expiresAt.isValid());
    const qint64 lifetime = TestServer::defaultNow().secsTo(expiresAt);
    QVERIFY2(lifetime >= 24 * 3600 && lifetime < 24 * 3600 + 600, qPrintable(expiresAt.toString()));

    Mail mail;
    QVERIFY(newMail(before, &mail));
    QCOMPARE(mail.to, kNewCandidateEmail);
    QVERIFY(mail.body.contains(QLatin1String("expires")));
    QCOMPARE(mail.link.host(), m_server.baseUrl().host());
    QCOMPARE(mail.link.port(), m_server.baseUrl().port());

    const HttpResult page = m_http->get(mail.link);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QCOMPARE(page.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(!page.body.contains("<script"));
    QVERIFY(page.body.contains(kNewCandidateLogin.toUtf8()));
    QVERIFY(page.body.contains("At least 10 characters"));
    QVERIFY(page.body.contains("action=\"/account/set-password\""));

    const HttpResult done = postPassword(mail.link, kGoodPassword, kGoodPassword);
    QCOMPARE(done.status, 200);
    QVERIFY2(done.body.contains("Account mapping is complete"), done.body.constData());
    QVERIFY(done.body.contains(kNewCandidateLogin.toUtf8()));

    const QString token =
        m_http->passwordToken(m_server.baseUrl(), kNewCandidateLogin, kGoodPassword);
    QVERIFY(!token.isEmpty());
    const QJsonObject me = getObject(*m_http, m_server, QStringLiteral("me"), token);
    QCOMPARE(me.value(QLatin1String("loginId")).toString(), kNewCandidateLogin);
    QCOMPARE(me.value(QLatin1String("lastName")).toString(), QStringLiteral("Roe"));
    m_expiringLink = mail.link;
}

void TestServerAccountMapping::usedLinkIsRefused() {
    QVERIFY(m_expiringLink.isValid());
    const HttpResult page = m_http->get(m_expiringLink);
    QCOMPARE(page.status, 410);
    QVERIFY(page.body.contains("used already"));
    QVERIFY(!page.body.contains("<form"));
    const HttpResult again = postPassword(m_expiringLink, QStringLiteral("Another-77-password"),
                                          QStringLiteral("Another-77-password"));
    QCOMPARE(again.status, 410);
    // The first password still holds.
    QVERIFY(
        !m_http->passwordToken(m_server.baseUrl(), kNewCandidateLogin, kGoodPassword).isEmpty());
    QVERIFY(m_http
                ->passwordToken(m_server.baseUrl(), kNewCandidateLogin,
                                QStringLiteral("Another-77-password"))
                .isEmpty());
    const HttpResult json = m_http->get(m_expiringLink, {{"Accept", "application/json"}});
    QCOMPARE(json.status, 410);
    QCOMPARE(json.header("Content-Type"), QByteArray("application/problem+json"));
}

void TestServerAccountMapping::mappedAccountCannotMapAgain() {
    const QStringList before = outbox();
    const HttpResult result = postJson(QStringLiteral("account-mapping/by-email"),
                                       object({{QStringLiteral("email"), kNewCandidateEmail}}));
    QCOMPARE(result.status, 409);
    QVERIFY(detailOf(result).contains(QLatin1String("Forgot password")));
    QCOMPARE(outbox(), before);
}

void TestServerAccountMapping::emailNotOnFileAdvisesTheScoreReport() {
    const QStringList before = outbox();
    const HttpResult result =
        postJson(QStringLiteral("account-mapping/by-email"),
                 object({{QStringLiteral("email"), QStringLiteral("nobody@example.com")}}));
    QCOMPARE(result.status, 404);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
    QVERIFY2(detailOf(result).contains(QLatin1String("score report")),
             qPrintable(detailOf(result)));
    QCOMPARE(outbox(), before);
}

void TestServerAccountMapping::emailOnTwoRecordsAdvisesASupportCase() {
    const QStringList before = outbox();
    const HttpResult result =
        postJson(QStringLiteral("account-mapping/by-email"),
                 object({{QStringLiteral("email"), QStringLiteral("SHARED@example.com")}}));
    QCOMPARE(result.status, 409);
    QVERIFY2(detailOf(result).contains(QLatin1String("open a support case to merge your account"),
                                       Qt::CaseInsensitive),
             qPrintable(detailOf(result)));
    QCOMPARE(outbox(), before);
}

void TestServerAccountMapping::badBodiesAreRefused_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    const QString byEmail = QStringLiteral("account-mapping/by-email");
    const QString byReport = QStringLiteral("account-mapping/by-score-report");
    const QString forgot = QStringLiteral("account-mapping/forgot-password");
    QTest::newRow("form instead of JSON")
        << byEmail << QByteArray("application/x-www-form-urlencoded")
        << QByteArray("email=a%40b.example") << 415 << QString();
    QTest::newRow("truncated JSON") << byEmail << QByteArray("application/json")
                                    << QByteArray("{\"email\": \"a@b.exa") << 400 << QString();
    QTest::newRow("array") << byEmail << QByteArray("application/json") << QByteArray("[]") << 400
                           << QString();
    QTest::newRow("email missing") << byEmail << QByteArray("application/json") << QByteArray("{}")
                                   << 422 << QStringLiteral("email");
    QTest::newRow("not an email") << byEmail << QByteArray("application/json")
                                  << QByteArray("{\"email\":\"john at example\"}") << 422
                                  << QStringLiteral("email");
    QTest::newRow("email a number")
        << byEmail << QByteArray("application/json") << QByteArray("{\"email\":42}") << 422
        << QStringLiteral("email");
    QTest::newRow("unknown field") << byEmail << QByteArray("application/json")
                                   << QByteArray("{\"email\":\"a@b.example\",\"admin\":\"1\"}")
                                   << 422 << QStringLiteral("admin");
    QTest::newRow("email too long")
        << byEmail << QByteArray("application/json")
        << (QByteArray("{\"email\":\"") + QByteArray(250, 'a') + "@b.example\"}") << 422
        << QStringLiteral("email");
    QTest::newRow("report without last name")
        << byReport << QByteArray("application/json")
        << QByteArray("{\"registrationNumber\":\"UniqueRegNum_2000001\","
                      "\"newEmail\":\"x@example.com\"}")
        << 422 << QStringLiteral("lastName");
    QTest::newRow("report without registration")
        << byReport << QByteArray("application/json")
        << QByteArray("{\"lastName\":\"Roe\",\"newEmail\":\"x@example.com\"}") << 422
        << QStringLiteral("registrationNumber");
    QTest::newRow("report with a bad new email")
        << byReport << QByteArray("application/json")
        << QByteArray("{\"lastName\":\"Roe\",\"registrationNumber\":\"UniqueRegNum_2000001\","
                      "\"newEmail\":\"x@\"}")
        << 422 << QStringLiteral("newEmail");
    QTest::newRow("forgot without anything")
        << forgot << QByteArray("application/json") << QByteArray("{\"loginOrEmail\":\"  \"}")
        << 422 << QStringLiteral("loginOrEmail");
}

void TestServerAccountMapping::badBodiesAreRefused() {
    QFETCH(QString, path);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const QStringList before = outbox();
    const HttpResult result =
        m_http->request("POST", m_server.apiUrl(path), {{"Content-Type", type}}, body);
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
    if (!field.isEmpty()) {
        const QJsonArray errors = result.json().object().value(QLatin1String("errors")).toArray();
        QVERIFY(!find(errors, QStringLiteral("field"), field).isEmpty());
    }
    QCOMPARE(outbox(), before);
}

void TestServerAccountMapping::scoreReportMismatchDoesNotSayWhichField() {
    const QStringList before = outbox();
    const auto attempt = [this](const QString &lastName, const QString &registration) {
        return postJson(QStringLiteral("account-mapping/by-score-report"),
                        object({{QStringLiteral("lastName"), lastName},
                                {QStringLiteral("registrationNumber"), registration},
                                {QStringLiteral("newEmail"), QStringLiteral("x@example.com")}}));
    };
    const HttpResult wrongName =
        attempt(QStringLiteral("Doe"), QStringLiteral("UniqueRegNum_2000003"));
    const HttpResult wrongNumber =
        attempt(QStringLiteral("Shared"), QStringLiteral("UniqueRegNum_9999999"));
    // Another candidate's real registration number with this last name must not match either.
    const HttpResult otherPerson =
        attempt(QStringLiteral("Shared"), QStringLiteral("UniqueRegNum_1000815"));
    for (const HttpResult &result : {wrongName, wrongNumber, otherPerson}) {
        QCOMPARE(result.status, 422);
        QVERIFY(!result.json().object().contains(QLatin1String("errors")));
        QCOMPARE(result.body, wrongName.body);
    }
    QVERIFY(detailOf(wrongName).contains(QLatin1String("do not match")));
    QCOMPARE(outbox(), before);
}

void TestServerAccountMapping::mapByScoreReportEndToEnd() {
    const QString newEmail = QStringLiteral("sam.shared@example.org");
    const QStringList before = outbox();
    const HttpResult requested = postJson(
        QStringLiteral("account-mapping/by-score-report"),
        object({{QStringLiteral("lastName"), QStringLiteral("  shared ")},
                {QStringLiteral("registrationNumber"), QStringLiteral("UniqueRegNum_2000003")},
                {QStringLiteral("newEmail"), newEmail}}));
    QCOMPARE(requested.status, 202);
    Mail mail;
    QVERIFY(newMail(before, &mail));
    QCOMPARE(mail.to, newEmail);

    const HttpResult page = m_http->get(mail.link, {{"Accept", "application/json"}});
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json().object().value(QLatin1String("loginId")).toString(),
             QStringLiteral("CSCO20000003"));
    const HttpResult done = postPassword(mail.link, kGoodPassword, kGoodPassword);
    QCOMPARE(done.status, 200);
    QVERIFY(done.body.contains("Account mapping is complete"));
    QVERIFY(done.body.contains("CSCO20000003"));

    const QString token =
        m_http->passwordToken(m_server.baseUrl(), QStringLiteral("CSCO20000003"), kGoodPassword);
    QVERIFY(!token.isEmpty());
    // The matched record now has the new email; the other record keeps the shared one.
    const QJsonObject me = getObject(*m_http, m_server, QStringLiteral("me"), token);
    QCOMPARE(me.value(QLatin1String("email")).toString(), newEmail);
    const QStringList beforeSecond = outbox();
    const HttpResult other =
        postJson(QStringLiteral("account-mapping/by-email"),
                 object({{QStringLiteral("email"), QStringLiteral("shared@example.com")}}));
    QCOMPARE(other.status, 202);
    Mail second;
    QVERIFY(newMail(beforeSecond, &second));
    QCOMPARE(second.to, QStringLiteral("shared@example.com"));
    QVERIFY(m_http->get(second.link).body.contains("CSCO20000002"));
    m_sharedLink = second.link;
}

void TestServerAccountMapping::weakPasswordsAreRefusedOnThePage_data() {
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("confirm");
    QTest::addColumn<QString>("reason");
    QTest::newRow("too short") << QStringLiteral("Ab1-xyz") << QStringLiteral("Ab1-xyz")
                               << QStringLiteral("at least 10 characters");
    QTest::newRow("the login id") << QStringLiteral("csco20000002")
                                  << QStringLiteral("csco20000002")
                                  << QStringLiteral("login ID or your email");
    QTest::newRow("the email") << QStringLiteral("Shared@Example.com")
                               << QStringLiteral("Shared@Example.com")
                               << QStringLiteral("login ID or your email");
    QTest::newRow("all lower case")
        << QStringLiteral("abcdefghijkl") << QStringLiteral("abcdefghijkl")
        << QStringLiteral("all of one kind");
    QTest::newRow("all digits") << QStringLiteral("123456789012") << QStringLiteral("123456789012")
                                << QStringLiteral("all of one kind");
    QTest::newRow("too long") << QString(129, QLatin1Char('a')) + QStringLiteral("1")
                              << QString(129, QLatin1Char('a')) + QStringLiteral("1")
                              << QStringLiteral("at most 128");
    QTest::newRow("confirmation differs")
        << kGoodPassword << kGoodPassword + QStringLiteral("x") << QStringLiteral("differ");
}

void TestServerAccountMapping::weakPasswordsAreRefusedOnThePage() {
    QFETCH(QString, password);
    QFETCH(QString, confirm);
    QFETCH(QString, reason);
    QVERIFY(m_sharedLink.isValid());
    const HttpResult refused = postPassword(m_sharedLink, password, confirm);
    QCOMPARE(refused.status, 422);
    QVERIFY2(QString::fromUtf8(refused.body).contains(reason), refused.body.constData());
    QVERIFY(refused.body.contains("<form")); // the form again, to try once more
    QVERIFY(refused.body.contains("role=\"alert\""));
    QCOMPARE(m_http->get(m_sharedLink).status, 200); // a refusal does not spend the link
    QVERIFY(m_http->passwordToken(m_server.baseUrl(), QStringLiteral("CSCO20000002"), password)
                .isEmpty());
}

void TestServerAccountMapping::unknownLinkIsRefused() {
    for (const QString &token :
         {QString(), QStringLiteral("not-a-token"), QString(43, QLatin1Char('A'))}) {
        const HttpResult page = m_http->get(pageUrl(token));
        QCOMPARE(page.status, 404);
        QVERIFY(page.body.contains("not valid"));
        QCOMPARE(postPassword(pageUrl(token), kGoodPassword, kGoodPassword).status, 404);
    }
}

void TestServerAccountMapping::forgotPasswordEndToEnd() {
    const QString login = QStringLiteral("CSCO10000001");
    const QStringList before = outbox();
    const HttpResult requested =
        postJson(QStringLiteral("account-mapping/forgot-password"),
                 object({{QStringLiteral("loginOrEmail"), login.toLower()}}));
    QCOMPARE(requested.status, 202);
    Mail mail;
    QVERIFY(newMail(before, &mail));
    QCOMPARE(mail.to, QStringLiteral("amira.haddad@example.com"));
    const QString newPassword = QStringLiteral("Forgotten-but-found-9");
    const HttpResult done = postPassword(mail.link, newPassword, newPassword);
    QCOMPARE(done.status, 200);
    QVERIFY(done.body.contains("Your password is set"));
    QVERIFY(done.body.contains(login.toUtf8()));
    QVERIFY(!m_http->passwordToken(m_server.baseUrl(), login, newPassword).isEmpty());
    QVERIFY(m_http->passwordToken(m_server.baseUrl(), login, kDemoPassword).isEmpty());

    // By email too.
    const QStringList beforeEmail = outbox();
    QCOMPARE(postJson(QStringLiteral("account-mapping/forgot-password"),
                      object({{QStringLiteral("loginOrEmail"),
                               QStringLiteral("chen.jing@example.com")}}))
                 .status,
             202);
    Mail byEmail;
    QVERIFY(newMail(beforeEmail, &byEmail));
    QCOMPARE(byEmail.to, QStringLiteral("chen.jing@example.com"));
    m_expiringLink = byEmail.link; // left unused for linkExpiresAfter24Hours
}

void TestServerAccountMapping::forgotPasswordAnswersTheSameForNobody() {
    const QStringList before = outbox();
    const HttpResult known =
        postJson(QStringLiteral("account-mapping/forgot-password"),
                 object({{QStringLiteral("loginOrEmail"), QStringLiteral("CSCO10000000")}}));
    const HttpResult unknown =
        postJson(QStringLiteral("account-mapping/forgot-password"),
                 object({{QStringLiteral("loginOrEmail"), QStringLiteral("CSCO99999999")}}));
    const HttpResult unmapped =
        postJson(QStringLiteral("account-mapping/forgot-password"),
                 object({{QStringLiteral("loginOrEmail"), QStringLiteral("shared@example.com")}}));
    QCOMPARE(known.status, 202);
    QCOMPARE(unknown.status, 202);
    QCOMPARE(unmapped.status, 202);
    QCOMPARE(unknown.json().object().keys(), known.json().object().keys());
    QCOMPARE(outbox().size(), before.size() + 1); // only the known account got mail
}

void TestServerAccountMapping::newPasswordEndsEveryEarlierSession() {
    // Two sign-ins with the old password (one of them refreshed once, so its family has rotated),
    // and another candidate's session that must live on.
    QString firstRefresh;
    const QString firstAccess =
        m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword, &firstRefresh);
    QString secondRefresh;
    m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword, &secondRefresh);
    const HttpResult rotated = refreshGrant(secondRefresh);
    QCOMPARE(rotated.status, 200);
    const QString secondAccess =
        rotated.json().object().value(QLatin1String("access_token")).toString();
    const QString secondRotatedRefresh =
        rotated.json().object().value(QLatin1String("refresh_token")).toString();
    const QString other = QStringLiteral("CSCO10000002");
    QString otherRefresh;
    const QString otherAccess =
        m_http->passwordToken(m_server.baseUrl(), other, kDemoPassword, &otherRefresh);
    for (const QString &access : {firstAccess, secondAccess, otherAccess})
        QCOMPARE(meStatus(access), 200);

    const QStringList before = outbox();
    QCOMPARE(postJson(QStringLiteral("account-mapping/forgot-password"),
                      object({{QStringLiteral("loginOrEmail"), kDemoLogin}}))
                 .status,
             202);
    Mail mail;
    QVERIFY(newMail(before, &mail));
    const QString newPassword = QStringLiteral("Locksmith-visited-77");
    const HttpResult done = postPassword(mail.link, newPassword, newPassword);
    QCOMPARE(done.status, 200);
    QVERIFY2(done.body.contains("has been signed out"), done.body.constData());

    // Every access token of the old password is refused as revoked.
    for (const QString &access : {firstAccess, secondAccess}) {
        const HttpResult me = m_http->get(m_server.apiUrl(QStringLiteral("me")), bearer(access));
        QCOMPARE(me.status, 401);
        QVERIFY2(me.header("WWW-Authenticate").contains("invalid_token"),
                 me.header("WWW-Authenticate").constData());
    }
    // Every refresh token of the old password is invalid_grant, the retired one included.
    for (const QString &refresh : {firstRefresh, secondRotatedRefresh, secondRefresh}) {
        const HttpResult refused = refreshGrant(refresh);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().object().value(QLatin1String("error")).toString(),
                 QStringLiteral("invalid_grant"));
    }
    QVERIFY(m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword).isEmpty());

    // The new password signs in, and its session refreshes like any other.
    QString newRefresh;
    const QString newAccess =
        m_http->passwordToken(m_server.baseUrl(), kDemoLogin, newPassword, &newRefresh);
    QVERIFY(!newAccess.isEmpty());
    QCOMPARE(getObject(*m_http, m_server, QStringLiteral("me"), newAccess)
                 .value(QLatin1String("loginId"))
                 .toString(),
             kDemoLogin);

    // The other candidate's tokens are untouched.
    QCOMPARE(meStatus(otherAccess), 200);
    const HttpResult otherRotated = refreshGrant(otherRefresh);
    QCOMPARE(otherRotated.status, 200);
    QCOMPARE(meStatus(otherRotated.json().object().value(QLatin1String("access_token")).toString()),
             200);

    // The link again: refused, and it ends nothing (the session opened after the reset lives).
    QCOMPARE(postPassword(mail.link, QStringLiteral("Second-thoughts-55"),
                          QStringLiteral("Second-thoughts-55"))
                 .status,
             410);
    QCOMPARE(meStatus(newAccess), 200);
    const HttpResult newRotated = refreshGrant(newRefresh);
    QCOMPARE(newRotated.status, 200);
    QCOMPARE(meStatus(newRotated.json().object().value(QLatin1String("access_token")).toString()),
             200);
}

void TestServerAccountMapping::linkExpiresAfter24Hours() {
    QVERIFY(m_expiringLink.isValid());
    QVERIFY(m_server.restart(TestServer::defaultNow().addSecs(23 * 3600)));
    QCOMPARE(m_http->get(m_expiringLink).status, 200);
    QVERIFY(m_server.restart(TestServer::defaultNow().addSecs(25 * 3600)));
    const HttpResult page = m_http->get(m_expiringLink);
    QCOMPARE(page.status, 410);
    QVERIFY(page.body.contains("expired"));
    const HttpResult post = postPassword(m_expiringLink, kGoodPassword, kGoodPassword);
    QCOMPARE(post.status, 410);
    QVERIFY(m_http->passwordToken(m_server.baseUrl(), QStringLiteral("CSCO10000002"), kGoodPassword)
                .isEmpty());
    QVERIFY(
        !m_http->passwordToken(m_server.baseUrl(), QStringLiteral("CSCO10000002"), kDemoPassword)
             .isEmpty());
}

void TestServerAccountMapping::attemptsAreThrottledPerKeyAndPerAddress() {
    // A restart forgets the counts: start from none.
    QVERIFY(m_server.restart(TestServer::defaultNow().addSecs(26 * 3600)));
    const auto forgot = [this](const QString &key) {
        return postJson(QStringLiteral("account-mapping/forgot-password"),
                        object({{QStringLiteral("loginOrEmail"), key}}));
    };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(forgot(QStringLiteral("someone@example.com")).status, 202);
    // The same key in another case is the same key.
    const HttpResult sixth = forgot(QStringLiteral("SOMEONE@example.com"));
    QCOMPARE(sixth.status, 429);
    const qint64 wait = sixth.header("Retry-After").toLongLong();
    QVERIFY2(wait > 0 && wait <= 15 * 60, sixth.header("Retry-After").constData());
    QVERIFY(detailOf(sixth).contains(QString::number(wait)));
    // By email, a key throttled elsewhere is throttled here too.
    QCOMPARE(postJson(QStringLiteral("account-mapping/by-email"),
                      object({{QStringLiteral("email"), QStringLiteral("someone@example.com")}}))
                 .status,
             429);

    // Per address: 20 attempts in the window, whatever the keys.
    for (int i = 0; i < 15; ++i)
        QCOMPARE(forgot(QStringLiteral("person%1@example.com").arg(i)).status, 202);
    const HttpResult overAddress = forgot(QStringLiteral("fresh@example.com"));
    QCOMPARE(overAddress.status, 429);
    QVERIFY(!overAddress.header("Retry-After").isEmpty());
    QCOMPARE(postJson(QStringLiteral("account-mapping/by-score-report"),
                      object({{QStringLiteral("lastName"), QStringLiteral("Roe")},
                              {QStringLiteral("registrationNumber"),
                               QStringLiteral("UniqueRegNum_2000001")},
                              {QStringLiteral("newEmail"), QStringLiteral("x@example.com")}}))
                 .status,
             429);
}

QTEST_GUILESS_MAIN(TestServerAccountMapping)
#include "TestServerAccountMapping.moc"
