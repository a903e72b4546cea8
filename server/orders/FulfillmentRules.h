#pragma once

#include "domain/Order.h"
#include "server/orders/OrderStore.h"

#include <QDate>
#include <QList>
#include <QString>

namespace certtrack::server {

// What a candidate may order and how orders read in the history and the transaction list.
//  - Every certification in force offers its printed certificate. Its first one is the initial
//    kit, free and claimable once; after the claim the certificate costs kCertificatePrice.
//  - Expert certifications (track "Expert …") also offer a plaque.
//  - Tracking is one fee per order, only with printed certificates.
namespace FulfillmentRules {

inline constexpr qint64 kCertificatePrice = 1500;
inline constexpr qint64 kPlaquePrice = 4500;
inline constexpr qint64 kTrackingFee = 1000;

struct Offer {
    domain::CatalogueItem item;
    QString verificationCode; // of the certification, printed on a certificate
};

QList<Offer> offers(OrderStore &store, qint64 candidateId, const QDate &today);
domain::FulfillmentCatalogue catalogue(const QList<Offer> &offers);

// The Status column of the fulfillment history: "Awaiting payment", "Paid", "Queued", ...
QString statusText(domain::Order::State state);
// How a payment method reads in E-commerce Transactions: "PayPal", "Credit card", ...
QString paymentMethodLabel(domain::Order::PaymentMethod method);

} // namespace FulfillmentRules

} // namespace certtrack::server
