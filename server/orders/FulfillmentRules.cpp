#include "server/orders/FulfillmentRules.h"

#include <QSet>

namespace certtrack::server::FulfillmentRules {

namespace {

domain::Money usd(qint64 cents) {
    domain::Money money;
    money.minorUnits = cents;
    money.currency = QStringLiteral("USD");
    return money;
}

bool inForce(const HeldCertification &held, const QDate &today) {
    return !held.revokedAt && held.active <= today && (!held.expires || today <= *held.expires);
}

} // namespace

QList<Offer> offers(OrderStore &store, qint64 candidateId, const QDate &today) {
    const QStringList claimedList = store.claimedInitialKits(candidateId);
    const QSet<QString> claimed(claimedList.cbegin(), claimedList.cend());
    QList<Offer> result;
    QSet<QString> ids;
    const auto add = [&result, &ids](Offer offer) {
        if (ids.contains(offer.item.id))
            return;
        ids.insert(offer.item.id);
        result.append(std::move(offer));
    };
    for (const HeldCertification &held : store.certifications(candidateId)) {
        if (!inForce(held, today))
            continue;
        const std::optional<CertificationDefinition> definition =
            store.definition(held.definitionId);
        if (!definition)
            continue;
        const bool kitClaimed = claimed.contains(held.id);
        Offer certificate;
        certificate.item.id =
            (kitClaimed ? QStringLiteral("cert-") : QStringLiteral("kit-")) + definition->id;
        certificate.item.kind = QStringLiteral("certificate");
        certificate.item.name = definition->acronym + QStringLiteral(" Certificate");
        certificate.item.description = QStringLiteral("Certificate");
        certificate.item.price = usd(kitClaimed ? kCertificatePrice : 0);
        certificate.item.initialKit = !kitClaimed;
        certificate.item.certificationId = held.id;
        certificate.verificationCode = held.verificationCode;
        add(certificate);

        if (definition->track.startsWith(QLatin1String("Expert"))) {
            Offer plaque;
            plaque.item.id = QStringLiteral("plaque-") + definition->id;
            plaque.item.kind = QStringLiteral("plaque");
            plaque.item.name = definition->acronym + QStringLiteral(" Plaque");
            plaque.item.description = QStringLiteral("Plaque");
            plaque.item.price = usd(kPlaquePrice);
            plaque.item.certificationId = held.id;
            plaque.verificationCode = held.verificationCode;
            add(plaque);
        }
    }
    return result;
}

domain::FulfillmentCatalogue catalogue(const QList<Offer> &offers) {
    domain::FulfillmentCatalogue result;
    for (const Offer &offer : offers)
        result.items.append(offer.item);
    result.trackingLabel = QStringLiteral("Tracking: for Printed Certificates");
    result.trackingFee = usd(kTrackingFee);
    return result;
}

QString statusText(domain::Order::State state) {
    using State = domain::Order::State;
    switch (state) {
    case State::Draft:
        return QStringLiteral("Draft");
    case State::AwaitingPayment:
        return QStringLiteral("Awaiting payment");
    case State::Paid:
        return QStringLiteral("Paid");
    case State::Declined:
        return QStringLiteral("Declined");
    case State::Cancelled:
        return QStringLiteral("Cancelled");
    case State::Abandoned:
        return QStringLiteral("Abandoned");
    case State::Queued:
        return QStringLiteral("Queued");
    case State::Sent:
        return QStringLiteral("Sent");
    case State::Complete:
        break;
    }
    return QStringLiteral("Complete");
}

QString paymentMethodLabel(domain::Order::PaymentMethod method) {
    using Method = domain::Order::PaymentMethod;
    switch (method) {
    case Method::PayPal:
        return QStringLiteral("PayPal");
    case Method::DebitCard:
        return QStringLiteral("Debit card");
    case Method::CreditCard:
        return QStringLiteral("Credit card");
    case Method::None:
        break;
    }
    return QStringLiteral("No charge");
}

} // namespace certtrack::server::FulfillmentRules
