// Kit orders in SQL: orders and their lines, the moves between states (with the
// fulfillment history rows, claimed kits and transactions they write), hosted checkout tokens and
// Idempotency-Key answers.
#include "server/orders/SqlOrderStore.h"

#include "server/core/Database.h"
#include "server/core/Rows.h"
#include "server/core/SqlValues.h"

#include "domain/Json.h"
#include "server/orders/FulfillmentRules.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace certtrack::server {

using namespace sql;

namespace {

using State = domain::Order::State;

QString stateText(State state) {
    return domain::toString(state);
}

// Unpaid: a draft (a client that closed before submitting, or crashed) or an order whose
// payment never went through. After 24 hours untouched it is abandoned; a draft holds no kit and
// no charge, so ending it loses nothing, and a person coming back starts from the catalogue.
bool isUnpaid(State state) {
    return state == State::Draft || state == State::AwaitingPayment || state == State::Declined ||
           state == State::Cancelled;
}

const char kOrderColumns[] =
    "SELECT id, candidate_id, state, tracking, tracking_fee_minor, total_minor, currency, "
    "shipping_json, payment_method, created_at, updated_at, state_changed_at, queued_on, "
    "sent_on, complete_on, (SELECT token FROM checkout_tokens t WHERE t.order_id = orders.id "
    "ORDER BY issued_at DESC LIMIT 1) FROM orders ";

} // namespace

QStringList SqlOrderStore::claimedInitialKits(qint64 candidateId) {
    QStringList result;
    QSqlQuery query = m_db.run(QStringLiteral("SELECT certification_id FROM claimed_kits WHERE "
                                              "candidate_id = ? ORDER BY certification_id"),
                               {candidateId});
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

void SqlOrderStore::recordClaimedInitialKits(qint64 candidateId,
                                             const QStringList &certificationIds,
                                             const QDateTime &at) {
    m_db.transaction([&] {
        for (const QString &id : certificationIds) {
            m_db.run(QStringLiteral("INSERT INTO claimed_kits (candidate_id, certification_id, "
                                    "claimed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                     {candidateId, id, instantValue(at)});
        }
    });
}

qsizetype SqlOrderStore::openOrderCount(qint64 candidateId) {
    QSqlQuery query = m_db.run(QStringLiteral("SELECT COUNT(*) FROM orders WHERE candidate_id = ? "
                                              "AND state IN ('draft', 'awaiting_payment', "
                                              "'declined', 'cancelled')"),
                               {candidateId});
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<QDateTime> SqlOrderStore::ordersCreatedSince(qint64 candidateId, const QDateTime &since) {
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT created_at FROM orders WHERE candidate_id = ? AND created_at > ?"),
        {candidateId, instantValue(since)});
    QList<QDateTime> result;
    while (query.next())
        result.append(toInstant(query.value(0)));
    return result;
}

void SqlOrderStore::insertOrder(const StoredOrder &stored) {
    const domain::Order &o = stored.order;
    m_db.transaction([&] {
        m_db.run(QStringLiteral("INSERT INTO orders (id, candidate_id, state, tracking, "
                                "tracking_fee_minor, total_minor, currency, shipping_json, "
                                "payment_method, created_at, updated_at, state_changed_at) VALUES "
                                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {o.id, stored.candidateId, stateText(o.state), o.tracking,
                  o.trackingFee.minorUnits, o.total.minorUnits, o.total.currency,
                  o.shipping
                      ? QVariant(QString::fromUtf8(
                            QJsonDocument(o.shipping->toJson()).toJson(QJsonDocument::Compact)))
                      : QVariant(),
                  domain::toString(o.paymentMethod), instantValue(o.createdAt),
                  instantValue(o.updatedAt), instantValue(o.updatedAt)});
        for (qsizetype i = 0; i < o.lines.size(); ++i) {
            const domain::Order::Line &line = o.lines.at(i);
            const OrderLineFacts facts = stored.lineFacts.value(i);
            m_db.run(
                QStringLiteral("INSERT INTO order_lines (order_id, position, catalogue_item_id, "
                               "kind, name, description, price_minor, currency, initial_kit, "
                               "certification_id, verification_code) VALUES "
                               "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {o.id, i, line.catalogueItemId, facts.kind, line.name, line.description,
                 line.price.minorUnits, line.price.currency, facts.initialKit,
                 facts.certificationId, facts.verificationCode});
        }
    });
}

QList<StoredOrder> SqlOrderStore::selectOrders(const QString &where, const QVariantList &values) {
    QList<StoredOrder> result;
    QSqlQuery query = m_db.run(QString::fromLatin1(kOrderColumns) + where, values);
    while (query.next()) {
        StoredOrder stored;
        domain::Order &o = stored.order;
        o.id = query.value(0).toString();
        stored.candidateId = query.value(1).toLongLong();
        o.state = domain::orderStateFromString(query.value(2).toString()).value_or(State::Draft);
        o.tracking = query.value(3).toBool();
        o.trackingFee.minorUnits = query.value(4).toLongLong();
        o.total.minorUnits = query.value(5).toLongLong();
        o.total.currency = query.value(6).toString();
        o.trackingFee.currency = o.total.currency;
        if (!query.value(7).isNull()) {
            QString error;
            o.shipping = domain::decodeDocument<domain::ShippingDetails>(
                query.value(7).toByteArray(), &error);
            if (!o.shipping)
                throw StorageError("order " + o.id.toStdString() +
                                   " has unreadable shipping details: " + error.toStdString());
        }
        o.paymentMethod = domain::paymentMethodFromString(query.value(8).toString())
                              .value_or(domain::Order::PaymentMethod::None);
        o.createdAt = toInstant(query.value(9));
        o.updatedAt = toInstant(query.value(10));
        stored.stateChangedAt = toInstant(query.value(11));
        stored.queuedOn = toOptionalDate(query.value(12));
        stored.sentOn = toOptionalDate(query.value(13));
        stored.completeOn = toOptionalDate(query.value(14));
        stored.checkoutToken = query.value(15).toString();
        result.append(stored);
    }
    for (StoredOrder &stored : result) {
        QSqlQuery lines =
            m_db.run(QStringLiteral("SELECT catalogue_item_id, kind, name, description, "
                                    "price_minor, currency, initial_kit, "
                                    "certification_id, verification_code FROM "
                                    "order_lines WHERE order_id = ? ORDER BY position"),
                     {stored.order.id});
        while (lines.next()) {
            domain::Order::Line line;
            line.catalogueItemId = lines.value(0).toString();
            line.name = lines.value(2).toString();
            line.description = lines.value(3).toString();
            line.price.minorUnits = lines.value(4).toLongLong();
            line.price.currency = lines.value(5).toString();
            stored.order.lines.append(line);
            OrderLineFacts facts;
            facts.kind = lines.value(1).toString();
            facts.initialKit = lines.value(6).toBool();
            facts.certificationId = lines.value(7).toString();
            facts.verificationCode = lines.value(8).toString();
            stored.lineFacts.append(facts);
        }
    }
    return result;
}

std::optional<StoredOrder> SqlOrderStore::order(qint64 candidateId, const QString &orderId) {
    const QList<StoredOrder> found =
        selectOrders(QStringLiteral("WHERE id = ? AND candidate_id = ?"), {orderId, candidateId});
    return found.isEmpty() ? std::nullopt : std::optional<StoredOrder>(found.first());
}

QList<StoredOrder> SqlOrderStore::orders(qint64 candidateId) {
    return selectOrders(QStringLiteral("WHERE candidate_id = ? ORDER BY created_at DESC, %1 DESC")
                            .arg(m_db.insertionOrder()),
                        {candidateId});
}

std::optional<StoredOrder> SqlOrderStore::orderById(const QString &orderId) {
    const QList<StoredOrder> found = selectOrders(QStringLiteral("WHERE id = ?"), {orderId});
    return found.isEmpty() ? std::nullopt : std::optional<StoredOrder>(found.first());
}

QList<StoredOrder> SqlOrderStore::allOrders() {
    return selectOrders(
        QStringLiteral("ORDER BY created_at DESC, %1 DESC").arg(m_db.insertionOrder()), {});
}

bool SqlOrderStore::setOrderShipping(qint64 candidateId, const QString &orderId,
                                     const domain::ShippingDetails &shipping, const QDateTime &at) {
    QSqlQuery query = m_db.run(
        QStringLiteral("UPDATE orders SET shipping_json = ?, updated_at = ? WHERE id = ? AND "
                       "candidate_id = ? AND state = 'draft'"),
        {QString::fromUtf8(QJsonDocument(shipping.toJson()).toJson(QJsonDocument::Compact)),
         instantValue(at), orderId, candidateId});
    return query.numRowsAffected() == 1;
}

void SqlOrderStore::writeOrderHistory(const StoredOrder &stored, bool insertRows) {
    const domain::Order &o = stored.order;
    if (insertRows) {
        QSqlQuery next = m_db.run(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM "
                                                 "fulfillment_items WHERE candidate_id = ?"),
                                  {stored.candidateId});
        int position = next.next() ? next.value(0).toInt() : 0;
        for (qsizetype i = 0; i < o.lines.size(); ++i) {
            const OrderLineFacts facts = stored.lineFacts.value(i);
            m_db.run(
                QStringLiteral("INSERT INTO fulfillment_items (id, candidate_id, position, "
                               "order_id, name, kind, verification_code) VALUES "
                               "(?, ?, ?, ?, ?, ?, ?)"),
                {QString(o.id + QLatin1Char('-') + QString::number(i + 1)), stored.candidateId,
                 position++, o.id, o.lines.at(i).name, facts.kind,
                 facts.kind == QLatin1String("certificate") ? facts.verificationCode : QString()});
        }
    }
    m_db.run(QStringLiteral("UPDATE fulfillment_items SET status = ?, queued_on = ?, sent_on = ?, "
                            "complete_on = ? WHERE candidate_id = ? AND order_id = ?"),
             {FulfillmentRules::statusText(o.state), dateValue(stored.queuedOn),
              dateValue(stored.sentOn), dateValue(stored.completeOn), stored.candidateId, o.id});
}

OrderStore::TransitionResult SqlOrderStore::moveOrder(const OrderTransition &t) {
    m_db.begin();
    try {
        std::optional<StoredOrder> stored = order(t.candidateId, t.orderId);
        if (!stored || stored->order.state != t.from) {
            m_db.rollback();
            return TransitionResult::StateChanged;
        }
        if (t.claimInitialKits) {
            for (const OrderLineFacts &facts : std::as_const(stored->lineFacts)) {
                if (!facts.initialKit)
                    continue;
                QSqlQuery claimed =
                    m_db.run(QStringLiteral("SELECT order_id FROM claimed_kits WHERE "
                                            "candidate_id = ? AND "
                                            "certification_id = ?"),
                             {t.candidateId, facts.certificationId});
                if (claimed.next() && claimed.value(0).toString() != t.orderId) {
                    m_db.rollback();
                    return TransitionResult::KitAlreadyClaimed;
                }
                QSqlQuery claim = m_db.run(
                    QStringLiteral("INSERT INTO claimed_kits (candidate_id, certification_id, "
                                   "order_id, claimed_at) VALUES (?, ?, ?, ?) ON CONFLICT DO "
                                   "NOTHING"),
                    {t.candidateId, facts.certificationId, t.orderId, instantValue(t.at)});
                // Another process may have claimed the kit for another order between the look
                // above and this insert (PostgreSQL's READ COMMITTED sees its commit only now).
                if (claim.numRowsAffected() == 0) {
                    QSqlQuery holder = m_db.run(QStringLiteral("SELECT order_id FROM claimed_kits "
                                                               "WHERE candidate_id = ? AND "
                                                               "certification_id = ?"),
                                                {t.candidateId, facts.certificationId});
                    if (!holder.next() || holder.value(0).toString() != t.orderId) {
                        m_db.rollback();
                        return TransitionResult::KitAlreadyClaimed;
                    }
                }
            }
        }
        if (t.releaseInitialKits) {
            m_db.run(
                QStringLiteral("DELETE FROM claimed_kits WHERE candidate_id = ? AND order_id = ?"),
                {t.candidateId, t.orderId});
        }
        if (!t.checkoutToken.isEmpty()) {
            m_db.run(QStringLiteral("DELETE FROM checkout_tokens WHERE order_id = ?"), {t.orderId});
            m_db.run(
                QStringLiteral("INSERT INTO checkout_tokens (token, order_id, issued_at) VALUES "
                               "(?, ?, ?)"),
                {t.checkoutToken, t.orderId, instantValue(t.at)});
        }
        domain::Order &o = stored->order;
        o.state = t.to;
        if (t.paymentMethod)
            o.paymentMethod = *t.paymentMethod;
        const QDate day = t.at.toUTC().date();
        if (t.to == State::Queued)
            stored->queuedOn = day;
        else if (t.to == State::Sent)
            stored->sentOn = day;
        else if (t.to == State::Complete)
            stored->completeOn = day;
        QSqlQuery updated = m_db.run(
            QStringLiteral("UPDATE orders SET state = ?, payment_method = ?, updated_at = ?, "
                           "state_changed_at = ?, queued_on = ?, sent_on = ?, complete_on = ? "
                           "WHERE id = ? AND candidate_id = ? AND state = ?"),
            {stateText(o.state), domain::toString(o.paymentMethod), instantValue(t.at),
             instantValue(t.at), dateValue(stored->queuedOn), dateValue(stored->sentOn),
             dateValue(stored->completeOn), t.orderId, t.candidateId, stateText(t.from)});
        if (updated.numRowsAffected() != 1) {
            m_db.rollback();
            return TransitionResult::StateChanged;
        }
        writeOrderHistory(*stored, t.from == State::Draft);
        if (t.transaction) {
            const domain::Transaction &tx = *t.transaction;
            m_db.run(QStringLiteral("INSERT INTO transactions (id, candidate_id, occurred_at, "
                                    "description, amount_minor, currency, payment_method, status, "
                                    "order_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {tx.id, t.candidateId, instantValue(tx.at), tx.description,
                      tx.amount.minorUnits, tx.amount.currency, tx.paymentMethod, tx.status,
                      tx.orderId});
        }
        m_db.commit();
        return TransitionResult::Moved;
    } catch (...) {
        m_db.rollback();
        throw;
    }
}

std::optional<QString> SqlOrderStore::orderIdByCheckoutToken(const QString &token) {
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT order_id FROM checkout_tokens WHERE token = ?"), {token});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QStringList SqlOrderStore::abandonOrdersUnpaidSince(const QDateTime &before, const QDateTime &at) {
    QStringList abandoned;
    const QList<StoredOrder> stale = selectOrders(
        QStringLiteral("WHERE state IN ('draft', 'awaiting_payment', 'declined', 'cancelled') "
                       "AND state_changed_at <= ?"),
        {instantValue(before)});
    for (const StoredOrder &stored : stale) {
        if (!isUnpaid(stored.order.state))
            continue;
        OrderTransition t = OrderTransition::step(stored, State::Abandoned, at);
        t.releaseInitialKits = true;
        if (moveOrder(t) == TransitionResult::Moved)
            abandoned.append(stored.order.id);
    }
    return abandoned;
}

std::optional<IdempotentAnswer> SqlOrderStore::idempotentAnswer(qint64 candidateId,
                                                                const QString &key) {
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT fingerprint, order_id, status, body FROM "
                                "idempotency_keys WHERE candidate_id = ? AND key = ?"),
                 {candidateId, key});
    if (!query.next())
        return std::nullopt;
    IdempotentAnswer answer;
    answer.fingerprint = query.value(0).toByteArray();
    answer.orderId = query.value(1).toString();
    answer.status = query.value(2).toInt();
    answer.body = query.value(3).toByteArray();
    return answer;
}

void SqlOrderStore::storeIdempotentAnswer(qint64 candidateId, const QString &key,
                                          const IdempotentAnswer &answer, const QDateTime &at) {
    m_db.run(
        QStringLiteral("INSERT INTO idempotency_keys (candidate_id, key, fingerprint, order_id, "
                       "status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO "
                       "NOTHING"),
        {candidateId, key, answer.fingerprint, answer.orderId, answer.status, answer.body,
         instantValue(at)});
}

QList<domain::FulfillmentItem> SqlOrderStore::fulfillment(qint64 candidateId) {
    QList<domain::FulfillmentItem> result;
    QSqlQuery query = m_db.run(QStringLiteral("SELECT id, order_id, name, kind, verification_code, "
                                              "queued_on, sent_on, complete_on, status FROM "
                                              "fulfillment_items WHERE candidate_id = ? ORDER BY "
                                              "position"),
                               {candidateId});
    while (query.next()) {
        domain::FulfillmentItem item;
        item.id = query.value(0).toString();
        item.orderId = query.value(1).toString();
        item.name = query.value(2).toString();
        item.kind = query.value(3).toString();
        item.verificationCode = query.value(4).toString();
        item.queued = toOptionalDate(query.value(5));
        item.sent = toOptionalDate(query.value(6));
        item.complete = toOptionalDate(query.value(7));
        item.status = query.value(8).toString();
        result.append(item);
    }
    return result;
}

QList<HeldCertification> SqlOrderStore::certifications(qint64 candidateId) {
    return rows::certifications(m_db, candidateId);
}

std::optional<CertificationDefinition> SqlOrderStore::definition(const QString &definitionId) {
    return rows::definition(m_db, definitionId);
}

} // namespace certtrack::server
