#include "domain/Json.h"
#include "domain/Order.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace certtrack::domain;

namespace {

ShippingDetails validDetails() {
    ShippingDetails details;
    ShippingDemographics &d = details.demographics;
    d.firstName = QStringLiteral("John");
    d.lastName = QStringLiteral("O'Neil-Smith");
    d.email = QStringLiteral("john.doe@example.com");
    d.phone = QStringLiteral("+1 (408) 555-0100");
    d.address1 = QStringLiteral("170 West Tasman Dr. #4, Bldg (C) & Co/Annex");
    d.city = QStringLiteral("San Jose");
    d.stateProvince = QStringLiteral("CA");
    d.postalCode = QStringLiteral("95134");
    d.country = QStringLiteral("US");
    return details;
}

// The error for one field, or an empty FieldError when the field passed.
FieldError errorFor(const QList<FieldError> &errors, const QString &field) {
    for (const FieldError &error : errors) {
        if (error.field == field)
            return error;
    }
    return {};
}

QString quoted(const QString &text) {
    return QChar(0x201C) + text + QChar(0x201D);
}

QByteArray encode(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const Order::State kAllStates[] = {
    Order::State::Draft,     Order::State::AwaitingPayment,
    Order::State::Paid,      Order::State::Declined,
    Order::State::Cancelled, Order::State::Abandoned,
    Order::State::Queued,    Order::State::Sent,
    Order::State::Complete,
};

Order sampleOrder() {
    Order order;
    order.id = QStringLiteral("ord-1");
    order.state = Order::State::AwaitingPayment;
    Order::Line line;
    line.catalogueItemId = QStringLiteral("cert-ccent");
    line.name = QStringLiteral("CCENT Certificate");
    line.description = QStringLiteral("Certificate");
    line.price.minorUnits = 1500;
    order.lines = {line};
    order.tracking = true;
    order.trackingFee.minorUnits = 1000;
    order.total.minorUnits = 2500;
    order.shipping = validDetails();
    order.paymentMethod = Order::PaymentMethod::CreditCard;
    order.checkoutUrl = QStringLiteral("https://localhost:8443/checkout/abc");
    order.createdAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    order.updatedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 5), Qt::UTC);
    return order;
}

} // namespace

class TestOrders : public QObject {
    Q_OBJECT

private slots:
    void romanAlphabetIsLettersDigitsSpaceAndTenMarks() {
        const QString allowed = QStringLiteral("azAZ09 .,'-/#&()");
        for (const QChar c : allowed)
            QVERIFY2(ShippingRules::isRomanCharacter(c.unicode()), qPrintable(QString(c)));
        const QList<char32_t> refused = {U'@',   U'_', U'!',  U'"',         U';',
                                         U':',   U'+', U'\t', 0xE9 /* é */, 0x5C71 /* 山 */,
                                         0x1F600 /* 😀 */};
        for (const char32_t c : refused)
            QVERIFY2(!ShippingRules::isRomanCharacter(c), qPrintable(QString::number(c, 16)));
        QVERIFY(!ShippingRules::firstNonRoman(QStringLiteral("Main St. #5")));
        QVERIFY(ShippingRules::firstNonRoman(QStringLiteral("Zoë Åberg")) == char32_t(0xEB));
        // A character outside the BMP is one character, not two halves.
        QVERIFY(ShippingRules::firstNonRoman(QStringLiteral("A\U0001F600")) == char32_t(0x1F600));
    }

    void completeDetailsPass() {
        QCOMPARE(ShippingRules::validate(validDetails()), QList<FieldError>());
        ShippingDetails withoutOptional = validDetails();
        withoutOptional.demographics.address2.clear();
        withoutOptional.demographics.stateProvince.clear();
        QCOMPARE(ShippingRules::validate(withoutOptional), QList<FieldError>());
    }

    void everyRequiredFieldIsNamedWhenMissing_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("label");
        QTest::newRow("first") << "firstName"
                               << "First Name";
        QTest::newRow("last") << "lastName"
                              << "Last Name";
        QTest::newRow("email") << "email"
                               << "Email";
        QTest::newRow("phone") << "phone"
                               << "Phone";
        QTest::newRow("address") << "address1"
                                 << "Address";
        QTest::newRow("city") << "city"
                              << "City";
        QTest::newRow("postal") << "postalCode"
                                << "Postal Code";
        QTest::newRow("country") << "country"
                                 << "Country";
    }

    void everyRequiredFieldIsNamedWhenMissing() {
        QFETCH(QString, field);
        QFETCH(QString, label);
        ShippingDetails details = validDetails();
        QJsonObject object = details.demographics.toJson();
        object.insert(field, QStringLiteral("   "));
        QString error;
        JsonReader reader(object, QString(), &error);
        details.demographics = ShippingDemographics::fromJson(reader);
        QVERIFY2(reader.ok(), qPrintable(error));

        const QList<FieldError> errors = ShippingRules::validate(details);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("demographics.") + field);
        QCOMPARE(errors.first().message, label + QStringLiteral(" is required"));
    }

    void demographicsRefuseAccentsAndNameTheCharacter_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first name accent")
            << "firstName" << QStringLiteral("José")
            << QStringLiteral("First Name: ") + quoted(QStringLiteral("é")) +
                   QStringLiteral(" is not in the English (Roman) alphabet");
        QTest::newRow("last name double byte")
            << "lastName" << QStringLiteral("山田")
            << QStringLiteral("Last Name: ") + quoted(QStringLiteral("山")) +
                   QStringLiteral(" is not in the English (Roman) alphabet");
        QTest::newRow("address cont. underscore")
            << "address2" << QStringLiteral("Suite_4")
            << QStringLiteral("Address Cont.: ") + quoted(QStringLiteral("_")) +
                   QStringLiteral(" is not in the English (Roman) alphabet");
        QTest::newRow("city emoji")
            << "city" << QStringLiteral("Rome \U0001F600")
            << QStringLiteral("City: ") + quoted(QStringLiteral("\U0001F600")) +
                   QStringLiteral(" is not in the English (Roman) alphabet");
        QTest::newRow("state tab") << "stateProvince" << QStringLiteral("C\tA")
                                   << QStringLiteral("State/Province: U+0009 is not in the "
                                                     "English (Roman) alphabet");
        QTest::newRow("postal code full-width digit")
            << "postalCode" << QStringLiteral("９5134")
            << QStringLiteral("Postal Code: ") + quoted(QStringLiteral("９")) +
                   QStringLiteral(" is not in the English (Roman) alphabet");
        QTest::newRow("address at sign")
            << "address1" << QStringLiteral("1 Main St @ Corner")
            << QStringLiteral("Address: ") + quoted(QStringLiteral("@")) +
                   QStringLiteral(" is not in the English (Roman) alphabet");
    }

    void demographicsRefuseAccentsAndNameTheCharacter() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        ShippingDetails details = validDetails();
        QJsonObject object = details.demographics.toJson();
        object.insert(field, value);
        QString error;
        JsonReader reader(object, QString(), &error);
        details.demographics = ShippingDemographics::fromJson(reader);
        QVERIFY(reader.ok());
        const QList<FieldError> errors = ShippingRules::validate(details);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first(), (FieldError{QStringLiteral("demographics.") + field, expected}));
    }

    void localizedBlockTakesDoubleByteText() {
        ShippingDetails details = validDetails();
        details.localized.firstName = QStringLiteral("太郎");
        details.localized.lastName = QStringLiteral("山田");
        details.localized.address1 = QStringLiteral("東京都千代田区丸の内 1-1-1");
        details.localized.address2 = QStringLiteral("Zoë's Café \U0001F600");
        details.localized.city = QStringLiteral("서울");
        details.localized.stateProvince = QStringLiteral("Москва");
        details.localized.postalCode = QStringLiteral("〒100-0005");
        QCOMPARE(ShippingRules::validate(details), QList<FieldError>());

        // The same text in the Roman block is refused.
        details.demographics.firstName = details.localized.firstName;
        const FieldError error =
            errorFor(ShippingRules::validate(details), QStringLiteral("demographics.firstName"));
        QVERIFY(error.message.contains(quoted(QStringLiteral("太"))));
    }

    void localizedBlockRefusesControlCharacters() {
        ShippingDetails details = validDetails();
        details.localized.city = QStringLiteral("東京\u0007");
        const QList<FieldError> errors = ShippingRules::validate(details);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("localized.city"));
        QCOMPARE(errors.first().message, QStringLiteral("City (Localized): U+0007 is not allowed"));
    }

    void localizedBlockIsOptionalAsAWhole() {
        ShippingDetails details = validDetails();
        details.localized.city = QStringLiteral("東京");
        QCOMPARE(ShippingRules::validate(details), QList<FieldError>());
        QVERIFY(!details.localized.isEmpty());
        QVERIFY(ShippingLocalized().isEmpty());
    }

    void everyFieldIsAtMostOneHundredCharacters() {
        ShippingDetails details = validDetails();
        details.demographics.address1 = QString(100, QLatin1Char('a'));
        details.localized.address1 = QString(100, QChar(0x5C71));
        QCOMPARE(ShippingRules::validate(details), QList<FieldError>());

        details.demographics.address1 = QString(101, QLatin1Char('a'));
        details.localized.address1 = QString(101, QChar(0x5C71));
        const QList<FieldError> errors = ShippingRules::validate(details);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errorFor(errors, QStringLiteral("demographics.address1")).message,
                 QStringLiteral("Address is longer than 100 characters"));
        QCOMPARE(errorFor(errors, QStringLiteral("localized.address1")).message,
                 QStringLiteral("Address (Localized) is longer than 100 characters"));
    }

    void emailShape_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("expected"); // empty: accepted
        const QString shape = QStringLiteral("Email is not an email address like name@example.com");
        QTest::newRow("plain") << "a@b.co" << QString();
        QTest::newRow("plus and underscore") << "first_last+kit@mail.example.org" << QString();
        QTest::newRow("no at") << "john.example.com" << shape;
        QTest::newRow("two at") << "john@doe@example.com" << shape;
        QTest::newRow("empty local part") << "@example.com" << shape;
        QTest::newRow("undotted domain") << "john@localhost" << shape;
        QTest::newRow("domain ends with dot") << "john@example." << shape;
        QTest::newRow("double dot") << "john@example..com" << shape;
        QTest::newRow("space") << "john doe@example.com"
                               << QStringLiteral(
                                      "Email: U+0020 is not allowed in an email address");
        QTest::newRow("non-ascii") << QStringLiteral("jöhn@example.com")
                                   << QStringLiteral("Email: ") + quoted(QStringLiteral("ö")) +
                                          QStringLiteral(" is not allowed in an email address");
    }

    void emailShape() {
        QFETCH(QString, email);
        QFETCH(QString, expected);
        ShippingDetails details = validDetails();
        details.demographics.email = email;
        QCOMPARE(errorFor(ShippingRules::validate(details), QStringLiteral("demographics.email"))
                     .message,
                 expected);
    }

    void phoneShape_data() {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("expected");
        const QString count = QStringLiteral("Phone needs 7 to 15 digits");
        QTest::newRow("international") << "+44 20 7946 0958" << QString();
        QTest::newRow("dotted") << "408.555.0100" << QString();
        QTest::newRow("seven digits") << "555-0100" << QString();
        QTest::newRow("fifteen digits") << "+123456789012345" << QString();
        QTest::newRow("six digits") << "555-010" << count;
        QTest::newRow("sixteen digits") << "1234567890123456" << count;
        QTest::newRow("letter") << "555-CALL-NOW"
                                << QStringLiteral("Phone: ") + quoted(QStringLiteral("C")) +
                                       QStringLiteral(" is not allowed in a phone number");
        QTest::newRow("plus in the middle")
            << "408+5550100"
            << QStringLiteral("Phone: ") + quoted(QStringLiteral("+")) +
                   QStringLiteral(" is not allowed in a phone number");
    }

    void phoneShape() {
        QFETCH(QString, phone);
        QFETCH(QString, expected);
        ShippingDetails details = validDetails();
        details.demographics.phone = phone;
        QCOMPARE(errorFor(ShippingRules::validate(details), QStringLiteral("demographics.phone"))
                     .message,
                 expected);
    }

    void countryIsAnIsoCodeQLocaleKnows_data() {
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("US") << "US" << true;
        QTest::newRow("JP") << "JP" << true;
        QTest::newRow("DE") << "DE" << true;
        QTest::newRow("lower case") << "us" << false;
        QTest::newRow("alpha-3") << "USA" << false;
        QTest::newRow("unassigned") << "QQ" << false;
        QTest::newRow("European Union is no country") << "EU" << false;
        QTest::newRow("user-assigned") << "XK" << false;
        QTest::newRow("name") << "United States" << false;
    }

    void countryIsAnIsoCodeQLocaleKnows() {
        QFETCH(QString, country);
        QFETCH(bool, accepted);
        ShippingDetails details = validDetails();
        details.demographics.country = country;
        const FieldError error =
            errorFor(ShippingRules::validate(details), QStringLiteral("demographics.country"));
        QCOMPARE(error.message.isEmpty(), accepted);
        if (!accepted)
            QCOMPARE(error.message, QStringLiteral("Country is not an ISO 3166-1 country code"));
    }

    void countriesAreSortedUniqueAlpha2WithEnglishNames() {
        const auto countries = ShippingRules::countries();
        QVERIFY(countries.size() > 200);
        QSet<QString> codes;
        for (qsizetype i = 0; i < countries.size(); ++i) {
            const auto &[code, name] = countries.at(i);
            QCOMPARE(code.size(), 2);
            QVERIFY(!name.isEmpty());
            QVERIFY2(!codes.contains(code), qPrintable(code));
            codes.insert(code);
            if (i > 0)
                QVERIFY(countries.at(i - 1).second.compare(name, Qt::CaseInsensitive) <= 0);
        }
        QVERIFY(
            countries.contains(qMakePair(QStringLiteral("US"), QStringLiteral("United States"))));
        QVERIFY(countries.contains(qMakePair(QStringLiteral("JP"), QStringLiteral("Japan"))));
        QVERIFY(!codes.contains(QStringLiteral("EU")));
    }

    void fieldLabelsNameTheBlock() {
        QCOMPARE(ShippingRules::fieldLabel(QStringLiteral("demographics.postalCode")),
                 QStringLiteral("Postal Code"));
        QCOMPARE(ShippingRules::fieldLabel(QStringLiteral("demographics.address2")),
                 QStringLiteral("Address Cont."));
        QCOMPARE(ShippingRules::fieldLabel(QStringLiteral("localized.city")),
                 QStringLiteral("City (Localized)"));
        QCOMPARE(ShippingRules::fieldLabel(QStringLiteral("unknown.path")),
                 QStringLiteral("unknown.path"));
    }

    void stateMachineAllowsExactlyTheDrawnTransitions() {
        using S = Order::State;
        const QSet<QPair<int, int>> allowed = {
            {int(S::Draft), int(S::AwaitingPayment)},
            {int(S::Draft), int(S::Queued)},
            {int(S::Draft), int(S::Abandoned)},
            {int(S::AwaitingPayment), int(S::Paid)},
            {int(S::AwaitingPayment), int(S::Declined)},
            {int(S::AwaitingPayment), int(S::Cancelled)},
            {int(S::AwaitingPayment), int(S::Abandoned)},
            {int(S::Declined), int(S::AwaitingPayment)},
            {int(S::Declined), int(S::Abandoned)},
            {int(S::Cancelled), int(S::AwaitingPayment)},
            {int(S::Cancelled), int(S::Abandoned)},
            {int(S::Paid), int(S::Queued)},
            {int(S::Queued), int(S::Sent)},
            {int(S::Sent), int(S::Complete)},
        };
        int allowedCount = 0;
        for (const S from : kAllStates) {
            for (const S to : kAllStates) {
                const bool expected = allowed.contains({int(from), int(to)});
                QVERIFY2(Order::canMove(from, to) == expected,
                         qPrintable(toString(from) + QStringLiteral(" -> ") + toString(to)));
                allowedCount += expected ? 1 : 0;
            }
        }
        QCOMPARE(allowedCount, allowed.size());
    }

    void terminalStatesGoNowhere() {
        for (const Order::State to : kAllStates) {
            QVERIFY(!Order::canMove(Order::State::Complete, to));
            QVERIFY(!Order::canMove(Order::State::Abandoned, to));
            // Payment is never skipped and nothing goes back to draft.
            QVERIFY(!Order::canMove(to, Order::State::Draft));
        }
        QVERIFY(!Order::canMove(Order::State::AwaitingPayment, Order::State::Queued));
        QVERIFY(!Order::canMove(Order::State::Draft, Order::State::Paid));
        QVERIFY(!Order::canMove(Order::State::Paid, Order::State::Abandoned));
        QVERIFY(!Order::canMove(Order::State::Queued, Order::State::Complete));
    }

    void wireNamesRoundTrip() {
        const QStringList stateNames = {
            QStringLiteral("draft"),     QStringLiteral("awaiting_payment"),
            QStringLiteral("paid"),      QStringLiteral("declined"),
            QStringLiteral("cancelled"), QStringLiteral("abandoned"),
            QStringLiteral("queued"),    QStringLiteral("sent"),
            QStringLiteral("complete")};
        int i = 0;
        for (const Order::State state : kAllStates) {
            QCOMPARE(toString(state), stateNames.at(i++));
            QVERIFY(orderStateFromString(toString(state)) == state);
        }
        QVERIFY(!orderStateFromString(QStringLiteral("Paid")));
        QVERIFY(!orderStateFromString(QString()));

        QCOMPARE(toString(Order::PaymentMethod::PayPal), QStringLiteral("paypal"));
        QCOMPARE(toString(Order::PaymentMethod::DebitCard), QStringLiteral("debit_card"));
        QCOMPARE(toString(Order::PaymentMethod::CreditCard), QStringLiteral("credit_card"));
        QCOMPARE(toString(Order::PaymentMethod::None), QStringLiteral("none"));
        QVERIFY(paymentMethodFromString(QStringLiteral("credit_card")) ==
                Order::PaymentMethod::CreditCard);
        QVERIFY(!paymentMethodFromString(QStringLiteral("cash")));
    }

    void orderRoundTripsThroughItsCodec() {
        const Order order = sampleOrder();
        const QJsonObject json = order.toJson();
        QCOMPARE(json.value(QStringLiteral("state")).toString(),
                 QStringLiteral("awaiting_payment"));
        QCOMPARE(json.value(QStringLiteral("paymentMethod")).toString(),
                 QStringLiteral("credit_card"));
        QCOMPARE(json.value(QStringLiteral("createdAt")).toString(),
                 QStringLiteral("2024-05-01T10:00:00Z"));
        // An empty localized block is null on the wire.
        QVERIFY(json.value(QStringLiteral("shipping"))
                    .toObject()
                    .value(QStringLiteral("localized"))
                    .isNull());

        QString error;
        const auto decoded = decodeDocument<Order>(encode(json), &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->toJson(), json);
        QCOMPARE(decoded->total.minorUnits, 2500);
        QCOMPARE(decoded->lines.first().price.minorUnits, 1500);
        QVERIFY(decoded->shipping);
        QCOMPARE(decoded->shipping->demographics.lastName, QStringLiteral("O'Neil-Smith"));
    }

    void draftWithoutShippingHasNulls() {
        Order order = sampleOrder();
        order.state = Order::State::Draft;
        order.shipping.reset();
        order.checkoutUrl.clear();
        order.paymentMethod = Order::PaymentMethod::None;
        const QJsonObject json = order.toJson();
        QVERIFY(json.value(QStringLiteral("shipping")).isNull());
        QVERIFY(json.value(QStringLiteral("checkoutUrl")).isNull());
        QString error;
        const auto decoded = decodeDocument<Order>(encode(json), &error);
        QVERIFY2(decoded, qPrintable(error));
        QVERIFY(!decoded->shipping);
        QVERIFY(decoded->checkoutUrl.isEmpty());
    }

    void localizedTextSurvivesTheCodec() {
        ShippingDetails details = validDetails();
        details.localized.lastName = QStringLiteral("山田");
        QString error;
        const auto decoded = decodeDocument<ShippingDetails>(encode(details.toJson()), &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->localized.lastName, QStringLiteral("山田"));
        QVERIFY(decoded->localized.firstName.isEmpty());
    }

    void orderCodecIsStrict_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("unknown state")
            << "state" << QJsonValue(QStringLiteral("shipped")) << "state: unknown order state";
        QTest::newRow("unknown method") << "paymentMethod" << QJsonValue(QStringLiteral("cash"))
                                        << "paymentMethod: unknown payment method";
        QTest::newRow("tracking as string") << "tracking" << QJsonValue(QStringLiteral("yes"))
                                            << "tracking: expected true or false";
        QTest::newRow("total missing")
            << "total" << QJsonValue(QJsonValue::Undefined) << "total: missing";
        QTest::newRow("lines not array")
            << "lines" << QJsonValue(QStringLiteral("x")) << "lines: expected an array";
        QTest::newRow("local time")
            << "createdAt" << QJsonValue(QStringLiteral("2024-05-01T10:00:00"))
            << "createdAt: expected an RFC 3339 instant";
    }

    void orderCodecIsStrict() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedError);
        QJsonObject json = sampleOrder().toJson();
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        QString error;
        QVERIFY(!decodeDocument<Order>(encode(json), &error));
        QCOMPARE(error, expectedError);
    }

    void shippingCodecNamesTheNestedPath() {
        QJsonObject json = validDetails().toJson();
        QJsonObject localized;
        localized.insert(QStringLiteral("city"), 12);
        json.insert(QStringLiteral("localized"), localized);
        QString error;
        QVERIFY(!decodeDocument<ShippingDetails>(encode(json), &error));
        QCOMPARE(error, QStringLiteral("localized.city: expected a string or null"));

        json = validDetails().toJson();
        QJsonObject demographics = json.value(QStringLiteral("demographics")).toObject();
        demographics.remove(QStringLiteral("firstName"));
        json.insert(QStringLiteral("demographics"), demographics);
        QVERIFY(!decodeDocument<ShippingDetails>(encode(json), &error));
        QCOMPARE(error, QStringLiteral("demographics.firstName: missing"));
    }

    void catalogueRoundTrips() {
        FulfillmentCatalogue catalogue;
        CatalogueItem kit;
        kit.id = QStringLiteral("kit-ccna");
        kit.kind = QStringLiteral("certificate");
        kit.name = QStringLiteral("CCNA Certificate");
        kit.description = QStringLiteral("Certificate");
        kit.initialKit = true;
        kit.certificationId = QStringLiteral("ccna");
        catalogue.items = {kit};
        catalogue.trackingLabel = QStringLiteral("Tracking");
        catalogue.trackingFee.minorUnits = 1000;
        QString error;
        const auto decoded =
            decodeDocument<FulfillmentCatalogue>(encode(catalogue.toJson()), &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->toJson(), catalogue.toJson());
        QVERIFY(decoded->items.first().initialKit);
        QCOMPARE(decoded->items.first().price.display(), QStringLiteral("$0.00"));

        QJsonObject broken = catalogue.toJson();
        QJsonObject item = kit.toJson();
        item.insert(QStringLiteral("initialKit"), QStringLiteral("true"));
        broken.insert(QStringLiteral("items"), QJsonArray{item});
        QVERIFY(!decodeDocument<FulfillmentCatalogue>(encode(broken), &error));
        QCOMPARE(error, QStringLiteral("items[0].initialKit: expected true or false"));
    }
};

QTEST_GUILESS_MAIN(TestOrders)
#include "TestOrders.moc"
