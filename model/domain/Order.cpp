#include "domain/Order.h"

#include "domain/Json.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace certtrack::domain {

namespace {

constexpr qsizetype kMaxFieldLength = 100;
constexpr int kMinPhoneDigits = 7;
constexpr int kMaxPhoneDigits = 15;

const std::pair<Order::State, const char *> kStateNames[] = {
    {Order::State::Draft, "draft"},         {Order::State::AwaitingPayment, "awaiting_payment"},
    {Order::State::Paid, "paid"},           {Order::State::Declined, "declined"},
    {Order::State::Cancelled, "cancelled"}, {Order::State::Abandoned, "abandoned"},
    {Order::State::Queued, "queued"},       {Order::State::Sent, "sent"},
    {Order::State::Complete, "complete"},
};

const std::pair<Order::PaymentMethod, const char *> kPaymentMethodNames[] = {
    {Order::PaymentMethod::None, "none"},
    {Order::PaymentMethod::PayPal, "paypal"},
    {Order::PaymentMethod::DebitCard, "debit_card"},
    {Order::PaymentMethod::CreditCard, "credit_card"},
};

const std::pair<const char *, const char *> kFieldLabels[] = {
    {"firstName", "First Name"},
    {"lastName", "Last Name"},
    {"email", "Email"},
    {"phone", "Phone"},
    {"address1", "Address"},
    {"address2", "Address Cont."},
    {"city", "City"},
    {"stateProvince", "State/Province"},
    {"postalCode", "Postal Code"},
    {"country", "Country"},
};

// Codes QLocale lists that are not ISO 3166-1 countries: exceptional reservations, groupings
// and user-assigned codes.
const char *const kNotIso3166[] = {"AC", "CP", "DG", "EA", "EU", "EZ", "IC",
                                   "QO", "TA", "UN", "XA", "XB", "XK"};

QJsonValue stringOrNull(const QString &text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// A character as a person reads it in a message: itself in quotes, or its code point when it
// would not be visible (controls, spaces other than the plain one, format characters).
QString describeCharacter(char32_t c) {
    const QString text = QString::fromUcs4(&c, 1);
    const QChar::Category category = QChar::category(c);
    const bool invisible = QChar::isSpace(c) || category == QChar::Other_Control ||
                           category == QChar::Other_Format || category == QChar::Other_NotAssigned;
    if (invisible)
        return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
    return QChar(0x201C) + text + QChar(0x201D);
}

bool isBlank(const QString &text) {
    return text.trimmed().isEmpty();
}

class Validator {
public:
    void required(const QString &field, const QString &value) {
        if (isBlank(value))
            add(field, QStringLiteral("%1 is required").arg(ShippingRules::fieldLabel(field)));
    }

    // Length first: a refused character in an overlong field is the lesser news.
    bool withinLength(const QString &field, const QString &value) {
        if (value.size() <= kMaxFieldLength)
            return true;
        add(field, QStringLiteral("%1 is longer than %2 characters")
                       .arg(ShippingRules::fieldLabel(field))
                       .arg(kMaxFieldLength));
        return false;
    }

    void roman(const QString &field, const QString &value) {
        if (!withinLength(field, value))
            return;
        if (const auto c = ShippingRules::firstNonRoman(value)) {
            add(field, QStringLiteral("%1: %2 is not in the English (Roman) alphabet")
                           .arg(ShippingRules::fieldLabel(field), describeCharacter(*c)));
        }
    }

    void anyScript(const QString &field, const QString &value) {
        if (!withinLength(field, value))
            return;
        // toUcs4 turns a lone surrogate into U+FFFD, refused below.
        const QList<uint> codePoints = value.toUcs4();
        for (const uint codePoint : codePoints) {
            const char32_t c = codePoint;
            const QChar::Category category = QChar::category(c);
            if (category == QChar::Other_Control || category == QChar::Other_Surrogate ||
                category == QChar::Other_NotAssigned || c == 0xFFFD) {
                add(field, QStringLiteral("%1: %2 is not allowed")
                               .arg(ShippingRules::fieldLabel(field), describeCharacter(c)));
                return;
            }
        }
    }

    void email(const QString &field, const QString &value) {
        if (isBlank(value) || !withinLength(field, value))
            return;
        const QList<uint> codePoints = value.toUcs4();
        for (const uint c : codePoints) {
            if (c > 0x7E || c < 0x21) {
                add(field, QStringLiteral("%1: %2 is not allowed in an email address")
                               .arg(ShippingRules::fieldLabel(field), describeCharacter(c)));
                return;
            }
        }
        const qsizetype at = value.indexOf(QLatin1Char('@'));
        const QString domain = value.mid(at + 1);
        const bool shaped =
            at > 0 && value.count(QLatin1Char('@')) == 1 && domain.contains(QLatin1Char('.')) &&
            !domain.startsWith(QLatin1Char('.')) && !domain.endsWith(QLatin1Char('.')) &&
            !domain.contains(QStringLiteral(".."));
        if (!shaped) {
            add(field, QStringLiteral("%1 is not an email address like name@example.com")
                           .arg(ShippingRules::fieldLabel(field)));
        }
    }

    void phone(const QString &field, const QString &value) {
        if (isBlank(value) || !withinLength(field, value))
            return;
        int digits = 0;
        const QString trimmed = value.trimmed();
        for (qsizetype i = 0; i < trimmed.size(); ++i) {
            const QChar c = trimmed.at(i);
            if (c.unicode() >= '0' && c.unicode() <= '9') {
                ++digits;
                continue;
            }
            const bool punctuation = c == QLatin1Char(' ') || c == QLatin1Char('-') ||
                                     c == QLatin1Char('(') || c == QLatin1Char(')') ||
                                     c == QLatin1Char('.') || (c == QLatin1Char('+') && i == 0);
            if (!punctuation) {
                add(field, QStringLiteral("%1: %2 is not allowed in a phone number")
                               .arg(ShippingRules::fieldLabel(field),
                                    describeCharacter(trimmed.mid(i).toUcs4().value(0))));
                return;
            }
        }
        if (digits < kMinPhoneDigits || digits > kMaxPhoneDigits) {
            add(field, QStringLiteral("%1 needs %2 to %3 digits")
                           .arg(ShippingRules::fieldLabel(field))
                           .arg(kMinPhoneDigits)
                           .arg(kMaxPhoneDigits));
        }
    }

    void country(const QString &field, const QString &value) {
        if (isBlank(value))
            return;
        static const QSet<QString> known = [] {
            QSet<QString> codes;
            for (const auto &[code, name] : ShippingRules::countries())
                codes.insert(code);
            return codes;
        }();
        if (!known.contains(value)) {
            add(field, QStringLiteral("%1 is not an ISO 3166-1 country code")
                           .arg(ShippingRules::fieldLabel(field)));
        }
    }

    QList<FieldError> errors() const { return m_errors; }

private:
    void add(const QString &field, const QString &message) {
        // One message per field: the first fault found is the one to fix.
        for (const FieldError &existing : std::as_const(m_errors)) {
            if (existing.field == field)
                return;
        }
        m_errors.append({field, message});
    }

    QList<FieldError> m_errors;
};

QString demographicsField(const char *name) {
    return QStringLiteral("demographics.") + QLatin1String(name);
}

QString localizedField(const char *name) {
    return QStringLiteral("localized.") + QLatin1String(name);
}

} // namespace

CatalogueItem CatalogueItem::fromJson(JsonReader &reader) {
    CatalogueItem item;
    item.id = reader.string("id");
    item.kind = reader.string("kind");
    item.name = reader.string("name");
    item.description = reader.string("description");
    JsonReader price = reader.child("price");
    item.price = Money::fromJson(price);
    item.initialKit = reader.boolean("initialKit");
    item.certificationId = reader.string("certificationId");
    return item;
}

QJsonObject CatalogueItem::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("price"), price.toJson()},
            {QStringLiteral("initialKit"), initialKit},
            {QStringLiteral("certificationId"), certificationId}};
}

FulfillmentCatalogue FulfillmentCatalogue::fromJson(JsonReader &reader) {
    FulfillmentCatalogue catalogue;
    catalogue.items = reader.list<CatalogueItem>("items", &CatalogueItem::fromJson);
    catalogue.trackingLabel = reader.string("trackingLabel");
    JsonReader fee = reader.child("trackingFee");
    catalogue.trackingFee = Money::fromJson(fee);
    return catalogue;
}

QJsonObject FulfillmentCatalogue::toJson() const {
    QJsonArray array;
    for (const CatalogueItem &item : items)
        array.append(item.toJson());
    return {{QStringLiteral("items"), array},
            {QStringLiteral("trackingLabel"), trackingLabel},
            {QStringLiteral("trackingFee"), trackingFee.toJson()}};
}

ShippingDemographics ShippingDemographics::fromJson(JsonReader &reader) {
    ShippingDemographics d;
    d.firstName = reader.string("firstName");
    d.lastName = reader.string("lastName");
    d.email = reader.string("email");
    d.phone = reader.string("phone");
    d.address1 = reader.string("address1");
    d.address2 = reader.optionalString("address2");
    d.city = reader.string("city");
    d.stateProvince = reader.optionalString("stateProvince");
    d.postalCode = reader.string("postalCode");
    d.country = reader.string("country");
    return d;
}

QJsonObject ShippingDemographics::toJson() const {
    return {{QStringLiteral("firstName"), firstName},
            {QStringLiteral("lastName"), lastName},
            {QStringLiteral("email"), email},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("address1"), address1},
            {QStringLiteral("address2"), stringOrNull(address2)},
            {QStringLiteral("city"), city},
            {QStringLiteral("stateProvince"), stringOrNull(stateProvince)},
            {QStringLiteral("postalCode"), postalCode},
            {QStringLiteral("country"), country}};
}

bool ShippingLocalized::isEmpty() const {
    return firstName.isEmpty() && lastName.isEmpty() && address1.isEmpty() && address2.isEmpty() &&
           city.isEmpty() && stateProvince.isEmpty() && postalCode.isEmpty();
}

ShippingLocalized ShippingLocalized::fromJson(JsonReader &reader) {
    ShippingLocalized l;
    l.firstName = reader.optionalString("firstName");
    l.lastName = reader.optionalString("lastName");
    l.address1 = reader.optionalString("address1");
    l.address2 = reader.optionalString("address2");
    l.city = reader.optionalString("city");
    l.stateProvince = reader.optionalString("stateProvince");
    l.postalCode = reader.optionalString("postalCode");
    return l;
}

QJsonObject ShippingLocalized::toJson() const {
    return {{QStringLiteral("firstName"), stringOrNull(firstName)},
            {QStringLiteral("lastName"), stringOrNull(lastName)},
            {QStringLiteral("address1"), stringOrNull(address1)},
            {QStringLiteral("address2"), stringOrNull(address2)},
            {QStringLiteral("city"), stringOrNull(city)},
            {QStringLiteral("stateProvince"), stringOrNull(stateProvince)},
            {QStringLiteral("postalCode"), stringOrNull(postalCode)}};
}

ShippingDetails ShippingDetails::fromJson(JsonReader &reader) {
    ShippingDetails details;
    JsonReader demographics = reader.child("demographics");
    details.demographics = ShippingDemographics::fromJson(demographics);
    if (reader.optionalObject("localized")) {
        JsonReader localized = reader.child("localized");
        details.localized = ShippingLocalized::fromJson(localized);
    }
    return details;
}

QJsonObject ShippingDetails::toJson() const {
    return {{QStringLiteral("demographics"), demographics.toJson()},
            {QStringLiteral("localized"),
             localized.isEmpty() ? QJsonValue() : QJsonValue(localized.toJson())}};
}

namespace ShippingRules {

bool isRomanCharacter(char32_t c) {
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9'))
        return true;
    switch (c) {
    case U' ':
    case U'.':
    case U',':
    case U'\'':
    case U'-':
    case U'/':
    case U'#':
    case U'&':
    case U'(':
    case U')':
        return true;
    default:
        return false;
    }
}

std::optional<char32_t> firstNonRoman(const QString &text) {
    // A lone surrogate comes back as U+FFFD, which is not Roman either.
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (!isRomanCharacter(c))
            return c;
    }
    return std::nullopt;
}

QList<FieldError> validate(const ShippingDetails &details) {
    Validator v;
    const ShippingDemographics &d = details.demographics;
    v.required(demographicsField("firstName"), d.firstName);
    v.required(demographicsField("lastName"), d.lastName);
    v.required(demographicsField("email"), d.email);
    v.required(demographicsField("phone"), d.phone);
    v.required(demographicsField("address1"), d.address1);
    v.required(demographicsField("city"), d.city);
    v.required(demographicsField("postalCode"), d.postalCode);
    v.required(demographicsField("country"), d.country);

    v.roman(demographicsField("firstName"), d.firstName);
    v.roman(demographicsField("lastName"), d.lastName);
    v.email(demographicsField("email"), d.email);
    v.phone(demographicsField("phone"), d.phone);
    v.roman(demographicsField("address1"), d.address1);
    v.roman(demographicsField("address2"), d.address2);
    v.roman(demographicsField("city"), d.city);
    v.roman(demographicsField("stateProvince"), d.stateProvince);
    v.roman(demographicsField("postalCode"), d.postalCode);
    v.country(demographicsField("country"), d.country);

    const ShippingLocalized &l = details.localized;
    v.anyScript(localizedField("firstName"), l.firstName);
    v.anyScript(localizedField("lastName"), l.lastName);
    v.anyScript(localizedField("address1"), l.address1);
    v.anyScript(localizedField("address2"), l.address2);
    v.anyScript(localizedField("city"), l.city);
    v.anyScript(localizedField("stateProvince"), l.stateProvince);
    v.anyScript(localizedField("postalCode"), l.postalCode);
    return v.errors();
}

QString fieldLabel(const QString &field) {
    const qsizetype dot = field.indexOf(QLatin1Char('.'));
    const QString block = dot < 0 ? QString() : field.left(dot);
    const QString name = field.mid(dot + 1);
    for (const auto &[key, label] : kFieldLabels) {
        if (name == QLatin1String(key)) {
            const QString text = QString::fromLatin1(label);
            return block == QLatin1String("localized") ? text + QStringLiteral(" (Localized)")
                                                       : text;
        }
    }
    return field;
}

QList<QPair<QString, QString>> countries() {
    static const QList<QPair<QString, QString>> list = [] {
        static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
        QSet<QString> excluded;
        for (const char *code : kNotIso3166)
            excluded.insert(QString::fromLatin1(code));
        QList<QPair<QString, QString>> result;
        QSet<QString> seen;
        for (int t = 1; t <= static_cast<int>(QLocale::LastTerritory); ++t) {
            const auto territory = static_cast<QLocale::Territory>(t);
            const QString code = QLocale::territoryToCode(territory);
            if (!alpha2.match(code).hasMatch() || excluded.contains(code) || seen.contains(code))
                continue;
            seen.insert(code);
            result.append({code, QLocale::territoryToString(territory)});
        }
        std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
            return a.second.compare(b.second, Qt::CaseInsensitive) < 0;
        });
        return result;
    }();
    return list;
}

} // namespace ShippingRules

QString toString(Order::State state) {
    for (const auto &[s, name] : kStateNames) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Order::State> orderStateFromString(const QString &text) {
    for (const auto &[s, name] : kStateNames) {
        if (text == QLatin1String(name))
            return s;
    }
    return std::nullopt;
}

QString toString(Order::PaymentMethod method) {
    for (const auto &[m, name] : kPaymentMethodNames) {
        if (m == method)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Order::PaymentMethod> paymentMethodFromString(const QString &text) {
    for (const auto &[m, name] : kPaymentMethodNames) {
        if (text == QLatin1String(name))
            return m;
    }
    return std::nullopt;
}

bool Order::canMove(State from, State to) {
    switch (from) {
    case State::Draft:
        return to == State::AwaitingPayment || to == State::Queued || to == State::Abandoned;
    case State::AwaitingPayment:
        return to == State::Paid || to == State::Declined || to == State::Cancelled ||
               to == State::Abandoned;
    case State::Declined:
    case State::Cancelled:
        return to == State::AwaitingPayment || to == State::Abandoned;
    case State::Paid:
        return to == State::Queued;
    case State::Queued:
        return to == State::Sent;
    case State::Sent:
        return to == State::Complete;
    case State::Abandoned:
    case State::Complete:
        break;
    }
    return false;
}

Order::Line Order::Line::fromJson(JsonReader &reader) {
    Line line;
    line.catalogueItemId = reader.string("catalogueItemId");
    line.name = reader.string("name");
    line.description = reader.string("description");
    JsonReader price = reader.child("price");
    line.price = Money::fromJson(price);
    return line;
}

QJsonObject Order::Line::toJson() const {
    return {{QStringLiteral("catalogueItemId"), catalogueItemId},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("price"), price.toJson()}};
}

Order Order::fromJson(JsonReader &reader) {
    Order order;
    order.id = reader.string("id");
    const QString state = reader.string("state");
    const auto parsedState = orderStateFromString(state);
    if (!parsedState && reader.ok())
        reader.fail(QStringLiteral("state"), QStringLiteral("unknown order state"));
    order.state = parsedState.value_or(State::Draft);
    order.lines = reader.list<Line>("lines", &Line::fromJson);
    order.tracking = reader.boolean("tracking");
    JsonReader fee = reader.child("trackingFee");
    order.trackingFee = Money::fromJson(fee);
    JsonReader total = reader.child("total");
    order.total = Money::fromJson(total);
    if (reader.optionalObject("shipping")) {
        JsonReader shipping = reader.child("shipping");
        order.shipping = ShippingDetails::fromJson(shipping);
    }
    const QString method = reader.string("paymentMethod");
    const auto parsedMethod = paymentMethodFromString(method);
    if (!parsedMethod && reader.ok())
        reader.fail(QStringLiteral("paymentMethod"), QStringLiteral("unknown payment method"));
    order.paymentMethod = parsedMethod.value_or(PaymentMethod::None);
    order.checkoutUrl = reader.optionalString("checkoutUrl");
    order.createdAt = reader.instant("createdAt");
    order.updatedAt = reader.instant("updatedAt");
    return order;
}

QJsonObject Order::toJson() const {
    QJsonArray lineArray;
    for (const Line &line : lines)
        lineArray.append(line.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("state"), toString(state)},
            {QStringLiteral("lines"), lineArray},
            {QStringLiteral("tracking"), tracking},
            {QStringLiteral("trackingFee"), trackingFee.toJson()},
            {QStringLiteral("total"), total.toJson()},
            {QStringLiteral("shipping"), shipping ? QJsonValue(shipping->toJson()) : QJsonValue()},
            {QStringLiteral("paymentMethod"), toString(paymentMethod)},
            {QStringLiteral("checkoutUrl"), stringOrNull(checkoutUrl)},
            {QStringLiteral("createdAt"), formatInstant(createdAt)},
            {QStringLiteral("updatedAt"), formatInstant(updatedAt)}};
}

} // namespace certtrack::domain
