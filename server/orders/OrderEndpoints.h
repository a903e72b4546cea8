#pragma once

#include "server/core/Clock.h"
#include "server/http/HttpMessage.h"
#include "server/http/Router.h"
#include "server/orders/OrderStore.h"

#include <QUrl>

namespace certtrack::server {

// Kit orders under /api/v1/me (catalogue, orders, shipping, submit, pay again, abandon) and the
// public sandbox checkout page at /checkout/{token}. Another candidate's order answers exactly
// like an unknown one (404). Orders left unpaid for kUnpaidSeconds are abandoned: on every order
// request, on the checkout page, and at the clock (abandonUnpaid()).
class OrderEndpoints {
public:
    static constexpr qint64 kUnpaidSeconds = 24 * 60 * 60;
    static constexpr qsizetype kMaxIdempotencyKeyLength = 255;

    OrderEndpoints(OrderStore &store, const Clock &clock, QUrl publicBase);

    // The fulfillment history (Certificates & Plaques).
    HttpResponse fulfillment(qint64 candidateId);
    HttpResponse catalogue(qint64 candidateId);
    HttpResponse list(qint64 candidateId);
    HttpResponse get(qint64 candidateId, const QString &orderId);
    HttpResponse create(const ApiRequest &request, qint64 candidateId);
    HttpResponse putShipping(const ApiRequest &request, qint64 candidateId, const QString &orderId);
    HttpResponse submit(const ApiRequest &request, qint64 candidateId, const QString &orderId);
    HttpResponse checkout(const ApiRequest &request, qint64 candidateId, const QString &orderId);
    HttpResponse abandon(qint64 candidateId, const QString &orderId);

    HttpResponse checkoutPage(const ApiRequest &request);
    HttpResponse checkoutAction(const ApiRequest &request);

    // Abandons every order unpaid for longer than kUnpaidSeconds; returns how many.
    int abandonUnpaid();

private:
    domain::Order wireOrder(const StoredOrder &stored) const;
    HttpResponse orderResponse(const StoredOrder &stored, int status = 200) const;
    HttpResponse submitDraft(const ApiRequest &request, const StoredOrder &stored);
    HttpResponse startCheckout(const StoredOrder &stored, domain::Order::PaymentMethod method);
    std::optional<StoredOrder> reload(const StoredOrder &stored);

    OrderStore &m_store;
    const Clock &m_clock;
    QUrl m_publicBase;
};

// The order routes: /api/v1/me/... behind the guard (a bearer token), /checkout/{token} public.
void addRoutes(Router &router, OrderEndpoints *orders, const CandidateGuard &guard);

} // namespace certtrack::server
