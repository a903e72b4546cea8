#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace certtrack::domain {

class JsonReader;

// One thing the candidate may order: a certificate or plaque of a certification they hold. The
// initial kit of a certification just achieved costs nothing and can be claimed once; after that
// the same certificate is offered again at its normal price.
struct CatalogueItem {
    QString id;              // stable per candidate and offer, e.g. "kit-ccna" or "cert-ccna"
    QString kind;            // "certificate" or "plaque"
    QString name;            // "CCNA Certificate"
    QString description;     // "Certificate"
    Money price;             // zero for an unclaimed initial kit
    bool initialKit = false; // the free kit of a newly achieved certification
    QString certificationId; // the held certification it belongs to

    static CatalogueItem fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// GET /api/v1/me/fulfillment/catalogue
struct FulfillmentCatalogue {
    QList<CatalogueItem> items;
    // "Tracking: for Printed Certificates": one fee per order, only with printed certificates.
    QString trackingLabel;
    Money trackingFee;

    static FulfillmentCatalogue fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// The "Demographics - English (Roman) alphabet only" block of the shipping form.
struct ShippingDemographics {
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString address1;
    QString address2; // optional
    QString city;
    QString stateProvince; // optional
    QString postalCode;
    QString country; // ISO 3166-1 alpha-2, e.g. "US"

    static ShippingDemographics fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// The optional "Localized - Double byte characters allowed" block: any script.
struct ShippingLocalized {
    QString firstName;
    QString lastName;
    QString address1;
    QString address2;
    QString city;
    QString stateProvince;
    QString postalCode;

    bool isEmpty() const;
    static ShippingLocalized fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

struct ShippingDetails {
    ShippingDemographics demographics;
    ShippingLocalized localized; // all empty: not given (null on the wire)

    static ShippingDetails fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// One field the shipping rules refuse. `field` is the wire path ("demographics.firstName",
// "localized.city"), `message` names the field and, for a character the block does not allow,
// the character itself, e.g. "First Name: “é” is not in the English (Roman) alphabet".
struct FieldError {
    QString field;
    QString message;

    friend bool operator==(const FieldError &a, const FieldError &b) {
        return a.field == b.field && a.message == b.message;
    }
};

// The shipping rules, applied alike by the client (as the person types, and before submitting)
// and by the server (422 problem+json with errors[{field, message}]).
//  - Roman alphabet: ASCII letters, digits, space and . , ' - / # & ( )
//  - Required: first name, last name, email, phone, address, city, postal code, country.
//  - Email: one "@", a non-empty local part, a dotted domain, no spaces.
//  - Phone: digits with optional leading "+", spaces, "-", "(", ")", ".", 7 to 15 digits.
//  - Country: an ISO 3166-1 alpha-2 code QLocale knows.
//  - Localized block: any script, no control characters; optional as a whole.
//  - Every field at most 100 characters.
namespace ShippingRules {
bool isRomanCharacter(char32_t c);
// The first character of `text` the Roman-alphabet block refuses, if any.
std::optional<char32_t> firstNonRoman(const QString &text);
QList<FieldError> validate(const ShippingDetails &details);
// Human label of a wire field path, e.g. "demographics.postalCode" -> "Postal Code".
QString fieldLabel(const QString &field);
// ISO 3166-1 alpha-2 codes with their English names (QLocale), sorted by name.
QList<QPair<QString, QString>> countries();
} // namespace ShippingRules

// An order moves:
//   draft -> awaiting_payment -> paid | declined | cancelled | abandoned (24 h unpaid)
//   declined | cancelled -> awaiting_payment (pay again) | abandoned
//   paid -> queued -> sent -> complete
//   draft -> queued (nothing to pay)
struct Order {
    enum class State {
        Draft,
        AwaitingPayment,
        Paid,
        Declined,
        Cancelled,
        Abandoned,
        Queued,
        Sent,
        Complete
    };
    enum class PaymentMethod { None, PayPal, DebitCard, CreditCard };

    struct Line {
        QString catalogueItemId;
        QString name;
        QString description;
        Money price;

        static Line fromJson(JsonReader &reader);
        QJsonObject toJson() const;
    };

    QString id;
    State state = State::Draft;
    QList<Line> lines;
    bool tracking = false;
    Money trackingFee; // zero without tracking
    Money total;
    std::optional<ShippingDetails> shipping;
    PaymentMethod paymentMethod = PaymentMethod::None;
    QString checkoutUrl; // set while awaiting payment: the hosted checkout page
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isFree() const { return total.minorUnits == 0; }
    // Whether the server accepts moving from `from` to `to` (see the diagram above).
    static bool canMove(State from, State to);

    static Order fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

QString toString(Order::State state); // wire names: draft, awaiting_payment, paid, ...
std::optional<Order::State> orderStateFromString(const QString &text);
QString toString(Order::PaymentMethod method); // none, paypal, debit_card, credit_card
std::optional<Order::PaymentMethod> paymentMethodFromString(const QString &text);

} // namespace certtrack::domain
