// Credential benchmarks: what certtrackd does to issue an Open Badges 3.0 credential and publish
// revocation, and what the client does to verify one of our credentials offline: the primitives,
// and the whole CredentialVerifier as the dialog and `certtrack verify` run it.
//   bench_credentials [ROUNDS]     (default 200)
// Prints tab-separated rows: name, value, unit, detail. Each value is the median of ROUNDS after
// one warm-up round, in milliseconds.
#include "credentials/BadgeBaking.h"
#include "credentials/Jws.h"
#include "credentials/SigningKey.h"
#include "credentials/StatusList.h"
#include "verification/CredentialVerifier.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace certtrack::credentials;

namespace {

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Median milliseconds of `rounds` calls of `work`, after one call that is not counted (first-use
// costs: OpenSSL's method tables, zlib's state, the allocator). `work` returns false on failure.
std::optional<double> measure(int rounds, const std::function<bool()> &work) {
    if (!work())
        return std::nullopt;
    QList<double> times;
    times.reserve(rounds);
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const bool ok = work();
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!ok)
            return std::nullopt;
    }
    return median(times);
}

// An Open Badges 3.0 OpenBadgeCredential as the VC-JWT claims certtrackd issues, about 2 KB of
// compact JSON: issuer profile, achievement with criteria and image, a status list entry.
QByteArray openBadgeClaims() {
    const QString issuerId = QStringLiteral("https://certtrack.example/issuers/programme");
    const QString credentialId = QStringLiteral(
        "https://certtrack.example/credentials/3f6c1a2e-7d4b-4f0e-9b1a-5c2d8e7f9a01");
    const QJsonObject issuer{
        {QStringLiteral("id"), issuerId},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("Profile")}},
        {QStringLiteral("name"), QStringLiteral("Networking Certification Programme")},
        {QStringLiteral("url"), QStringLiteral("https://certtrack.example")},
        {QStringLiteral("email"), QStringLiteral("certifications@certtrack.example")}};
    const QJsonObject achievement{
        {QStringLiteral("id"), QStringLiteral("https://certtrack.example/achievements/ccna")},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("Achievement")}},
        {QStringLiteral("achievementType"), QStringLiteral("Certification")},
        {QStringLiteral("name"), QStringLiteral("CCNA Routing and Switching")},
        {QStringLiteral("description"),
         QStringLiteral("Validates the ability to install, configure, operate and troubleshoot "
                        "medium-size routed and switched networks, including implementation and "
                        "verification of connections to remote sites in a WAN.")},
        {QStringLiteral("criteria"),
         QJsonObject{{QStringLiteral("narrative"),
                      QStringLiteral("Pass the CCNA Routing and Switching exam (200-125), or both "
                                     "ICND1 (100-105) and ICND2 (200-105), at an authorised "
                                     "testing centre; recertify every three years.")}}},
        {QStringLiteral("image"),
         QJsonObject{
             {QStringLiteral("id"), QStringLiteral("https://certtrack.example/badges/ccna.png")},
             {QStringLiteral("type"), QStringLiteral("Image")}}},
        {QStringLiteral("creator"),
         QJsonObject{{QStringLiteral("id"), issuerId},
                     {QStringLiteral("type"), QJsonArray{QStringLiteral("Profile")}}}}};
    const QJsonObject subject{
        {QStringLiteral("id"), QStringLiteral("did:example:ebfeb1f712ebc6f1c276e12ec21")},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("AchievementSubject")}},
        {QStringLiteral("identifier"),
         QJsonArray{
             QJsonObject{{QStringLiteral("type"), QStringLiteral("IdentityObject")},
                         {QStringLiteral("identityHash"),
                          QStringLiteral("sha256$5f1b4a7c8e2d9f0a3b6c1d4e7f8a9b0c1d2e3f4a5b6c"
                                         "7d8e9f0a1b2c3d4e5f6a")},
                         {QStringLiteral("identityType"), QStringLiteral("emailAddress")},
                         {QStringLiteral("hashed"), true},
                         {QStringLiteral("salt"), QStringLiteral("Kq3vX9")}}}},
        {QStringLiteral("achievement"), achievement}};
    const QJsonObject status{{QStringLiteral("id"),
                              QStringLiteral("https://certtrack.example/status/revocation/1#4242")},
                             {QStringLiteral("type"), QStringLiteral("BitstringStatusListEntry")},
                             {QStringLiteral("statusPurpose"), QStringLiteral("revocation")},
                             {QStringLiteral("statusListIndex"), QStringLiteral("4242")},
                             {QStringLiteral("statusListCredential"),
                              QStringLiteral("https://certtrack.example/status/revocation/1")}};
    const QJsonObject vc{
        {QStringLiteral("@context"),
         QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                    QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")}},
        {QStringLiteral("id"), credentialId},
        {QStringLiteral("type"),
         QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}},
        {QStringLiteral("name"), QStringLiteral("CCNA Routing and Switching")},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("validFrom"), QStringLiteral("2025-12-08T00:00:00Z")},
        {QStringLiteral("validUntil"), QStringLiteral("2028-12-08T00:00:00Z")},
        {QStringLiteral("credentialSubject"), subject},
        {QStringLiteral("credentialStatus"), status},
        {QStringLiteral("credentialSchema"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"),
              QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
                             "ob_v3p0_achievementcredential_schema.json")},
             {QStringLiteral("type"), QStringLiteral("1EdTechJsonSchemaValidator2019")}}}}};
    const QJsonObject claims{{QStringLiteral("iss"), issuerId},
                             {QStringLiteral("jti"), credentialId},
                             {QStringLiteral("sub"), subject.value(QStringLiteral("id"))},
                             {QStringLiteral("nbf"), 1765152000},
                             {QStringLiteral("exp"), 1859760000},
                             {QStringLiteral("vc"), vc}};
    return QJsonDocument(claims).toJson(QJsonDocument::Compact);
}

// A 600x600 badge image: a radial pattern, so the PNG is not a trivially compressed flat colour.
QByteArray badgePng() {
    QImage image(600, 600, QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int dx = x - 300;
            const int dy = y - 300;
            const int r2 = dx * dx + dy * dy;
            line[x] = r2 > 290 * 290 ? qRgba(0, 0, 0, 0)
                                     : qRgba((r2 / 97) & 0xff, (x * 3 + y) & 0xff, 160, 255);
        }
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

// A list of the spec's minimum size with 1 % of its bits set, at fixed pseudo-random places.
BitstringStatusList revocationList(int *setCount) {
    BitstringStatusList list(kMinStatusListBits);
    QRandomGenerator random(20251208);
    int count = 0;
    while (count < kMinStatusListBits / 100) {
        const int index = static_cast<int>(random.bounded(kMinStatusListBits));
        if (!list.isSet(index)) {
            list.set(index);
            ++count;
        }
    }
    *setCount = count;
    return list;
}

void row(const char *name, double ms, const QString &detail) {
    std::printf("%s\t%.3f\tms\t%s\n", name, ms, qPrintable(detail));
}

int fail(const char *what) {
    std::fprintf(stderr, "bench_credentials: %s failed\n", what);
    return 1;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int rounds = args.size() > 1 ? args.at(1).toInt() : 200;
    if (rounds < 1) {
        std::fprintf(stderr, "usage: bench_credentials [ROUNDS]\n");
        return 2;
    }

    const auto key = SigningKey::generate(KeyType::Rsa);
    if (!key)
        return fail("RSA-2048 key generation");
    const PublicKey publicKey = key.value().publicKey();
    const QByteArray claims = openBadgeClaims();
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), publicKey.thumbprint()}};

    QByteArray token;
    const auto sign = measure(rounds, [&] {
        const auto signedJws = signJws(header, claims, key.value());
        if (signedJws)
            token = signedJws.value();
        return signedJws.ok();
    });
    if (!sign)
        return fail("signJws");
    row("credential_sign_rs256", *sign,
        QStringLiteral("median of %1, signJws RS256 (RSA-2048) of %2 bytes of OB 3.0 VC-JWT "
                       "claims, %3-byte token")
            .arg(rounds)
            .arg(claims.size())
            .arg(token.size()));

    const QByteArray png = badgePng();
    QByteArray baked;
    const auto bake = measure(rounds, [&] {
        const auto result = bakePng(png, OpenBadgesVersion::V3, token);
        if (result)
            baked = result.value();
        return result.ok();
    });
    if (!bake)
        return fail("bakePng");
    const auto extract = measure(rounds, [&] {
        const auto result = extractPng(baked);
        return result.ok() && result.value().text == token;
    });
    if (!extract)
        return fail("extractPng");
    row("badge_bake_png", *bake,
        QStringLiteral("median of %1, bakePng of a %2-byte JWT into a 600x600 PNG of %3 KiB")
            .arg(rounds)
            .arg(token.size())
            .arg(png.size() / 1024));
    row("badge_extract_png", *extract,
        QStringLiteral("median of %1, extractPng of that baked PNG (every row read)").arg(rounds));

    int setCount = 0;
    const BitstringStatusList list = revocationList(&setCount);
    QByteArray encodedList;
    const auto encode = measure(rounds, [&] {
        encodedList = list.encode();
        return !encodedList.isEmpty();
    });
    if (!encode)
        return fail("BitstringStatusList::encode");

    // The client's offline check of one credential: the token's signature against the issuer's
    // key it has cached, then the credential's bit in the cached revocation list.
    const int statusIndex = 4242;
    const auto verifyOffline = measure(rounds, [&] {
        const auto parsed = parseJws(token);
        if (!parsed || !verifyJws(parsed.value(), publicKey))
            return false;
        const auto decoded = BitstringStatusList::decode(encodedList);
        return decoded.ok() && decoded.value().status(statusIndex).has_value();
    });
    if (!verifyOffline)
        return fail("offline verification");
    const auto verifyOnly = measure(rounds, [&] {
        const auto parsed = parseJws(token);
        return parsed.ok() && verifyJws(parsed.value(), publicKey).ok();
    });
    const auto decodeOnly = measure(rounds, [&] {
        const auto decoded = BitstringStatusList::decode(encodedList);
        return decoded.ok() && decoded.value().status(statusIndex).has_value();
    });
    if (!verifyOnly || !decodeOnly)
        return fail("offline verification");
    row("credential_verify_offline", *verifyOffline,
        QStringLiteral("median of %1, parseJws + verifyJws RS256 (%2 ms) + decode a %3-bit status "
                       "list of %4 bytes and read one bit (%5 ms)")
            .arg(rounds)
            .arg(*verifyOnly, 0, 'f', 3)
            .arg(list.size())
            .arg(encodedList.size())
            .arg(*decodeOnly, 0, 'f', 3));

    // The whole CredentialVerifier on one of our VC-JWTs, offline against a cached snapshot: form
    // detection, parse, claims, key lookup in the JWK Set, signature, the revocation list's own
    // signature, its bits. The answer comes through the event loop, as in the product.
    const QString origin = QStringLiteral("https://certtrack.example");
    const QString kid = origin + QStringLiteral("/issuer/keys/") + publicKey.thumbprint();
    QJsonObject ours = QJsonDocument::fromJson(claims).object();
    // The claims may wrap the credential in "vc" (VC 1.1 JWTs): re-issue it under our origin.
    const bool wrapped = ours.value(QStringLiteral("vc")).isObject();
    QJsonObject credential = wrapped ? ours.value(QStringLiteral("vc")).toObject() : ours;
    const QString issuerId = origin + QStringLiteral("/issuer");
    QJsonObject issuerObject = credential.value(QStringLiteral("issuer")).toObject();
    issuerObject.insert(QStringLiteral("id"), issuerId);
    credential.insert(QStringLiteral("issuer"), issuerObject);
    const QString listUrl = origin + QStringLiteral("/issuer/status/revocation");
    credential.insert(
        QStringLiteral("credentialStatus"),
        QJsonObject{{QStringLiteral("type"), QStringLiteral("BitstringStatusListEntry")},
                    {QStringLiteral("statusPurpose"), QStringLiteral("revocation")},
                    {QStringLiteral("statusListIndex"), QString::number(statusIndex)},
                    {QStringLiteral("statusListCredential"), listUrl}});
    if (wrapped)
        ours.insert(QStringLiteral("vc"), credential);
    else
        ours = credential;
    ours.insert(QStringLiteral("iss"), issuerId);
    const QJsonObject ourHeader{{QStringLiteral("typ"), QStringLiteral("JWT")},
                                {QStringLiteral("kid"), kid}};
    const auto ourToken =
        signJws(ourHeader, QJsonDocument(ours).toJson(QJsonDocument::Compact), key.value());
    const QJsonObject listPayload{
        {QStringLiteral("id"), listUrl},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"),
                                            QStringLiteral("BitstringStatusListCredential")}},
        {QStringLiteral("issuer"), issuerId},
        {QStringLiteral("credentialSubject"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("BitstringStatusList")},
                     {QStringLiteral("statusPurpose"), QStringLiteral("revocation")},
                     {QStringLiteral("encodedList"), QString::fromLatin1(encodedList)}}}};
    const auto listToken =
        signJws(ourHeader, QJsonDocument(listPayload).toJson(QJsonDocument::Compact), key.value());
    if (!ourToken || !listToken)
        return fail("signing our credential and list");
    JwkMetadata metadata;
    metadata.kid = kid;
    certtrack::verification::CredentialVerifier::Options options;
    options.ours.keys =
        QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{publicKey.toJwk(metadata)}}})
            .toJson(QJsonDocument::Compact);
    options.ours.statusList = listToken.value();
    options.ours.keysFetchedAt = QDateTime::currentDateTimeUtc();
    options.ours.statusListFetchedAt = options.ours.keysFetchedAt;
    // One verification through a verifier; a fresh verifier imports the issuer's key first.
    const auto verifyWith = [&](certtrack::verification::CredentialVerifier &verifier) {
        bool valid = false;
        bool done = false;
        const QMetaObject::Connection connection =
            QObject::connect(&verifier, &certtrack::verification::CredentialVerifier::finished,
                             [&](const certtrack::verification::Verdict &verdict) {
                                 valid = verdict.isValid() && verdict.checkedOffline;
                                 done = true;
                             });
        verifier.verify(ourToken.value());
        // The answer is posted to the event loop; this benchmark's main loop turns it by hand.
        while (!done)
            QCoreApplication::processEvents();
        QObject::disconnect(connection);
        return valid && verifier.networkRequestCount() == 0;
    };
    certtrack::verification::CredentialVerifier reused(options);
    const auto verifierOffline = measure(rounds, [&] { return verifyWith(reused); });
    const auto verifierCold = measure(rounds, [&] {
        certtrack::verification::CredentialVerifier fresh(options);
        return verifyWith(fresh);
    });
    if (!verifierOffline || !verifierCold)
        return fail("CredentialVerifier offline");
    row("credential_verifier_offline", *verifierOffline,
        QStringLiteral("median of %1, CredentialVerifier::verify of one of our %2-byte VC-JWTs to "
                       "its Valid verdict (the dialog's verifier, key imported before): key "
                       "from the cached JWK Set, RS256, the cached revocation list's signature "
                       "and bit, no request sent")
            .arg(rounds)
            .arg(ourToken.value().size()));
    row("credential_verifier_offline_cold", *verifierCold,
        QStringLiteral("median of %1, the same with a new verifier each time, so the RSA key is "
                       "imported (and its modulus checked) for each")
            .arg(rounds));
    row("status_list_encode", *encode,
        QStringLiteral("median of %1, encode of %2 bits with %3 set (1 %), %4 bytes encoded")
            .arg(rounds)
            .arg(list.size())
            .arg(setCount)
            .arg(encodedList.size()));
    return 0;
}
