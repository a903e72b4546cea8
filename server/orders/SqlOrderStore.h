#pragma once

#include "server/orders/OrderStore.h"

namespace certtrack::server {

class Database;

// OrderStore over the shared SQL database.
class SqlOrderStore : public OrderStore {
public:
    explicit SqlOrderStore(Database &db)
        : m_db(db) {}

    QStringList claimedInitialKits(qint64 candidateId) override;
    void recordClaimedInitialKits(qint64 candidateId, const QStringList &certificationIds,
                                  const QDateTime &at) override;
    void insertOrder(const StoredOrder &order) override;
    qsizetype openOrderCount(qint64 candidateId) override;
    QList<QDateTime> ordersCreatedSince(qint64 candidateId, const QDateTime &since) override;
    std::optional<StoredOrder> order(qint64 candidateId, const QString &orderId) override;
    QList<StoredOrder> orders(qint64 candidateId) override;
    std::optional<StoredOrder> orderById(const QString &orderId) override;
    QList<StoredOrder> allOrders() override;
    bool setOrderShipping(qint64 candidateId, const QString &orderId,
                          const domain::ShippingDetails &shipping, const QDateTime &at) override;
    TransitionResult moveOrder(const OrderTransition &transition) override;
    std::optional<QString> orderIdByCheckoutToken(const QString &token) override;
    QStringList abandonOrdersUnpaidSince(const QDateTime &before, const QDateTime &at) override;
    std::optional<IdempotentAnswer> idempotentAnswer(qint64 candidateId,
                                                     const QString &key) override;
    void storeIdempotentAnswer(qint64 candidateId, const QString &key,
                               const IdempotentAnswer &answer, const QDateTime &at) override;
    QList<domain::FulfillmentItem> fulfillment(qint64 candidateId) override;
    QList<HeldCertification> certifications(qint64 candidateId) override;
    std::optional<CertificationDefinition> definition(const QString &definitionId) override;

private:
    QList<StoredOrder> selectOrders(const QString &where, const QVariantList &values);
    void writeOrderHistory(const StoredOrder &order, bool insertRows);

    Database &m_db;
};

} // namespace certtrack::server
