#pragma once

#include "domain/Fulfillment.h"
#include "domain/Order.h"
#include "domain/TestingHistory.h"
#include "server/core/CertificationRecords.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace certtrack::server {

// What an order line keeps beyond what the wire shows: where it came from.
struct OrderLineFacts {
    QString kind;            // "certificate" or "plaque"
    bool initialKit = false; // claims the certification's free kit when submitted
    QString certificationId; // the held certification
    QString verificationCode;
};

// One kit order with what only the server keeps. order.checkoutUrl is left empty: the endpoints
// make it from checkoutToken and their public address.
struct StoredOrder {
    qint64 candidateId = 0;
    domain::Order order;
    QList<OrderLineFacts> lineFacts; // parallel to order.lines
    QString checkoutToken;           // the current hosted checkout token, if any
    QDateTime stateChangedAt;
    std::optional<QDate> queuedOn;
    std::optional<QDate> sentOn;
    std::optional<QDate> completeOn;
};

// One step of an order, applied in one transaction and only if the order is still in `from`
// (so two requests or a request and `certtrackd admin` never both move it). Moving out of draft
// writes the order's rows of the fulfillment history; every move updates their status and dates.
struct OrderTransition {
    qint64 candidateId = 0;
    QString orderId;
    domain::Order::State from = domain::Order::State::Draft;
    domain::Order::State to = domain::Order::State::Draft;
    QDateTime at;
    std::optional<domain::Order::PaymentMethod> paymentMethod;
    QString checkoutToken;           // non-empty: replaces every earlier token of the order
    bool claimInitialKits = false;   // the order's initial-kit lines claim their kits
    bool releaseInitialKits = false; // the order's claims are dropped (it will never ship)
    std::optional<domain::Transaction> transaction; // an E-commerce Transaction row to add

    // A step of `stored` to `to` at `at`, from the state it was read in.
    static OrderTransition step(const StoredOrder &stored, domain::Order::State to,
                                const QDateTime &at) {
        OrderTransition t;
        t.candidateId = stored.candidateId;
        t.orderId = stored.order.id;
        t.from = stored.order.state;
        t.to = to;
        t.at = at;
        return t;
    }
};

// The first answer given to an order submission under an Idempotency-Key.
struct IdempotentAnswer {
    QByteArray fingerprint; // SHA-256 of what was asked: replaying the key must ask the same
    QString orderId;
    int status = 200;
    QByteArray body;
};

// Kit orders and what they read and write: orders and their lines, the moves between states
// (with the fulfillment history rows, claimed kits and transactions they write), hosted checkout
// tokens, Idempotency-Key answers, and the certifications the catalogue offers kits for. Reads are
// scoped by candidate like everything else. Faults throw StorageError.
class OrderStore {
public:
    virtual ~OrderStore() = default;

    virtual QStringList claimedInitialKits(qint64 candidateId) = 0;
    // Records free kits as claimed outside any order (a seed or an import of past claims).
    virtual void recordClaimedInitialKits(qint64 candidateId, const QStringList &certificationIds,
                                          const QDateTime &at) = 0;
    virtual void insertOrder(const StoredOrder &order) = 0;
    // Drafts and orders not (yet) paid for: what AccountLimits bounds; and when the candidate's
    // orders created after `since` were.
    virtual qsizetype openOrderCount(qint64 candidateId) = 0;
    virtual QList<QDateTime> ordersCreatedSince(qint64 candidateId, const QDateTime &since) = 0;
    virtual std::optional<StoredOrder> order(qint64 candidateId, const QString &orderId) = 0;
    // Newest first.
    virtual QList<StoredOrder> orders(qint64 candidateId) = 0;
    // For `certtrackd admin` and the checkout page, which know an order but not its owner.
    virtual std::optional<StoredOrder> orderById(const QString &orderId) = 0;
    // Every candidate's orders, newest first (`certtrackd admin fulfillment list`).
    virtual QList<StoredOrder> allOrders() = 0;
    // False when the order is no longer a draft.
    virtual bool setOrderShipping(qint64 candidateId, const QString &orderId,
                                  const domain::ShippingDetails &shipping, const QDateTime &at) = 0;
    enum class TransitionResult { Moved, StateChanged, KitAlreadyClaimed };
    virtual TransitionResult moveOrder(const OrderTransition &transition) = 0;
    // The order a hosted checkout token belongs to; nullopt for an unknown or replaced token.
    virtual std::optional<QString> orderIdByCheckoutToken(const QString &token) = 0;
    // Orders unpaid (awaiting payment, declined, cancelled) since `before` become abandoned at
    // `at`; returns their ids.
    virtual QStringList abandonOrdersUnpaidSince(const QDateTime &before, const QDateTime &at) = 0;
    virtual std::optional<IdempotentAnswer> idempotentAnswer(qint64 candidateId,
                                                             const QString &key) = 0;
    virtual void storeIdempotentAnswer(qint64 candidateId, const QString &key,
                                       const IdempotentAnswer &answer, const QDateTime &at) = 0;

    // The fulfillment history (Certificates & Plaques), in the order it was written.
    virtual QList<domain::FulfillmentItem> fulfillment(qint64 candidateId) = 0;
    virtual QList<HeldCertification> certifications(qint64 candidateId) = 0;
    virtual std::optional<CertificationDefinition> definition(const QString &definitionId) = 0;
};

} // namespace certtrack::server
