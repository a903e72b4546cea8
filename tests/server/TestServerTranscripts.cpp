// Transcripts against a real certtrackd: create, edit with If-Match, deactivate, what each
// disclosure shows (also after a certification is granted later), view counting without the
// owner's previews, expiry by the server clock, the 404 and 410 pages, the shared email in the
// outbox, the wall between candidates, and the limit on guessing ids.
#include "ServerTestSupport.h"

#include "domain/Json.h"
#include "domain/Transcript.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace certtrack::test;

namespace {

const QString kOtherLogin = QStringLiteral("CSCO10000002");
const QString kCcna = QStringLiteral("crt-10000000-ccna");
const QString kCcent = QStringLiteral("crt-10000000-ccent");
const QString kEncor = QStringLiteral("crt-10000000-encor");

QList<QPair<QByteArray, QByteArray>> jsonHeaders(const QString &token,
                                                 const QByteArray &type = "application/json") {
    auto headers = bearer(token);
    headers.append({"Content-Type", type});
    return headers;
}

QByteArray toBody(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList errorFields(const HttpResult &result) {
    QStringList fields;
    for (const QJsonValue &error : result.json().object().value(QLatin1String("errors")).toArray())
        fields.append(error.toObject().value(QLatin1String("field")).toString());
    fields.sort();
    return fields;
}

QStringList names(const certtrack::domain::PublicTranscript &page) {
    QStringList result;
    for (const auto &entry : page.certifications)
        result.append(entry.name);
    result.sort();
    return result;
}

} // namespace

class TestServerTranscripts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void createGivesAnUnguessableIdAndListsIt();
    void createRefusesBadFields_data();
    void createRefusesBadFields();
    void createRefusesBadBodies();
    void invalidTextIsRefusedNamingTheField_data();
    void invalidTextIsRefusedNamingTheField();
    void escapedPairsAreKeptWhole();
    void joinersAndMarksAreKept();
    void editNeedsTheCurrentEtag();
    void editRefusesBadFields();
    void displayOptionsShowOnlyWhatWasChosen();
    void everythingIsEscaped();
    void eachDisclosureShowsExactlyItsCertifications();
    void publicViewsCountAndPreviewsDoNot();
    void unknownIdsAre404Pages();
    void deactivatedIs410SayingSince();
    void shareMailsTheLinkAndExpiry();
    void shareRefusesBadAddressesAndIsLimited();
    void anotherCandidateCannotReachIt();
    void expiryFollowsTheServerClock();
    void guessingIdsIsThrottledPerAddress();

private:
    HttpResult create(const QJsonObject &fields, const QString &token = {});
    QJsonObject created(const QJsonObject &fields);
    certtrack::domain::PublicTranscript publicJson(const QString &id);
    HttpResult publicHtml(const QString &id);
    QJsonObject owned(const QString &id);
    void grantCertification(const QString &definitionId);
    QStringList outboxFiles() const;
    QJsonObject basic(const QString &disclosure = QStringLiteral("activeCertifications")) const;

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QString m_token;
    QString m_otherToken;
};

void TestServerTranscripts::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http = std::make_unique<TestHttp>(m_server.caFile());
    m_token = m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword);
    m_otherToken = m_http->passwordToken(m_server.baseUrl(), kOtherLogin, kDemoPassword);
    QVERIFY(!m_token.isEmpty());
    QVERIFY(!m_otherToken.isEmpty());
}

QJsonObject TestServerTranscripts::basic(const QString &disclosure) const {
    return {{QStringLiteral("displayName"), QStringLiteral("John Doe")},
            {QStringLiteral("description"), QStringLiteral("For Acme Networks")},
            {QStringLiteral("remarks"), QStringLiteral("Interview on Friday")},
            {QStringLiteral("expires"), QStringLiteral("2027-06-30")},
            {QStringLiteral("disclosure"), disclosure}};
}

HttpResult TestServerTranscripts::create(const QJsonObject &fields, const QString &token) {
    return m_http->request("POST", m_server.apiUrl(QStringLiteral("me/transcripts")),
                           jsonHeaders(token.isEmpty() ? m_token : token), toBody(fields));
}

QJsonObject TestServerTranscripts::created(const QJsonObject &fields) {
    const HttpResult result = create(fields);
    if (result.status != 201)
        qWarning() << result.status << result.body;
    return result.status == 201 ? result.json().object() : QJsonObject();
}

QJsonObject TestServerTranscripts::owned(const QString &id) {
    return getObject(*m_http, m_server, QStringLiteral("me/transcripts/") + id, m_token);
}

certtrack::domain::PublicTranscript TestServerTranscripts::publicJson(const QString &id) {
    QUrl url = m_server.baseUrl();
    url.setPath(QStringLiteral("/transcripts/") + id);
    const HttpResult result = m_http->get(url, {{"Accept", "application/json"}});
    QString error;
    const auto page =
        certtrack::domain::decodeDocument<certtrack::domain::PublicTranscript>(result.body, &error);
    if (result.status != 200 || !page) {
        qWarning() << result.status << result.body << error;
        return {};
    }
    return *page;
}

HttpResult TestServerTranscripts::publicHtml(const QString &id) {
    QUrl url = m_server.baseUrl();
    url.setPath(QStringLiteral("/transcripts/") + id);
    return m_http->get(url, {{"Accept", "text/html"}});
}

// `certtrackd admin certification grant` on the running server's database (SQLite WAL lets both
// work on the file), dated the server's first day.
void TestServerTranscripts::grantCertification(const QString &definitionId) {
    QProcess admin;
    admin.start(TestServer::executable(),
                {QStringLiteral("admin"), QStringLiteral("--database"), m_server.databasePath(),
                 QStringLiteral("certification"), QStringLiteral("grant"), kDemoLogin, definitionId,
                 QStringLiteral("--on"), TestServer::defaultNow().date().toString(Qt::ISODate)});
    QVERIFY(admin.waitForFinished(30000));
    QVERIFY2(admin.exitStatus() == QProcess::NormalExit && admin.exitCode() == 0,
             admin.readAllStandardError().constData());
}

QStringList TestServerTranscripts::outboxFiles() const {
    return QDir(m_server.outboxDir()).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
}

void TestServerTranscripts::createGivesAnUnguessableIdAndListsIt() {
    QJsonObject fields = basic();
    fields.insert(QStringLiteral("displayOptions"),
                  QJsonObject{{QStringLiteral("name"), true}, {QStringLiteral("address"), true}});
    const HttpResult result = create(fields);
    QCOMPARE(result.status, 201);
    const QJsonObject t = result.json().object();
    const QString id = t.value(QLatin1String("id")).toString();
    // Crockford base32: no I, L, O or U; 16 characters = 80 bits.
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{16}$")).match(id).hasMatch(),
             qPrintable(id));
    QCOMPARE(QString::fromLatin1(result.header("Location")),
             QStringLiteral("/api/v1/me/transcripts/") + id);
    QVERIFY(!result.header("ETag").isEmpty());
    QCOMPARE(t.value(QLatin1String("description")).toString(), QStringLiteral("For Acme Networks"));
    QCOMPARE(t.value(QLatin1String("remarks")).toString(), QStringLiteral("Interview on Friday"));
    QCOMPARE(t.value(QLatin1String("expires")).toString(), QStringLiteral("2027-06-30"));
    QCOMPARE(t.value(QLatin1String("state")).toString(), QStringLiteral("active"));
    QCOMPARE(t.value(QLatin1String("views")).toInt(), 0);
    QVERIFY(t.value(QLatin1String("lastViewed")).isNull());
    QCOMPARE(t.value(QLatin1String("url")).toString(),
             m_server.baseUrl().toString() + QStringLiteral("/transcripts/") + id);
    const QJsonObject options = t.value(QLatin1String("displayOptions")).toObject();
    QVERIFY(options.value(QLatin1String("name")).toBool());
    QVERIFY(options.value(QLatin1String("address")).toBool());
    QVERIFY(!options.value(QLatin1String("email")).toBool());

    const QJsonObject listed =
        find(items(getObject(*m_http, m_server, QStringLiteral("me/transcripts"), m_token)),
             QStringLiteral("id"), id);
    QCOMPARE(listed.value(QLatin1String("description")).toString(),
             QStringLiteral("For Acme Networks"));
    QCOMPARE(owned(id).value(QLatin1String("id")).toString(), id);

    const QString second = created(basic()).value(QLatin1String("id")).toString();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != id);
}

void TestServerTranscripts::createRefusesBadFields_data() {
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QStringList>("errors");
    const auto with = [this](const QString &key, const QJsonValue &value) {
        QJsonObject fields = basic();
        if (value.isUndefined())
            fields.remove(key);
        else
            fields.insert(key, value);
        return fields;
    };
    QTest::newRow("no display name") << with(QStringLiteral("displayName"), QJsonValue::Undefined)
                                     << QStringList{QStringLiteral("displayName")};
    QTest::newRow("blank display name") << with(QStringLiteral("displayName"), QStringLiteral("  "))
                                        << QStringList{QStringLiteral("displayName")};
    QTest::newRow("long description")
        << with(QStringLiteral("description"), QString(101, QLatin1Char('x')))
        << QStringList{QStringLiteral("description")};
    // Direction overrides and invisible characters in text a third party reads.
    QTest::newRow("right-to-left override in name")
        << with(QStringLiteral("displayName"), QString::fromUtf8("John \u202Eeod"))
        << QStringList{QStringLiteral("displayName")};
    QTest::newRow("isolate in description")
        << with(QStringLiteral("description"), QString::fromUtf8("For \u2067Acme"))
        << QStringList{QStringLiteral("description")};
    QTest::newRow("zero-width space in name")
        << with(QStringLiteral("displayName"), QString::fromUtf8("Jo\u200Bhn Doe"))
        << QStringList{QStringLiteral("displayName")};
    QTest::newRow("byte order mark in name")
        << with(QStringLiteral("displayName"), QString::fromUtf8("John\uFEFF Doe"))
        << QStringList{QStringLiteral("displayName")};
    QTest::newRow("no expiry") << with(QStringLiteral("expires"), QJsonValue::Undefined)
                               << QStringList{QStringLiteral("expires")};
    QTest::newRow("not a date") << with(QStringLiteral("expires"), QStringLiteral("2027-02-30"))
                                << QStringList{QStringLiteral("expires")};
    QTest::newRow("past date") << with(QStringLiteral("expires"), QStringLiteral("2026-11-01"))
                               << QStringList{QStringLiteral("expires")};
    QTest::newRow("too far") << with(QStringLiteral("expires"), QStringLiteral("2040-01-01"))
                             << QStringList{QStringLiteral("expires")};
    QTest::newRow("unknown disclosure") << with(QStringLiteral("disclosure"), QStringLiteral("all"))
                                        << QStringList{QStringLiteral("disclosure")};
    QTest::newRow("selected without any")
        << with(QStringLiteral("disclosure"), QStringLiteral("selected"))
        << QStringList{QStringLiteral("certificationIds")};
    QJsonObject foreign = with(QStringLiteral("disclosure"), QStringLiteral("selected"));
    foreign.insert(QStringLiteral("certificationIds"),
                   QJsonArray{QStringLiteral("crt-10000002-ccna")});
    QTest::newRow("another candidate's certification")
        << foreign << QStringList{QStringLiteral("certificationIds")};
    QTest::newRow("server field") << with(QStringLiteral("views"), 100)
                                  << QStringList{QStringLiteral("views")};
    QTest::newRow("unknown field") << with(QStringLiteral("colour"), QStringLiteral("red"))
                                   << QStringList{QStringLiteral("colour")};
    QTest::newRow("option not boolean")
        << with(QStringLiteral("displayOptions"), QJsonObject{{QStringLiteral("email"), 1}})
        << QStringList{QStringLiteral("displayOptions.email")};
    QTest::newRow("control character")
        << with(QStringLiteral("remarks"), QStringLiteral("a\u0007b"))
        << QStringList{QStringLiteral("remarks")};
    QJsonObject two = with(QStringLiteral("displayName"), 5);
    two.insert(QStringLiteral("expires"), QStringLiteral("soon"));
    QTest::newRow("two at once") << two
                                 << QStringList{QStringLiteral("displayName"),
                                                QStringLiteral("expires")};
}

void TestServerTranscripts::createRefusesBadFields() {
    QFETCH(QJsonObject, fields);
    QFETCH(QStringList, errors);
    const int before =
        items(getObject(*m_http, m_server, QStringLiteral("me/transcripts"), m_token)).size();
    const HttpResult result = create(fields);
    QCOMPARE(result.status, 422);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(errorFields(result), errors);
    QVERIFY(!result.json().object().value(QLatin1String("detail")).toString().isEmpty());
    QCOMPARE(items(getObject(*m_http, m_server, QStringLiteral("me/transcripts"), m_token)).size(),
             before);
}

void TestServerTranscripts::createRefusesBadBodies() {
    const QUrl url = m_server.apiUrl(QStringLiteral("me/transcripts"));
    QCOMPARE(m_http->request("POST", url, jsonHeaders(m_token), "{\"displayName\":").status, 400);
    QCOMPARE(m_http->request("POST", url, jsonHeaders(m_token), "[1,2]").status, 400);
    QCOMPARE(
        m_http->request("POST", url, jsonHeaders(m_token, "text/plain"), toBody(basic())).status,
        415);
    QCOMPARE(m_http->request("POST", url, {{"Content-Type", "application/json"}}, toBody(basic()))
                 .status,
             401);
}

void TestServerTranscripts::invalidTextIsRefusedNamingTheField_data() {
    QTest::addColumn<QByteArray>("description");
    QTest::addColumn<QString>("field");
    // Each is what goes between the quotes of "description" on the wire.
    QTest::newRow("lone high surrogate")
        << QByteArray("D\\ud800x") << QStringLiteral("description");
    QTest::newRow("lone low surrogate") << QByteArray("\\uDC00") << QStringLiteral("description");
    QTest::newRow("pair reversed") << QByteArray("\\udc00\\ud800") << QStringLiteral("description");
    QTest::newRow("high at the end") << QByteArray("abc\\uD83D") << QStringLiteral("description");
    QTest::newRow("invalid UTF-8 byte") << QByteArray("D\xffx") << QStringLiteral("description");
    QTest::newRow("encoded surrogate")
        << QByteArray("D\xed\xa0\x80x") << QStringLiteral("description");
    QTest::newRow("overlong slash") << QByteArray("D\xc0\xafx") << QStringLiteral("description");
}

void TestServerTranscripts::invalidTextIsRefusedNamingTheField() {
    QFETCH(QByteArray, description);
    QFETCH(QString, field);
    const QUrl url = m_server.apiUrl(QStringLiteral("me/transcripts"));
    const int before =
        items(getObject(*m_http, m_server, QStringLiteral("me/transcripts"), m_token)).size();
    const QByteArray body = "{\"displayName\":\"John Doe\",\"expires\":\"2027-06-30\","
                            "\"disclosure\":\"activeCertifications\",\"description\":\"" +
                            description + "\"}";
    const HttpResult refused = m_http->request("POST", url, jsonHeaders(m_token), body);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(errorFields(refused), QStringList{field});
    // Nothing was kept.
    QCOMPARE(items(getObject(*m_http, m_server, QStringLiteral("me/transcripts"), m_token)).size(),
             before);
}

void TestServerTranscripts::escapedPairsAreKeptWhole() {
    // A valid pair, escaped, is one character beyond the BMP, stored and returned as sent.
    const QByteArray body =
        "{\"displayName\":\"John Doe\",\"expires\":\"2027-06-30\","
        "\"disclosure\":\"activeCertifications\",\"description\":\"D\\ud83d\\ude00x\"}";
    const HttpResult result = m_http->request(
        "POST", m_server.apiUrl(QStringLiteral("me/transcripts")), jsonHeaders(m_token), body);
    QCOMPARE(result.status, 201);
    const QString id = result.json().object().value(QLatin1String("id")).toString();
    const QJsonObject stored =
        getObject(*m_http, m_server, QStringLiteral("me/transcripts/") + id, m_token);
    QCOMPARE(stored.value(QLatin1String("description")).toString(),
             QString::fromUtf8("D\xf0\x9f\x98\x80x"));
}

void TestServerTranscripts::joinersAndMarksAreKept() {
    // A Persian name needs its zero-width non-joiner, mixed text its direction marks.
    QJsonObject fields = basic();
    const QString name =
        QString::fromUtf8("\u0645\u0631\u06CC\u0645 \u0632\u0627\u200C\u062F\u0647");
    const QString description =
        QString::fromUtf8("For \u200FAcme\u200E (Dubai) \U0001F468\u200D\U0001F4BB");
    fields.insert(QStringLiteral("displayName"), name);
    fields.insert(QStringLiteral("description"), description);
    const QJsonObject transcript = created(fields);
    QCOMPARE(transcript.value(QLatin1String("displayName")).toString(), name);
    QCOMPARE(transcript.value(QLatin1String("description")).toString(), description);
}

void TestServerTranscripts::editNeedsTheCurrentEtag() {
    const QString id = created(basic()).value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    const QUrl url = m_server.apiUrl(QStringLiteral("me/transcripts/") + id);
    const HttpResult read = m_http->get(url, bearer(m_token));
    QCOMPARE(read.status, 200);
    const QByteArray etag = read.header("ETag");
    QVERIFY(!etag.isEmpty());

    const QByteArray patch =
        toBody({{QStringLiteral("remarks"), QStringLiteral("Second round")},
                {QStringLiteral("displayOptions"), QJsonObject{{QStringLiteral("email"), true}}}});
    const auto headers = jsonHeaders(m_token, "application/merge-patch+json");
    QCOMPARE(m_http->request("PATCH", url, headers, patch).status, 428);
    auto stale = headers;
    stale.append({QByteArray("If-Match"), QByteArray("\"not-the-tag\"")});
    const HttpResult refused = m_http->request("PATCH", url, stale, patch);
    QCOMPARE(refused.status, 412);
    QCOMPARE(refused.header("ETag"), etag);
    QCOMPARE(owned(id).value(QLatin1String("remarks")).toString(),
             QStringLiteral("Interview on Friday"));

    auto current = headers;
    current.append({"If-Match", etag});
    const HttpResult edited = m_http->request("PATCH", url, current, patch);
    QCOMPARE(edited.status, 200);
    const QJsonObject t = edited.json().object();
    QCOMPARE(t.value(QLatin1String("remarks")).toString(), QStringLiteral("Second round"));
    // A merge patch leaves out what it does not name.
    QCOMPARE(t.value(QLatin1String("description")).toString(), QStringLiteral("For Acme Networks"));
    const QJsonObject options = t.value(QLatin1String("displayOptions")).toObject();
    QVERIFY(options.value(QLatin1String("email")).toBool());
    QVERIFY(options.value(QLatin1String("name")).toBool());
    QVERIFY(edited.header("ETag") != etag);
    QCOMPARE(edited.header("ETag"), m_http->get(url, bearer(m_token)).header("ETag"));

    // The tag read before the edit is stale now.
    QCOMPARE(m_http->request("PATCH", url, current, patch).status, 412);
}

void TestServerTranscripts::editRefusesBadFields() {
    const QString id = created(basic()).value(QLatin1String("id")).toString();
    const QUrl url = m_server.apiUrl(QStringLiteral("me/transcripts/") + id);
    auto headers = jsonHeaders(m_token, "application/merge-patch+json");
    headers.append({"If-Match", m_http->get(url, bearer(m_token)).header("ETag")});
    const HttpResult result =
        m_http->request("PATCH", url, headers,
                        toBody({{QStringLiteral("description"), QJsonValue::Null},
                                {QStringLiteral("id"), QStringLiteral("AAAAAAAAAAAAAAAA")}}));
    QCOMPARE(result.status, 422);
    QCOMPARE(errorFields(result),
             (QStringList{QStringLiteral("description"), QStringLiteral("id")}));
    QCOMPARE(owned(id).value(QLatin1String("description")).toString(),
             QStringLiteral("For Acme Networks"));
}

void TestServerTranscripts::displayOptionsShowOnlyWhatWasChosen() {
    QJsonObject fields = basic();
    fields.insert(QStringLiteral("displayOptions"), QJsonObject{{QStringLiteral("name"), true},
                                                                {QStringLiteral("address"), false},
                                                                {QStringLiteral("email"), false}});
    const QString nameOnly = created(fields).value(QLatin1String("id")).toString();
    auto page = publicJson(nameOnly);
    QCOMPARE(page.name, QStringLiteral("John Doe"));
    QVERIFY(page.addressLines.isEmpty());
    QVERIFY(page.email.isEmpty());
    QCOMPARE(page.statement,
             QStringLiteral("The following information has been provided to you by John Doe as a "
                            "validation of current exam and certification achievements."));
    HttpResult html = publicHtml(nameOnly);
    QCOMPARE(html.status, 200);
    QVERIFY(html.header("Content-Type").startsWith("text/html"));
    QVERIFY(html.body.contains("John Doe"));
    QVERIFY(!html.body.contains("Test123test"));
    QVERIFY(!html.body.contains("North Carolina"));
    QVERIFY(!html.body.contains("CSCO10000000@gmail.com"));
    QVERIFY(!html.body.contains("<script"));

    fields.insert(QStringLiteral("displayOptions"), QJsonObject{{QStringLiteral("name"), false},
                                                                {QStringLiteral("address"), true},
                                                                {QStringLiteral("email"), true}});
    const QString noName = created(fields).value(QLatin1String("id")).toString();
    page = publicJson(noName);
    QVERIFY(page.name.isEmpty());
    QCOMPARE(
        page.addressLines,
        (QStringList{QStringLiteral("Test123test"), QStringLiteral("Test2 Cor"),
                     QStringLiteral("Line 3 Cor"), QStringLiteral("City, North Carolina 12345"),
                     QStringLiteral("United States")}));
    QCOMPARE(page.email, QStringLiteral("CSCO10000000@gmail.com"));
    html = publicHtml(noName);
    QVERIFY(!html.body.contains("John Doe"));
    QVERIFY(html.body.contains("Test123test"));
    QVERIFY(html.body.contains("CSCO10000000@gmail.com"));
}

void TestServerTranscripts::everythingIsEscaped() {
    QJsonObject fields = basic();
    fields.insert(QStringLiteral("displayName"), QStringLiteral("<script>alert(1)</script> & Co"));
    const QString id = created(fields).value(QLatin1String("id")).toString();
    const HttpResult html = publicHtml(id);
    QCOMPARE(html.status, 200);
    QVERIFY(!html.body.contains("<script>"));
    QVERIFY(html.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
    QVERIFY(html.header("Content-Security-Policy").contains("default-src 'none'"));
    QCOMPARE(html.header("Cache-Control"), QByteArray("no-store"));
}

void TestServerTranscripts::eachDisclosureShowsExactlyItsCertifications() {
    const QString active = created(basic()).value(QLatin1String("id")).toString();
    QJsonObject allNew = basic(QStringLiteral("allNewCertificates"));
    allNew.insert(QStringLiteral("certificationIds"), QJsonArray{kCcna});
    const QString allNewId = created(allNew).value(QLatin1String("id")).toString();
    const QString allNewDefault =
        created(basic(QStringLiteral("allNewCertificates"))).value(QLatin1String("id")).toString();
    QJsonObject selected = basic(QStringLiteral("selected"));
    selected.insert(QStringLiteral("certificationIds"), QJsonArray{kCcna, kEncor});
    const QString selectedId = created(selected).value(QLatin1String("id")).toString();

    const QString ccent = QStringLiteral("CCENT (CCENT)");
    const QString ccna = QStringLiteral("CCNA Routing and Switching (CCNA)");
    const QString encor = QStringLiteral("Cisco Certified Specialist - Enterprise Core (ENCOR)");
    const QString ccnp = QStringLiteral("CCNP Enterprise (CCNP)");
    // The expired CCIE is never shown.
    QCOMPARE(names(publicJson(active)), (QStringList{ccent, ccna, encor}));
    QCOMPARE(names(publicJson(allNewId)), (QStringList{ccna}));
    QCOMPARE(names(publicJson(allNewDefault)), (QStringList{ccent, ccna, encor}));
    QCOMPARE(names(publicJson(selectedId)), (QStringList{ccna, encor}));

    // Grouped by track, with dates.
    const auto page = publicJson(active);
    for (const auto &entry : page.certifications) {
        QVERIFY(!entry.track.isEmpty());
        QVERIFY(entry.date.isValid());
    }
    const HttpResult html = publicHtml(active);
    QVERIFY(html.body.contains("General Certifications - Associate"));
    QVERIFY(html.body.contains("Certification Name"));
    QVERIFY(!html.body.contains("CCIE"));

    grantCertification(QStringLiteral("ccnp-enterprise"));
    QCOMPARE(names(publicJson(active)), (QStringList{ccent, ccna, ccnp, encor}));
    QCOMPARE(names(publicJson(allNewId)), (QStringList{ccna, ccnp}));
    QCOMPARE(names(publicJson(allNewDefault)), (QStringList{ccent, ccna, ccnp, encor}));
    QCOMPARE(names(publicJson(selectedId)), (QStringList{ccna, encor}));
    QVERIFY(publicHtml(selectedId).body.contains("Cisco Certified Specialist"));
    QVERIFY(!publicHtml(selectedId).body.contains("CCNP"));
    QVERIFY(publicHtml(allNewId).body.contains("CCNP Enterprise"));
}

void TestServerTranscripts::publicViewsCountAndPreviewsDoNot() {
    const QString id = created(basic()).value(QLatin1String("id")).toString();
    const QUrl preview =
        m_server.apiUrl(QStringLiteral("me/transcripts/") + id + QStringLiteral("/preview"));
    const HttpResult html = m_http->get(preview, bearer(m_token));
    QCOMPARE(html.status, 200);
    QVERIFY(html.body.contains("The following information has been provided to you by John Doe"));
    QCOMPARE(m_http
                 ->get(preview, {{"Authorization", "Bearer " + m_token.toLatin1()},
                                 {"Accept", "application/json"}})
                 .json()
                 .object()
                 .value(QLatin1String("id"))
                 .toString(),
             id);
    QCOMPARE(m_http->get(preview).status, 401);
    QJsonObject t = owned(id);
    QCOMPARE(t.value(QLatin1String("views")).toInt(), 0);
    QVERIFY(t.value(QLatin1String("lastViewed")).isNull());

    QCOMPARE(publicHtml(id).status, 200);
    QCOMPARE(publicJson(id).id, id);
    m_http->get(preview, bearer(m_token));
    t = owned(id);
    QCOMPARE(t.value(QLatin1String("views")).toInt(), 2);
    const QDateTime lastViewed =
        certtrack::domain::parseInstant(t.value(QLatin1String("lastViewed")).toString());
    // The server's clock started at defaultNow and runs from there.
    QVERIFY(lastViewed >= TestServer::defaultNow());
    QVERIFY(lastViewed < TestServer::defaultNow().addSecs(3600));
    // Lower case is the same id (base32 is read without case).
    QCOMPARE(publicHtml(id.toLower()).status, 200);
    QCOMPARE(owned(id).value(QLatin1String("views")).toInt(), 3);
}

void TestServerTranscripts::unknownIdsAre404Pages() {
    HttpResult html = publicHtml(QStringLiteral("0000000000000000"));
    QCOMPARE(html.status, 404);
    QVERIFY(html.header("Content-Type").startsWith("text/html"));
    QVERIFY(html.body.contains("No such transcript"));
    QUrl url = m_server.baseUrl();
    url.setPath(QStringLiteral("/transcripts/not-an-id"));
    const HttpResult json = m_http->get(url, {{"Accept", "application/json"}});
    QCOMPARE(json.status, 404);
    QCOMPARE(json.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(m_http
                 ->get(m_server.apiUrl(QStringLiteral("me/transcripts/0000000000000000")),
                       bearer(m_token))
                 .status,
             404);
}

void TestServerTranscripts::deactivatedIs410SayingSince() {
    const QString id = created(basic()).value(QLatin1String("id")).toString();
    const QUrl url = m_server.apiUrl(QStringLiteral("me/transcripts/") + id);
    const HttpResult done = m_http->request(
        "POST",
        m_server.apiUrl(QStringLiteral("me/transcripts/") + id + QStringLiteral("/deactivate")),
        bearer(m_token));
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json().object().value(QLatin1String("state")).toString(),
             QStringLiteral("deactivated"));
    QCOMPARE(owned(id).value(QLatin1String("state")).toString(), QStringLiteral("deactivated"));
    const int views = owned(id).value(QLatin1String("views")).toInt();

    const HttpResult html = publicHtml(id);
    QCOMPARE(html.status, 410);
    QVERIFY(html.body.contains("This transcript has been deactivated"));
    QVERIFY(html.body.contains("Monday, November 2, 2026"));
    QVERIFY(!html.body.contains("CCNA"));
    QUrl page = m_server.baseUrl();
    page.setPath(QStringLiteral("/transcripts/") + id);
    const HttpResult json = m_http->get(page, {{"Accept", "application/json"}});
    QCOMPARE(json.status, 410);
    QVERIFY(json.json()
                .object()
                .value(QLatin1String("detail"))
                .toString()
                .contains(QStringLiteral("2026-11-02")));
    QCOMPARE(owned(id).value(QLatin1String("views")).toInt(), views);

    // Deactivating again keeps it so; editing and sharing are refused.
    QCOMPARE(m_http
                 ->request("POST",
                           m_server.apiUrl(QStringLiteral("me/transcripts/") + id +
                                           QStringLiteral("/deactivate")),
                           bearer(m_token))
                 .status,
             200);
    auto headers = jsonHeaders(m_token, "application/merge-patch+json");
    headers.append({"If-Match", m_http->get(url, bearer(m_token)).header("ETag")});
    QCOMPARE(m_http->request("PATCH", url, headers, "{\"remarks\":\"x\"}").status, 409);
    QCOMPARE(m_http
                 ->request("POST",
                           m_server.apiUrl(QStringLiteral("me/transcripts/") + id +
                                           QStringLiteral("/share")),
                           jsonHeaders(m_token), "{\"to\":\"hr@example.com\"}")
                 .status,
             409);
}

void TestServerTranscripts::shareMailsTheLinkAndExpiry() {
    const QString id = created(basic()).value(QLatin1String("id")).toString();
    const QString link = m_server.baseUrl().toString() + QStringLiteral("/transcripts/") + id;
    const QJsonObject preview =
        getObject(*m_http, m_server,
                  QStringLiteral("me/transcripts/") + id + QStringLiteral("/email"), m_token);
    QCOMPARE(preview.value(QLatin1String("subject")).toString(),
             QStringLiteral("CertTrack - Transcript for John Doe"));
    QVERIFY(preview.value(QLatin1String("body")).toString().contains(link));

    const QStringList before = outboxFiles();
    const HttpResult sent = m_http->request(
        "POST", m_server.apiUrl(QStringLiteral("me/transcripts/") + id + QStringLiteral("/share")),
        jsonHeaders(m_token), "{\"to\":\"hr@example.com\"}");
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.json().object().value(QLatin1String("to")).toString(),
             QStringLiteral("hr@example.com"));
    QStringList after = outboxFiles();
    QCOMPARE(after.size(), before.size() + 1);
    for (const QString &name : before)
        after.removeAll(name);
    QFile file(QDir(m_server.outboxDir()).filePath(after.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString eml = QString::fromUtf8(file.readAll());
    QVERIFY(eml.contains(QStringLiteral("To: hr@example.com\r\n")));
    QVERIFY(eml.contains(QStringLiteral("Subject: CertTrack - Transcript for John Doe\r\n")));
    QVERIFY(eml.contains(QStringLiteral("This email was sent because we received a request to have "
                                        "transcript information for John Doe emailed to you.")));
    QVERIFY(
        eml.contains(QStringLiteral("Please click the following link to view transcript ") + id));
    QVERIFY(eml.contains(link + QStringLiteral("\r\n")));
    QVERIFY(eml.contains(
        QStringLiteral("This transcript currently expires on Wednesday, June 30, 2027.")));
}

void TestServerTranscripts::shareRefusesBadAddressesAndIsLimited() {
    const QString id = created(basic()).value(QLatin1String("id")).toString();
    const QUrl url =
        m_server.apiUrl(QStringLiteral("me/transcripts/") + id + QStringLiteral("/share"));
    const QStringList before = outboxFiles();
    for (const QByteArray &body :
         {QByteArray("{\"to\":\"\"}"), QByteArray("{\"to\":\"not an address\"}"),
          QByteArray("{\"to\":\"hr@example.com\\r\\nBcc: all@example.com\"}"),
          QByteArray("{\"to\":\"hr@\"}"), QByteArray("{\"to\":42}"), QByteArray("{}")}) {
        const HttpResult result = m_http->request("POST", url, jsonHeaders(m_token), body);
        QCOMPARE(result.status, 422);
        QCOMPARE(errorFields(result), QStringList{QStringLiteral("to")});
    }
    QCOMPARE(outboxFiles(), before);

    // One was sent by the test before; the hour allows ten.
    int sent = 1;
    HttpResult result;
    while (sent < 20) {
        result = m_http->request("POST", url, jsonHeaders(m_token), "{\"to\":\"hr@example.com\"}");
        if (result.status != 200)
            break;
        ++sent;
    }
    QCOMPARE(result.status, 429);
    QCOMPARE(sent, 10);
    QVERIFY(result.header("Retry-After").toInt() > 0);
    QCOMPARE(outboxFiles().size(), before.size() + 9);
}

void TestServerTranscripts::anotherCandidateCannotReachIt() {
    const QString id = created(basic()).value(QLatin1String("id")).toString();
    const QString base = QStringLiteral("me/transcripts/") + id;
    QCOMPARE(m_http->get(m_server.apiUrl(base), bearer(m_otherToken)).status, 404);
    QCOMPARE(m_http->get(m_server.apiUrl(base + QStringLiteral("/preview")), bearer(m_otherToken))
                 .status,
             404);
    QCOMPARE(
        m_http->get(m_server.apiUrl(base + QStringLiteral("/email")), bearer(m_otherToken)).status,
        404);
    auto headers = jsonHeaders(m_otherToken, "application/merge-patch+json");
    headers.append({QByteArray("If-Match"), QByteArray("*")});
    QCOMPARE(m_http->request("PATCH", m_server.apiUrl(base), headers, "{\"remarks\":\"x\"}").status,
             404);
    QCOMPARE(m_http
                 ->request("POST", m_server.apiUrl(base + QStringLiteral("/deactivate")),
                           bearer(m_otherToken))
                 .status,
             404);
    QCOMPARE(m_http
                 ->request("POST", m_server.apiUrl(base + QStringLiteral("/share")),
                           jsonHeaders(m_otherToken), "{\"to\":\"hr@example.com\"}")
                 .status,
             404);
    QCOMPARE(
        find(items(getObject(*m_http, m_server, QStringLiteral("me/transcripts"), m_otherToken)),
             QStringLiteral("id"), id),
        QJsonObject());
    const QJsonObject mine = owned(id);
    QCOMPARE(mine.value(QLatin1String("state")).toString(), QStringLiteral("active"));
    QCOMPARE(mine.value(QLatin1String("remarks")).toString(),
             QStringLiteral("Interview on Friday"));
}

void TestServerTranscripts::expiryFollowsTheServerClock() {
    QJsonObject fields = basic();
    fields.insert(QStringLiteral("expires"), QStringLiteral("2026-11-03"));
    const QString id = created(fields).value(QLatin1String("id")).toString();
    QCOMPARE(publicHtml(id).status, 200);

    // The day after "expires after", the link is gone.
    QVERIFY(m_server.restart(TestServer::defaultNow().addDays(2)));
    m_token = m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword);
    const HttpResult html = publicHtml(id);
    QCOMPARE(html.status, 410);
    QVERIFY(html.body.contains("This transcript has expired"));
    QVERIFY(html.body.contains("Tuesday, November 3, 2026"));
    QVERIFY(html.body.contains("since Wednesday, November 4, 2026"));
    QCOMPARE(owned(id).value(QLatin1String("state")).toString(), QStringLiteral("expired"));
    QCOMPARE(m_http
                 ->get(m_server.apiUrl(QStringLiteral("me/transcripts/") + id +
                                       QStringLiteral("/preview")),
                       bearer(m_token))
                 .status,
             410);
}

void TestServerTranscripts::guessingIdsIsThrottledPerAddress() {
    const QString real = created(basic()).value(QLatin1String("id")).toString();
    QCOMPARE(publicHtml(real).status, 200);
    int misses = 0;
    HttpResult result;
    for (int i = 0; i < 30; ++i) {
        result = publicHtml(QStringLiteral("ZZZZZZZZZZZZZZ%1").arg(i, 2, 10, QLatin1Char('0')));
        if (result.status != 404)
            break;
        ++misses;
    }
    QCOMPARE(result.status, 429);
    QCOMPARE(misses, 10);
    const int retryAfter = result.header("Retry-After").toInt();
    QVERIFY(retryAfter > 0);
    QVERIFY(retryAfter <= 600);
    // While throttled, even a real id is not looked up.
    QCOMPARE(publicHtml(real).status, 429);
    // The owner's API is not affected.
    QCOMPARE(owned(real).value(QLatin1String("id")).toString(), real);
}

QTEST_GUILESS_MAIN(TestServerTranscripts)
#include "TestServerTranscripts.moc"
