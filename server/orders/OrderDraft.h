#pragma once

#include "domain/Problem.h"
#include "server/orders/FulfillmentRules.h"
#include "server/orders/OrderStore.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace certtrack::server {

// The drafting rules of POST /api/v1/me/orders, apart from HTTP: a body of catalogue item ids and
// tracking becomes a draft order, or the field errors that say what is wrong. The shape of the
// body is checked before the catalogue is read; items must come from the candidate's catalogue,
// once each, and tracking needs a printed certificate.
struct OrderDraft {
    std::optional<StoredOrder> order; // set when the body makes a valid draft
    QList<domain::Problem::FieldError> errors;

    static OrderDraft read(const QJsonObject &body,
                           const std::function<QList<FulfillmentRules::Offer>()> &catalogue,
                           qint64 candidateId, const QString &orderId, const QDateTime &now);
};

} // namespace certtrack::server
