#include "server/orders/OrderEndpoints.h"

#include "domain/Json.h"
#include "server/core/AccountLimits.h"
#include "server/core/Logging.h"
#include "server/core/PasswordHasher.h"
#include "server/http/FormBody.h"
#include "server/http/PublicPage.h"
#include "server/orders/CheckoutPage.h"
#include "server/orders/FulfillmentRules.h"
#include "server/orders/OrderDraft.h"

#include "server/http/HttpProblem.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

namespace certtrack::server {

namespace {

using State = domain::Order::State;
using Method = domain::Order::PaymentMethod;
using FieldErrors = QList<domain::Problem::FieldError>;

// The id comes from the path and is not repeated back.
HttpResponse notFound() {
    return HttpResponse::problem(404, QStringLiteral("Not Found"),
                                 QStringLiteral("You have no order with this id."));
}

HttpResponse conflict(const QString &detail) {
    return HttpResponse::problem(409, QStringLiteral("Conflict"), detail);
}

HttpResponse limitReached(const AccountLimits::Reached &reached) {
    HttpResponse response = HttpResponse::problem(
        domain::Problem::make(reached.status, reached.title, reached.detail, reached.type));
    if (reached.retryAfterSeconds > 0)
        response.setHeader("Retry-After", QByteArray::number(reached.retryAfterSeconds));
    return response;
}

HttpResponse kitClaimedElsewhere(const QString &orderId) {
    return conflict(
        QStringLiteral("An initial kit in order %1 was already claimed in another order.")
            .arg(orderId));
}

HttpResponse badRequest(const QString &detail) {
    return HttpResponse::problem(400, QStringLiteral("Bad Request"), detail);
}

QString stateWords(State state) {
    return FulfillmentRules::statusText(state).toLower();
}

// The paymentMethod of a submit or checkout body; an error names what is wrong.
std::optional<Method> paymentMethodOf(const QJsonObject &body, FieldErrors *errors) {
    const QJsonValue value = body.value(QLatin1String("paymentMethod"));
    const std::optional<Method> method =
        value.isString() ? domain::paymentMethodFromString(value.toString()) : std::nullopt;
    if (!method) {
        errors->append({QStringLiteral("paymentMethod"),
                        QStringLiteral("Choose the payment method: \"paypal\", \"debit_card\", "
                                       "\"credit_card\", or \"none\" when there is nothing to "
                                       "pay.")});
    }
    return method;
}

QString randomHex(int bytes) {
    QByteArray random(bytes, Qt::Uninitialized);
    for (char &c : random)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(random.toHex()).toUpper();
}

QString newOrderId(const QDate &today) {
    return QStringLiteral("ORD-%1-%2")
        .arg(today.toString(QStringLiteral("yyyyMMdd")), randomHex(5));
}

domain::Transaction payment(const StoredOrder &stored, const QDateTime &at, const QString &status) {
    domain::Transaction t;
    t.id = QStringLiteral("txn-") + randomHex(8).toLower();
    t.at = at;
    QStringList names;
    for (const domain::Order::Line &line : stored.order.lines)
        names.append(line.name);
    t.description = names.join(QStringLiteral(", "));
    if (stored.order.isFree())
        t.description += QStringLiteral(" - initial certification kit");
    else if (stored.order.tracking)
        t.description += QStringLiteral(", Tracking");
    t.amount = stored.order.total;
    t.paymentMethod = FulfillmentRules::paymentMethodLabel(stored.order.paymentMethod);
    t.status = status;
    t.orderId = stored.order.id;
    return t;
}

bool isUnpaid(State state) {
    return state == State::AwaitingPayment || state == State::Declined || state == State::Cancelled;
}

HttpResponse page(const QByteArray &body, int status,
                  publicpage::Forms forms = publicpage::Forms::None) {
    return publicpage::guarded(publicpage::html(body, status), forms);
}

} // namespace

OrderEndpoints::OrderEndpoints(OrderStore &store, const Clock &clock, QUrl publicBase)
    : m_store(store)
    , m_clock(clock)
    , m_publicBase(std::move(publicBase)) {}

int OrderEndpoints::abandonUnpaid() {
    const QDateTime now = m_clock.now();
    const QStringList abandoned =
        m_store.abandonOrdersUnpaidSince(now.addSecs(-kUnpaidSeconds), now);
    for (const QString &id : abandoned)
        qCInfo(lcServer).noquote() << "order" << id << "abandoned: unpaid for 24 hours";
    return static_cast<int>(abandoned.size());
}

domain::Order OrderEndpoints::wireOrder(const StoredOrder &stored) const {
    domain::Order order = stored.order;
    order.checkoutUrl.clear();
    if (order.state == State::AwaitingPayment && !stored.checkoutToken.isEmpty()) {
        QUrl url = m_publicBase;
        url.setPath(QStringLiteral("/checkout/") + stored.checkoutToken);
        order.checkoutUrl = url.toString();
    }
    return order;
}

HttpResponse OrderEndpoints::orderResponse(const StoredOrder &stored, int status) const {
    return HttpResponse::json(wireOrder(stored).toJson(), status);
}

std::optional<StoredOrder> OrderEndpoints::reload(const StoredOrder &stored) {
    return m_store.order(stored.candidateId, stored.order.id);
}

HttpResponse OrderEndpoints::fulfillment(qint64 candidateId) {
    domain::Page<domain::FulfillmentItem> page;
    page.items = m_store.fulfillment(candidateId);
    return HttpResponse::json(page.toJson());
}

HttpResponse OrderEndpoints::catalogue(qint64 candidateId) {
    // An abandoned order gives its initial kit back: abandon first, so the catalogue offers it.
    abandonUnpaid();
    return HttpResponse::json(
        FulfillmentRules::catalogue(FulfillmentRules::offers(m_store, candidateId, m_clock.today()))
            .toJson());
}

HttpResponse OrderEndpoints::list(qint64 candidateId) {
    abandonUnpaid();
    domain::Page<domain::Order> result;
    for (const StoredOrder &stored : m_store.orders(candidateId))
        result.items.append(wireOrder(stored));
    return HttpResponse::json(result.toJson());
}

HttpResponse OrderEndpoints::get(qint64 candidateId, const QString &orderId) {
    abandonUnpaid();
    const std::optional<StoredOrder> stored = m_store.order(candidateId, orderId);
    if (!stored)
        return notFound();
    return orderResponse(*stored);
}

HttpResponse OrderEndpoints::create(const ApiRequest &request, qint64 candidateId) {
    // Orders left unpaid a day are abandoned first, so they do not count against the limit.
    abandonUnpaid();
    const QJsonObject body = requireJsonObject(request);
    const OrderDraft draft = OrderDraft::read(
        body, [&] { return FulfillmentRules::offers(m_store, candidateId, m_clock.today()); },
        candidateId, newOrderId(m_clock.today()), m_clock.now());
    if (!draft.order)
        return HttpResponse::validationFailed(draft.errors);
    const StoredOrder &stored = *draft.order;
    const domain::Order &order = stored.order;
    const QDateTime now = m_clock.now();
    if (const auto reached = AccountLimits::check(
            QStringLiteral("orders"), m_store.openOrderCount(candidateId),
            AccountLimits::kMaxOpenOrders, QStringLiteral("unpaid or draft orders"),
            m_store.ordersCreatedSince(candidateId,
                                       now.addSecs(-AccountLimits::kRateWindowSeconds)),
            now))
        return limitReached(*reached);
    m_store.insertOrder(stored);
    qCInfo(lcServer).noquote() << "order" << order.id << "drafted by candidate" << candidateId;
    HttpResponse response = orderResponse(stored, 201);
    response.setHeader("Location", "/api/v1/me/orders/" + order.id.toLatin1());
    return response;
}

HttpResponse OrderEndpoints::putShipping(const ApiRequest &request, qint64 candidateId,
                                         const QString &orderId) {
    abandonUnpaid();
    const std::optional<StoredOrder> stored = m_store.order(candidateId, orderId);
    if (!stored)
        return notFound();
    if (stored->order.state != State::Draft) {
        return conflict(QStringLiteral("Order %1 is %2: its shipping details can no longer "
                                       "change.")
                            .arg(orderId, stateWords(stored->order.state)));
    }
    const QJsonObject body = requireJsonObject(request);
    QString error;
    domain::JsonReader reader(body, QString(), &error);
    const domain::ShippingDetails shipping = domain::ShippingDetails::fromJson(reader);
    if (!reader.ok()) {
        const qsizetype colon = error.indexOf(QStringLiteral(": "));
        return HttpResponse::validationFailed({{colon > 0 ? error.left(colon) : QString(),
                                                colon > 0 ? error.mid(colon + 2) : error}});
    }
    FieldErrors errors;
    for (const domain::FieldError &e : domain::ShippingRules::validate(shipping))
        errors.append({e.field, e.message});
    if (!errors.isEmpty())
        return HttpResponse::validationFailed(errors);
    if (!m_store.setOrderShipping(candidateId, orderId, shipping, m_clock.now()))
        return conflict(QStringLiteral("Order %1 is no longer a draft.").arg(orderId));
    return orderResponse(*m_store.order(candidateId, orderId));
}

HttpResponse OrderEndpoints::submit(const ApiRequest &request, qint64 candidateId,
                                    const QString &orderId) {
    abandonUnpaid();
    const std::optional<StoredOrder> stored = m_store.order(candidateId, orderId);
    if (!stored)
        return notFound();

    const QString key = QString::fromLatin1(request.header("Idempotency-Key").trimmed());
    QByteArray fingerprint;
    if (!key.isEmpty()) {
        const bool printable = std::all_of(key.cbegin(), key.cend(), [](QChar c) {
            return c.unicode() > 0x20 && c.unicode() < 0x7F;
        });
        if (key.size() > kMaxIdempotencyKeyLength || !printable) {
            return badRequest(QStringLiteral("Idempotency-Key takes 1 to %1 visible ASCII "
                                             "characters.")
                                  .arg(kMaxIdempotencyKeyLength));
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(QByteArray(request.method + ' ' + request.path.toUtf8() + '\n'));
        hash.addData(request.body);
        fingerprint = hash.result();
        if (const auto first = m_store.idempotentAnswer(candidateId, key)) {
            if (first->fingerprint != fingerprint) {
                return HttpResponse::validationFailed(
                    {{QStringLiteral("Idempotency-Key"),
                      QStringLiteral("This Idempotency-Key was used for "
                                     "another request; use a new key.")}});
            }
            HttpResponse replay;
            replay.status = first->status;
            replay.body = first->body;
            replay.setHeader("Content-Type", "application/json");
            replay.setHeader("Idempotent-Replayed", "true");
            return replay;
        }
    }

    // A submit of an order past draft (a double click, a retry, a second window) changes
    // nothing and answers with where the order is.
    HttpResponse response = stored->order.state == State::Draft ? submitDraft(request, *stored)
                                                                : orderResponse(*stored);
    if (!key.isEmpty() && response.status == 200) {
        m_store.storeIdempotentAnswer(
            candidateId, key,
            IdempotentAnswer{fingerprint, orderId, response.status, response.body}, m_clock.now());
    }
    return response;
}

HttpResponse OrderEndpoints::submitDraft(const ApiRequest &request, const StoredOrder &stored) {
    const QJsonObject body = requireJsonObject(request);
    FieldErrors errors;
    const std::optional<Method> method = paymentMethodOf(body, &errors);
    if (!stored.order.shipping) {
        errors.append({QStringLiteral("shipping"),
                       QStringLiteral("Give the shipping details before submitting.")});
    }
    if (method && stored.order.isFree() && *method != Method::None) {
        errors.append({QStringLiteral("paymentMethod"),
                       QStringLiteral("There is nothing to pay: the payment method is "
                                      "\"none\".")});
    }
    if (method && !stored.order.isFree() && *method == Method::None) {
        errors.append({QStringLiteral("paymentMethod"),
                       QStringLiteral("Choose PayPal, debit card or credit card to pay %1.")
                           .arg(stored.order.total.display())});
    }
    if (!errors.isEmpty())
        return HttpResponse::validationFailed(errors);

    if (!stored.order.isFree())
        return startCheckout(stored, *method);

    OrderTransition t = OrderTransition::step(stored, State::Queued, m_clock.now());
    t.paymentMethod = Method::None;
    t.claimInitialKits = true;
    StoredOrder claimed = stored;
    claimed.order.paymentMethod = Method::None;
    domain::Transaction claim = payment(claimed, t.at, QStringLiteral("Complete"));
    t.transaction = claim;
    const OrderStore::TransitionResult result = m_store.moveOrder(t);
    if (result == OrderStore::TransitionResult::KitAlreadyClaimed)
        return kitClaimedElsewhere(stored.order.id);
    if (result == OrderStore::TransitionResult::Moved)
        qCInfo(lcServer).noquote() << "order" << stored.order.id << "claimed free and queued";
    return orderResponse(*reload(stored));
}

HttpResponse OrderEndpoints::startCheckout(const StoredOrder &stored, Method method) {
    OrderTransition t = OrderTransition::step(stored, State::AwaitingPayment, m_clock.now());
    t.paymentMethod = method;
    t.checkoutToken = PasswordHasher::randomToken();
    t.claimInitialKits = stored.order.state == State::Draft;
    const OrderStore::TransitionResult result = m_store.moveOrder(t);
    if (result == OrderStore::TransitionResult::KitAlreadyClaimed)
        return kitClaimedElsewhere(stored.order.id);
    if (result == OrderStore::TransitionResult::Moved)
        qCInfo(lcServer).noquote() << "order" << stored.order.id << "awaits payment";
    return orderResponse(*reload(stored));
}

HttpResponse OrderEndpoints::checkout(const ApiRequest &request, qint64 candidateId,
                                      const QString &orderId) {
    abandonUnpaid();
    const std::optional<StoredOrder> stored = m_store.order(candidateId, orderId);
    if (!stored)
        return notFound();
    if (!isUnpaid(stored->order.state)) {
        return conflict(QStringLiteral("Order %1 is %2: there is no payment to make.")
                            .arg(orderId, stateWords(stored->order.state)));
    }
    const QJsonObject body = requireJsonObject(request);
    FieldErrors errors;
    const std::optional<Method> method = paymentMethodOf(body, &errors);
    if (method && *method == Method::None) {
        errors.append({QStringLiteral("paymentMethod"),
                       QStringLiteral("Choose PayPal, debit card or credit card.")});
    }
    if (!errors.isEmpty())
        return HttpResponse::validationFailed(errors);
    return startCheckout(*stored, *method);
}

HttpResponse OrderEndpoints::abandon(qint64 candidateId, const QString &orderId) {
    abandonUnpaid();
    const std::optional<StoredOrder> stored = m_store.order(candidateId, orderId);
    if (!stored)
        return notFound();
    if (!domain::Order::canMove(stored->order.state, State::Abandoned)) {
        return conflict(QStringLiteral("Order %1 is %2 and cannot be abandoned.")
                            .arg(orderId, stateWords(stored->order.state)));
    }
    OrderTransition t = OrderTransition::step(*stored, State::Abandoned, m_clock.now());
    t.releaseInitialKits = true;
    if (m_store.moveOrder(t) != OrderStore::TransitionResult::Moved) {
        return conflict(
            QStringLiteral("Order %1 changed meanwhile; reload it and try again.").arg(orderId));
    }
    qCInfo(lcServer).noquote() << "order" << orderId << "abandoned by its candidate";
    return orderResponse(*reload(*stored));
}

HttpResponse OrderEndpoints::checkoutPage(const ApiRequest &request) {
    abandonUnpaid();
    const QString token = request.pathParameter(QStringLiteral("token"));
    const std::optional<QString> orderId = m_store.orderIdByCheckoutToken(token);
    const std::optional<StoredOrder> stored = orderId ? m_store.orderById(*orderId) : std::nullopt;
    if (!stored)
        return page(CheckoutPage::unknown(), 404);
    if (stored->order.state != State::AwaitingPayment)
        return page(CheckoutPage::closed(stored->order), 410);
    return page(CheckoutPage::summary(stored->order, token), 200, publicpage::Forms::Self);
}

HttpResponse OrderEndpoints::checkoutAction(const ApiRequest &request) {
    abandonUnpaid();
    if (request.mediaType() != "application/x-www-form-urlencoded")
        return page(CheckoutPage::badRequest(), 415);
    const QString token = request.pathParameter(QStringLiteral("token"));
    const std::optional<QString> orderId = m_store.orderIdByCheckoutToken(token);
    const std::optional<StoredOrder> stored = orderId ? m_store.orderById(*orderId) : std::nullopt;
    if (!stored)
        return page(CheckoutPage::unknown(), 404);
    const QString action = FormBody(request.body).value(QStringLiteral("action"));
    std::optional<State> to;
    if (action == QLatin1String("approve"))
        to = State::Paid;
    else if (action == QLatin1String("decline"))
        to = State::Declined;
    else if (action == QLatin1String("cancel"))
        to = State::Cancelled;
    if (!to)
        return page(CheckoutPage::badRequest(), 422);
    if (stored->order.state != State::AwaitingPayment)
        return page(CheckoutPage::closed(stored->order), 410);

    OrderTransition t = OrderTransition::step(*stored, *to, m_clock.now());
    if (*to == State::Paid)
        t.transaction = payment(*stored, t.at, QStringLiteral("Approved"));
    else if (*to == State::Declined)
        t.transaction = payment(*stored, t.at, QStringLiteral("Declined"));
    if (m_store.moveOrder(t) != OrderStore::TransitionResult::Moved) {
        const std::optional<StoredOrder> now = m_store.orderById(stored->order.id);
        return page(CheckoutPage::closed(now ? now->order : stored->order), 410);
    }
    qCInfo(lcServer).noquote() << "sandbox checkout of order" << stored->order.id << action;
    StoredOrder moved = *stored;
    moved.order.state = *to;
    return page(CheckoutPage::outcome(moved.order), 200);
}

void addRoutes(Router &router, OrderEndpoints *endpoints, const CandidateGuard &guard) {
    OrderEndpoints *orders = endpoints;
    router.add(
        {"GET", QStringLiteral("/api/v1/me/fulfillment"),
         guard([orders](const ApiRequest &, qint64 id) { return orders->fulfillment(id); })});
    router.add({"GET", QStringLiteral("/api/v1/me/fulfillment/catalogue"),
                guard([orders](const ApiRequest &, qint64 id) { return orders->catalogue(id); })});
    router.add({"GET", QStringLiteral("/api/v1/me/orders"),
                guard([orders](const ApiRequest &, qint64 id) { return orders->list(id); })});
    router.add({"POST", QStringLiteral("/api/v1/me/orders"),
                guard([orders](const ApiRequest &request, qint64 id) {
                    return orders->create(request, id);
                })});
    router.add({"GET", QStringLiteral("/api/v1/me/orders/{id}"),
                guard([orders](const ApiRequest &request, qint64 id) {
                    return orders->get(id, request.pathParameter(QStringLiteral("id")));
                })});
    router.add({"PUT", QStringLiteral("/api/v1/me/orders/{id}/shipping"),
                guard([orders](const ApiRequest &request, qint64 id) {
                    return orders->putShipping(request, id,
                                               request.pathParameter(QStringLiteral("id")));
                })});
    router.add({"POST", QStringLiteral("/api/v1/me/orders/{id}/submit"),
                guard([orders](const ApiRequest &request, qint64 id) {
                    return orders->submit(request, id, request.pathParameter(QStringLiteral("id")));
                })});
    router.add({"POST", QStringLiteral("/api/v1/me/orders/{id}/checkout"),
                guard([orders](const ApiRequest &request, qint64 id) {
                    return orders->checkout(request, id,
                                            request.pathParameter(QStringLiteral("id")));
                })});
    router.add({"POST", QStringLiteral("/api/v1/me/orders/{id}/abandon"),
                guard([orders](const ApiRequest &request, qint64 id) {
                    return orders->abandon(id, request.pathParameter(QStringLiteral("id")));
                })});
    router.add({"GET", QStringLiteral("/checkout/{token}"),
                [orders](const ApiRequest &request) { return orders->checkoutPage(request); }});
    router.add({"POST", QStringLiteral("/checkout/{token}"),
                [orders](const ApiRequest &request) { return orders->checkoutAction(request); }});
}

} // namespace certtrack::server
