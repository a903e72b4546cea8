// Kit orders against a real certtrackd: the catalogue, drafts and their validation, shipping
// details under the shared rules, the free initial kit claimed once, paid orders through the
// sandbox checkout page (approve, decline, cancel, pay again), every state transition and the
// refusals of the others, Idempotency-Key replays and concurrent submits, another candidate's
// order ids, `certtrackd admin fulfillment`, and abandonment after 24 hours unpaid.
#include "ServerTestSupport.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

using namespace certtrack::test;

namespace {

const QString kAmira = QStringLiteral("CSCO10000001");
const QString kChen = QStringLiteral("CSCO10000002");

QJsonObject withDemographic(const QString &field, const QJsonValue &value) {
    QJsonObject details = shipping();
    QJsonObject demographics = details.value(QLatin1String("demographics")).toObject();
    demographics.insert(field, value);
    details.insert(QStringLiteral("demographics"), demographics);
    return details;
}

QJsonObject errorFor(const HttpResult &result, const QString &field) {
    return find(result.json().object().value(QLatin1String("errors")).toArray(),
                QStringLiteral("field"), field);
}

QString checkoutUrlOf(const HttpResult &result) {
    return result.json().object().value(QLatin1String("checkoutUrl")).toString();
}

qint64 amountOf(const QJsonObject &object, const char *key) {
    return object.value(QLatin1String(key)).toObject().value(QLatin1String("amount")).toInteger();
}

} // namespace

class TestServerOrders : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogueOffersTheInitialKitFreeAndCertificatesAtTheirPrice();
    void ordersNeedABearerToken();
    void draftComputesLinesAndTotal();
    void draftRefusesBadItems_data();
    void draftRefusesBadItems();
    void badBodiesAreProblems_data();
    void badBodiesAreProblems();
    void shippingRulesAreAppliedByField_data();
    void shippingRulesAreAppliedByField();
    void shippingTakesDoubleByteTextOnlyInTheLocalizedBlock();
    void submitNeedsShippingAndTheRightPaymentMethod();
    void freeKitIsClaimedOnceWithoutPayment();
    void paidOrderDeclinedThenPaidAgainAndApproved();
    void cancelledOrderIsAbandoned();
    void transitionsNotAllowedAreRefused();
    void duplicateSubmitMakesOneCheckout();
    void idempotencyKeyReplaysTheFirstAnswer();
    void concurrentSubmitsMakeOneCheckout();
    void anotherCandidatesOrderIsNotFound();
    void adminAdvancesAPaidOrderToComplete();
    void ordersListNewestFirstWithEtag();
    void unpaidOrdersAreAbandonedAfter24Hours();

private:
    HttpResult send(const QByteArray &verb, const QString &path, const QByteArray &body,
                    const QString &token, QList<QPair<QByteArray, QByteArray>> headers = {});
    HttpResult post(const QString &path, const QJsonObject &body, const QString &token,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QString draft(const QStringList &items, bool tracking, const QString &token);
    QString draftWithShipping(const QStringList &items, bool tracking, const QString &token);
    HttpResult submit(const QString &orderId, const QString &method, const QString &token,
                      const QByteArray &idempotencyKey = {});
    HttpResult checkoutForm(const QString &checkoutUrl, const QString &action);
    struct AdminRun {
        int exitCode = -1;
        QString out;
        QString err;
    };
    AdminRun admin(const QStringList &arguments);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QString m_john;
    QString m_amira;
};

void TestServerOrders::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http = std::make_unique<TestHttp>(m_server.caFile());
    m_john = m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword);
    m_amira = m_http->passwordToken(m_server.baseUrl(), kAmira, kDemoPassword);
    QVERIFY(!m_john.isEmpty());
    QVERIFY(!m_amira.isEmpty());
    // A CCIE granted while the server runs: a certification just achieved, so its initial kit is
    // unclaimed, and an expert one, so it offers a plaque.
    const AdminRun granted =
        admin({QStringLiteral("certification"), QStringLiteral("grant"), kAmira,
               QStringLiteral("ccie-rs"), QStringLiteral("--on"), QStringLiteral("2026-11-01")});
    QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));
}

HttpResult TestServerOrders::send(const QByteArray &verb, const QString &path,
                                  const QByteArray &body, const QString &token,
                                  QList<QPair<QByteArray, QByteArray>> headers) {
    headers.append(bearer(token));
    if (!body.isEmpty() && std::none_of(headers.cbegin(), headers.cend(), [](const auto &h) {
            return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
        }))
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return m_http->request(verb, m_server.apiUrl(path), headers, body);
}

HttpResult TestServerOrders::post(const QString &path, const QJsonObject &body,
                                  const QString &token,
                                  const QList<QPair<QByteArray, QByteArray>> &headers) {
    return send("POST", path, encode(body), token, headers);
}

QString TestServerOrders::draft(const QStringList &items, bool tracking, const QString &token) {
    const HttpResult created =
        post(QStringLiteral("me/orders"),
             QJsonObject{{QStringLiteral("items"), QJsonArray::fromStringList(items)},
                         {QStringLiteral("tracking"), tracking}},
             token);
    if (created.status != 201) {
        qWarning() << "draft not created:" << created.status << created.body;
        return {};
    }
    return created.json().object().value(QLatin1String("id")).toString();
}

QString TestServerOrders::draftWithShipping(const QStringList &items, bool tracking,
                                            const QString &token) {
    const QString id = draft(items, tracking, token);
    if (id.isEmpty())
        return {};
    const HttpResult put =
        send("PUT", QStringLiteral("me/orders/") + id + QStringLiteral("/shipping"),
             encode(shipping()), token);
    if (put.status != 200) {
        qWarning() << "shipping not set:" << put.status << put.body;
        return {};
    }
    return id;
}

HttpResult TestServerOrders::submit(const QString &orderId, const QString &method,
                                    const QString &token, const QByteArray &idempotencyKey) {
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey});
    return post(QStringLiteral("me/orders/") + orderId + QStringLiteral("/submit"),
                QJsonObject{{QStringLiteral("paymentMethod"), method}}, token, headers);
}

HttpResult TestServerOrders::checkoutForm(const QString &checkoutUrl, const QString &action) {
    return postForm(*m_http, QUrl(checkoutUrl), form({{QStringLiteral("action"), action}}));
}

TestServerOrders::AdminRun TestServerOrders::admin(const QStringList &arguments) {
    QProcess process;
    process.start(TestServer::executable(),
                  QStringList{QStringLiteral("admin"), QStringLiteral("--database"),
                              m_server.databasePath()} +
                      arguments);
    AdminRun run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestServerOrders::catalogueOffersTheInitialKitFreeAndCertificatesAtTheirPrice() {
    const HttpResult result =
        m_http->get(m_server.apiUrl(QStringLiteral("me/fulfillment/catalogue")), bearer(m_john));
    QCOMPARE(result.status, 200);
    QVERIFY(!result.header("ETag").isEmpty());
    const QJsonObject catalogue = result.json().object();
    const QJsonArray offered = items(catalogue);
    const QJsonObject kit =
        find(offered, QStringLiteral("id"), QStringLiteral("kit-specialist-enterprise-core"));
    QCOMPARE(kit.value(QLatin1String("name")).toString(), QStringLiteral("ENCOR Certificate"));
    QCOMPARE(kit.value(QLatin1String("description")).toString(), QStringLiteral("Certificate"));
    QCOMPARE(amountOf(kit, "price"), 0);
    QCOMPARE(kit.value(QLatin1String("initialKit")).toBool(), true);
    const QJsonObject ccent = find(offered, QStringLiteral("id"), QStringLiteral("cert-ccent"));
    QCOMPARE(ccent.value(QLatin1String("name")).toString(), QStringLiteral("CCENT Certificate"));
    QCOMPARE(amountOf(ccent, "price"), 1500);
    QCOMPARE(ccent.value(QLatin1String("initialKit")).toBool(), false);
    // The expired CCIE offers nothing; the specialist's paid reprint appears only after the
    // claim. The CCNA kit was claimed in 2019 (its transaction says so): only the reprint.
    QVERIFY(find(offered, QStringLiteral("id"), QStringLiteral("cert-ccie-rs")).isEmpty());
    QVERIFY(find(offered, QStringLiteral("id"), QStringLiteral("plaque-ccie-rs")).isEmpty());
    QVERIFY(find(offered, QStringLiteral("id"), QStringLiteral("cert-specialist-enterprise-core"))
                .isEmpty());
    QVERIFY(find(offered, QStringLiteral("id"), QStringLiteral("kit-ccna")).isEmpty());
    QCOMPARE(amountOf(find(offered, QStringLiteral("id"), QStringLiteral("cert-ccna")), "price"),
             1500);
    QCOMPARE(amountOf(catalogue, "trackingFee"), 1000);
    QVERIFY(catalogue.value(QLatin1String("trackingLabel"))
                .toString()
                .contains(QLatin1String("Printed Certificates")));

    const HttpResult again =
        m_http->get(m_server.apiUrl(QStringLiteral("me/fulfillment/catalogue")),
                    {bearer(m_john).first(), {"If-None-Match", result.header("ETag")}});
    QCOMPARE(again.status, 304);

    // Amira's CCIE, granted yesterday: a free kit and a plaque.
    const QJsonArray amiras =
        items(getObject(*m_http, m_server, QStringLiteral("me/fulfillment/catalogue"), m_amira));
    QCOMPARE(find(amiras, QStringLiteral("id"), QStringLiteral("kit-ccie-rs"))
                 .value(QLatin1String("initialKit"))
                 .toBool(),
             true);
    QCOMPARE(
        amountOf(find(amiras, QStringLiteral("id"), QStringLiteral("plaque-ccie-rs")), "price"),
        4500);
}

void TestServerOrders::ordersNeedABearerToken() {
    const HttpResult result = m_http->get(m_server.apiUrl(QStringLiteral("me/orders")));
    QCOMPARE(result.status, 401);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
}

void TestServerOrders::draftComputesLinesAndTotal() {
    const HttpResult created =
        post(QStringLiteral("me/orders"),
             QJsonObject{{QStringLiteral("items"), QJsonArray{QStringLiteral("cert-ccent")}},
                         {QStringLiteral("tracking"), true}},
             m_john);
    QCOMPARE(created.status, 201);
    const QJsonObject order = created.json().object();
    const QString id = order.value(QLatin1String("id")).toString();
    QCOMPARE(created.header("Location"), QByteArray("/api/v1/me/orders/") + id.toLatin1());
    QCOMPARE(order.value(QLatin1String("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(amountOf(order, "trackingFee"), 1000);
    QCOMPARE(amountOf(order, "total"), 2500);
    QVERIFY(order.value(QLatin1String("shipping")).isNull());
    QVERIFY(order.value(QLatin1String("checkoutUrl")).isNull());
    QCOMPARE(order.value(QLatin1String("paymentMethod")).toString(), QStringLiteral("none"));
    const QJsonArray lines = order.value(QLatin1String("lines")).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("CCENT Certificate"));

    const QJsonObject read =
        getObject(*m_http, m_server, QStringLiteral("me/orders/") + id, m_john);
    QCOMPARE(read, order);
}

void TestServerOrders::draftRefusesBadItems_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("no items") << QByteArray(R"({"items":[],"tracking":false})") << "items"
                              << "Choose at least one item.";
    QTest::newRow("unknown item") << QByteArray(R"({"items":["cert-ccent","cert-nope"]})")
                                  << "items[1]"
                                  << "\"cert-nope\" is not in your catalogue.";
    QTest::newRow("another candidate's item")
        << QByteArray(R"({"items":["kit-ccie-rs"]})") << "items[0]"
        << "\"kit-ccie-rs\" is not in your catalogue.";
    QTest::newRow("listed twice") << QByteArray(R"({"items":["cert-ccent","cert-ccent"]})")
                                  << "items[1]"
                                  << "\"cert-ccent\" is listed twice.";
    QTest::newRow("items not a list") << QByteArray(R"({"items":"cert-ccent"})") << "items"
                                      << "List the catalogue ids of the items to order.";
    QTest::newRow("item not a string") << QByteArray(R"({"items":[15]})") << "items[0]"
                                       << "Expected a catalogue item id.";
    QTest::newRow("tracking not a boolean")
        << QByteArray(R"({"items":["cert-ccent"],"tracking":"yes"})") << "tracking"
        << "Expected true or false.";
}

void TestServerOrders::draftRefusesBadItems() {
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const HttpResult result = send("POST", QStringLiteral("me/orders"), body, m_john);
    QCOMPARE(result.status, 422);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(errorFor(result, field).value(QLatin1String("message")).toString(), message);
}

void TestServerOrders::badBodiesAreProblems_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("status");
    QTest::newRow("malformed") << QByteArray("{\"items\":[") << QByteArray("application/json")
                               << 400;
    QTest::newRow("an array") << QByteArray("[]") << QByteArray("application/json") << 400;
    QTest::newRow("form") << QByteArray("items=cert-ccent")
                          << QByteArray("application/x-www-form-urlencoded") << 415;
    QTest::newRow("oversized") << QByteArray(70 * 1024, ' ') + "{}"
                               << QByteArray("application/json") << 413;
}

void TestServerOrders::badBodiesAreProblems() {
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    QFETCH(int, status);
    const HttpResult created =
        send("POST", QStringLiteral("me/orders"), body, m_john, {{"Content-Type", type}});
    QCOMPARE(created.status, status);
    QCOMPARE(created.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(created.json().object().value(QLatin1String("status")).toInt(), status);

    const QString id = draft({QStringLiteral("cert-ccent")}, false, m_john);
    QVERIFY(!id.isEmpty());
    const HttpResult put =
        send("PUT", QStringLiteral("me/orders/") + id + QStringLiteral("/shipping"), body, m_john,
             {{"Content-Type", type}});
    QCOMPARE(put.status, status);
    QCOMPARE(put.header("Content-Type"), QByteArray("application/problem+json"));
}

void TestServerOrders::shippingRulesAreAppliedByField_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("first name required")
        << "firstName" << QJsonValue(QStringLiteral("")) << "First Name is required";
    QTest::newRow("last name accent")
        << "lastName" << QJsonValue(QStringLiteral("Doé"))
        << QStringLiteral("Last Name: \u201C\u00E9\u201D is not in the English (Roman) alphabet");
    QTest::newRow("email shape") << "email" << QJsonValue(QStringLiteral("john.example.com"))
                                 << "Email is not an email address like name@example.com";
    QTest::newRow("phone digits") << "phone" << QJsonValue(QStringLiteral("12-34"))
                                  << "Phone needs 7 to 15 digits";
    QTest::newRow("address required")
        << "address1" << QJsonValue(QStringLiteral(" ")) << "Address is required";
    QTest::newRow("city too long") << "city" << QJsonValue(QString(101, QLatin1Char('a')))
                                   << "City is longer than 100 characters";
    QTest::newRow("postal code required")
        << "postalCode" << QJsonValue(QStringLiteral("")) << "Postal Code is required";
    QTest::newRow("country unknown") << "country" << QJsonValue(QStringLiteral("ZZ"))
                                     << "Country is not an ISO 3166-1 country code";
    QTest::newRow("state underscore")
        << "stateProvince" << QJsonValue(QStringLiteral("N_C"))
        << QStringLiteral("State/Province: \u201C_\u201D is not in the English (Roman) alphabet");
    QTest::newRow("first name missing")
        << "firstName" << QJsonValue(QJsonValue::Undefined) << "missing";
    QTest::newRow("phone a number") << "phone" << QJsonValue(9195550142.0) << "expected a string";
}

void TestServerOrders::shippingRulesAreAppliedByField() {
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    const QString id = draft({QStringLiteral("cert-ccent")}, false, m_john);
    QVERIFY(!id.isEmpty());
    QJsonObject details = withDemographic(field, value);
    if (value.isUndefined()) {
        QJsonObject demographics = details.value(QLatin1String("demographics")).toObject();
        demographics.remove(field);
        details.insert(QStringLiteral("demographics"), demographics);
    }
    const HttpResult result =
        send("PUT", QStringLiteral("me/orders/") + id + QStringLiteral("/shipping"),
             encode(details), m_john);
    QCOMPARE(result.status, 422);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(errorFor(result, QStringLiteral("demographics.") + field)
                 .value(QLatin1String("message"))
                 .toString(),
             message);
    // Nothing was stored.
    QVERIFY(getObject(*m_http, m_server, QStringLiteral("me/orders/") + id, m_john)
                .value(QLatin1String("shipping"))
                .isNull());
}

void TestServerOrders::shippingTakesDoubleByteTextOnlyInTheLocalizedBlock() {
    const QString id = draft({QStringLiteral("cert-ccent")}, false, m_john);
    QVERIFY(!id.isEmpty());
    QJsonObject details = shipping();
    details.insert(QStringLiteral("localized"),
                   QJsonObject{{QStringLiteral("lastName"), QStringLiteral("山田")},
                               {QStringLiteral("city"), QStringLiteral("東京")}});
    const QString path = QStringLiteral("me/orders/") + id + QStringLiteral("/shipping");
    const HttpResult accepted = send("PUT", path, encode(details), m_john);
    QCOMPARE(accepted.status, 200);
    const QJsonObject stored = accepted.json().object().value(QLatin1String("shipping")).toObject();
    QCOMPARE(stored.value(QLatin1String("localized"))
                 .toObject()
                 .value(QLatin1String("lastName"))
                 .toString(),
             QStringLiteral("山田"));

    const HttpResult refused =
        send("PUT", path, encode(withDemographic(QStringLiteral("city"), QStringLiteral("東京"))),
             m_john);
    QCOMPARE(refused.status, 422);
    QCOMPARE(errorFor(refused, QStringLiteral("demographics.city"))
                 .value(QLatin1String("message"))
                 .toString(),
             QStringLiteral("City: \u201C東\u201D is not in the English (Roman) alphabet"));

    details.insert(QStringLiteral("localized"),
                   QJsonObject{{QStringLiteral("city"), QStringLiteral("東京\u0007")}});
    const HttpResult control = send("PUT", path, encode(details), m_john);
    QCOMPARE(control.status, 422);
    QVERIFY(!errorFor(control, QStringLiteral("localized.city")).isEmpty());
}

void TestServerOrders::submitNeedsShippingAndTheRightPaymentMethod() {
    const QString paid = draft({QStringLiteral("cert-ccent")}, false, m_john);
    QVERIFY(!paid.isEmpty());
    HttpResult result = submit(paid, QStringLiteral("credit_card"), m_john);
    QCOMPARE(result.status, 422);
    QVERIFY(!errorFor(result, QStringLiteral("shipping")).isEmpty());

    QCOMPARE(send("PUT", QStringLiteral("me/orders/") + paid + QStringLiteral("/shipping"),
                  encode(shipping()), m_john)
                 .status,
             200);
    result = submit(paid, QStringLiteral("none"), m_john);
    QCOMPARE(result.status, 422);
    QVERIFY(!errorFor(result, QStringLiteral("paymentMethod")).isEmpty());
    result = submit(paid, QStringLiteral("cash"), m_john);
    QCOMPARE(result.status, 422);
    QVERIFY(!errorFor(result, QStringLiteral("paymentMethod")).isEmpty());
    result = post(QStringLiteral("me/orders/") + paid + QStringLiteral("/submit"), QJsonObject{},
                  m_john);
    QCOMPARE(result.status, 422);

    const QString free =
        draftWithShipping({QStringLiteral("kit-specialist-enterprise-core")}, false, m_john);
    QVERIFY(!free.isEmpty());
    result = submit(free, QStringLiteral("paypal"), m_john);
    QCOMPARE(result.status, 422);
    QVERIFY(errorFor(result, QStringLiteral("paymentMethod"))
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("nothing to pay")));
    // Still drafts: nothing moved.
    QCOMPARE(getObject(*m_http, m_server, QStringLiteral("me/orders/") + paid, m_john)
                 .value(QLatin1String("state"))
                 .toString(),
             QStringLiteral("draft"));
    QCOMPARE(getObject(*m_http, m_server, QStringLiteral("me/orders/") + free, m_john)
                 .value(QLatin1String("state"))
                 .toString(),
             QStringLiteral("draft"));
}

void TestServerOrders::freeKitIsClaimedOnceWithoutPayment() {
    // Two drafts of the same kit, e.g. from two windows: the first submitted claims it.
    const QString first =
        draftWithShipping({QStringLiteral("kit-specialist-enterprise-core")}, false, m_john);
    const QString second =
        draftWithShipping({QStringLiteral("kit-specialist-enterprise-core")}, false, m_john);
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    const HttpResult claimed = submit(first, QStringLiteral("none"), m_john, "claim-encor-1");
    QCOMPARE(claimed.status, 200);
    QCOMPARE(stateOf(claimed), QStringLiteral("queued"));
    QVERIFY(claimed.json().object().value(QLatin1String("checkoutUrl")).isNull());

    const HttpResult again = submit(second, QStringLiteral("none"), m_john);
    QCOMPARE(again.status, 409);
    QVERIFY(again.json()
                .object()
                .value(QLatin1String("detail"))
                .toString()
                .contains(QLatin1String("already claimed")));
    QCOMPARE(getObject(*m_http, m_server, QStringLiteral("me/orders/") + second, m_john)
                 .value(QLatin1String("state"))
                 .toString(),
             QStringLiteral("draft"));

    // The kit is gone from the catalogue; the ENCOR certificate now costs $15.00.
    const QJsonArray offered =
        items(getObject(*m_http, m_server, QStringLiteral("me/fulfillment/catalogue"), m_john));
    QVERIFY(find(offered, QStringLiteral("id"), QStringLiteral("kit-specialist-enterprise-core"))
                .isEmpty());
    QCOMPARE(amountOf(find(offered, QStringLiteral("id"),
                           QStringLiteral("cert-specialist-enterprise-core")),
                      "price"),
             1500);
    const HttpResult third =
        send("POST", QStringLiteral("me/orders"),
             QByteArray(R"({"items":["kit-specialist-enterprise-core"]})"), m_john);
    QCOMPARE(third.status, 422);

    // The history has the row, queued today, with the certification's code.
    const QJsonArray history =
        items(getObject(*m_http, m_server, QStringLiteral("me/fulfillment"), m_john));
    const QJsonObject row = find(history, QStringLiteral("orderId"), first);
    QCOMPARE(row.value(QLatin1String("name")).toString(), QStringLiteral("ENCOR Certificate"));
    QCOMPARE(row.value(QLatin1String("kind")).toString(), QStringLiteral("certificate"));
    QCOMPARE(row.value(QLatin1String("verificationCode")).toString(), QStringLiteral("Q3M8ZN6D"));
    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("Queued"));
    QCOMPARE(row.value(QLatin1String("queued")).toString(), QStringLiteral("2026-11-02"));
    QVERIFY(row.value(QLatin1String("sent")).isNull());
    // The guide's four seed rows stay.
    QVERIFY(!find(history, QStringLiteral("name"), QStringLiteral("4011 Recognition")).isEmpty());

    // No payment: a no-charge transaction, no checkout.
    const QJsonObject transaction =
        find(items(getObject(*m_http, m_server, QStringLiteral("me/transactions"), m_john)),
             QStringLiteral("orderId"), first);
    QCOMPARE(amountOf(transaction, "amount"), 0);
    QCOMPARE(transaction.value(QLatin1String("paymentMethod")).toString(),
             QStringLiteral("No charge"));
}

void TestServerOrders::paidOrderDeclinedThenPaidAgainAndApproved() {
    const QString id = draftWithShipping({QStringLiteral("cert-ccent")}, true, m_john);
    QVERIFY(!id.isEmpty());
    const HttpResult submitted = submit(id, QStringLiteral("credit_card"), m_john, "pay-ccent-1");
    QCOMPARE(submitted.status, 200);
    QCOMPARE(stateOf(submitted), QStringLiteral("awaiting_payment"));
    const QUrl checkout(checkoutUrlOf(submitted));
    QCOMPARE(checkout.scheme(), QStringLiteral("https"));
    QCOMPARE(checkout.port(), m_server.baseUrl().port());
    QVERIFY(checkout.path().startsWith(QStringLiteral("/checkout/")));

    // The sandbox page: clearly marked, the order's items and total, three buttons.
    const HttpResult pageResult = m_http->get(checkout);
    QCOMPARE(pageResult.status, 200);
    QVERIFY(pageResult.header("Content-Type").startsWith("text/html"));
    QVERIFY(pageResult.header("Content-Security-Policy").contains("form-action 'self'"));
    QCOMPARE(pageResult.header("Cache-Control"), QByteArray("no-store"));
    const QString html = QString::fromUtf8(pageResult.body);
    QVERIFY(html.contains(QStringLiteral("SANDBOX \u2014 no real payment is taken")));
    QVERIFY(html.contains(QLatin1String("CCENT Certificate")));
    QVERIFY(html.contains(QLatin1String("$25.00")));
    for (const char *action : {"approve", "decline", "cancel"})
        QVERIFY(html.contains(QStringLiteral("value=\"%1\"").arg(QLatin1String(action))));

    // awaiting_payment -> declined
    const HttpResult declined = checkoutForm(checkout.toString(), QStringLiteral("decline"));
    QCOMPARE(declined.status, 200);
    QVERIFY(QString::fromUtf8(declined.body).contains(QLatin1String("Payment declined")));
    HttpResult order =
        m_http->get(m_server.apiUrl(QStringLiteral("me/orders/") + id), bearer(m_john));
    QCOMPARE(stateOf(order), QStringLiteral("declined"));
    QVERIFY(order.json().object().value(QLatin1String("checkoutUrl")).isNull());
    QCOMPARE(m_http->get(checkout).status, 410);
    QCOMPARE(checkoutForm(checkout.toString(), QStringLiteral("approve")).status, 410);
    QJsonArray transactions =
        items(getObject(*m_http, m_server, QStringLiteral("me/transactions"), m_john));
    QCOMPARE(
        find(transactions, QStringLiteral("orderId"), id).value(QLatin1String("status")).toString(),
        QStringLiteral("Declined"));

    // declined -> awaiting_payment: a fresh checkout; the old link is gone.
    const HttpResult again =
        post(QStringLiteral("me/orders/") + id + QStringLiteral("/checkout"),
             QJsonObject{{QStringLiteral("paymentMethod"), QStringLiteral("paypal")}}, m_john);
    QCOMPARE(again.status, 200);
    QCOMPARE(stateOf(again), QStringLiteral("awaiting_payment"));
    const QString fresh = checkoutUrlOf(again);
    QVERIFY(!fresh.isEmpty() && fresh != checkout.toString());
    QCOMPARE(m_http->get(checkout).status, 404);
    QCOMPARE(again.json().object().value(QLatin1String("paymentMethod")).toString(),
             QStringLiteral("paypal"));

    // awaiting_payment -> paid, with an Approved transaction of the total.
    const HttpResult approved = checkoutForm(fresh, QStringLiteral("approve"));
    QCOMPARE(approved.status, 200);
    QVERIFY(QString::fromUtf8(approved.body)
                .contains(QStringLiteral("Payment approved \u2014 you can return to CertTrack")));
    order = m_http->get(m_server.apiUrl(QStringLiteral("me/orders/") + id), bearer(m_john));
    QCOMPARE(stateOf(order), QStringLiteral("paid"));
    QCOMPARE(m_http->get(QUrl(fresh)).status, 410);
    transactions = items(getObject(*m_http, m_server, QStringLiteral("me/transactions"), m_john));
    int approvedRows = 0;
    for (const QJsonValue &t : transactions) {
        const QJsonObject row = t.toObject();
        if (row.value(QLatin1String("orderId")).toString() != id ||
            row.value(QLatin1String("status")).toString() != QLatin1String("Approved"))
            continue;
        ++approvedRows;
        QCOMPARE(amountOf(row, "amount"), 2500);
        QCOMPARE(row.value(QLatin1String("paymentMethod")).toString(), QStringLiteral("PayPal"));
    }
    QCOMPARE(approvedRows, 1);
    const QJsonObject row =
        find(items(getObject(*m_http, m_server, QStringLiteral("me/fulfillment"), m_john)),
             QStringLiteral("orderId"), id);
    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("Paid"));
    QCOMPARE(row.value(QLatin1String("verificationCode")).toString(), QStringLiteral("K9T2XW4R"));
    QVERIFY(row.value(QLatin1String("queued")).isNull());

    // Paid: no paying again, no abandoning.
    QCOMPARE(post(QStringLiteral("me/orders/") + id + QStringLiteral("/checkout"),
                  QJsonObject{{QStringLiteral("paymentMethod"), QStringLiteral("paypal")}}, m_john)
                 .status,
             409);
    QCOMPARE(
        post(QStringLiteral("me/orders/") + id + QStringLiteral("/abandon"), QJsonObject{}, m_john)
            .status,
        409);
}

void TestServerOrders::cancelledOrderIsAbandoned() {
    const QString id = draftWithShipping({QStringLiteral("cert-ccent")}, false, m_john);
    QVERIFY(!id.isEmpty());
    const HttpResult submitted = submit(id, QStringLiteral("debit_card"), m_john);
    QCOMPARE(stateOf(submitted), QStringLiteral("awaiting_payment"));
    const HttpResult cancelled = checkoutForm(checkoutUrlOf(submitted), QStringLiteral("cancel"));
    QCOMPARE(cancelled.status, 200);
    QVERIFY(QString::fromUtf8(cancelled.body).contains(QLatin1String("Payment cancelled")));
    QCOMPARE(
        stateOf(m_http->get(m_server.apiUrl(QStringLiteral("me/orders/") + id), bearer(m_john))),
        QStringLiteral("cancelled"));
    // A cancel takes no money and writes no transaction.
    QVERIFY(find(items(getObject(*m_http, m_server, QStringLiteral("me/transactions"), m_john)),
                 QStringLiteral("orderId"), id)
                .isEmpty());

    // cancelled -> abandoned, then nothing more.
    const HttpResult abandoned =
        post(QStringLiteral("me/orders/") + id + QStringLiteral("/abandon"), QJsonObject{}, m_john);
    QCOMPARE(abandoned.status, 200);
    QCOMPARE(stateOf(abandoned), QStringLiteral("abandoned"));
    QCOMPARE(
        post(QStringLiteral("me/orders/") + id + QStringLiteral("/abandon"), QJsonObject{}, m_john)
            .status,
        409);
    QCOMPARE(post(QStringLiteral("me/orders/") + id + QStringLiteral("/checkout"),
                  QJsonObject{{QStringLiteral("paymentMethod"), QStringLiteral("paypal")}}, m_john)
                 .status,
             409);
    QCOMPARE(find(items(getObject(*m_http, m_server, QStringLiteral("me/fulfillment"), m_john)),
                  QStringLiteral("orderId"), id)
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("Abandoned"));

    // draft -> abandoned and awaiting_payment -> abandoned.
    const QString draftId = draft({QStringLiteral("cert-ccent")}, false, m_john);
    QCOMPARE(stateOf(post(QStringLiteral("me/orders/") + draftId + QStringLiteral("/abandon"),
                          QJsonObject{}, m_john)),
             QStringLiteral("abandoned"));
    const QString awaiting = draftWithShipping({QStringLiteral("cert-ccent")}, false, m_john);
    const HttpResult open = submit(awaiting, QStringLiteral("paypal"), m_john);
    QCOMPARE(stateOf(post(QStringLiteral("me/orders/") + awaiting + QStringLiteral("/abandon"),
                          QJsonObject{}, m_john)),
             QStringLiteral("abandoned"));
    QCOMPARE(m_http->get(QUrl(checkoutUrlOf(open))).status, 410);
}

void TestServerOrders::transitionsNotAllowedAreRefused() {
    // A draft cannot be paid for or re-opened at checkout.
    const QString draftId = draftWithShipping({QStringLiteral("cert-ccent")}, false, m_john);
    QCOMPARE(post(QStringLiteral("me/orders/") + draftId + QStringLiteral("/checkout"),
                  QJsonObject{{QStringLiteral("paymentMethod"), QStringLiteral("paypal")}}, m_john)
                 .status,
             409);
    // Shipping is fixed once submitted.
    const HttpResult submitted = submit(draftId, QStringLiteral("paypal"), m_john);
    QCOMPARE(stateOf(submitted), QStringLiteral("awaiting_payment"));
    const HttpResult put =
        send("PUT", QStringLiteral("me/orders/") + draftId + QStringLiteral("/shipping"),
             encode(shipping()), m_john);
    QCOMPARE(put.status, 409);
    QCOMPARE(put.header("Content-Type"), QByteArray("application/problem+json"));
    // awaiting_payment may re-open its checkout (a closed browser): a new link, same state.
    const HttpResult reopened =
        post(QStringLiteral("me/orders/") + draftId + QStringLiteral("/checkout"),
             QJsonObject{{QStringLiteral("paymentMethod"), QStringLiteral("credit_card")}}, m_john);
    QCOMPARE(reopened.status, 200);
    QCOMPARE(stateOf(reopened), QStringLiteral("awaiting_payment"));
    QVERIFY(checkoutUrlOf(reopened) != checkoutUrlOf(submitted));
    // awaiting_payment -> queued/sent skips payment: admin refuses.
    const AdminRun skip =
        admin({QStringLiteral("fulfillment"), QStringLiteral("advance"), draftId});
    QCOMPARE(skip.exitCode, 4);
    QVERIFY(skip.err.contains(QLatin1String("awaiting_payment")));
    QCOMPARE(stateOf(m_http->get(m_server.apiUrl(QStringLiteral("me/orders/") + draftId),
                                 bearer(m_john))),
             QStringLiteral("awaiting_payment"));

    // A queued free order: no payment, no abandoning, no shipping change.
    const QJsonArray orders =
        items(getObject(*m_http, m_server, QStringLiteral("me/orders"), m_john));
    QString queued;
    for (const QJsonValue &o : orders) {
        if (o.toObject().value(QLatin1String("state")).toString() == QLatin1String("queued"))
            queued = o.toObject().value(QLatin1String("id")).toString();
    }
    QVERIFY(!queued.isEmpty());
    QCOMPARE(post(QStringLiteral("me/orders/") + queued + QStringLiteral("/abandon"), QJsonObject{},
                  m_john)
                 .status,
             409);
    QCOMPARE(post(QStringLiteral("me/orders/") + queued + QStringLiteral("/checkout"),
                  QJsonObject{{QStringLiteral("paymentMethod"), QStringLiteral("paypal")}}, m_john)
                 .status,
             409);
    // Submitting again is not a transition: it answers with the order as it is.
    const HttpResult resubmitted = submit(queued, QStringLiteral("none"), m_john);
    QCOMPARE(resubmitted.status, 200);
    QCOMPARE(stateOf(resubmitted), QStringLiteral("queued"));
    // A draft cannot be advanced by the fulfilment house.
    const QString plainDraft = draft({QStringLiteral("cert-ccent")}, false, m_john);
    QCOMPARE(admin({QStringLiteral("fulfillment"), QStringLiteral("advance"), plainDraft}).exitCode,
             4);
}

void TestServerOrders::duplicateSubmitMakesOneCheckout() {
    const QString id = draftWithShipping({QStringLiteral("cert-ccent")}, false, m_john);
    const HttpResult first = submit(id, QStringLiteral("credit_card"), m_john);
    const HttpResult second = submit(id, QStringLiteral("credit_card"), m_john);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    QCOMPARE(stateOf(second), QStringLiteral("awaiting_payment"));
    QCOMPARE(checkoutUrlOf(second), checkoutUrlOf(first));
    // Even with another payment method: the order is past draft, nothing changes.
    const HttpResult third = submit(id, QStringLiteral("paypal"), m_john);
    QCOMPARE(third.json().object().value(QLatin1String("paymentMethod")).toString(),
             QStringLiteral("credit_card"));
    QCOMPARE(checkoutUrlOf(third), checkoutUrlOf(first));
    QCOMPARE(m_http->get(QUrl(checkoutUrlOf(first))).status, 200);
}

void TestServerOrders::idempotencyKeyReplaysTheFirstAnswer() {
    const QString id = draftWithShipping({QStringLiteral("cert-ccent")}, false, m_john);
    const HttpResult first = submit(id, QStringLiteral("credit_card"), m_john, "key-replay-1");
    QCOMPARE(first.status, 200);
    const HttpResult replay = submit(id, QStringLiteral("credit_card"), m_john, "key-replay-1");
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.body, first.body);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));

    // The same key with another body, or for another order, is refused.
    const HttpResult other = submit(id, QStringLiteral("paypal"), m_john, "key-replay-1");
    QCOMPARE(other.status, 422);
    QVERIFY(!errorFor(other, QStringLiteral("Idempotency-Key")).isEmpty());
    const QString otherOrder = draftWithShipping({QStringLiteral("cert-ccent")}, false, m_john);
    QCOMPARE(submit(otherOrder, QStringLiteral("credit_card"), m_john, "key-replay-1").status, 422);
    QCOMPARE(stateOf(m_http->get(m_server.apiUrl(QStringLiteral("me/orders/") + otherOrder),
                                 bearer(m_john))),
             QStringLiteral("draft"));
    // Keys are the candidate's own: Amira's same key is a new request.
    const QString amiras = draftWithShipping({QStringLiteral("cert-ccna")}, false, m_amira);
    QCOMPARE(stateOf(submit(amiras, QStringLiteral("paypal"), m_amira, "key-replay-1")),
             QStringLiteral("awaiting_payment"));

    const HttpResult badKey =
        submit(id, QStringLiteral("credit_card"), m_john, QByteArray(300, 'k'));
    QCOMPARE(badKey.status, 400);
    QCOMPARE(badKey.header("Content-Type"), QByteArray("application/problem+json"));
}

void TestServerOrders::concurrentSubmitsMakeOneCheckout() {
    const QString id = draftWithShipping({QStringLiteral("cert-ccent")}, true, m_john);
    QVERIFY(!id.isEmpty());
    // Two submits in flight at once on separate connections, as from two windows (each with
    // its own key), and a third with the first one's key.
    QNetworkAccessManager manager;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_server.caFile()));
    QList<QNetworkReply *> replies;
    const QList<QByteArray> keys = {"window-a", "window-b", "window-a"};
    for (const QByteArray &key : keys) {
        QNetworkRequest request(
            m_server.apiUrl(QStringLiteral("me/orders/") + id + QStringLiteral("/submit")));
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + m_john.toLatin1());
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("Idempotency-Key", key);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        replies.append(manager.post(request, QByteArray(R"({"paymentMethod":"paypal"})")));
    }
    QEventLoop loop;
    int finished = 0;
    for (QNetworkReply *reply : replies) {
        connect(reply, &QNetworkReply::finished, &loop, [&finished, &loop, &replies] {
            if (++finished == replies.size())
                loop.quit();
        });
    }
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(finished, replies.size());
    QStringList urls;
    for (QNetworkReply *reply : replies) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject order = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(order.value(QLatin1String("state")).toString(),
                 QStringLiteral("awaiting_payment"));
        urls.append(order.value(QLatin1String("checkoutUrl")).toString());
        reply->deleteLater();
    }
    QCOMPARE(urls.at(1), urls.at(0));
    QCOMPARE(urls.at(2), urls.at(0));
    // One order, one set of history rows, one charge once approved.
    int historyRows = 0;
    for (const QJsonValue &row :
         items(getObject(*m_http, m_server, QStringLiteral("me/fulfillment"), m_john)))
        historyRows += row.toObject().value(QLatin1String("orderId")).toString() == id ? 1 : 0;
    QCOMPARE(historyRows, 1);
    QCOMPARE(checkoutForm(urls.first(), QStringLiteral("approve")).status, 200);
    int charges = 0;
    for (const QJsonValue &row :
         items(getObject(*m_http, m_server, QStringLiteral("me/transactions"), m_john)))
        charges += row.toObject().value(QLatin1String("orderId")).toString() == id ? 1 : 0;
    QCOMPARE(charges, 1);
}

void TestServerOrders::anotherCandidatesOrderIsNotFound() {
    const QString johns = draftWithShipping({QStringLiteral("cert-ccent")}, false, m_john);
    QVERIFY(!johns.isEmpty());
    const QString base = QStringLiteral("me/orders/") + johns;
    const QList<HttpResult> answers = {
        m_http->get(m_server.apiUrl(base), bearer(m_amira)),
        send("PUT", base + QStringLiteral("/shipping"), encode(shipping()), m_amira),
        submit(johns, QStringLiteral("paypal"), m_amira),
        post(base + QStringLiteral("/checkout"),
             QJsonObject{{QStringLiteral("paymentMethod"), QStringLiteral("paypal")}}, m_amira),
        post(base + QStringLiteral("/abandon"), QJsonObject{}, m_amira),
    };
    const HttpResult unknown = m_http->get(
        m_server.apiUrl(QStringLiteral("me/orders/ORD-20260101-0000000000")), bearer(m_amira));
    QCOMPARE(unknown.status, 404);
    for (const HttpResult &answer : answers) {
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(answer.json().object().value(QLatin1String("title")),
                 unknown.json().object().value(QLatin1String("title")));
    }
    // John's order is untouched and not in Amira's list.
    QCOMPARE(stateOf(m_http->get(m_server.apiUrl(base), bearer(m_john))), QStringLiteral("draft"));
    QVERIFY(find(items(getObject(*m_http, m_server, QStringLiteral("me/orders"), m_amira)),
                 QStringLiteral("id"), johns)
                .isEmpty());
}

void TestServerOrders::adminAdvancesAPaidOrderToComplete() {
    const QString id = draftWithShipping({QStringLiteral("cert-ccent")}, false, m_john);
    const HttpResult submitted = submit(id, QStringLiteral("paypal"), m_john);
    QCOMPARE(checkoutForm(checkoutUrlOf(submitted), QStringLiteral("approve")).status, 200);

    const QStringList steps = {QStringLiteral("queued"), QStringLiteral("sent"),
                               QStringLiteral("complete")};
    const QStringList days = {QStringLiteral("2026-11-03"), QStringLiteral("2026-11-10"),
                              QStringLiteral("2026-11-20")};
    for (int i = 0; i < steps.size(); ++i) {
        const AdminRun run = admin({QStringLiteral("fulfillment"), QStringLiteral("advance"), id,
                                    QStringLiteral("--on"), days.at(i)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(steps.at(i)));
        // The running server sees the change at once.
        QCOMPARE(stateOf(m_http->get(m_server.apiUrl(QStringLiteral("me/orders/") + id),
                                     bearer(m_john))),
                 steps.at(i));
    }
    const QJsonObject row =
        find(items(getObject(*m_http, m_server, QStringLiteral("me/fulfillment"), m_john)),
             QStringLiteral("orderId"), id);
    QCOMPARE(row.value(QLatin1String("queued")).toString(), days.at(0));
    QCOMPARE(row.value(QLatin1String("sent")).toString(), days.at(1));
    QCOMPARE(row.value(QLatin1String("complete")).toString(), days.at(2));
    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("Complete"));

    const AdminRun past = admin({QStringLiteral("fulfillment"), QStringLiteral("advance"), id});
    QCOMPARE(past.exitCode, 4);
    QVERIFY(past.err.contains(QLatin1String("complete")));
    QCOMPARE(admin({QStringLiteral("fulfillment"), QStringLiteral("advance"),
                    QStringLiteral("ORD-NOPE")})
                 .exitCode,
             3);
    const AdminRun listed = admin({QStringLiteral("fulfillment"), QStringLiteral("list"),
                                   QStringLiteral("--login"), kDemoLogin});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(
        listed.out.contains(id + QStringLiteral("\t") + kDemoLogin + QStringLiteral("\tcomplete")));
    const AdminRun everyone = admin({QStringLiteral("fulfillment"), QStringLiteral("list")});
    QCOMPARE(everyone.exitCode, 0);
    QVERIFY(everyone.out.contains(kAmira));
}

void TestServerOrders::ordersListNewestFirstWithEtag() {
    const QString newest = draft({QStringLiteral("cert-ccent")}, false, m_john);
    const HttpResult list =
        m_http->get(m_server.apiUrl(QStringLiteral("me/orders")), bearer(m_john));
    QCOMPARE(list.status, 200);
    const QJsonObject page = list.json().object();
    QVERIFY(page.value(QLatin1String("nextCursor")).isNull());
    QCOMPARE(items(page).first().toObject().value(QLatin1String("id")).toString(), newest);
    QVERIFY(items(page).size() > 5);
    const HttpResult again =
        m_http->get(m_server.apiUrl(QStringLiteral("me/orders")),
                    {bearer(m_john).first(), {"If-None-Match", list.header("ETag")}});
    QCOMPARE(again.status, 304);
    QCOMPARE(items(getObject(*m_http, m_server, QStringLiteral("me/orders"),
                             m_http->passwordToken(m_server.baseUrl(), kChen, kDemoPassword)))
                 .size(),
             0);
}

void TestServerOrders::unpaidOrdersAreAbandonedAfter24Hours() {
    // Amira: the free CCIE kit with a paid plaque, awaiting payment; a declined order; a paid
    // one; and a draft a client left behind.
    const QString withKit = draftWithShipping(
        {QStringLiteral("kit-ccie-rs"), QStringLiteral("plaque-ccie-rs")}, false, m_amira);
    QVERIFY(!withKit.isEmpty());
    QCOMPARE(stateOf(submit(withKit, QStringLiteral("paypal"), m_amira)),
             QStringLiteral("awaiting_payment"));
    QVERIFY(find(items(getObject(*m_http, m_server, QStringLiteral("me/fulfillment/catalogue"),
                                 m_amira)),
                 QStringLiteral("id"), QStringLiteral("kit-ccie-rs"))
                .isEmpty());
    const QString declined = draftWithShipping({QStringLiteral("cert-ccna")}, false, m_amira);
    QCOMPARE(checkoutForm(checkoutUrlOf(submit(declined, QStringLiteral("paypal"), m_amira)),
                          QStringLiteral("decline"))
                 .status,
             200);
    const QString paid = draftWithShipping({QStringLiteral("cert-ccna")}, false, m_amira);
    QCOMPARE(checkoutForm(checkoutUrlOf(submit(paid, QStringLiteral("paypal"), m_amira)),
                          QStringLiteral("approve"))
                 .status,
             200);
    const QString stillDraft = draft({QStringLiteral("cert-ccna")}, false, m_amira);

    // 23 hours later nothing is abandoned yet.
    QVERIFY2(m_server.restart(TestServer::defaultNow().addSecs(23 * 3600)),
             qPrintable(m_server.error()));
    QString token = m_http->passwordToken(m_server.baseUrl(), kAmira, kDemoPassword);
    QCOMPARE(stateOf(m_http->get(m_server.apiUrl(QStringLiteral("me/orders/") + withKit),
                                 bearer(token))),
             QStringLiteral("awaiting_payment"));
    QCOMPARE(stateOf(m_http->get(m_server.apiUrl(QStringLiteral("me/orders/") + stillDraft),
                                 bearer(token))),
             QStringLiteral("draft"));

    QVERIFY2(m_server.restart(TestServer::defaultNow().addSecs(25 * 3600)),
             qPrintable(m_server.error()));
    token = m_http->passwordToken(m_server.baseUrl(), kAmira, kDemoPassword);
    // Abandoned at start-up, before any order request: the history shows it.
    QCOMPARE(find(items(getObject(*m_http, m_server, QStringLiteral("me/fulfillment"), token)),
                  QStringLiteral("orderId"), withKit)
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("Abandoned"));
    const auto stateNow = [&](const QString &id) {
        return stateOf(
            m_http->get(m_server.apiUrl(QStringLiteral("me/orders/") + id), bearer(token)));
    };
    QCOMPARE(stateNow(withKit), QStringLiteral("abandoned"));
    QCOMPARE(stateNow(declined), QStringLiteral("abandoned"));
    QCOMPARE(stateNow(paid), QStringLiteral("paid"));
    QCOMPARE(stateNow(stillDraft), QStringLiteral("abandoned"));
    // The kit is free to claim again, and the abandoned order cannot be paid.
    QCOMPARE(
        find(items(getObject(*m_http, m_server, QStringLiteral("me/fulfillment/catalogue"), token)),
             QStringLiteral("id"), QStringLiteral("kit-ccie-rs"))
            .value(QLatin1String("initialKit"))
            .toBool(),
        true);
    QCOMPARE(post(QStringLiteral("me/orders/") + withKit + QStringLiteral("/checkout"),
                  QJsonObject{{QStringLiteral("paymentMethod"), QStringLiteral("paypal")}}, token)
                 .status,
             409);
}

QTEST_GUILESS_MAIN(TestServerOrders)
#include "TestServerOrders.moc"
