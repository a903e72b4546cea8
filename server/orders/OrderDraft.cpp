#include "server/orders/OrderDraft.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace certtrack::server {

OrderDraft OrderDraft::read(const QJsonObject &body,
                            const std::function<QList<FulfillmentRules::Offer>()> &catalogue,
                            qint64 candidateId, const QString &orderId, const QDateTime &now) {
    OrderDraft draft;
    QList<domain::Problem::FieldError> &errors = draft.errors;
    QStringList itemIds;
    const QJsonValue items = body.value(QLatin1String("items"));
    if (!items.isArray()) {
        errors.append({QStringLiteral("items"),
                       QStringLiteral("List the catalogue ids of the items to order.")});
    } else {
        const QJsonArray array = items.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i).isString()) {
                itemIds.append(array.at(i).toString());
            } else {
                errors.append({QStringLiteral("items[%1]").arg(i),
                               QStringLiteral("Expected a catalogue item id.")});
                itemIds.append(QString());
            }
        }
    }
    bool tracking = false;
    const QJsonValue trackingValue = body.value(QLatin1String("tracking"));
    if (trackingValue.isBool())
        tracking = trackingValue.toBool();
    else if (!trackingValue.isUndefined() && !trackingValue.isNull())
        errors.append({QStringLiteral("tracking"), QStringLiteral("Expected true or false.")});
    if (!errors.isEmpty())
        return draft;

    const QList<FulfillmentRules::Offer> offers = catalogue();
    if (itemIds.isEmpty())
        errors.append({QStringLiteral("items"), QStringLiteral("Choose at least one item.")});
    QList<FulfillmentRules::Offer> chosen;
    QSet<QString> seen;
    for (qsizetype i = 0; i < itemIds.size(); ++i) {
        const QString &id = itemIds.at(i);
        const QString field = QStringLiteral("items[%1]").arg(i);
        if (seen.contains(id)) {
            errors.append({field, QStringLiteral("\"%1\" is listed twice.").arg(id)});
            continue;
        }
        seen.insert(id);
        const auto offer = std::find_if(offers.cbegin(), offers.cend(),
                                        [&id](const auto &o) { return o.item.id == id; });
        if (offer == offers.cend()) {
            errors.append({field, QStringLiteral("\"%1\" is not in your catalogue.").arg(id)});
            continue;
        }
        chosen.append(*offer);
    }
    const bool printed = std::any_of(chosen.cbegin(), chosen.cend(), [](const auto &o) {
        return o.item.kind == QLatin1String("certificate");
    });
    if (tracking && !printed) {
        errors.append({QStringLiteral("tracking"),
                       QStringLiteral("Tracking is for printed certificates: choose one.")});
    }
    if (!errors.isEmpty())
        return draft;

    StoredOrder stored;
    stored.candidateId = candidateId;
    domain::Order &order = stored.order;
    order.id = orderId;
    order.state = domain::Order::State::Draft;
    order.tracking = tracking;
    order.trackingFee.minorUnits = tracking ? FulfillmentRules::kTrackingFee : 0;
    order.total.minorUnits = order.trackingFee.minorUnits;
    for (const FulfillmentRules::Offer &offer : std::as_const(chosen)) {
        domain::Order::Line line;
        line.catalogueItemId = offer.item.id;
        line.name = offer.item.name;
        line.description = offer.item.description;
        line.price = offer.item.price;
        order.lines.append(line);
        order.total.minorUnits += line.price.minorUnits;
        OrderLineFacts facts;
        facts.kind = offer.item.kind;
        facts.initialKit = offer.item.initialKit;
        facts.certificationId = offer.item.certificationId;
        facts.verificationCode = offer.verificationCode;
        stored.lineFacts.append(facts);
    }
    order.createdAt = now;
    order.updatedAt = now;
    stored.stateChangedAt = now;
    draft.order = stored;
    return draft;
}

} // namespace certtrack::server
