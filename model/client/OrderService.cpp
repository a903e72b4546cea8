#include "client/OrderService.h"

#include "client/AccountController.h"
#include "client/AuthorizedRequest.h"
#include "client/Session.h"
#include "domain/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace certtrack::client {

namespace {

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject paymentBody(domain::Order::PaymentMethod method) {
    return QJsonObject{{QStringLiteral("paymentMethod"), domain::toString(method)}};
}

const QList<QPair<QByteArray, QByteArray>> kJson{{"Content-Type", "application/json"}};

} // namespace

OrderService::OrderService(AccountController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller) {}

OrderService::OrderService(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session) {}

Session *OrderService::session() const {
    if (m_controller)
        return m_controller->session();
    return m_session;
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

void OrderService::run(const QByteArray &method, const QString &path, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers, Answer answer,
                       bool writes, QObject *context, Callback callback) {
    Session *current = session();
    if (!current) {
        OrderReply reply;
        ApiError error;
        error.kind = ApiError::Kind::Unauthorized;
        error.message = tr("Sign in first.");
        reply.error = error;
        QTimer::singleShot(0, context, [callback, reply] { callback(reply); });
        return;
    }
    auto *request = new AuthorizedRequest(current, method, path, body, headers);
    if (++m_running == 1)
        emit busyChanged(true);
    connect(request, &AuthorizedRequest::finished, this, [this, request, writes] {
        if (--m_running == 0)
            emit busyChanged(false);
        if (writes && !request->hasError() && m_controller)
            m_controller->refresh();
    });
    connect(request, &AuthorizedRequest::finished, context, [request, answer, callback] {
        OrderReply reply;
        if (request->hasError()) {
            reply.error = request->error();
            callback(reply);
            return;
        }
        const QByteArray &answerBody = request->result().body;
        QString decodeError;
        if (answer == Answer::Catalogue) {
            if (auto c =
                    domain::decodeDocument<domain::FulfillmentCatalogue>(answerBody, &decodeError))
                reply.catalogue = *c;
        } else if (auto o = domain::decodeDocument<domain::Order>(answerBody, &decodeError)) {
            reply.order = *o;
        }
        if (!decodeError.isEmpty()) {
            ApiError error;
            error.kind = ApiError::Kind::Decode;
            error.message = tr("The server's answer could not be read (%1).").arg(decodeError);
            reply.error = error;
        }
        callback(reply);
    });
}

void OrderService::loadCatalogue(QObject *context, Callback callback) {
    run("GET", QStringLiteral("me/fulfillment/catalogue"), {}, {}, Answer::Catalogue, false,
        context, std::move(callback));
}

void OrderService::create(const QStringList &catalogueItemIds, bool tracking, QObject *context,
                          Callback callback) {
    const QJsonObject body{{QStringLiteral("items"), QJsonArray::fromStringList(catalogueItemIds)},
                           {QStringLiteral("tracking"), tracking}};
    // A draft is not an order yet: nothing to refresh until it is submitted.
    run("POST", QStringLiteral("me/orders"), compact(body), kJson, Answer::Order, false, context,
        std::move(callback));
}

void OrderService::setShipping(const QString &orderId, const domain::ShippingDetails &shipping,
                               QObject *context, Callback callback) {
    run("PUT", orderPath(orderId, QStringLiteral("shipping")), compact(shipping.toJson()), kJson,
        Answer::Order, false, context, std::move(callback));
}

void OrderService::submit(const QString &orderId, domain::Order::PaymentMethod method,
                          QObject *context, Callback callback) {
    auto headers = kJson;
    headers.append({"Idempotency-Key", idempotencyKey(orderId, method)});
    run("POST", orderPath(orderId, QStringLiteral("submit")), compact(paymentBody(method)), headers,
        Answer::Order, true, context, std::move(callback));
}

void OrderService::checkoutAgain(const QString &orderId, domain::Order::PaymentMethod method,
                                 QObject *context, Callback callback) {
    run("POST", orderPath(orderId, QStringLiteral("checkout")), compact(paymentBody(method)), kJson,
        Answer::Order, true, context, std::move(callback));
}

void OrderService::abandon(const QString &orderId, QObject *context, Callback callback) {
    run("POST", orderPath(orderId, QStringLiteral("abandon")), {}, {}, Answer::Order, true, context,
        std::move(callback));
}

void OrderService::load(const QString &orderId, QObject *context, Callback callback) {
    run("GET", orderPath(orderId), {}, {}, Answer::Order, false, context, std::move(callback));
}

} // namespace certtrack::client
