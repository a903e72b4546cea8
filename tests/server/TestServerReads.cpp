// Every /api/v1/me read of a real certtrackd against the demo seed, revalidation with ETags, and
// the wall between candidates.
#include "ServerTestSupport.h"

#include "domain/AccountData.h"
#include "domain/Json.h"

#include <QRegularExpression>
#include <QSet>

using namespace certtrack::test;

class TestServerReads : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void profile();
    void settings();
    void attributes();
    void identifiers();
    void programme();
    void exams();
    void agreements();
    void ceActivities();
    void transactions();
    void certifications();
    void ccnaDetail();
    void expiredCertificationDetail();
    void logos();
    void fulfillment();
    void transcripts();
    void badges();
    void everyReadDecodesWithTheDomainCodecs();
    void everyReadRevalidatesWithIfNoneMatch();
    void collectionsComeAPageAtATime_data();
    void collectionsComeAPageAtATime();
    void badPagingIsRefused_data();
    void badPagingIsRefused();
    void aNewItemChangesTheFirstPageAlone();
    void certificationDetailsComeTogether();
    void syncListsEachResourceWithItsETag();
    void otherCandidatesSeeTheirOwnData();
    void anotherCandidatesIdsAreNotFound();
    void restartKeepsDataAndDoesNotReseed();

private:
    QJsonObject get(const QString &path, const QString &token = {}) {
        return getObject(*m_http, m_server, path, token.isEmpty() ? m_token : token);
    }
    static QStringList readPaths();
    // A path as a client names it (relative to /api/v1/ unless it starts with "/", with its
    // query) as a URL on this server.
    QUrl urlOf(const QString &path) const {
        return m_server.baseUrl().resolved(
            QUrl(path.startsWith(QLatin1Char('/')) ? path : QStringLiteral("/api/v1/") + path));
    }
    // Every page of path, ?limit=N: each page's URL and ETag, first page first.
    QList<QPair<QString, QByteArray>> walkPages(const QString &path, int limit);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QString m_token;
    QDate m_today;
};

QStringList TestServerReads::readPaths() {
    return {QStringLiteral("me"),
            QStringLiteral("me/settings"),
            QStringLiteral("me/attributes"),
            QStringLiteral("me/identifiers"),
            QStringLiteral("programme"),
            QStringLiteral("me/exams"),
            QStringLiteral("me/agreements"),
            QStringLiteral("me/ce-activities"),
            QStringLiteral("me/transactions"),
            QStringLiteral("me/certifications"),
            QStringLiteral("me/certifications/crt-10000000-ccna"),
            QStringLiteral("me/certification-details"),
            QStringLiteral("me/logos"),
            QStringLiteral("me/fulfillment"),
            QStringLiteral("me/transcripts"),
            QStringLiteral("me/badges"),
            QStringLiteral("me/sync")};
}

void TestServerReads::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_today = TestServer::defaultNow().date();
    m_http = std::make_unique<TestHttp>(m_server.caFile());
    m_token = m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword);
    QVERIFY(!m_token.isEmpty());
}

void TestServerReads::profile() {
    const QJsonObject me = get(QStringLiteral("me"));
    QCOMPARE(me.value(QLatin1String("loginId")).toString(), kDemoLogin);
    QCOMPARE(me.value(QLatin1String("firstName")).toString(), QStringLiteral("John"));
    QCOMPARE(me.value(QLatin1String("lastName")).toString(), QStringLiteral("Doe"));
    QCOMPARE(me.value(QLatin1String("email")).toString(), QStringLiteral("CSCO10000000@gmail.com"));
    const QJsonObject address = me.value(QLatin1String("address")).toObject();
    QCOMPARE(address.value(QLatin1String("line1")).toString(), QStringLiteral("Test123test"));
    QCOMPARE(address.value(QLatin1String("line2")).toString(), QStringLiteral("Test2 Cor"));
    QCOMPARE(address.value(QLatin1String("line3")).toString(), QStringLiteral("Line 3 Cor"));
    QCOMPARE(address.value(QLatin1String("city")).toString(), QStringLiteral("City"));
    QCOMPARE(address.value(QLatin1String("stateProvince")).toString(),
             QStringLiteral("North Carolina"));
    QCOMPARE(address.value(QLatin1String("postalCode")).toString(), QStringLiteral("12345"));
    QCOMPARE(address.value(QLatin1String("country")).toString(), QStringLiteral("US"));
}

void TestServerReads::settings() {
    const QJsonObject settings = get(QStringLiteral("me/settings"));
    const QJsonArray questions = settings.value(QLatin1String("questions")).toArray();
    QCOMPARE(questions.size(), 5);
    const QStringList titles{
        QStringLiteral("Cisco Employee"), QStringLiteral("Cisco Partner or Reseller"),
        QStringLiteral("Email Notifications"), QStringLiteral("Net Academy Student"),
        QStringLiteral("Verification of Certification")};
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QJsonObject q = questions.at(i).toObject();
        QCOMPARE(q.value(QLatin1String("title")).toString(), titles.at(i));
        QCOMPARE(q.value(QLatin1String("required")).toBool(), true);
        // The demo account has not confirmed its settings yet.
        QVERIFY(q.value(QLatin1String("answer")).isNull());
    }
    QCOMPARE(questions.at(0).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("Are you a Cisco employee?"));
    QCOMPARE(questions.at(2).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("Would you like to receive emails about Cisco training, "
                            "certifications, services, special offerings, and events?"));
    const QString consent = questions.at(4).toObject().value(QLatin1String("text")).toString();
    QVERIFY(consent.startsWith(QLatin1String("Please refer to the Certification and "
                                             "Confidentiality Agreement")));
    QVERIFY(consent.contains(QLatin1String("(see, Section 7 \"Verification of Certification\")")));
    QVERIFY(consent.endsWith(QLatin1String("as otherwise permitted in the Certification and "
                                           "Confidentiality Agreement.")));
    QVERIFY(settings.value(QLatin1String("confirmedOn")).isNull());
}

void TestServerReads::attributes() {
    const QJsonArray list = items(get(QStringLiteral("me/attributes")));
    QCOMPARE(list.size(), 4);
    const QStringList labels{QStringLiteral("CCDE Number"), QStringLiteral("CCIE Number"),
                             QStringLiteral("Job Title"), QStringLiteral("Net Academy Id")};
    const QStringList values{QString(), QString(), QStringLiteral("Jester"),
                             QStringLiteral("8682608")};
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject a = list.at(i).toObject();
        QCOMPARE(a.value(QLatin1String("label")).toString(), labels.at(i));
        QCOMPARE(a.value(QLatin1String("value")).toString(), values.at(i));
        // Only the job title is the candidate's to change.
        QCOMPARE(a.value(QLatin1String("editable")).toBool(), i == 2);
    }
}

void TestServerReads::identifiers() {
    const QJsonArray list = items(get(QStringLiteral("me/identifiers")));
    const QList<QPair<QString, QString>> expected{
        {QStringLiteral("Login ID"), QStringLiteral("CSCO10000000")},
        {QStringLiteral("Cisco Systems, Inc."), QStringLiteral("CSCO10000000")},
        {QStringLiteral("Credly (Acclaim) Badging"), QStringLiteral("csc010000000@gmail.com")},
        {QStringLiteral("Vue Testing ID"), QStringLiteral("226754252")}};
    QCOMPARE(list.size(), expected.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        QCOMPARE(list.at(i).toObject().value(QLatin1String("label")).toString(),
                 expected.at(i).first);
        QCOMPARE(list.at(i).toObject().value(QLatin1String("value")).toString(),
                 expected.at(i).second);
    }
}

void TestServerReads::programme() {
    // The programme's own wording for the guide's "Cisco Identifiers" heading and the note above
    // Active Certifications, so the client holds none of it.
    const QJsonObject p = get(QStringLiteral("programme"));
    QCOMPARE(p.value(QLatin1String("name")).toString(), QStringLiteral("Cisco Systems, Inc."));
    QCOMPARE(p.value(QLatin1String("identifiersHeading")).toString(),
             QStringLiteral("Cisco Identifiers"));
    QVERIFY(
        p.value(QLatin1String("certificationsNotice"))
            .toString()
            .endsWith(QLatin1String("You can monitor all Partner Requirements in the PMA tool.")));
    // The header's links beside the user guide, in the programme's order.
    const QJsonArray links = p.value(QLatin1String("links")).toArray();
    QCOMPARE(links.size(), 2);
    QCOMPARE(links.at(0).toObject().value(QLatin1String("title")).toString(),
             QStringLiteral("Certification Online"));
    QCOMPARE(links.at(1).toObject().value(QLatin1String("title")).toString(),
             QStringLiteral("Support/FAQs"));
    for (const QJsonValue &link : links)
        QVERIFY(link.toObject()
                    .value(QLatin1String("url"))
                    .toString()
                    .startsWith(QLatin1String("https://")));
    // Only for a signed-in candidate, like every other read.
    QCOMPARE(m_http->get(m_server.apiUrl(QStringLiteral("programme"))).status, 401);
}

void TestServerReads::exams() {
    const QJsonObject page = get(QStringLiteral("me/exams"));
    QVERIFY(page.value(QLatin1String("nextCursor")).isNull());
    const QJsonArray list = items(page);
    // The guide's table, newest first: code, name, registration, grade, date, expires.
    const QList<QList<const char *>> expected{
        {"350-001", "CCIE Routing and Switching", "219142598", "pass", "2007-02-21", "2010-02-21"},
        {"350-001", "CCIE Routing and Switching", "UniqueRegNum_1000815", "pass", "2006-06-26",
         "2009-06-26"},
        {"350-001", "CCIE Routing and Switching", "n7dnt508", "fail", "2006-06-20", ""},
        {"350-018", "CCIE Security", "UniqueRegNum_1000809", "pass", "2006-01-01", "2009-01-01"},
        {"350-022", "CCIE DSL", "UniqueRegNum_1000515", "pass", "2004-01-05", "2007-01-05"},
        {"350-018", "CCIE Security", "UniqueRegNum_1003206", "pass", "2002-06-01", "2005-06-01"},
        {"350-001", "CCIE Routing and Switching", "UniqueRegNum_1025076", "pass", "2002-05-23",
         "2005-05-23"},
        {"350-001", "CCIE Routing and Switching", "UniqueRegNum_1030695", "pass", "2002-05-23",
         "2005-05-23"},
        {"350-002", "SNA Recert", "UniqueRegNum_1036453", "pass", "1999-03-25", "2002-03-25"},
        {"350-001", "CCIE Routing and Switching", "UniqueRegNum_1011693", "pass", "1995-10-04",
         "1998-10-04"},
    };
    QCOMPARE(list.size(), expected.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject exam = list.at(i).toObject();
        const QList<const char *> &row = expected.at(i);
        QCOMPARE(exam.value(QLatin1String("code")).toString(), QLatin1String(row.at(0)));
        QCOMPARE(exam.value(QLatin1String("name")).toString(), QLatin1String(row.at(1)));
        QCOMPARE(exam.value(QLatin1String("registrationNumber")).toString(),
                 QLatin1String(row.at(2)));
        QCOMPARE(exam.value(QLatin1String("grade")).toString(), QLatin1String(row.at(3)));
        QCOMPARE(exam.value(QLatin1String("date")).toString(), QLatin1String(row.at(4)));
        if (*row.at(5) == 0)
            QVERIFY(exam.value(QLatin1String("expires")).isNull()); // "Never"
        else
            QCOMPARE(exam.value(QLatin1String("expires")).toString(), QLatin1String(row.at(5)));
    }
}

void TestServerReads::agreements() {
    const QJsonArray list = items(get(QStringLiteral("me/agreements")));
    QCOMPARE(list.size(), 1);
    const QJsonObject a = list.first().toObject();
    QCOMPARE(a.value(QLatin1String("name")).toString(),
             QStringLiteral("Cisco Certification and Confidentiality Agreement"));
    QCOMPARE(a.value(QLatin1String("version")).toString(), QStringLiteral("V9"));
    QCOMPARE(a.value(QLatin1String("activeDate")).toString(), QStringLiteral("2006-06-20"));
    QVERIFY(a.value(QLatin1String("expires")).isNull());
    QVERIFY(!a.value(QLatin1String("text")).toString().isEmpty());
}

void TestServerReads::ceActivities() {
    const QJsonArray list = items(get(QStringLiteral("me/ce-activities")));
    QCOMPARE(list.size(), 2);
    const QJsonObject first = find(list, QStringLiteral("externalId"), QStringLiteral("1462600"));
    QVERIFY(!first.isEmpty());
    for (const QJsonValue &value : list) {
        const QJsonObject a = value.toObject();
        QCOMPARE(a.value(QLatin1String("name")).toString(), QStringLiteral("Cisco CE Credits"));
        QCOMPARE(a.value(QLatin1String("points")).toInt(), 5);
        QCOMPARE(a.value(QLatin1String("providerName")).toString(),
                 QStringLiteral("CDL 01 July CCNP"));
        QCOMPARE(a.value(QLatin1String("source")).toString(), QStringLiteral("CertMetrics"));
        QCOMPARE(a.value(QLatin1String("importSource")).toString(),
                 QStringLiteral("creq-20200214-200500.csv"));
        QVERIFY(a.value(QLatin1String("review")).isNull());
        // Moved with the clock: in force today, for the guide's three years, from 1 February.
        const QDate active =
            certtrack::domain::parseDate(a.value(QLatin1String("activeDate")).toString());
        QVERIFY(active <= m_today);
        QCOMPARE(active.month(), 2);
        QCOMPARE(active.day(), 1);
        QCOMPARE(a.value(QLatin1String("expires")).toString(),
                 certtrack::domain::formatDate(active.addYears(3)));
        QCOMPARE(a.value(QLatin1String("updated")).toString(),
                 certtrack::domain::formatDate(QDate(active.year(), 2, 24)));
    }
}

void TestServerReads::transactions() {
    const QJsonArray list = items(get(QStringLiteral("me/transactions")));
    QCOMPARE(list.size(), 3);
    const QJsonObject kit =
        find(list, QStringLiteral("orderId"), QStringLiteral("ORD-20191210-0811"));
    QCOMPARE(kit.value(QLatin1String("amount")).toObject().value(QLatin1String("amount")).toInt(),
             0);
    QCOMPARE(
        kit.value(QLatin1String("amount")).toObject().value(QLatin1String("currency")).toString(),
        QStringLiteral("USD"));
    QVERIFY(kit.value(QLatin1String("description")).toString().contains(QLatin1String("CCNA")));
    // Every transaction belongs to an order of the fulfilment history.
    const QJsonArray fulfillment = items(get(QStringLiteral("me/fulfillment")));
    for (const QJsonValue &value : list) {
        const QString order = value.toObject().value(QLatin1String("orderId")).toString();
        QVERIFY2(!find(fulfillment, QStringLiteral("orderId"), order).isEmpty(), qPrintable(order));
    }
}

void TestServerReads::certifications() {
    const QJsonObject page = get(QStringLiteral("me/certifications"));
    const QJsonArray list = items(page);
    const QJsonObject ccent = find(list, QStringLiteral("acronym"), QStringLiteral("CCENT"));
    const QJsonObject ccna = find(list, QStringLiteral("acronym"), QStringLiteral("CCNA"));
    QCOMPARE(ccent.value(QLatin1String("name")).toString(), QStringLiteral("CCENT"));
    QCOMPARE(ccent.value(QLatin1String("track")).toString(),
             QStringLiteral("General Certifications - Entry"));
    QCOMPARE(ccna.value(QLatin1String("name")).toString(),
             QStringLiteral("CCNA Routing and Switching"));
    QCOMPARE(ccna.value(QLatin1String("track")).toString(),
             QStringLiteral("General Certifications - Associate"));
    for (const QJsonObject &c : {ccent, ccna}) {
        QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("active"));
        // First granted in the guide's December 2019; the period in force moves with the clock.
        QCOMPARE(certtrack::domain::parseDate(c.value(QLatin1String("started")).toString()).year(),
                 2019);
        const QDate active =
            certtrack::domain::parseDate(c.value(QLatin1String("active")).toString());
        const QDate expires =
            certtrack::domain::parseDate(c.value(QLatin1String("expires")).toString());
        QVERIFY(active <= m_today && m_today < expires);
        QCOMPARE(expires, active.addYears(3));
        // The guide's month and day are kept; only the year moves.
        QCOMPARE(active.month(), 12);
        const QJsonObject downloads = c.value(QLatin1String("downloads")).toObject();
        QVERIFY(downloads.value(QLatin1String("logo")).toBool());
        QVERIFY(downloads.value(QLatin1String("pdfCertificate")).toBool());
    }
    QCOMPARE(certtrack::domain::parseDate(ccna.value(QLatin1String("active")).toString()).day(), 8);
    QCOMPARE(certtrack::domain::parseDate(ccent.value(QLatin1String("active")).toString()).day(),
             9);
    QCOMPARE(ccna.value(QLatin1String("verificationCode")).toString(), QStringLiteral("V7L4P3MC"));

    const QJsonObject ccie = find(list, QStringLiteral("acronym"), QStringLiteral("CCIE"));
    QCOMPARE(ccie.value(QLatin1String("status")).toString(), QStringLiteral("expired"));
    QCOMPARE(ccie.value(QLatin1String("expires")).toString(), QStringLiteral("2010-02-21"));
    // PDFs and logos only for certifications in force.
    QVERIFY(!ccie.value(QLatin1String("downloads"))
                 .toObject()
                 .value(QLatin1String("pdfCertificate"))
                 .toBool());
    const QJsonObject specialist =
        find(list, QStringLiteral("name"),
             QStringLiteral("Cisco Certified Specialist - Enterprise Core"));
    QCOMPARE(specialist.value(QLatin1String("status")).toString(), QStringLiteral("active"));
}

void TestServerReads::ccnaDetail() {
    const QJsonObject d = get(QStringLiteral("me/certifications/crt-10000000-ccna"));
    QCOMPARE(d.value(QLatin1String("acronym")).toString(), QStringLiteral("CCNA"));
    QCOMPARE(d.value(QLatin1String("ceCreditsLabel")).toString(),
             QStringLiteral("Cisco CE Credits"));

    QString error;
    certtrack::domain::JsonReader reader(d.value(QLatin1String("progress")).toObject(), QString(),
                                         &error);
    const auto progress = certtrack::domain::RequirementProgress::fromJson(reader);
    QVERIFY2(reader.ok(), qPrintable(error));
    QCOMPARE(progress.label(), QStringLiteral("1 - (0 / 1)"));
    QCOMPARE(progress.children.size(), 2);
    QCOMPARE(progress.children.at(0).label(), QStringLiteral("1.1 - (0 / 1)"));
    QCOMPARE(certtrack::domain::toString(progress.children.at(0).kind), QStringLiteral("exam"));
    QCOMPARE(progress.children.at(1).label(), QStringLiteral("1.2 - (10 / 30)"));
    QCOMPARE(certtrack::domain::toString(progress.children.at(1).kind),
             QStringLiteral("ceCredits"));

    const QJsonArray credits = d.value(QLatin1String("ceCredits")).toArray();
    QCOMPARE(credits.size(), 2);
    for (const QJsonValue &value : credits) {
        const QJsonObject c = value.toObject();
        QCOMPARE(c.value(QLatin1String("points")).toInt(), 5);
        QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("Active"));
        const QDate from =
            certtrack::domain::parseDate(c.value(QLatin1String("activeDate")).toString());
        QCOMPARE(c.value(QLatin1String("inactiveDate")).toString(),
                 certtrack::domain::formatDate(from.addYears(3)));
    }
    // Granted in 2019 and renewed each period since, up to the one in force (2025-12-08 on the
    // tests' clock): newest first, so the history agrees with the dates the table shows.
    const QJsonArray history = d.value(QLatin1String("history")).toArray();
    QCOMPARE(history.size(), 3);
    const auto entry = [&history](int i, const char *key) {
        return history.at(i).toObject().value(QLatin1String(key)).toString();
    };
    QCOMPARE(entry(0, "date"), d.value(QLatin1String("active")).toString());
    QCOMPARE(entry(0, "text"), QStringLiteral("Recertified with Cisco CE Credits"));
    QCOMPARE(entry(1, "date"), QStringLiteral("2022-12-08"));
    QCOMPARE(entry(2, "date"), QStringLiteral("2019-12-08"));
    QCOMPARE(entry(2, "text"), QStringLiteral("Manually granted certification"));
    QCOMPARE(d.value(QLatin1String("started")).toString(), QStringLiteral("2019-12-08"));
}

void TestServerReads::expiredCertificationDetail() {
    const QJsonObject d = get(QStringLiteral("me/certifications/crt-10000000-ccie"));
    QCOMPARE(d.value(QLatin1String("status")).toString(), QStringLiteral("expired"));
    QCOMPARE(d.value(QLatin1String("started")).toString(), QStringLiteral("1995-10-04"));
    // Out of force, the tree shows what earning it again takes: the written exam is passed.
    const QJsonObject progress = d.value(QLatin1String("progress")).toObject();
    QCOMPARE(progress.value(QLatin1String("kind")).toString(), QStringLiteral("allOf"));
    QCOMPARE(progress.value(QLatin1String("achieved")).toInt(), 1);
    QCOMPARE(progress.value(QLatin1String("required")).toInt(), 2);
    QVERIFY(d.value(QLatin1String("history")).toArray().size() >= 2);
}

void TestServerReads::logos() {
    const QJsonObject logos = get(QStringLiteral("me/logos"));
    const QJsonArray list = items(logos);
    // The certifications John holds now, in the programme's order; the Specialist's own artwork
    // stands for its plain logo. Nothing of the CCIE that lapsed in 2010.
    const QList<QPair<QString, QString>> expected{
        {QStringLiteral("CCENT"), QStringLiteral("crt-10000000-ccent")},
        {QStringLiteral("CCNA Routing and Switching"), QStringLiteral("crt-10000000-ccna")},
        {QStringLiteral("Cisco Certified Specialist - Enterprise Core"),
         QStringLiteral("crt-10000000-encor")}};
    QStringList got;
    for (const QJsonValue &logo : list)
        got << logo.toObject().value(QLatin1String("name")).toString() + QLatin1Char('@') +
                   logo.toObject().value(QLatin1String("certificationId")).toString();
    QStringList want;
    for (const auto &[name, certification] : expected)
        want << name + QLatin1Char('@') + certification;
    QCOMPARE(got, want);
    for (const QJsonValue &logo : list)
        QVERIFY(!logo.toObject().value(QLatin1String("formats")).toArray().isEmpty());
    QVERIFY(!logos.value(QLatin1String("guidelinesText")).toString().isEmpty());
}

void TestServerReads::fulfillment() {
    const QJsonArray list = items(get(QStringLiteral("me/fulfillment")));
    QCOMPARE(list.size(), 4);
    const QList<QList<const char *>> expected{
        {"Cisco Certified Network Associate Routing and Switching", "certificate", "R4N8D2KV",
         "2019-12"},
        {"CCIE Certification - Collaboration", "plaque", "", "2019-12"},
        {"4013 Recognition", "letter", "CBX0395KI", "2019-11"},
        {"4011 Recognition", "letter", "VLV7K532E", "2019-11"},
    };
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject item = list.at(i).toObject();
        QCOMPARE(item.value(QLatin1String("name")).toString(), QLatin1String(expected.at(i).at(0)));
        QCOMPARE(item.value(QLatin1String("kind")).toString(), QLatin1String(expected.at(i).at(1)));
        QCOMPARE(item.value(QLatin1String("verificationCode")).toString(),
                 QLatin1String(expected.at(i).at(2)));
        QVERIFY(item.value(QLatin1String("queued"))
                    .toString()
                    .startsWith(QLatin1String(expected.at(i).at(3))));
        // Delivered, as the transactions behind them say: queued, sent, complete, in order.
        const QString queued = item.value(QLatin1String("queued")).toString();
        const QString sent = item.value(QLatin1String("sent")).toString();
        const QString complete = item.value(QLatin1String("complete")).toString();
        QVERIFY(queued < sent && sent < complete);
        QCOMPARE(item.value(QLatin1String("status")).toString(), QStringLiteral("Complete"));
    }
}

void TestServerReads::transcripts() {
    const QJsonArray list = items(get(QStringLiteral("me/transcripts")));
    QCOMPARE(list.size(), 1);
    const QJsonObject t = list.first().toObject();
    QCOMPARE(t.value(QLatin1String("id")).toString(), QStringLiteral("15KDEQ4K1BV1133H"));
    QCOMPARE(t.value(QLatin1String("description")).toString(), QStringLiteral("Active"));
    QCOMPARE(t.value(QLatin1String("displayName")).toString(), QStringLiteral("John Doe"));
    QCOMPARE(t.value(QLatin1String("disclosure")).toString(),
             QStringLiteral("activeCertifications"));
    QCOMPARE(t.value(QLatin1String("state")).toString(), QStringLiteral("active"));
    QVERIFY(certtrack::domain::parseDate(t.value(QLatin1String("expires")).toString()) > m_today);
    QCOMPARE(t.value(QLatin1String("views")).toInt(), 3);
    QVERIFY(!t.value(QLatin1String("lastViewed")).isNull());
    QCOMPARE(t.value(QLatin1String("url")).toString(),
             m_server.baseUrl().toString() + QStringLiteral("/transcripts/15KDEQ4K1BV1133H"));
}

void TestServerReads::badges() {
    const QJsonArray list = items(get(QStringLiteral("me/badges")));
    // The guide's three, and the CCIE badge that expired with its certification in 2010.
    QCOMPARE(list.size(), 4);
    const QJsonArray certifications = items(get(QStringLiteral("me/certifications")));
    for (const QJsonValue &value : list) {
        const QJsonObject b = value.toObject();
        const QString svg = b.value(QLatin1String("imageSvg")).toString();
        QVERIFY(svg.startsWith(QLatin1String("<svg")));
        QVERIFY(svg.endsWith(QLatin1String("</svg>")));
        // Each badge stands for a certification of the same candidate, same dates: a valid badge
        // for an active certification, an expired one for an expired certification.
        const QJsonObject c = find(certifications, QStringLiteral("id"),
                                   b.value(QLatin1String("certificationId")).toString());
        QCOMPARE(c.value(QLatin1String("status")).toString(),
                 b.value(QLatin1String("status")).toString() == QLatin1String("valid")
                     ? QStringLiteral("active")
                     : b.value(QLatin1String("status")).toString());
        QCOMPARE(b.value(QLatin1String("issuedOn")).toString(),
                 c.value(QLatin1String("active")).toString());
        QCOMPARE(b.value(QLatin1String("expires")).toString(),
                 c.value(QLatin1String("expires")).toString());
    }
}

void TestServerReads::everyReadDecodesWithTheDomainCodecs() {
    using namespace certtrack::domain;
    const auto body = [this](const QString &path) {
        return m_http->get(m_server.apiUrl(path), bearer(m_token)).body;
    };
    QString error;
    QVERIFY2(decodeDocument<Profile>(body(QStringLiteral("me")), &error), qPrintable(error));
    QVERIFY2(decodeDocument<Settings>(body(QStringLiteral("me/settings")), &error),
             qPrintable(error));
    QVERIFY2(decodeDocument<Attributes>(body(QStringLiteral("me/attributes")), &error),
             qPrintable(error));
    QVERIFY2(decodeDocument<Identifiers>(body(QStringLiteral("me/identifiers")), &error),
             qPrintable(error));
    QVERIFY2(decodeDocument<Programme>(body(QStringLiteral("programme")), &error),
             qPrintable(error));
    QVERIFY2(decodeDocument<Page<Exam>>(body(QStringLiteral("me/exams")), &error),
             qPrintable(error));
    QVERIFY2(decodeDocument<Page<Agreement>>(body(QStringLiteral("me/agreements")), &error),
             qPrintable(error));
    QVERIFY2(decodeDocument<Page<CeActivity>>(body(QStringLiteral("me/ce-activities")), &error),
             qPrintable(error));
    QVERIFY2(decodeDocument<Page<Transaction>>(body(QStringLiteral("me/transactions")), &error),
             qPrintable(error));
    QVERIFY2(decodeDocument<Page<Certification>>(body(QStringLiteral("me/certifications")), &error),
             qPrintable(error));
    QVERIFY2(decodeDocument<CertificationDetail>(
                 body(QStringLiteral("me/certifications/crt-10000000-ccna")), &error),
             qPrintable(error));
    QVERIFY2(decodeDocument<Logos>(body(QStringLiteral("me/logos")), &error), qPrintable(error));
    QVERIFY2(decodeDocument<Page<FulfillmentItem>>(body(QStringLiteral("me/fulfillment")), &error),
             qPrintable(error));
    QVERIFY2(decodeDocument<Page<Transcript>>(body(QStringLiteral("me/transcripts")), &error),
             qPrintable(error));
    QVERIFY2(decodeDocument<Page<Badge>>(body(QStringLiteral("me/badges")), &error),
             qPrintable(error));
}

void TestServerReads::collectionsComeAPageAtATime_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("limit");
    for (const char *path : {"me/exams", "me/ce-activities", "me/transactions"}) {
        for (int limit : {1, 2, 1000}) {
            QTest::addRow("%s, %d a page", path, limit) << QString::fromLatin1(path) << limit;
        }
    }
}

// Following the Link header from ?limit=N to the last page gives the whole collection in its
// order, each item once (the exams include two of one day: the id breaks the tie); every page
// has its own ETag and revalidates; nextCursor and Link agree.
void TestServerReads::collectionsComeAPageAtATime() {
    QFETCH(QString, path);
    QFETCH(int, limit);
    const QJsonArray whole = items(get(path));
    QVERIFY(whole.size() >= 2);

    QUrl url = m_server.apiUrl(path);
    url.setQuery(QStringLiteral("limit=%1").arg(limit));
    QJsonArray collected;
    QSet<QByteArray> tags;
    for (int pages = 0; pages <= whole.size(); ++pages) {
        const HttpResult page = m_http->get(url, bearer(m_token));
        QCOMPARE(page.status, 200);
        const QJsonObject body = page.json().object();
        const QJsonArray part = items(body);
        QVERIFY(part.size() <= limit);
        for (const QJsonValue &item : part)
            collected.append(item);
        tags.insert(page.header("ETag"));
        auto conditional = bearer(m_token);
        conditional.append(qMakePair(QByteArray("If-None-Match"), page.header("ETag")));
        QCOMPARE(m_http->get(url, conditional).status, 304);

        const QJsonValue cursor = body.value(QLatin1String("nextCursor"));
        const QByteArray link = page.header("Link");
        if (cursor.isNull()) {
            QVERIFY2(link.isEmpty(), link.constData());
            break;
        }
        QVERIFY(!part.isEmpty());
        static const QRegularExpression next(QStringLiteral("^<([^>]+)>; rel=\"next\"$"));
        const QRegularExpressionMatch match = next.match(QString::fromLatin1(link));
        QVERIFY2(match.hasMatch(), link.constData());
        const QUrl target = m_server.baseUrl().resolved(QUrl(match.captured(1)));
        QCOMPARE(target.path(), url.path());
        QCOMPARE(QUrlQuery(target).queryItemValue(QStringLiteral("cursor")), cursor.toString());
        QCOMPARE(QUrlQuery(target).queryItemValue(QStringLiteral("limit")), QString::number(limit));
        url = target;
    }
    QCOMPARE(collected, whole);
    QCOMPARE(tags.size(), qMax(1, int((whole.size() + limit - 1) / limit)));
}

QList<QPair<QString, QByteArray>> TestServerReads::walkPages(const QString &path, int limit) {
    QList<QPair<QString, QByteArray>> pages;
    QUrl url = m_server.apiUrl(path);
    url.setQuery(QStringLiteral("limit=%1").arg(limit));
    for (int guard = 0; guard < 1000 && url.isValid(); ++guard) {
        const HttpResult page = m_http->get(url, bearer(m_token));
        if (page.status != 200)
            return {};
        pages.append({url.toString(), page.header("ETag")});
        const QString cursor = page.json().object().value(QLatin1String("nextCursor")).toString();
        if (cursor.isEmpty())
            break;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        query.addQueryItem(QStringLiteral("cursor"), cursor);
        url.setQuery(query);
    }
    return pages;
}

// Pages are counted from the oldest item, so a new item (the newest) changes the first page
// alone: every other page keeps its URL and its ETag, and a client holding it need not ask.
// When the first page was full, the new item starts a page of its own and every page moves
// along by one URL, but still none changes its items.
void TestServerReads::aNewItemChangesTheFirstPageAlone() {
    for (int limit : {1, 2, 3}) {
        const QList<QPair<QString, QByteArray>> before =
            walkPages(QStringLiteral("me/ce-activities"), limit);
        QVERIFY(before.size() >= 2);
        QVERIFY(m_server.execute(
            QStringLiteral("INSERT INTO ce_activities (id, candidate_id, name, active_on, points, "
                           "updated_on, provider_name, source) SELECT ?, id, 'Late webinar', ?, "
                           "1, ?, 'Provider', 'Self-reported' FROM candidates WHERE login_id = ?"),
            {QStringLiteral("late-%1").arg(limit), m_today.addDays(limit).toString(Qt::ISODate),
             m_today.toString(Qt::ISODate), kDemoLogin}));
        const QList<QPair<QString, QByteArray>> after =
            walkPages(QStringLiteral("me/ce-activities"), limit);
        QVERIFY(!after.isEmpty());
        QVERIFY(after.size() == before.size() || after.size() == before.size() + 1);
        QVERIFY(after.first().second != before.first().second);
        for (qsizetype i = 1; i < before.size(); ++i)
            QVERIFY2(after.contains(before.at(i)), qPrintable(before.at(i).first));
        // The new item leads the collection.
        QCOMPARE(items(get(QStringLiteral("me/ce-activities")))
                     .first()
                     .toObject()
                     .value(QLatin1String("id")),
                 QJsonValue(QStringLiteral("late-%1").arg(limit)));
    }
    QVERIFY(m_server.execute(QStringLiteral("DELETE FROM ce_activities WHERE id LIKE 'late-%'")));
}

// Every certification's detail in one answer, each as GET /me/certifications/{id} gives it, in
// the order of the certifications list.
void TestServerReads::certificationDetailsComeTogether() {
    const QJsonArray details = items(get(QStringLiteral("me/certification-details")));
    const QJsonArray summaries = items(get(QStringLiteral("me/certifications")));
    QCOMPARE(details.size(), summaries.size());
    QVERIFY(details.size() >= 4);
    for (qsizetype i = 0; i < details.size(); ++i) {
        const QString id = summaries.at(i).toObject().value(QLatin1String("id")).toString();
        QCOMPARE(details.at(i).toObject(), get(QStringLiteral("me/certifications/") + id));
    }
    QString error;
    QVERIFY2(
        certtrack::domain::decodeDocument<
            certtrack::domain::Page<certtrack::domain::CertificationDetail>>(
            m_http
                ->get(m_server.apiUrl(QStringLiteral("me/certification-details")), bearer(m_token))
                .body,
            &error),
        qPrintable(error));
}

// The list of the account's resources: each line's path answers 200 with the ETag listed; it
// names every page and every badge's copies; it revalidates with a 304 until something in the
// account changes; another candidate's list names none of this one's resources.
void TestServerReads::syncListsEachResourceWithItsETag() {
    const HttpResult listed =
        m_http->get(m_server.apiUrl(QStringLiteral("me/sync")), bearer(m_token));
    QCOMPARE(listed.status, 200);
    const QJsonArray lines = listed.json().object().value(QLatin1String("resources")).toArray();
    QSet<QString> paths;
    for (const QJsonValue line : lines) {
        const QString path = line.toObject().value(QLatin1String("path")).toString();
        const HttpResult answer = m_http->get(urlOf(path), bearer(m_token));
        QVERIFY2(answer.status == 200, qPrintable(path));
        QCOMPARE(answer.header("ETag"),
                 line.toObject().value(QLatin1String("etag")).toString().toLatin1());
        QVERIFY2(!paths.contains(path), qPrintable(path));
        paths.insert(path);
    }
    for (const char *path :
         {"me", "me/settings", "me/exams", "me/ce-activities", "me/certification-details",
          "me/badges", "/issuer/keys", "/issuer/status/revocation", "programme"})
        QVERIFY2(paths.contains(QString::fromLatin1(path)), path);
    const QJsonArray badges = items(get(QStringLiteral("me/badges")));
    QVERIFY(!badges.isEmpty());
    for (const QJsonValue badge : badges) {
        const QString path =
            QStringLiteral("me/badges/") + badge.toObject().value(QLatin1String("id")).toString();
        QVERIFY2(paths.contains(path) && paths.contains(path + QStringLiteral("/credential")) &&
                     paths.contains(path + QStringLiteral("/assertion")),
                 qPrintable(path));
    }

    auto conditional = bearer(m_token);
    conditional.append({QByteArray("If-None-Match"), listed.header("ETag")});
    QCOMPARE(m_http->get(m_server.apiUrl(QStringLiteral("me/sync")), conditional).status, 304);

    // Three pages of exams: each is listed with its cursor.
    QVERIFY(m_server.execute(
        QStringLiteral("INSERT INTO exams (candidate_id, code, name, registration_number, grade, "
                       "taken_on) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                       "WHERE i < 2000) SELECT (SELECT id FROM candidates WHERE login_id = ?), "
                       "'000-000', 'Practice', 'R' || i, 'fail', '2001-01-01' FROM n"),
        {kDemoLogin}));
    const HttpResult changed = m_http->get(m_server.apiUrl(QStringLiteral("me/sync")), conditional);
    QCOMPARE(changed.status, 200);
    QStringList examPages;
    for (const QJsonValue line :
         changed.json().object().value(QLatin1String("resources")).toArray()) {
        const QString path = line.toObject().value(QLatin1String("path")).toString();
        if (path.startsWith(QLatin1String("me/exams")))
            examPages << path;
    }
    QCOMPARE(examPages.size(), 3);
    QCOMPARE(examPages.first(), QStringLiteral("me/exams"));
    QVERIFY(examPages.at(1).startsWith(QLatin1String("me/exams?cursor=")));
    QVERIFY(m_server.execute(QStringLiteral("DELETE FROM exams WHERE code = '000-000'")));
    QCOMPARE(m_http->get(m_server.apiUrl(QStringLiteral("me/sync")), conditional).status, 304);

    const QString other =
        m_http->passwordToken(m_server.baseUrl(), QStringLiteral("CSCO10000001"), kDemoPassword);
    const HttpResult theirs =
        m_http->get(m_server.apiUrl(QStringLiteral("me/sync")), bearer(other));
    QCOMPARE(theirs.status, 200);
    for (const QJsonValue line :
         theirs.json().object().value(QLatin1String("resources")).toArray()) {
        const QString path = line.toObject().value(QLatin1String("path")).toString();
        QVERIFY2(!path.contains(QLatin1String("10000000")), qPrintable(path));
    }
    QCOMPARE(m_http->get(m_server.apiUrl(QStringLiteral("me/sync")), {}).status, 401);
}

void TestServerReads::badPagingIsRefused_data() {
    QTest::addColumn<QString>("query");
    QTest::newRow("limit 0") << QStringLiteral("limit=0");
    QTest::newRow("limit over the maximum") << QStringLiteral("limit=1001");
    QTest::newRow("limit not a number") << QStringLiteral("limit=ten");
    QTest::newRow("limit negative") << QStringLiteral("limit=-5");
    QTest::newRow("cursor not base64url") << QStringLiteral("cursor=%21%21%21");
    QTest::newRow("cursor without a key") << QStringLiteral("cursor=MjAyNi0wMS0wMg");
    QTest::newRow("cursor empty") << QStringLiteral("cursor=");
    QTest::newRow("cursor too long") << QStringLiteral("cursor=") + QString(300, QLatin1Char('A'));
}

// A limit out of range or a cursor this server did not give is a 400 problem that says which,
// never a guess at a page.
void TestServerReads::badPagingIsRefused() {
    QFETCH(QString, query);
    for (const char *path : {"me/exams", "me/ce-activities", "me/transactions"}) {
        QUrl url = m_server.apiUrl(QString::fromLatin1(path));
        url.setQuery(query);
        const HttpResult result = m_http->get(url, bearer(m_token));
        QCOMPARE(result.status, 400);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
        const QString detail = result.json().object().value(QLatin1String("detail")).toString();
        QVERIFY2(detail.contains(QLatin1String("limit")) ||
                     detail.contains(QLatin1String("cursor")),
                 qPrintable(detail));
    }
}

void TestServerReads::everyReadRevalidatesWithIfNoneMatch() {
    for (const QString &path : readPaths()) {
        const HttpResult first = m_http->get(m_server.apiUrl(path), bearer(m_token));
        QCOMPARE(first.status, 200);
        const QByteArray tag = first.header("ETag");
        QVERIFY2(tag.startsWith('"') && tag.endsWith('"'), qPrintable(path)); // strong
        // The same body gives the same tag.
        QCOMPARE(m_http->get(m_server.apiUrl(path), bearer(m_token)).header("ETag"), tag);

        auto headers = bearer(m_token);
        headers.append({"If-None-Match", tag});
        const HttpResult again = m_http->get(m_server.apiUrl(path), headers);
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(again.header("ETag"), tag);

        auto stale = bearer(m_token);
        stale.append({QByteArray("If-None-Match"), QByteArray("\"something-else\", \"older\"")});
        QCOMPARE(m_http->get(m_server.apiUrl(path), stale).status, 200);
    }
    // A tag of another candidate's body is just another tag.
    const QString other =
        m_http->passwordToken(m_server.baseUrl(), QStringLiteral("CSCO10000001"), kDemoPassword);
    const QByteArray mine =
        m_http->get(m_server.apiUrl(QStringLiteral("me")), bearer(m_token)).header("ETag");
    auto headers = bearer(other);
    headers.append({"If-None-Match", mine});
    QCOMPARE(m_http->get(m_server.apiUrl(QStringLiteral("me")), headers).status, 200);
}

void TestServerReads::otherCandidatesSeeTheirOwnData() {
    const QString amira =
        m_http->passwordToken(m_server.baseUrl(), QStringLiteral("CSCO10000001"), kDemoPassword);
    const QString chen =
        m_http->passwordToken(m_server.baseUrl(), QStringLiteral("CSCO10000002"), kDemoPassword);
    QCOMPARE(get(QStringLiteral("me"), amira).value(QLatin1String("loginId")).toString(),
             QStringLiteral("CSCO10000001"));
    QCOMPARE(get(QStringLiteral("me"), chen).value(QLatin1String("lastName")).toString(),
             QStringLiteral("陈"));

    const QJsonArray amiraCerts = items(get(QStringLiteral("me/certifications"), amira));
    QVERIFY(!find(amiraCerts, QStringLiteral("acronym"), QStringLiteral("CCNP")).isEmpty());
    for (const QJsonValue &value : amiraCerts)
        QVERIFY(value.toObject()
                    .value(QLatin1String("id"))
                    .toString()
                    .startsWith(QLatin1String("crt-10000001-")));
    QVERIFY(items(get(QStringLiteral("me/exams"), amira)).size() != 10);

    // A new associate without credits: the guide's other picture, "1.2 - (0 / 30)".
    const QJsonObject chenCcna = get(QStringLiteral("me/certifications/crt-10000002-ccna"), chen);
    const QJsonObject credits = chenCcna.value(QLatin1String("progress"))
                                    .toObject()
                                    .value(QLatin1String("children"))
                                    .toArray()
                                    .at(1)
                                    .toObject();
    QCOMPARE(credits.value(QLatin1String("achieved")).toInt(), 0);
    QCOMPARE(credits.value(QLatin1String("required")).toInt(), 30);
}

void TestServerReads::anotherCandidatesIdsAreNotFound() {
    const QString amira =
        m_http->passwordToken(m_server.baseUrl(), QStringLiteral("CSCO10000001"), kDemoPassword);
    const QStringList othersIds{QStringLiteral("crt-10000001-ccna"),
                                QStringLiteral("crt-10000001-ccnp"),
                                QStringLiteral("crt-10000002-ccna")};
    for (const QString &id : othersIds) {
        const HttpResult result = m_http->get(
            m_server.apiUrl(QStringLiteral("me/certifications/") + id), bearer(m_token));
        QCOMPARE(result.status, 404);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY(!result.body.contains("CCNP"));
    }
    // The same answer as for an id nobody has.
    const HttpResult none = m_http->get(
        m_server.apiUrl(QStringLiteral("me/certifications/crt-does-not-exist")), bearer(m_token));
    QCOMPARE(none.status, 404);
    const HttpResult other = m_http->get(
        m_server.apiUrl(QStringLiteral("me/certifications/crt-10000001-ccna")), bearer(m_token));
    QCOMPARE(other.body, none.body);
    // And the other way round.
    QCOMPARE(m_http
                 ->get(m_server.apiUrl(QStringLiteral("me/certifications/crt-10000000-ccna")),
                       bearer(amira))
                 .status,
             404);
    // Ids dressed up as paths or SQL reach nothing either.
    for (const QString &id : {QStringLiteral("crt-10000001-ccna'%20OR%20'1'='1"),
                              QStringLiteral("..%2Fcrt-10000001-ccna")}) {
        const int status =
            m_http
                ->get(QUrl(m_server.apiUrl(QStringLiteral("me/certifications/")).toString() + id),
                      bearer(m_token))
                .status;
        QVERIFY2(status == 404, qPrintable(id));
    }
}

void TestServerReads::restartKeepsDataAndDoesNotReseed() {
    const QByteArray before =
        m_http->get(m_server.apiUrl(QStringLiteral("me/certifications")), bearer(m_token)).body;
    // A later clock: the seed is not applied again, so nothing moves; the token still works.
    QVERIFY2(m_server.restart(TestServer::defaultNow().addSecs(5 * 60)),
             qPrintable(m_server.error()));
    const QByteArray after =
        m_http->get(m_server.apiUrl(QStringLiteral("me/certifications")), bearer(m_token)).body;
    QCOMPARE(after, before);
    QCOMPARE(items(get(QStringLiteral("me/exams"))).size(), 10);
}

QTEST_GUILESS_MAIN(TestServerReads)
#include "TestServerReads.moc"
