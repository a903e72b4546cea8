// Certifications in depth on a real certtrackd: the seed's rules (all-of, any-N, CE thresholds,
// renewal through a higher certification, one expiring today), the recertification plan by the
// server clock, and the logo gate (403 before acceptance, acceptance kept across restarts,
// another candidate's logo not found).
#include "ServerTestSupport.h"

#include "domain/Json.h"
#include "domain/RecertificationPlan.h"

#include <QJsonDocument>
#include <QTest>

using namespace certtrack;
using namespace certtrack::test;

namespace {

const QString kAmira = QStringLiteral("CSCO10000001");

const QJsonObject entryOf(const QJsonObject &plan, const QString &certificationId) {
    return find(items(plan), QStringLiteral("certificationId"), certificationId);
}

QStringList labels(const QJsonObject &progress) {
    QStringList result{QStringLiteral("%1 - (%2 / %3)")
                           .arg(progress.value(QLatin1String("number")).toString())
                           .arg(progress.value(QLatin1String("achieved")).toInt())
                           .arg(progress.value(QLatin1String("required")).toInt())};
    for (const QJsonValue &child : progress.value(QLatin1String("children")).toArray())
        result += labels(child.toObject());
    return result;
}

} // namespace

class TestServerCertifications : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void seedExercisesEveryRuleKind();
    void planByTheServerClock();
    void renewalThroughAHigherCertification();
    void logoArtworkNeedsAcceptance();
    void acceptanceRefusesBadBodies_data();
    void acceptanceRefusesBadBodies();
    void anotherCandidatesLogoIsNotFound();
    void acceptanceSurvivesARestart();
    void expiringTodayIsActiveUntilTomorrow();

private:
    QJsonObject get(const QString &path, const QString &token) {
        return getObject(*m_http, m_server, path, token);
    }
    HttpResult accept(const QString &token, const QByteArray &body,
                      const QByteArray &type = "application/json") {
        auto headers = bearer(token);
        headers.append({"Content-Type", type});
        return m_http->request("POST", m_server.apiUrl(QStringLiteral("me/logos/acceptance")),
                               headers, body);
    }
    void signIn() {
        m_john = m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword);
        m_amira = m_http->passwordToken(m_server.baseUrl(), kAmira, kDemoPassword);
        QVERIFY(!m_john.isEmpty() && !m_amira.isEmpty());
    }

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QString m_john;
    QString m_amira;
};

void TestServerCertifications::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http = std::make_unique<TestHttp>(m_server.caFile());
    signIn();
}

void TestServerCertifications::seedExercisesEveryRuleKind() {
    // John's CCNA: any one of the exam or 30 CE credits, with the guide's 10 credits.
    const QJsonObject ccna = get(QStringLiteral("me/certifications/crt-10000000-ccna"), m_john);
    QCOMPARE(labels(ccna.value(QLatin1String("progress")).toObject()),
             (QStringList{QStringLiteral("1 - (0 / 1)"), QStringLiteral("1.1 - (0 / 1)"),
                          QStringLiteral("1.2 - (10 / 30)")}));
    QCOMPARE(ccna.value(QLatin1String("durationMonths")).toInt(), 36);
    QVERIFY(ccna.value(QLatin1String("renewedBy")).toArray().isEmpty());

    // Amira's CCNP: any one of three, the third all-of a nested any-1 and 40 credits.
    const QJsonObject ccnp = get(QStringLiteral("me/certifications/crt-10000001-ccnp"), m_amira);
    const QStringList ccnpLabels = labels(ccnp.value(QLatin1String("progress")).toObject());
    QVERIFY2(ccnpLabels.contains(QStringLiteral("1.2 - (16 / 80)")),
             qPrintable(ccnpLabels.join(QLatin1Char(','))));
    QVERIFY(ccnpLabels.contains(QStringLiteral("1.3 - (0 / 2)")));
    QVERIFY(ccnpLabels.contains(QStringLiteral("1.3.1.3 - (0 / 1)")));
    QVERIFY(ccnpLabels.contains(QStringLiteral("1.3.2 - (16 / 40)")));

    // Her Enterprise Design specialist: any two of three, the ENCOR pass already one of them.
    const QJsonObject design = get(QStringLiteral("me/certifications/crt-10000001-ensld"), m_amira);
    QCOMPARE(labels(design.value(QLatin1String("progress")).toObject()),
             (QStringList{QStringLiteral("1 - (1 / 2)"), QStringLiteral("1.1 - (0 / 1)"),
                          QStringLiteral("1.2 - (1 / 1)"), QStringLiteral("1.3 - (16 / 40)")}));
    QCOMPARE(design.value(QLatin1String("expires")).toString(),
             domain::formatDate(TestServer::defaultNow().date()));
    QCOMPARE(design.value(QLatin1String("status")).toString(), QStringLiteral("active"));
}

void TestServerCertifications::planByTheServerClock() {
    const QJsonObject plan = get(QStringLiteral("me/recertification-plan"), m_amira);
    QString error;
    const auto decoded =
        domain::decodeDocument<domain::RecertificationPlan>(QJsonDocument(plan).toJson(), &error);
    QVERIFY2(decoded, qPrintable(error));
    const QDate today = TestServer::defaultNow().date();
    QCOMPARE(decoded->today, today);
    // Most urgent first: the specialist expiring today.
    const domain::RecertificationEntry &first = decoded->entries.constFirst();
    QCOMPARE(first.certificationId, QStringLiteral("crt-10000001-ensld"));
    QCOMPARE(first.daysLeft, 0);
    QVERIFY(first.flagged);
    QCOMPARE(first.options.size(), 2); // pass 300-420, or 24 more credits
    QCOMPARE(first.options.at(0).needs.constFirst().reference, QStringLiteral("300-420"));
    QCOMPARE(first.options.at(1).needs.constFirst().amount, 24);
    QCOMPARE(first.options.at(0).newExpiry, today.addMonths(36));
    QCOMPARE(first.expiryIfRenewedOnLastDay, today.addMonths(36));
    for (int i = 1; i < decoded->entries.size(); ++i)
        QVERIFY(decoded->entries.at(i - 1).daysLeft <= decoded->entries.at(i).daysLeft);

    // John's: CCNA renewed today gives today + 36 months, not 2028-12-08 + 36 months.
    const QJsonObject johns = get(QStringLiteral("me/recertification-plan"), m_john);
    const QJsonObject ccna = entryOf(johns, QStringLiteral("crt-10000000-ccna"));
    QCOMPARE(ccna.value(QLatin1String("expires")).toString(), QStringLiteral("2028-12-08"));
    QCOMPARE(ccna.value(QLatin1String("expiryIfRenewedOnLastDay")).toString(),
             QStringLiteral("2031-12-08"));
    const QJsonArray options = ccna.value(QLatin1String("options")).toArray();
    QCOMPARE(options.size(), 2);
    for (const QJsonValue &option : options)
        QCOMPARE(option.toObject().value(QLatin1String("newExpiry")).toString(),
                 domain::formatDate(today.addMonths(36)));
    // The expired CCIE is in the plan, after every active one, to be earned again.
    const QJsonObject ccie = entryOf(johns, QStringLiteral("crt-10000000-ccie"));
    QCOMPARE(ccie.value(QLatin1String("state")).toString(), QStringLiteral("expired"));
    QCOMPARE(items(johns).last().toObject(), ccie);
    // Each candidate's plan holds only their own certifications.
    for (const QJsonValue &entry : items(johns))
        QVERIFY(entry.toObject()
                    .value(QLatin1String("certificationId"))
                    .toString()
                    .startsWith(QLatin1String("crt-10000000-")));
}

void TestServerCertifications::renewalThroughAHigherCertification() {
    const QJsonObject ccna = get(QStringLiteral("me/certifications/crt-10000001-ccna"), m_amira);
    QCOMPARE(ccna.value(QLatin1String("renewedBy")).toArray(),
             QJsonArray{QStringLiteral("crt-10000001-ccnp")});
    const QJsonObject plan = get(QStringLiteral("me/recertification-plan"), m_amira);
    const QJsonArray options = entryOf(plan, QStringLiteral("crt-10000001-ccna"))
                                   .value(QLatin1String("options"))
                                   .toArray();
    const QJsonObject through = find(options, QStringLiteral("throughCertificationId"),
                                     QStringLiteral("crt-10000001-ccnp"));
    QVERIFY(!through.isEmpty());
    const QJsonObject need = through.value(QLatin1String("needs")).toArray().at(0).toObject();
    QCOMPARE(need.value(QLatin1String("kind")).toString(), QStringLiteral("renewal"));
    QCOMPARE(need.value(QLatin1String("title")).toString(),
             QStringLiteral("CCNP Enterprise (CCNP)"));
    const QJsonArray alsoRenews = entryOf(plan, QStringLiteral("crt-10000001-ccnp"))
                                      .value(QLatin1String("alsoRenews"))
                                      .toArray();
    QVERIFY(alsoRenews.contains(QStringLiteral("CCNA Routing and Switching (CCNA)")));
    QVERIFY(alsoRenews.contains(
        QStringLiteral("Cisco Certified Specialist - Enterprise Core (ENCOR)")));
}

void TestServerCertifications::expiringTodayIsActiveUntilTomorrow() {
    // Tomorrow, by the server clock: the specialist expired yesterday and can only be earned
    // again; the plan moves it behind every active certification.
    QVERIFY2(m_server.restart(TestServer::defaultNow().addDays(1)), qPrintable(m_server.error()));
    signIn();
    const QJsonObject design = get(QStringLiteral("me/certifications/crt-10000001-ensld"), m_amira);
    QCOMPARE(design.value(QLatin1String("status")).toString(), QStringLiteral("expired"));
    QCOMPARE(design.value(QLatin1String("downloads")).toObject().value(QLatin1String("logo")),
             QJsonValue(false));
    const QJsonObject plan = get(QStringLiteral("me/recertification-plan"), m_amira);
    const QJsonObject entry = entryOf(plan, QStringLiteral("crt-10000001-ensld"));
    QCOMPARE(entry.value(QLatin1String("daysLeft")).toInt(), -1);
    QCOMPARE(entry.value(QLatin1String("flagged")), QJsonValue(false));
    QCOMPARE(items(plan).last().toObject(), entry);
}

void TestServerCertifications::logoArtworkNeedsAcceptance() {
    const QJsonObject logos = get(QStringLiteral("me/logos"), m_john);
    QCOMPARE(logos.value(QLatin1String("guidelinesAccepted")), QJsonValue(false));
    QCOMPARE(items(logos).size(), 3); // what he holds now: CCENT, CCNA, the Specialist
    const QUrl artwork = m_server.apiUrl(QStringLiteral("me/logos/logo-10000000-5/artwork"));
    HttpResult refused = m_http->get(artwork, bearer(m_john));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
    QVERIFY(!refused.body.contains("<svg"));

    const HttpResult accepted = accept(m_john, R"({"accepted":true})");
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.json().object().value(QLatin1String("guidelinesAccepted")), QJsonValue(true));
    const QString at =
        accepted.json().object().value(QLatin1String("guidelinesAcceptedAt")).toString();
    QVERIFY(domain::parseInstant(at).isValid());

    const HttpResult svg = m_http->get(artwork, bearer(m_john));
    QCOMPARE(svg.status, 200);
    QVERIFY(svg.header("Content-Type").startsWith("image/svg+xml"));
    QVERIFY(svg.header("Content-Disposition")
                .contains("cisco-certified-specialist-enterprise-core.svg"));
    QVERIFY(svg.body.startsWith("<svg"));
    QVERIFY(svg.body.contains("Enterprise Core"));
    QVERIFY(!svg.header("ETag").isEmpty());

    // Accepting again keeps the first time.
    const HttpResult again = accept(m_john, R"({"accepted":true})");
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().object().value(QLatin1String("guidelinesAcceptedAt")).toString(), at);
    QCOMPARE(get(QStringLiteral("me/logos"), m_john).value(QLatin1String("guidelinesAccepted")),
             QJsonValue(true));
}

void TestServerCertifications::acceptanceRefusesBadBodies_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("status");
    QTest::newRow("declined") << QByteArray(R"({"accepted":false})")
                              << QByteArray("application/json") << 422;
    QTest::newRow("string true") << QByteArray(R"({"accepted":"true"})")
                                 << QByteArray("application/json") << 422;
    QTest::newRow("missing") << QByteArray("{}") << QByteArray("application/json") << 422;
    QTest::newRow("not json") << QByteArray("accepted=true") << QByteArray("application/json")
                              << 400;
    QTest::newRow("array") << QByteArray("[true]") << QByteArray("application/json") << 400;
    QTest::newRow("form") << QByteArray("accepted=true")
                          << QByteArray("application/x-www-form-urlencoded") << 415;
}

void TestServerCertifications::acceptanceRefusesBadBodies() {
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    QFETCH(int, status);
    // Chen has not accepted; a refused request must not accept for her.
    const QString chen =
        m_http->passwordToken(m_server.baseUrl(), QStringLiteral("CSCO10000002"), kDemoPassword);
    const HttpResult result = accept(chen, body, type);
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(get(QStringLiteral("me/logos"), chen).value(QLatin1String("guidelinesAccepted")),
             QJsonValue(false));
    QCOMPARE(
        m_http
            ->get(m_server.apiUrl(QStringLiteral("me/logos/logo-10000002-1/artwork")), bearer(chen))
            .status,
        403);
    // Without a token nothing is accepted either.
    QCOMPARE(m_http
                 ->request("POST", m_server.apiUrl(QStringLiteral("me/logos/acceptance")),
                           {{"Content-Type", "application/json"}}, R"({"accepted":true})")
                 .status,
             401);
}

void TestServerCertifications::anotherCandidatesLogoIsNotFound() {
    // Amira accepted long ago; John's logo id is still nothing to her, and the other way round.
    const HttpResult others = m_http->get(
        m_server.apiUrl(QStringLiteral("me/logos/logo-10000000-5/artwork")), bearer(m_amira));
    QCOMPARE(others.status, 404);
    const HttpResult none =
        m_http->get(m_server.apiUrl(QStringLiteral("me/logos/logo-none/artwork")), bearer(m_amira));
    QCOMPARE(none.status, 404);
    QCOMPARE(others.body, none.body);
    QCOMPARE(m_http
                 ->get(m_server.apiUrl(QStringLiteral("me/logos/logo-10000001-1/artwork")),
                       bearer(m_john))
                 .status,
             404);
    QCOMPARE(m_http
                 ->get(m_server.apiUrl(QStringLiteral("me/logos/logo-10000001-1/artwork")),
                       bearer(m_amira))
                 .status,
             200);
}

void TestServerCertifications::acceptanceSurvivesARestart() {
    QVERIFY2(m_server.restart(TestServer::defaultNow().addSecs(3600)),
             qPrintable(m_server.error()));
    signIn();
    QCOMPARE(get(QStringLiteral("me/logos"), m_john).value(QLatin1String("guidelinesAccepted")),
             QJsonValue(true));
    QCOMPARE(m_http
                 ->get(m_server.apiUrl(QStringLiteral("me/logos/logo-10000000-5/artwork")),
                       bearer(m_john))
                 .status,
             200);
    // The lapsed CCIE's artwork is not his to download, accepted guidelines or not.
    QCOMPARE(m_http
                 ->get(m_server.apiUrl(QStringLiteral("me/logos/logo-10000000-1/artwork")),
                       bearer(m_john))
                 .status,
             404);
}

QTEST_GUILESS_MAIN(TestServerCertifications)
#include "TestServerCertifications.moc"
