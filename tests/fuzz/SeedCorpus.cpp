// Writes the seed corpora of tests/fuzz/corpus from the tests' fixtures: the guide's demo
// candidate (tests/model/itemmodels/DemoAccount.h), the order tests' shipping details, PNGs made
// by the credential tests' libpng fixtures, freshly signed JWS and keys, and certtrackd's own
// route table. Run once when a codec or target changes:
//   build/fuzz/fuzz/fuzz_seed_corpus tests/fuzz/corpus
// Signatures and keys differ on each run; everything else is the same.

#include "../model/credentials/PngFixtures.h"
#include "../model/itemmodels/DemoAccount.h"
#include "credentials/BadgeBaking.h"
#include "credentials/Encoding.h"
#include "credentials/Jws.h"
#include "credentials/SigningKey.h"
#include "credentials/StatusList.h"
#include "domain/Json.h"
#include "domain/Problem.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace certtrack;
using namespace certtrack::domain;

namespace {

QString g_root;

void write(const char *target, const QByteArray &data) {
    const QString dir = g_root + QLatin1Char('/') + QString::fromLatin1(target);
    QDir().mkpath(dir);
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex().left(16));
    QFile file(dir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
}

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// FuzzDomainJson's codec indices.
enum Codec : char {
    CProfile,
    CSettings,
    CAttributes,
    CIdentifiers,
    CAddress,
    CProgramme,
    CExams,
    CAgreements,
    CCeActivities,
    CTransactions,
    CCertifications,
    CCertificationDetail,
    CLogos,
    CRecertificationPlan,
    CCertificateVerification,
    CFulfillment,
    CCatalogue,
    CShipping,
    COrder,
    COrders,
    CTranscript,
    CTranscripts,
    CPublicTranscript,
    CTranscriptEmail,
    CBadge,
    CBadges,
    CExternalCredential,
    CExternalCredentials,
    CMoney,
    CProblem,
};

void domainSeed(Codec codec, const QJsonObject &object) {
    write("fuzz_domain_json", QByteArray(1, codec) + compact(object));
}

template <typename T> QJsonObject page(const QList<T> &items) {
    Page<T> p;
    p.items = items;
    p.nextCursor = items.isEmpty() ? QString() : QStringLiteral("c2");
    return p.toJson();
}

QJsonObject shipping() {
    return QJsonObject{
        {QStringLiteral("demographics"),
         QJsonObject{{QStringLiteral("firstName"), QStringLiteral("John")},
                     {QStringLiteral("lastName"), QStringLiteral("Doe")},
                     {QStringLiteral("email"), QStringLiteral("CSCO10000000@gmail.com")},
                     {QStringLiteral("phone"), QStringLiteral("+1 919 555 0142")},
                     {QStringLiteral("address1"), QStringLiteral("Test123test")},
                     {QStringLiteral("address2"), QStringLiteral("Test2 Cor")},
                     {QStringLiteral("city"), QStringLiteral("City")},
                     {QStringLiteral("stateProvince"), QStringLiteral("North Carolina")},
                     {QStringLiteral("postalCode"), QStringLiteral("12345")},
                     {QStringLiteral("country"), QStringLiteral("US")}}},
        {QStringLiteral("localized"), QJsonValue()}};
}

void domainSeeds() {
    const AccountData data = test::demoAccountData();
    domainSeed(CProfile, data.profile.toJson());
    domainSeed(CSettings, data.settings.toJson());
    domainSeed(CAttributes, data.attributes.toJson());
    domainSeed(CIdentifiers, data.identifiers.toJson());
    domainSeed(CAddress, data.profile.address.toJson());
    domainSeed(CExams, page(data.exams));
    domainSeed(CAgreements, page(data.agreements));
    domainSeed(CCeActivities, page(data.ceActivities));
    domainSeed(CTransactions, page(data.transactions));
    QList<Certification> certifications;
    for (const CertificationDetail &detail : data.certifications) {
        certifications.append(detail.summary);
        domainSeed(CCertificationDetail, detail.toJson());
    }
    domainSeed(CCertifications, page(certifications));
    domainSeed(CLogos, data.logos.toJson());
    domainSeed(CFulfillment, page(data.fulfillment));
    for (const Transcript &transcript : data.transcripts)
        domainSeed(CTranscript, transcript.toJson());
    domainSeed(CTranscripts, page(data.transcripts));
    for (const Badge &badge : data.badges)
        domainSeed(CBadge, badge.toJson());
    domainSeed(CBadges, page(data.badges));
    domainSeed(CShipping, shipping());

    Money fifteen;
    fifteen.minorUnits = 1500;
    fifteen.currency = QStringLiteral("USD");
    domainSeed(CMoney, fifteen.toJson());

    FulfillmentCatalogue catalogue;
    CatalogueItem kit;
    kit.id = QStringLiteral("kit-encor");
    kit.kind = QStringLiteral("certificate");
    kit.name = QStringLiteral("ENCOR Certificate");
    kit.description = QStringLiteral("Certificate");
    kit.price.currency = QStringLiteral("USD");
    kit.initialKit = true;
    kit.certificationId = QStringLiteral("c-encor");
    catalogue.items = {kit};
    catalogue.trackingLabel = QStringLiteral("Tracking: for Printed Certificates");
    catalogue.trackingFee.minorUnits = 1000;
    catalogue.trackingFee.currency = QStringLiteral("USD");
    domainSeed(CCatalogue, catalogue.toJson());

    Order order;
    order.id = QStringLiteral("ord-1");
    order.state = Order::State::AwaitingPayment;
    Order::Line line;
    line.catalogueItemId = kit.id;
    line.name = kit.name;
    line.description = kit.description;
    line.price = kit.price;
    order.lines = {line};
    order.tracking = true;
    order.trackingFee = catalogue.trackingFee;
    order.total = catalogue.trackingFee;
    QString error;
    JsonReader reader(shipping(), QString(), &error);
    order.shipping = ShippingDetails::fromJson(reader);
    order.paymentMethod = Order::PaymentMethod::PayPal;
    order.createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    order.updatedAt = order.createdAt.addSecs(60);
    domainSeed(COrder, order.toJson());
    domainSeed(COrders, page(QList<Order>{order}));

    Problem problem = Problem::make(422, QStringLiteral("Unprocessable Content"),
                                    QStringLiteral("The job title is too long."));
    problem.errors = {{QStringLiteral("jobTitle"), QStringLiteral("at most 100 characters")}};
    write("fuzz_domain_json", QByteArray(1, CProblem) + problem.toBody());
}

void shippingSeeds() {
    write("fuzz_shipping", compact(shipping()));
    QJsonObject localized = shipping();
    localized.insert(QStringLiteral("localized"),
                     QJsonObject{{QStringLiteral("firstName"), QStringLiteral("太郎")},
                                 {QStringLiteral("lastName"), QStringLiteral("山田")},
                                 {QStringLiteral("address1"), QStringLiteral("千代田区 1-1")},
                                 {QStringLiteral("city"), QStringLiteral("東京")}});
    write("fuzz_shipping", compact(localized));
    write("fuzz_shipping", R"({"items":["kit-encor","cert-ccna"],"tracking":true})");
    write("fuzz_shipping", R"({"items":["plaque-ccie"],"tracking":false})");
    write("fuzz_shipping", R"({"items":["cert-ccna","cert-ccna",7],"tracking":"yes"})");
}

void formSeeds() {
    write("fuzz_form", "grant_type=password&username=CSCO10000000&password=certtrack-demo");
    write("fuzz_form", "grant_type=refresh_token&refresh_token=abc%2Bdef%3D");
    write("fuzz_form", "action=approve");
    write("fuzz_form", "token=t0k3n&password=N3w+pass+phrase%21&confirm=N3w+pass+phrase%21");
    write("fuzz_form", "a=1&a=2&=x&b&c=%zz&d=%E2%82%AC+%C3");
}

void httpSeeds() {
    write("fuzz_http_request", "GET /api/v1/me/certifications?cursor=c2 HTTP/1.1\r\n"
                               "Host: localhost\r\nAuthorization: Bearer abc\r\n"
                               "If-None-Match: \"0123\"\r\n\r\n");
    write("fuzz_http_request", "POST /api/v1/oauth/token HTTP/1.1\r\nHost: localhost\r\n"
                               "Content-Type: application/x-www-form-urlencoded\r\n"
                               "Content-Length: 24\r\n\r\ngrant_type=password&a=b");
    write("fuzz_http_request",
          "PUT /api/v1/me/orders/ord-1/shipping HTTP/1.1\r\nHost: localhost\r\n"
          "Content-Type: application/json; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"
          "5\r\n{\"a\":\r\n3\r\n 1}\r\n0\r\n\r\n");
    write("fuzz_http_request",
          "GET /verify/%3Cscript%3E HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    write("fuzz_http_request", "POST /x HTTP/1.1\r\nContent-Type: a/b\r\nContent-Type: c/d\r\n"
                               "Content-Length: 0\r\n\r\n");
    // From a trusted proxy: the client address is read from X-Forwarded-For.
    write("fuzz_http_request", "GET /verify/V7L4P3MC HTTP/1.1\r\nHost: localhost\r\n"
                               "X-Forwarded-For: 198.51.100.1, [2001:db8::8]\r\n"
                               "X-Forwarded-For: 10.0.0.1:80, 127.0.0.2\r\n\r\n");
}

void routerSeeds() {
    // certtrackd's route table (server/app/ApiRoutes.cpp and each feature's addRoutes).
    const char *routes = "DELETE /api/v1/me/external-credentials/{id}\n"
                         "GET /account/set-password\n"
                         "GET /api/v1/me/attributes\n"
                         "GET /api/v1/me/badges\n"
                         "GET /api/v1/me/badges/{id}\n"
                         "GET /api/v1/me/badges/{id}/assertion\n"
                         "GET /api/v1/me/badges/{id}/baked.png\n"
                         "GET /api/v1/me/badges/{id}/baked.svg\n"
                         "GET /api/v1/me/badges/{id}/credential\n"
                         "GET /api/v1/me/certifications\n"
                         "GET /api/v1/me/certifications/{id}\n"
                         "GET /api/v1/me/external-credentials\n"
                         "GET /api/v1/me/fulfillment/catalogue\n"
                         "GET /api/v1/me/identifiers\n"
                         "GET /api/v1/me/logos\n"
                         "GET /api/v1/me/logos/{id}/artwork\n"
                         "GET /api/v1/me/orders\n"
                         "GET /api/v1/me/orders/{id}\n"
                         "GET /api/v1/me/recertification-plan\n"
                         "GET /api/v1/me/settings\n"
                         "GET /api/v1/me/transcripts\n"
                         "GET /api/v1/me/transcripts/{id}\n"
                         "GET /api/v1/me/transcripts/{id}/email\n"
                         "GET /api/v1/me/transcripts/{id}/preview\n"
                         "GET /api/v1/programme\n"
                         "GET /badges/{id}\n"
                         "GET /checkout/{token}\n"
                         "GET /healthz\n"
                         "GET /issuer\n"
                         "GET /issuer/achievements/{id}/image\n"
                         "GET /issuer/image\n"
                         "GET /issuer/keys\n"
                         "GET /issuer/keys/{id}\n"
                         "GET /issuer/status/revocation\n"
                         "GET /transcripts/{id}\n"
                         "GET /verify/{code}\n"
                         "PATCH /api/v1/me/attributes\n"
                         "PATCH /api/v1/me/badges/{id}\n"
                         "PATCH /api/v1/me/settings\n"
                         "PATCH /api/v1/me/transcripts/{id}\n"
                         "POST /account/set-password\n"
                         "POST /api/v1/account-mapping/by-email\n"
                         "POST /api/v1/account-mapping/by-score-report\n"
                         "POST /api/v1/account-mapping/forgot-password\n"
                         "POST /api/v1/auth/revoke\n"
                         "POST /api/v1/auth/token\n"
                         "POST /api/v1/me/external-credentials\n"
                         "POST /api/v1/me/logos/acceptance\n"
                         "POST /api/v1/me/orders\n"
                         "POST /api/v1/me/orders/{id}/abandon\n"
                         "POST /api/v1/me/orders/{id}/checkout\n"
                         "POST /api/v1/me/orders/{id}/submit\n"
                         "POST /api/v1/me/transcripts\n"
                         "POST /api/v1/me/transcripts/{id}/deactivate\n"
                         "POST /api/v1/me/transcripts/{id}/share\n"
                         "POST /checkout/{token}\n"
                         "PUT /api/v1/me/orders/{id}/shipping\n";
    write("fuzz_router", QByteArray("GET /api/v1/me/orders/ord-1/shipping\n\n") + routes);
    write("fuzz_router", QByteArray("DELETE /api/v1/me/orders/ord-1\n\n") + routes);
    write("fuzz_router", QByteArray("GET /verify/V7L4P3MC\n*\n") + routes);
    write("fuzz_router", QByteArray("GET /api/v1/me/logos//artwork\n\"x\"\n") + routes);
}

void credentialSeeds() {
    using namespace certtrack::credentials;
    using testing::makePng;
    const QByteArray jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
    write("fuzz_png_baking", makePng(2, 2));
    write("fuzz_png_baking", makePng(3, 2, {{"openbadgecredential", jwt}}));
    write("fuzz_png_baking", makePng(2, 3, {{"openbadges", R"({"id":"urn:uuid:1"})"}}, true));
    write("fuzz_png_baking", makePng(1, 1, {{"openbadges", "a"}, {"openbadgecredential", "b"}}));

    write("fuzz_svg_baking", R"(<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8">)"
                             R"(<circle cx="4" cy="4" r="3"/></svg>)");
    write("fuzz_svg_baking", QByteArray(R"(<svg xmlns="http://www.w3.org/2000/svg" )"
                                        R"(xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">)"
                                        R"(<openbadges:credential verify=")") +
                                 jwt + R"("/><rect width="1" height="1"/></svg>)");
    write("fuzz_svg_baking", R"(<svg xmlns="http://www.w3.org/2000/svg" )"
                             R"(xmlns:openbadges="http://openbadges.org">)"
                             R"(<openbadges:assertion verify="https://example.org/a/1">)"
                             R"(<![CDATA[{"id":"https://example.org/a/1"}]]>)"
                             R"(</openbadges:assertion></svg>)");

    const auto text = [](char reader, const QByteArray &bytes) {
        write("fuzz_credential_text", QByteArray(1, reader) + bytes);
    };
    for (const KeyType type : {KeyType::Ed25519, KeyType::EcP256, KeyType::Rsa}) {
        const Result<SigningKey> key = SigningKey::generate(type);
        if (!key)
            continue;
        const Result<QByteArray> signed_ =
            signJws(QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")}}, R"({"sub":"x"})",
                    key.value());
        if (signed_)
            text(0, signed_.value());
        text(4, compact(key.value().publicKey().toJwk()));
        text(6, key.value().publicKey().toPem());
    }
    text(0, jwt);
    text(1, base64UrlEncode("certtrack"));
    text(1, "AA");
    text(2, "3mJr7AoUXx2Wqd");
    BitstringStatusList list;
    list.set(3);
    list.set(1000);
    text(3, list.encode());
    text(5, "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp");
}

} // namespace

int main(int argc, char **argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    g_root = QString::fromLocal8Bit(argv[1]);
    domainSeeds();
    shippingSeeds();
    formSeeds();
    httpSeeds();
    routerSeeds();
    credentialSeeds();
    return 0;
}
