// What the client sends and does around a kit order, against a fake HTTPS server that records
// every request (a real certtrackd cannot hold back an answer on cue): a submit carries one
// Idempotency-Key however often it is repeated (a retry after a time-out, a double click), a
// new key only for another order or another payment method; the order watcher backs off
// (2 s doubling to 30 s), rides out transient faults, and stops by itself once the order leaves
// awaiting payment, when the order is unknown, or when told to.

#include "FakeTlsServer.h"
#include "TestServer.h"
#include "client/ApiClient.h"
#include "client/OrderService.h"
#include "client/OrderWatcher.h"
#include "client/Session.h"
#include "domain/Order.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace certtrack;
using client::ApiError;
using domain::Order;
using test::FakeTlsServer;

namespace {

constexpr int kWaitMs = 20000;

QByteArray tokenBody() {
    return R"({"access_token":"a","token_type":"Bearer","expires_in":900,"refresh_token":"r"})";
}

QByteArray orderBody(const QString &id, Order::State state) {
    Order order;
    order.id = id;
    order.state = state;
    Order::Line line;
    line.catalogueItemId = QStringLiteral("cert-ccent");
    line.name = QStringLiteral("CCENT Certificate");
    line.description = QStringLiteral("Certificate");
    line.price.minorUnits = 1500;
    order.lines = {line};
    order.total.minorUnits = 1500;
    order.paymentMethod = Order::PaymentMethod::PayPal;
    if (state == Order::State::AwaitingPayment)
        order.checkoutUrl = QStringLiteral("https://127.0.0.1:1/checkout/t");
    order.createdAt = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
    order.updatedAt = order.createdAt;
    return QJsonDocument(order.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestOrderService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void submitRepeatsCarryOneIdempotencyKey();
    void anotherOrderOrMethodGetsAnotherKey();
    void refusedSubmitKeepsItsKeyAndShowsTheProblem();
    void backOffDoublesUpToTheCeiling();
    void watcherStopsOncePaid();
    void watcherStopsOnDecline();
    void watcherRidesOutTransientFaults();
    void watcherStopsForAnUnknownOrder();
    void watcherStopsWhenTold();

private:
    struct Fixture {
        std::unique_ptr<FakeTlsServer> server;
        std::unique_ptr<client::ApiClient> api;
        std::unique_ptr<client::Session> session;
    };
    // A signed-in session against a fake whose handler answers everything but the token.
    Fixture connect(std::function<void(const FakeTlsServer::Request &, QSslSocket *)> handler);
    client::OrderReply
    call(const std::function<void(QObject *, client::OrderService::Callback)> &request);

    test::TestServer m_certificates;
};

void TestOrderService::initTestCase() {
    QVERIFY2(m_certificates.start(test::TestServer::defaultNow(), QString()),
             qPrintable(m_certificates.error()));
    m_certificates.stop();
}

TestOrderService::Fixture TestOrderService::connect(
    std::function<void(const FakeTlsServer::Request &, QSslSocket *)> handler) {
    Fixture f;
    const QString tls = m_certificates.dataDir() + QStringLiteral("/tls/");
    f.server = std::make_unique<FakeTlsServer>(
        tls + QStringLiteral("server.pem"), tls + QStringLiteral("server-key.pem"),
        [handler](const FakeTlsServer::Request &request, QSslSocket *socket) {
            if (request.path == "/api/v1/auth/token")
                socket->write(FakeTlsServer::response(200, tokenBody()));
            else
                handler(request, socket);
        });
    if (!f.server->listen())
        qFatal("the fake server cannot listen");
    f.api = std::make_unique<client::ApiClient>(
        client::ServerEndpoint{QUrl(QStringLiteral("https://127.0.0.1:%1").arg(f.server->port())),
                               m_certificates.caFile()});
    f.session = std::make_unique<client::Session>(f.api.get());
    QSignalSpy signedIn(f.session.get(), &client::Session::signedIn);
    f.session->signIn(QStringLiteral("CSCO10000000"), QStringLiteral("pw"));
    if (!signedIn.wait(kWaitMs))
        qFatal("no sign-in against the fake server");
    return f;
}

client::OrderReply TestOrderService::call(
    const std::function<void(QObject *, client::OrderService::Callback)> &request) {
    std::optional<client::OrderReply> reply;
    request(this, [&reply](const client::OrderReply &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, kWaitMs))
        qFatal("an order request never answered");
    return *reply;
}

void TestOrderService::submitRepeatsCarryOneIdempotencyKey() {
    QList<QByteArray> keys;
    QList<QByteArray> bodies;
    auto f = connect([&](const FakeTlsServer::Request &request, QSslSocket *socket) {
        QCOMPARE(request.path, QByteArray("/api/v1/me/orders/o1/submit"));
        keys.append(request.headers.value("idempotency-key"));
        bodies.append(request.body);
        // The first attempt gets no answer at all: the client gives up on it.
        if (keys.size() > 1)
            socket->write(FakeTlsServer::response(
                200, orderBody(QStringLiteral("o1"), Order::State::AwaitingPayment)));
    });
    f.api->setTimeout(500);
    client::OrderService service(f.session.get());
    const auto submit = [&](QObject *context, client::OrderService::Callback callback) {
        service.submit(QStringLiteral("o1"), Order::PaymentMethod::PayPal, context, callback);
    };

    const client::OrderReply timedOut = call(submit);
    QVERIFY(timedOut.error);
    QCOMPARE(timedOut.error->kind, ApiError::Kind::Timeout);
    const client::OrderReply retried = call(submit);
    QVERIFY2(!retried.error, qPrintable(retried.error.value_or(ApiError{}).message));
    QCOMPARE(domain::toString(retried.order.state),
             domain::toString(Order::State::AwaitingPayment));

    // A double click: two submits before either has an answer.
    int answered = 0;
    for (int i = 0; i < 2; ++i)
        service.submit(QStringLiteral("o1"), Order::PaymentMethod::PayPal, this,
                       [&answered](const client::OrderReply &) { ++answered; });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 2, kWaitMs);

    QCOMPARE(keys.size(), 4);
    QVERIFY(!keys.first().isEmpty());
    for (const QByteArray &key : std::as_const(keys))
        QCOMPARE(key, keys.first());
    QCOMPARE(QJsonDocument::fromJson(bodies.first()).object().value(QLatin1String("paymentMethod")),
             QJsonValue(QStringLiteral("paypal")));
}

void TestOrderService::anotherOrderOrMethodGetsAnotherKey() {
    QHash<QByteArray, QByteArray> keyByRequest;
    auto f = connect([&](const FakeTlsServer::Request &request, QSslSocket *socket) {
        const QByteArray method = QJsonDocument::fromJson(request.body)
                                      .object()
                                      .value(QLatin1String("paymentMethod"))
                                      .toString()
                                      .toUtf8();
        keyByRequest.insert(request.path + ' ' + method, request.headers.value("idempotency-key"));
        socket->write(FakeTlsServer::response(
            200, orderBody(QStringLiteral("o"), Order::State::AwaitingPayment)));
    });
    client::OrderService service(f.session.get());
    for (const auto &[id, method] :
         {std::pair{QStringLiteral("o1"), Order::PaymentMethod::PayPal},
          std::pair{QStringLiteral("o2"), Order::PaymentMethod::PayPal},
          std::pair{QStringLiteral("o1"), Order::PaymentMethod::CreditCard}}) {
        const client::OrderReply reply = call([&](QObject *context, auto callback) {
            service.submit(id, method, context, callback);
        });
        QVERIFY(!reply.error);
    }
    QCOMPARE(keyByRequest.size(), 3);
    const QByteArray first = keyByRequest.value("/api/v1/me/orders/o1/submit paypal");
    const QByteArray otherOrder = keyByRequest.value("/api/v1/me/orders/o2/submit paypal");
    const QByteArray otherMethod = keyByRequest.value("/api/v1/me/orders/o1/submit credit_card");
    QVERIFY(!first.isEmpty() && !otherOrder.isEmpty() && !otherMethod.isEmpty());
    QVERIFY(first != otherOrder);
    QVERIFY(first != otherMethod);
    QCOMPARE(service.idempotencyKey(QStringLiteral("o1"), Order::PaymentMethod::PayPal), first);
}

void TestOrderService::refusedSubmitKeepsItsKeyAndShowsTheProblem() {
    QList<QByteArray> keys;
    auto f = connect([&](const FakeTlsServer::Request &request, QSslSocket *socket) {
        keys.append(request.headers.value("idempotency-key"));
        socket->write(
            FakeTlsServer::response(409,
                                    R"({"type":"about:blank","title":"Conflict","status":409,)"
                                    R"("detail":"The initial kit of CCNA is already claimed."})",
                                    "Content-Type: application/problem+json\r\n"));
    });
    client::OrderService service(f.session.get());
    for (int attempt = 0; attempt < 2; ++attempt) {
        const client::OrderReply reply = call([&](QObject *context, auto callback) {
            service.submit(QStringLiteral("o9"), Order::PaymentMethod::None, context, callback);
        });
        QVERIFY(reply.error);
        QCOMPARE(reply.error->httpStatus, 409);
        QCOMPARE(reply.error->message,
                 QStringLiteral("The initial kit of CCNA is already claimed."));
    }
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(0), keys.at(1));
}

void TestOrderService::backOffDoublesUpToTheCeiling() {
    QList<int> waits{client::OrderWatcher::kFirstIntervalMs};
    while (waits.size() < 7)
        waits.append(
            client::OrderWatcher::nextInterval(waits.last(), client::OrderWatcher::kMaxIntervalMs));
    QCOMPARE(waits, (QList<int>{2000, 4000, 8000, 16000, 30000, 30000, 30000}));
    QCOMPARE(client::OrderWatcher::nextInterval(10, 25), 20);
    QCOMPARE(client::OrderWatcher::nextInterval(20, 25), 25);
}

void TestOrderService::watcherStopsOncePaid() {
    int polls = 0;
    QList<QByteArray> sentEtags;
    auto f = connect([&](const FakeTlsServer::Request &request, QSslSocket *socket) {
        QCOMPARE(request.path, QByteArray("/api/v1/me/orders/o1"));
        ++polls;
        sentEtags.append(request.headers.value("if-none-match"));
        if (polls == 1)
            socket->write(FakeTlsServer::response(
                200, orderBody(QStringLiteral("o1"), Order::State::AwaitingPayment),
                "ETag: \"v1\"\r\n"));
        else if (polls == 2)
            socket->write(FakeTlsServer::response(304, {}, "ETag: \"v1\"\r\n"));
        else
            socket->write(FakeTlsServer::response(
                200, orderBody(QStringLiteral("o1"), Order::State::Paid), "ETag: \"v2\"\r\n"));
    });
    client::OrderWatcher watcher(f.session.get());
    watcher.setIntervals(20, 80);
    QSignalSpy changed(&watcher, &client::OrderWatcher::orderChanged);
    QSignalSpy settled(&watcher, &client::OrderWatcher::settled);
    QSignalSpy failed(&watcher, &client::OrderWatcher::failed);
    watcher.watch(QStringLiteral("o1"));
    QVERIFY(watcher.isWatching());
    QVERIFY(settled.wait(kWaitMs));
    QCOMPARE(domain::toString(settled.first().first().value<Order>().state),
             domain::toString(Order::State::Paid));
    QVERIFY(!watcher.isWatching());
    QCOMPARE(watcher.currentIntervalMs(), 0);
    QCOMPARE(changed.size(), 2); // the 304 brought nothing new
    QCOMPARE(polls, 3);
    QCOMPARE(sentEtags, (QList<QByteArray>{QByteArray(), "\"v1\"", "\"v1\""}));
    // Several ceilings later nothing more was asked.
    QTest::qWait(400);
    QCOMPARE(polls, 3);
    QCOMPARE(watcher.requestCount(), 3);
    QVERIFY(failed.isEmpty());
}

void TestOrderService::watcherStopsOnDecline() {
    int polls = 0;
    auto f = connect([&](const FakeTlsServer::Request &, QSslSocket *socket) {
        ++polls;
        socket->write(FakeTlsServer::response(
            200, orderBody(QStringLiteral("o1"), Order::State::Declined), "ETag: \"d\"\r\n"));
    });
    client::OrderWatcher watcher(f.session.get());
    watcher.setIntervals(20, 80);
    QSignalSpy settled(&watcher, &client::OrderWatcher::settled);
    watcher.watch(QStringLiteral("o1"));
    QVERIFY(settled.wait(kWaitMs));
    QCOMPARE(domain::toString(settled.first().first().value<Order>().state),
             domain::toString(Order::State::Declined));
    QVERIFY(!watcher.isWatching());
    QTest::qWait(300);
    QCOMPARE(polls, 1);
}

void TestOrderService::watcherRidesOutTransientFaults() {
    int polls = 0;
    auto f = connect([&](const FakeTlsServer::Request &, QSslSocket *socket) {
        ++polls;
        if (polls == 1)
            socket->write(FakeTlsServer::response(503, "{}"));
        else if (polls == 2)
            socket->disconnectFromHost(); // the connection drops without an answer
        else
            socket->write(FakeTlsServer::response(
                200, orderBody(QStringLiteral("o1"), Order::State::Cancelled), "ETag: \"c\"\r\n"));
    });
    client::OrderWatcher watcher(f.session.get());
    watcher.setIntervals(20, 80);
    QSignalSpy settled(&watcher, &client::OrderWatcher::settled);
    QSignalSpy failed(&watcher, &client::OrderWatcher::failed);
    watcher.watch(QStringLiteral("o1"));
    QVERIFY(settled.wait(kWaitMs));
    QCOMPARE(domain::toString(settled.first().first().value<Order>().state),
             domain::toString(Order::State::Cancelled));
    QVERIFY(failed.isEmpty());
    QCOMPARE(polls, 3);
}

void TestOrderService::watcherStopsForAnUnknownOrder() {
    int polls = 0;
    auto f = connect([&](const FakeTlsServer::Request &, QSslSocket *socket) {
        ++polls;
        socket->write(FakeTlsServer::response(
            404,
            R"({"type":"about:blank","title":"Not Found","status":404,"detail":"No such order."})",
            "Content-Type: application/problem+json\r\n"));
    });
    client::OrderWatcher watcher(f.session.get());
    watcher.setIntervals(20, 80);
    QSignalSpy failed(&watcher, &client::OrderWatcher::failed);
    QSignalSpy settled(&watcher, &client::OrderWatcher::settled);
    watcher.watch(QStringLiteral("someone-elses"));
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 404);
    QVERIFY(!watcher.isWatching());
    QTest::qWait(300);
    QCOMPARE(polls, 1);
    QVERIFY(settled.isEmpty());
}

void TestOrderService::watcherStopsWhenTold() {
    int polls = 0;
    auto f = connect([&](const FakeTlsServer::Request &, QSslSocket *socket) {
        ++polls;
        socket->write(FakeTlsServer::response(
            200, orderBody(QStringLiteral("o1"), Order::State::AwaitingPayment)));
    });
    client::OrderWatcher watcher(f.session.get());
    watcher.setIntervals(20, 40);
    QSignalSpy changed(&watcher, &client::OrderWatcher::orderChanged);
    watcher.watch(QStringLiteral("o1"));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, kWaitMs); // still awaiting: it keeps asking
    QVERIFY(watcher.isWatching());
    watcher.stop();
    // A request already on its way when stop() came may still reach the server; none after it.
    const int asked = watcher.requestCount();
    QTest::qWait(300);
    QCOMPARE(watcher.requestCount(), asked);
    QVERIFY(polls <= asked);
    QVERIFY(!watcher.isWatching());
    // pollNow on a stopped watcher asks nothing.
    watcher.pollNow();
    QTest::qWait(100);
    QCOMPARE(watcher.requestCount(), asked);
    QVERIFY(polls <= asked);
}

QTEST_GUILESS_MAIN(TestOrderService)
#include "TestOrderService.moc"
