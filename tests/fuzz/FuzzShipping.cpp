// The shipping rules: a PUT /api/v1/me/orders/{id}/shipping body read and validated as
// OrderEndpoints does (ShippingDetails::fromJson, then ShippingRules::validate), and the same
// document read as a POST /api/v1/me/orders body (OrderDraft::read: items, tracking) against a
// catalogue like the demo candidate's. A valid draft's total must be the sum of its lines and
// the tracking fee, and every validation error must name a field that has a label.

#include "domain/Json.h"
#include "domain/Order.h"
#include "server/orders/FulfillmentRules.h"
#include "server/orders/OrderDraft.h"

#include <QDateTime>

#include <cstdint>
#include <cstdlib>

using namespace certtrack;
using namespace certtrack::server;

namespace {

FulfillmentRules::Offer offer(const char *id, const char *kind, qint64 cents, bool initialKit) {
    FulfillmentRules::Offer o;
    o.item.id = QString::fromLatin1(id);
    o.item.kind = QString::fromLatin1(kind);
    o.item.name = o.item.id;
    o.item.description = o.item.kind;
    o.item.price.minorUnits = cents;
    o.item.price.currency = QStringLiteral("USD");
    o.item.initialKit = initialKit;
    o.item.certificationId = QStringLiteral("c-") + o.item.id;
    o.verificationCode = QStringLiteral("V7L4P3MC");
    return o;
}

QList<FulfillmentRules::Offer> demoOffers() {
    return {offer("kit-encor", "certificate", 0, true),
            offer("cert-ccna", "certificate", FulfillmentRules::kCertificatePrice, false),
            offer("plaque-ccie", "plaque", FulfillmentRules::kPlaquePrice, false)};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    QString error;
    const std::optional<QJsonObject> body = domain::parseObject(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!body)
        return 0;

    domain::JsonReader reader(*body, QString(), &error);
    const domain::ShippingDetails shipping = domain::ShippingDetails::fromJson(reader);
    if (reader.ok()) {
        for (const domain::FieldError &e : domain::ShippingRules::validate(shipping)) {
            if (e.field.isEmpty() || e.message.isEmpty())
                std::abort();
        }
    }

    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764800000, Qt::UTC);
    const OrderDraft draft =
        OrderDraft::read(*body, demoOffers, 10000000, QStringLiteral("ord-1"), now);
    if (draft.order) {
        if (!draft.errors.isEmpty())
            std::abort();
        qint64 sum = draft.order->order.trackingFee.minorUnits;
        for (const domain::Order::Line &line : draft.order->order.lines)
            sum += line.price.minorUnits;
        if (sum != draft.order->order.total.minorUnits)
            std::abort();
        (void)FulfillmentRules::catalogue(demoOffers());
    } else if (draft.errors.isEmpty()) {
        std::abort();
    }
    return 0;
}
