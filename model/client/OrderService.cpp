#include "client/OrderService.h"

#include "domain/Json.h"

#include <QJsonArray>
#include <QUrl>
#include <QUuid>

namespace certtrack::client {

namespace {

QByteArray paymentBody(domain::Order::PaymentMethod method) {
    return ServiceRequests::compact(
        QJsonObject{{QStringLiteral("paymentMethod"), domain::toString(method)}});
}

} // namespace

OrderService::OrderService(AccountController *controller, QObject *parent)
    : QObject(parent)
    , m_requests(new ServiceRequests(controller, this)) {
    connect(m_requests, &ServiceRequests::busyChanged, this, &OrderService::busyChanged);
}

OrderService::OrderService(Session *session, QObject *parent)
    : QObject(parent)
    , m_requests(new ServiceRequests(session, this)) {
    connect(m_requests, &ServiceRequests::busyChanged, this, &OrderService::busyChanged);
}

QString OrderService::orderPath(const QString &orderId, const QString &action) {
    QString path =
        QStringLiteral("me/orders/") + QString::fromLatin1(QUrl::toPercentEncoding(orderId));
    if (!action.isEmpty())
        path += QLatin1Char('/') + action;
    return path;
}

QByteArray OrderService::idempotencyKey(const QString &orderId,
                                        domain::Order::PaymentMethod method) {
    // The body of a submit is its method: a new method is a new request and needs its own key
    // (the server refuses a key replayed with another body).
    const QString slot = orderId + QLatin1Char('\n') + domain::toString(method);
    auto it = m_submitKeys.find(slot);
    if (it == m_submitKeys.end())
        it = m_submitKeys.insert(slot, QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    return *it;
}

void OrderService::run(const ServiceRequests::Call &call, Answer answer, QObject *context,
                       Callback callback) {
    m_requests->send(call, context, [answer, callback](const ServiceOutcome &outcome) {
        OrderReply reply;
        reply.error = outcome.error;
        if (!reply.error) {
            QString decodeError;
            if (answer == Answer::Catalogue) {
                if (auto c = domain::decodeDocument<domain::FulfillmentCatalogue>(
                        outcome.result.body, &decodeError))
                    reply.catalogue = *c;
            } else if (auto o = domain::decodeDocument<domain::Order>(outcome.result.body,
                                                                      &decodeError)) {
                reply.order = *o;
            }
            reply.error = ServiceRequests::decodeFailure(decodeError);
        }
        callback(reply);
    });
}

void OrderService::loadCatalogue(QObject *context, Callback callback) {
    run({"GET", QStringLiteral("me/fulfillment/catalogue"), {}, {}, false}, Answer::Catalogue,
        context, std::move(callback));
}

void OrderService::create(const QStringList &catalogueItemIds, bool tracking, QObject *context,
                          Callback callback) {
    const QJsonObject body{{QStringLiteral("items"), QJsonArray::fromStringList(catalogueItemIds)},
                           {QStringLiteral("tracking"), tracking}};
    // A draft is not an order yet: nothing to refresh until it is submitted.
    run({"POST", QStringLiteral("me/orders"), ServiceRequests::compact(body),
         ServiceRequests::jsonContent(), false},
        Answer::Order, context, std::move(callback));
}

void OrderService::setShipping(const QString &orderId, const domain::ShippingDetails &shipping,
                               QObject *context, Callback callback) {
    run({"PUT", orderPath(orderId, QStringLiteral("shipping")),
         ServiceRequests::compact(shipping.toJson()), ServiceRequests::jsonContent(), false},
        Answer::Order, context, std::move(callback));
}

void OrderService::submit(const QString &orderId, domain::Order::PaymentMethod method,
                          QObject *context, Callback callback) {
    auto headers = ServiceRequests::jsonContent();
    headers.append({"Idempotency-Key", idempotencyKey(orderId, method)});
    run({"POST", orderPath(orderId, QStringLiteral("submit")), paymentBody(method), headers, true},
        Answer::Order, context, std::move(callback));
}

void OrderService::checkoutAgain(const QString &orderId, domain::Order::PaymentMethod method,
                                 QObject *context, Callback callback) {
    run({"POST", orderPath(orderId, QStringLiteral("checkout")), paymentBody(method),
         ServiceRequests::jsonContent(), true},
        Answer::Order, context, std::move(callback));
}

void OrderService::abandon(const QString &orderId, QObject *context, Callback callback) {
    run({"POST", orderPath(orderId, QStringLiteral("abandon")), {}, {}, true}, Answer::Order,
        context, std::move(callback));
}

void OrderService::load(const QString &orderId, QObject *context, Callback callback) {
    run({"GET", orderPath(orderId), {}, {}, false}, Answer::Order, context, std::move(callback));
}

} // namespace certtrack::client
