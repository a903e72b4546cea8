// Personal Info writes against a real certtrackd: PATCH /api/v1/me/settings and
// /api/v1/me/attributes as JSON merge patches with If-Match (428, 412 with the current ETag),
// the answers and confirmation date they leave, the job title's rules (trimmed, 1-100 characters
// of any script), the refusal of read-only attributes with field errors, and bad bodies.
#include "ServerTestSupport.h"

#include <QJsonDocument>

using namespace certtrack::test;

namespace {

const QString kOtherLogin = QStringLiteral("CSCO10000001");

QStringList errorFields(const HttpResult &result) {
    QStringList fields;
    for (const QJsonValue &error : result.json().object().value(QLatin1String("errors")).toArray())
        fields.append(error.toObject().value(QLatin1String("field")).toString());
    fields.sort();
    return fields;
}

QString answerOf(const QJsonObject &settings, const QString &questionId) {
    const QJsonObject question = find(settings.value(QLatin1String("questions")).toArray(),
                                      QStringLiteral("id"), questionId);
    const QJsonValue answer = question.value(QLatin1String("answer"));
    return answer.isNull() ? QStringLiteral("null")
                           : (answer.toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
}

QString valueOf(const QJsonObject &attributes, const QString &id) {
    return find(items(attributes), QStringLiteral("id"), id)
        .value(QLatin1String("value"))
        .toString();
}

QJsonObject allAnswered(bool answer) {
    QJsonObject patch;
    for (const char *id : {"ciscoEmployee", "partnerOrReseller", "emailNotifications",
                           "netAcademyStudent", "verificationConsent"})
        patch.insert(QString::fromLatin1(id), answer);
    return patch;
}

} // namespace

class TestServerPersonalInfo : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void settingsNeedTheCurrentEtag();
    void settingsSaveAnswersAndConfirmToday();
    void settingsRefuseBadAnswers_data();
    void settingsRefuseBadAnswers();
    void settingsRefuseBadBodies();
    void jobTitleIsTrimmedAndTakesAnyScript();
    void jobTitleLengthIsChecked_data();
    void jobTitleLengthIsChecked();
    void jobTitleWithALoneSurrogateIsRefused();
    void readOnlyAttributesAreRefusedByField();
    void attributesNeedTheCurrentEtag();
    void anotherCandidateIsUntouched();

private:
    HttpResult patch(const QString &path, const QJsonObject &body, const QByteArray &etag,
                     const QByteArray &type = "application/merge-patch+json");
    HttpResult patchRaw(const QString &path, const QByteArray &body, const QByteArray &etag,
                        const QByteArray &type);
    QByteArray etagOf(const QString &path);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QString m_token;
    QString m_otherToken;
};

void TestServerPersonalInfo::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http = std::make_unique<TestHttp>(m_server.caFile());
    m_token = m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword);
    m_otherToken = m_http->passwordToken(m_server.baseUrl(), kOtherLogin, kDemoPassword);
    QVERIFY(!m_token.isEmpty());
    QVERIFY(!m_otherToken.isEmpty());
}

HttpResult TestServerPersonalInfo::patchRaw(const QString &path, const QByteArray &body,
                                            const QByteArray &etag, const QByteArray &type) {
    auto headers = bearer(m_token);
    headers.append({"Content-Type", type});
    if (!etag.isEmpty())
        headers.append({"If-Match", etag});
    return m_http->request("PATCH", m_server.apiUrl(path), headers, body);
}

HttpResult TestServerPersonalInfo::patch(const QString &path, const QJsonObject &body,
                                         const QByteArray &etag, const QByteArray &type) {
    return patchRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), etag, type);
}

QByteArray TestServerPersonalInfo::etagOf(const QString &path) {
    const HttpResult result = m_http->get(m_server.apiUrl(path), bearer(m_token));
    return result.status == 200 ? result.header("ETag") : QByteArray();
}

void TestServerPersonalInfo::settingsNeedTheCurrentEtag() {
    const QString path = QStringLiteral("me/settings");
    const QByteArray before = etagOf(path);
    QVERIFY(!before.isEmpty());

    const HttpResult missing = patch(path, allAnswered(true), {});
    QCOMPARE(missing.status, 428);

    const HttpResult stale = patch(path, allAnswered(true), "\"0000000000000000\"");
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.header("ETag"), before);
    QVERIFY(stale.header("Content-Type").startsWith("application/problem+json"));
    // Nothing was written by the refused edits.
    QCOMPARE(etagOf(path), before);

    const HttpResult weak = patch(path, allAnswered(true), "W/" + before);
    QCOMPARE(weak.status, 412);
}

void TestServerPersonalInfo::settingsSaveAnswersAndConfirmToday() {
    const QString path = QStringLiteral("me/settings");
    const QJsonObject before = getObject(*m_http, m_server, path, m_token);
    QVERIFY(before.value(QLatin1String("confirmedOn")).isNull());

    QJsonObject answers = allAnswered(false);
    answers.insert(QStringLiteral("verificationConsent"), true);
    const HttpResult saved = patch(path, answers, etagOf(path));
    QCOMPARE(saved.status, 200);
    const QJsonObject after = saved.json().object();
    QCOMPARE(after.value(QLatin1String("confirmedOn")).toString(),
             TestServer::defaultNow().date().toString(Qt::ISODate));
    QCOMPARE(answerOf(after, QStringLiteral("verificationConsent")), QStringLiteral("yes"));
    QCOMPARE(answerOf(after, QStringLiteral("ciscoEmployee")), QStringLiteral("no"));
    // The answer's ETag is the one a GET now gives: the next edit can use it directly.
    QCOMPARE(saved.header("ETag"), etagOf(path));
    QCOMPARE(getObject(*m_http, m_server, path, m_token), after);

    // A merge patch changes only what it names.
    const HttpResult one =
        patch(path, QJsonObject{{QStringLiteral("ciscoEmployee"), true}}, saved.header("ETag"));
    QCOMPARE(one.status, 200);
    QCOMPARE(answerOf(one.json().object(), QStringLiteral("ciscoEmployee")), QStringLiteral("yes"));
    QCOMPARE(answerOf(one.json().object(), QStringLiteral("verificationConsent")),
             QStringLiteral("yes"));
    QCOMPARE(answerOf(one.json().object(), QStringLiteral("emailNotifications")),
             QStringLiteral("no"));
}

void TestServerPersonalInfo::settingsRefuseBadAnswers_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("unknown question") << QByteArray(R"({"favouriteColour":true})")
                                      << QStringList{QStringLiteral("favouriteColour")};
    QTest::newRow("text answer") << QByteArray(R"({"ciscoEmployee":"yes"})")
                                 << QStringList{QStringLiteral("ciscoEmployee")};
    QTest::newRow("number answer")
        << QByteArray(R"({"ciscoEmployee":1})") << QStringList{QStringLiteral("ciscoEmployee")};
    QTest::newRow("required cleared") << QByteArray(R"({"verificationConsent":null})")
                                      << QStringList{QStringLiteral("verificationConsent")};
}

void TestServerPersonalInfo::settingsRefuseBadAnswers() {
    QFETCH(QByteArray, body);
    QFETCH(QStringList, fields);
    const QString path = QStringLiteral("me/settings");
    // Answer everything first, so only the row's own fault is left to report.
    QCOMPARE(patch(path, allAnswered(true), etagOf(path)).status, 200);
    const QByteArray etag = etagOf(path);
    const HttpResult refused = patchRaw(path, body, etag, "application/merge-patch+json");
    QCOMPARE(refused.status, 422);
    QCOMPARE(errorFields(refused), fields);
    QCOMPARE(etagOf(path), etag);
}

void TestServerPersonalInfo::settingsRefuseBadBodies() {
    const QString path = QStringLiteral("me/settings");
    const QByteArray etag = etagOf(path);
    QCOMPARE(patchRaw(path, "{\"ciscoEmployee\":tru", etag, "application/merge-patch+json").status,
             400);
    QCOMPARE(patchRaw(path, "[true]", etag, "application/merge-patch+json").status, 400);
    QCOMPARE(patchRaw(path, "ciscoEmployee=true", etag, "application/x-www-form-urlencoded").status,
             415);
    const HttpResult anonymous = m_http->request(
        "PATCH", m_server.apiUrl(path),
        {{"Content-Type", "application/merge-patch+json"}, {"If-Match", etag}}, "{}");
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(etagOf(path), etag);
}

void TestServerPersonalInfo::jobTitleIsTrimmedAndTakesAnyScript() {
    const QString path = QStringLiteral("me/attributes");
    HttpResult saved = patch(
        path, {{QStringLiteral("jobTitle"), QStringLiteral("  Court Jester  ")}}, etagOf(path));
    QCOMPARE(saved.status, 200);
    QCOMPARE(valueOf(saved.json().object(), QStringLiteral("jobTitle")),
             QStringLiteral("Court Jester"));
    const QString cjk = QStringLiteral("网络工程师");
    saved = patch(path, {{QStringLiteral("jobTitle"), cjk}}, saved.header("ETag"));
    QCOMPARE(saved.status, 200);
    QCOMPARE(valueOf(getObject(*m_http, m_server, path, m_token), QStringLiteral("jobTitle")), cjk);
    // Read-only values are unchanged by the write.
    QCOMPARE(valueOf(saved.json().object(), QStringLiteral("netAcademyId")),
             QStringLiteral("8682608"));
}

void TestServerPersonalInfo::jobTitleLengthIsChecked_data() {
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("status");
    QTest::newRow("empty") << QJsonValue(QString()) << 422;
    QTest::newRow("only spaces") << QJsonValue(QStringLiteral("    ")) << 422;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 422;
    QTest::newRow("number") << QJsonValue(42) << 422;
    QTest::newRow("101 letters") << QJsonValue(QString(101, QLatin1Char('a'))) << 422;
    QTest::newRow("100 letters") << QJsonValue(QString(100, QLatin1Char('a'))) << 200;
    QTest::newRow("one letter") << QJsonValue(QStringLiteral("x")) << 200;
    // 100 characters outside the BMP are 200 UTF-16 units: still 100 characters.
    QString emoji;
    for (int i = 0; i < 100; ++i)
        emoji += QString::fromUcs4(U"\U0001F600", 1);
    QTest::newRow("100 astral characters") << QJsonValue(emoji) << 200;
    QTest::newRow("control character") << QJsonValue(QStringLiteral("a\x01b")) << 422;
}

void TestServerPersonalInfo::jobTitleLengthIsChecked() {
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    const QString path = QStringLiteral("me/attributes");
    const HttpResult result = patch(path, {{QStringLiteral("jobTitle"), value}}, etagOf(path));
    QCOMPARE(result.status, status);
    if (status == 422)
        QCOMPARE(errorFields(result), QStringList{QStringLiteral("jobTitle")});
}

void TestServerPersonalInfo::jobTitleWithALoneSurrogateIsRefused() {
    const QString path = QStringLiteral("me/attributes");
    const QString before =
        valueOf(getObject(*m_http, m_server, path, m_token), QStringLiteral("jobTitle"));
    const HttpResult result = patchRaw(path, QByteArray("{\"jobTitle\":\"D\\ud800x\"}"),
                                       etagOf(path), "application/merge-patch+json");
    QCOMPARE(result.status, 422);
    QCOMPARE(errorFields(result), QStringList{QStringLiteral("jobTitle")});
    QVERIFY(QString::fromUtf8(result.body).contains(QLatin1String("Unicode")));
    QCOMPARE(valueOf(getObject(*m_http, m_server, path, m_token), QStringLiteral("jobTitle")),
             before);
}

void TestServerPersonalInfo::readOnlyAttributesAreRefusedByField() {
    const QString path = QStringLiteral("me/attributes");
    const QByteArray etag = etagOf(path);
    const HttpResult refused = patch(path,
                                     {{QStringLiteral("ccdeNumber"), QStringLiteral("2024::1")},
                                      {QStringLiteral("netAcademyId"), QStringLiteral("1")},
                                      {QStringLiteral("jobTitle"), QStringLiteral("Fine")}},
                                     etag);
    QCOMPARE(refused.status, 422);
    QVERIFY(refused.header("Content-Type").startsWith("application/problem+json"));
    QCOMPARE(errorFields(refused),
             (QStringList{QStringLiteral("ccdeNumber"), QStringLiteral("netAcademyId")}));
    const QJsonArray errors = refused.json().object().value(QLatin1String("errors")).toArray();
    QVERIFY(errors.first()
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("read-only")));
    // All or nothing: the valid job title was not written either.
    QCOMPARE(etagOf(path), etag);
    QCOMPARE(errorFields(patch(path, {{QStringLiteral("ccieNumber"), QStringLiteral("1")}}, etag)),
             QStringList{QStringLiteral("ccieNumber")});
    QCOMPARE(errorFields(patch(path, {{QStringLiteral("salary"), QStringLiteral("1")}}, etag)),
             QStringList{QStringLiteral("salary")});
}

void TestServerPersonalInfo::attributesNeedTheCurrentEtag() {
    const QString path = QStringLiteral("me/attributes");
    const QByteArray first = etagOf(path);
    const HttpResult saved =
        patch(path, {{QStringLiteral("jobTitle"), QStringLiteral("First edit")}}, first);
    QCOMPARE(saved.status, 200);
    // A second editor still holding the first ETag is told, not overwritten.
    const HttpResult stale =
        patch(path, {{QStringLiteral("jobTitle"), QStringLiteral("Second edit")}}, first);
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.header("ETag"), saved.header("ETag"));
    QCOMPARE(valueOf(getObject(*m_http, m_server, path, m_token), QStringLiteral("jobTitle")),
             QStringLiteral("First edit"));
    QCOMPARE(patch(path, {{QStringLiteral("jobTitle"), QStringLiteral("x")}}, {}).status, 428);
}

void TestServerPersonalInfo::anotherCandidateIsUntouched() {
    const QJsonObject attributes =
        getObject(*m_http, m_server, QStringLiteral("me/attributes"), m_otherToken);
    QCOMPARE(valueOf(attributes, QStringLiteral("jobTitle")), QStringLiteral("Network Engineer"));
    const QJsonObject settings =
        getObject(*m_http, m_server, QStringLiteral("me/settings"), m_otherToken);
    QCOMPARE(answerOf(settings, QStringLiteral("ciscoEmployee")), QStringLiteral("no"));
}

QTEST_GUILESS_MAIN(TestServerPersonalInfo)
#include "TestServerPersonalInfo.moc"
