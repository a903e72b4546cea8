#pragma once

#include "client/ApiError.h"
#include "client/ServiceRequests.h"
#include "domain/Order.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace certtrack::client {

class AccountController;
class Session;

// The outcome of one fulfillment request: an error, or what the call returns.
struct OrderReply {
    std::optional<ApiError> error;
    domain::Order order;                    // every call but loadCatalogue
    domain::FulfillmentCatalogue catalogue; // loadCatalogue
};

// Claiming and buying printed kits through the signed-in session: the catalogue, a draft order,
// its shipping details, the submit that starts the payment (or queues a free kit), paying again
// and abandoning. Every call answers once through its callback (never when context is gone);
// a successful write makes the account controller revalidate, so the history and the
// e-commerce transactions follow.
//
// A submit carries an Idempotency-Key made once per order and payment method and sent again
// with every repeat of that submit (a double click, a retry after a time-out): the server then
// makes one order and one charge however often the request arrives.
class OrderService : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const OrderReply &)>;

    explicit OrderService(AccountController *controller, QObject *parent = nullptr);
    // Without an account controller (tests of the requests themselves): nothing is refreshed.
    explicit OrderService(Session *session, QObject *parent = nullptr);

    void loadCatalogue(QObject *context, Callback callback);
    void create(const QStringList &catalogueItemIds, bool tracking, QObject *context,
                Callback callback);
    void setShipping(const QString &orderId, const domain::ShippingDetails &shipping,
                     QObject *context, Callback callback);
    void submit(const QString &orderId, domain::Order::PaymentMethod method, QObject *context,
                Callback callback);
    // Pays again after a decline or cancel, or re-opens the checkout: a fresh checkout page.
    void checkoutAgain(const QString &orderId, domain::Order::PaymentMethod method,
                       QObject *context, Callback callback);
    void abandon(const QString &orderId, QObject *context, Callback callback);
    void load(const QString &orderId, QObject *context, Callback callback);

    // The key every submit of this order with this method carries.
    QByteArray idempotencyKey(const QString &orderId, domain::Order::PaymentMethod method);

    bool isBusy() const { return m_requests->isBusy(); }
    static QString orderPath(const QString &orderId, const QString &action = {});

signals:
    void busyChanged(bool busy);

private:
    enum class Answer { Order, Catalogue };

    void run(const ServiceRequests::Call &call, Answer answer, QObject *context, Callback callback);

    ServiceRequests *m_requests;
    QHash<QString, QByteArray> m_submitKeys;
};

} // namespace certtrack::client
