#include "verification/CredentialVerifier.h"

#include "credentials/BadgeBaking.h"
#include "credentials/StatusList.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

namespace certtrack::verification {

using credentials::CredentialError;
using credentials::PublicKey;

namespace {

const QByteArray kPngSignature("\x89PNG\r\n\x1a\n", 8);
const QByteArray kJsonAccept = "application/ld+json, application/json";
const QByteArray kKeyAccept = "application/jwk+json, application/jwk-set+json, application/json";
const QByteArray kDidAccept = "application/did+json, application/did+ld+json, application/json";
const QByteArray kStatusAccept = "application/vc+jwt, application/jwt, application/json";
// A clock a few minutes off should not make a fresh credential "not yet valid".
constexpr qint64 kClockSkewSeconds = 300;

QStringList typesOf(const QJsonObject &object) {
    const QJsonValue type = object.value(u"type");
    if (type.isString())
        return {type.toString()};
    QStringList types;
    for (const QJsonValue &value : type.toArray())
        types.append(value.toString());
    return types;
}

QString idOf(const QJsonValue &value) {
    return value.isObject() ? value.toObject().value(u"id").toString() : value.toString();
}

QDateTime instantOf(const QJsonValue &value) {
    if (value.isDouble())
        return QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), QTimeZone::utc());
    if (!value.isString())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(value.toString(), Qt::ISODate);
    return at.toUTC();
}

QDateTime firstInstant(const QJsonObject &a, const char16_t *keyA, const QJsonObject &b,
                       const char16_t *keyB) {
    const QDateTime first = instantOf(a.value(QStringView(keyA)));
    return first.isValid() ? first : instantOf(b.value(QStringView(keyB)));
}

bool looksLikeCompactJws(const QByteArray &text) {
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*$"));
    return text.count('.') == 2 && pattern.match(QString::fromLatin1(text)).hasMatch();
}

QString originOf(const QString &url) {
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return {};
    return parsed
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

// The JWK of kid in a JWK Set, or a null object.
QJsonObject jwkIn(const QJsonObject &set, const QString &kid) {
    for (const QJsonValue &key : set.value(u"keys").toArray()) {
        if (key.toObject().value(u"kid").toString() == kid)
            return key.toObject();
    }
    return {};
}

QString errorText(const CredentialError &error) {
    return error.message;
}

} // namespace

CredentialVerifier::CredentialVerifier(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options)) {}

CredentialVerifier::~CredentialVerifier() = default;

int CredentialVerifier::networkRequestCount() const {
    return m_previousRequests + (m_fetcher ? m_fetcher->requestCount() : 0);
}

QDateTime CredentialVerifier::now() const {
    return m_options.now.isValid() ? m_options.now.toUTC() : QDateTime::currentDateTimeUtc();
}

void CredentialVerifier::cancel() {
    ++m_generation;
    m_running = false;
    // Dropping the fetcher drops its requests, and with them every pending callback. It is made
    // again only when a check needs the network: an offline check never builds one.
    if (m_fetcher) {
        m_previousRequests += m_fetcher->requestCount();
        m_fetcher.reset();
    }
}

void CredentialVerifier::verify(const QByteArray &bytes) {
    cancel();
    m_running = true;
    m_verdict = {};
    m_jws = {};
    m_credential = {};
    m_issuerId.clear();
    m_expired = false;
    m_revoked = false;
    const quint64 generation = m_generation;
    emit progress(tr("Reading the file…"));
    QTimer::singleShot(0, this, [this, bytes, generation] {
        if (generation == m_generation)
            start(bytes);
    });
}

void CredentialVerifier::finishWith(Verdict::Outcome outcome, const QString &check,
                                    const QString &reason) {
    if (!m_running)
        return;
    m_running = false;
    m_verdict.outcome = outcome;
    m_verdict.failedCheck = outcome == Verdict::Outcome::Valid ? QString() : check;
    m_verdict.reason = reason;
    ++m_generation; // nothing still pending may answer after this
    emit finished(m_verdict);
}

void CredentialVerifier::fetch(const QUrl &url, const QByteArray &accept, qsizetype maxBytes,
                               std::function<void(const VerificationFetcher::Answer &)> then) {
    if (m_options.offline) {
        finishWith(
            Verdict::Outcome::CannotCheck, QStringLiteral("network"),
            tr("It needs %1 from the network, and this check is offline.").arg(url.toString()));
        return;
    }
    if (!m_fetcher) {
        m_fetcher = std::make_unique<VerificationFetcher>(m_options.caFile);
        m_fetcher->setTimeout(m_options.timeoutMs);
    }
    const quint64 generation = m_generation;
    m_fetcher->get(url, accept, maxBytes,
                   [this, generation, then](const VerificationFetcher::Answer &answer) {
                       if (generation == m_generation)
                           then(answer);
                   });
}

void CredentialVerifier::noteNoJsonLd(const QJsonObject &document) {
    if (!document.contains(u"@context"))
        return;
    const QString note = tr("Judged as plain JSON without JSON-LD processing: no @context is "
                            "fetched, so a context that does not resolve changes nothing here.");
    if (!m_verdict.notes.contains(note))
        m_verdict.notes.append(note);
}

void CredentialVerifier::start(const QByteArray &bytes) {
    if (bytes.trimmed().isEmpty())
        return finishWith(Verdict::Outcome::NotValid, QStringLiteral("format"),
                          tr("The file is empty."));
    if (bytes.size() > kMaxInputBytes)
        return finishWith(Verdict::Outcome::NotValid, QStringLiteral("format"),
                          tr("The file is larger than %1 MiB, larger than any credential.")
                              .arg(kMaxInputBytes / (1024 * 1024)));
    const QByteArray trimmed = bytes.trimmed();
    if (bytes.startsWith(kPngSignature)) {
        m_verdict.form = Verdict::Form::BakedPng;
        const credentials::Result<credentials::BakedCredential> baked =
            credentials::extractPng(bytes);
        if (!baked)
            return finishWith(Verdict::Outcome::NotValid, QStringLiteral("image"),
                              tr("The PNG image cannot be used: %1").arg(errorText(baked.error())));
        m_verdict.openBadgesVersion =
            baked.value().version == credentials::OpenBadgesVersion::V2 ? 2 : 3;
        return judgeText(baked.value().text);
    }
    if (trimmed.startsWith('<')) {
        m_verdict.form = Verdict::Form::BakedSvg;
        const credentials::Result<credentials::BakedCredential> baked =
            credentials::extractSvg(bytes);
        if (!baked)
            return finishWith(Verdict::Outcome::NotValid, QStringLiteral("image"),
                              tr("The SVG image cannot be used: %1").arg(errorText(baked.error())));
        const credentials::BakedCredential &found = baked.value();
        m_verdict.openBadgesVersion = found.version == credentials::OpenBadgesVersion::V2 ? 2 : 3;
        if (found.version == credentials::OpenBadgesVersion::V3)
            return judgeText(found.verify.isEmpty() ? found.text : found.verify.toUtf8());
        return judgeText(found.text.isEmpty() ? found.verify.toUtf8() : found.text);
    }
    judgeText(trimmed);
}

void CredentialVerifier::judgeText(const QByteArray &raw) {
    const QByteArray text = raw.trimmed();
    m_verdict.credentialText = text;
    if (text.startsWith('{')) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            return finishWith(Verdict::Outcome::NotValid, QStringLiteral("format"),
                              tr("The JSON cannot be read: %1 (at byte %2).")
                                  .arg(error.errorString())
                                  .arg(error.offset));
        return judgeJson(document.object());
    }
    if (text.startsWith("https://") || text.startsWith("http://")) {
        if (m_verdict.form == Verdict::Form::Unknown)
            m_verdict.form = Verdict::Form::AssertionUrl;
        m_verdict.openBadgesVersion = 2;
        return judgeHosted(QString::fromUtf8(text), {});
    }
    if (looksLikeCompactJws(text)) {
        if (m_verdict.openBadgesVersion == 2)
            return finishWith(Verdict::Outcome::CannotCheck, QStringLiteral("signature"),
                              tr("It is a signed Open Badges 2.0 assertion; only hosted 2.0 "
                                 "assertions and 3.0 credentials are checked here."));
        return judgeJwt(text);
    }
    finishWith(Verdict::Outcome::NotValid, QStringLiteral("format"),
               tr("This is not a credential: neither an Open Badges image, nor credential JSON, "
                  "nor a JWT."));
}

void CredentialVerifier::judgeJson(const QJsonObject &object) {
    noteNoJsonLd(object);
    const QStringList types = typesOf(object);
    const bool isAssertion = types.contains(QStringLiteral("Assertion"));
    const bool isCredential = types.contains(QStringLiteral("VerifiableCredential")) ||
                              types.contains(QStringLiteral("OpenBadgeCredential")) ||
                              types.contains(QStringLiteral("AchievementCredential"));
    if (isAssertion) {
        if (m_verdict.form == Verdict::Form::Unknown)
            m_verdict.form = Verdict::Form::AssertionJson;
        m_verdict.openBadgesVersion = 2;
        const QString verification =
            object.value(u"verification").toObject().value(u"type").toString();
        if (verification.compare(QLatin1String("hosted"), Qt::CaseInsensitive) != 0 &&
            verification.compare(QLatin1String("HostedBadge"), Qt::CaseInsensitive) != 0)
            return finishWith(Verdict::Outcome::CannotCheck, QStringLiteral("verification"),
                              tr("This Open Badges 2.0 assertion is not hosted (verification "
                                 "type \"%1\"); only hosted assertions are checked here.")
                                  .arg(verification));
        const QString id = object.value(u"id").toString();
        if (id.isEmpty())
            return finishWith(Verdict::Outcome::NotValid, QStringLiteral("format"),
                              tr("The assertion names no id, so it cannot be fetched from its "
                                 "issuer."));
        return judgeHosted(id, object);
    }
    if (!isCredential)
        return finishWith(Verdict::Outcome::NotValid, QStringLiteral("format"),
                          tr("This JSON is not an Open Badges credential: it is neither an "
                             "Assertion nor a VerifiableCredential."));
    if (m_verdict.form == Verdict::Form::Unknown)
        m_verdict.form = Verdict::Form::CredentialJson;
    m_verdict.openBadgesVersion = 3;
    m_credential = object;
    m_issuerId = idOf(object.value(u"issuer"));
    // Details for the verdict, read from the JSON the same way as from a JWT.
    const QJsonObject subject = object.value(u"credentialSubject").toObject();
    m_verdict.achievement = subject.value(u"achievement").toObject().value(u"name").toString();
    if (m_verdict.achievement.isEmpty())
        m_verdict.achievement = object.value(u"name").toString();
    m_verdict.issuerId = m_issuerId;
    m_verdict.issuerName = object.value(u"issuer").toObject().value(u"name").toString();
    m_verdict.issued = firstInstant(object, u"validFrom", object, u"issuanceDate");
    m_verdict.expires = firstInstant(object, u"validUntil", object, u"expirationDate");
    m_verdict.holder = subject.value(u"id").toString();
    if (object.contains(u"proof"))
        return finishWith(Verdict::Outcome::CannotCheck, QStringLiteral("proof"),
                          tr("It carries an embedded Data Integrity proof, which cannot be checked "
                             "here (it needs RDF canonicalisation). The same credential as a "
                             "VC-JWT can be."));
    finishWith(Verdict::Outcome::NotValid, QStringLiteral("proof"),
               tr("It carries no proof: nothing shows that its issuer made it."));
}

void CredentialVerifier::judgeJwt(const QByteArray &compact) {
    if (m_verdict.form == Verdict::Form::Unknown)
        m_verdict.form = Verdict::Form::CompactJwt;
    m_verdict.openBadgesVersion = 3;
    credentials::Result<credentials::ParsedJws> parsed = credentials::parseJws(compact);
    if (!parsed)
        return finishWith(Verdict::Outcome::NotValid, QStringLiteral("format"),
                          tr("The JWT cannot be read: %1").arg(errorText(parsed.error())));
    m_jws = std::move(parsed).value();
    const QString alg = m_jws.algorithm;
    if (alg != QLatin1String("RS256") && alg != QLatin1String("ES256") &&
        alg != QLatin1String("EdDSA"))
        return finishWith(Verdict::Outcome::NotValid, QStringLiteral("algorithm"),
                          tr("It is signed with algorithm \"%1\", which is never accepted (only "
                             "RS256, ES256 and EdDSA are).")
                              .arg(alg));
    QJsonParseError error{};
    const QJsonDocument payload = QJsonDocument::fromJson(m_jws.payload, &error);
    if (error.error != QJsonParseError::NoError || !payload.isObject())
        return finishWith(Verdict::Outcome::NotValid, QStringLiteral("format"),
                          tr("The JWT's payload is not a JSON object."));
    const QJsonObject claims = payload.object();
    // VC-JWT as Open Badges 3.0 uses it is the credential itself; VC 1.1 JWTs wrap it in "vc".
    m_credential = claims.value(u"vc").isObject() ? claims.value(u"vc").toObject() : claims;
    noteNoJsonLd(m_credential);
    const QJsonObject subject = m_credential.value(u"credentialSubject").toObject();
    m_verdict.achievement = subject.value(u"achievement").toObject().value(u"name").toString();
    if (m_verdict.achievement.isEmpty())
        m_verdict.achievement = m_credential.value(u"name").toString();
    m_issuerId = idOf(m_credential.value(u"issuer"));
    const QString iss = claims.value(u"iss").toString();
    if (m_issuerId.isEmpty())
        m_issuerId = iss;
    m_verdict.issuerId = m_issuerId;
    m_verdict.issuerName = m_credential.value(u"issuer").toObject().value(u"name").toString();
    m_verdict.issued = firstInstant(m_credential, u"validFrom", claims, u"nbf");
    if (!m_verdict.issued.isValid())
        m_verdict.issued = instantOf(m_credential.value(u"issuanceDate"));
    m_verdict.expires = firstInstant(m_credential, u"validUntil", claims, u"exp");
    if (!m_verdict.expires.isValid())
        m_verdict.expires = instantOf(m_credential.value(u"expirationDate"));
    const QJsonArray identifiers = subject.value(u"identifier").toArray();
    const QJsonObject identity =
        identifiers.isEmpty() ? QJsonObject() : identifiers.first().toObject();
    if (identity.value(u"hashed").toBool() && !identity.value(u"identityHash").isNull()) {
        m_verdict.holder = identity.value(u"identityHash").toString();
        m_verdict.holderIsHashed = true;
    } else if (!identity.value(u"identityHash").toString().isEmpty()) {
        m_verdict.holder = identity.value(u"identityHash").toString();
    } else {
        m_verdict.holder = subject.value(u"id").toString();
    }

    if (!typesOf(m_credential).contains(QStringLiteral("VerifiableCredential")))
        return finishWith(Verdict::Outcome::NotValid, QStringLiteral("format"),
                          tr("The JWT is not a verifiable credential (its type does not say "
                             "VerifiableCredential)."));
    if (m_issuerId.isEmpty())
        return finishWith(Verdict::Outcome::NotValid, QStringLiteral("issuer"),
                          tr("The credential names no issuer."));
    if (!iss.isEmpty() && iss != m_issuerId)
        return finishWith(
            Verdict::Outcome::NotValid, QStringLiteral("issuer"),
            tr("The JWT's iss (%1) and the credential's issuer (%2) differ.").arg(iss, m_issuerId));
    const QString kid = m_jws.header.value(u"kid").toString();
    if (isOurs(kid, m_issuerId)) {
        m_verdict.issuedByOurServer = true;
        m_verdict.checkedOffline = true;
        m_verdict.keysFetchedAt = m_options.ours.keysFetchedAt;
        m_verdict.statusListFetchedAt = m_options.ours.statusListFetchedAt;
        const QString origin = m_options.ours.origin();
        if (m_issuerId != origin + QStringLiteral("/issuer"))
            return finishWith(Verdict::Outcome::NotValid, QStringLiteral("issuer"),
                              tr("It is signed with a key of %1 but names another issuer, %2.")
                                  .arg(origin, m_issuerId));
        return keyFromSnapshot(kid, [this](const PublicKey &key) { checkSignedCredential(key); });
    }
    emit progress(tr("Fetching the issuer's key…"));
    resolveKey(kid, m_issuerId, [this](const PublicKey &key) { checkSignedCredential(key); });
}

bool CredentialVerifier::isOurs(const QString &kid, const QString &issuerId) const {
    if (!m_options.ours.hasKeys())
        return false;
    const QString origin = m_options.ours.origin();
    if (origin.isEmpty())
        return false;
    return m_options.ours.kids().contains(kid) ||
           kid.startsWith(origin + QStringLiteral("/issuer/keys/")) ||
           issuerId == origin + QStringLiteral("/issuer");
}

credentials::Result<PublicKey> CredentialVerifier::importJwk(const QJsonObject &jwk) {
    // Importing an RSA key checks its modulus (a few milliseconds); a key is the same whatever
    // credential it checks, so each JWK is imported once per verifier.
    const QByteArray text = QJsonDocument(jwk).toJson(QJsonDocument::Compact);
    const auto cached = m_keys.constFind(text);
    if (cached != m_keys.constEnd())
        return *cached;
    credentials::Result<PublicKey> key = PublicKey::fromJwk(jwk);
    if (key)
        m_keys.insert(text, key.value());
    return key;
}

void CredentialVerifier::keyFromSnapshot(const QString &kid, KeyCallback then) {
    const QJsonObject jwk = jwkIn(QJsonDocument::fromJson(m_options.ours.keys).object(), kid);
    if (jwk.isEmpty())
        return finishWith(
            Verdict::Outcome::NotValid, QStringLiteral("key"),
            tr("It is signed with a key (%1) that this server had not published when its keys "
               "were last fetched (%2): it is forged, or signed after that; sync and check "
               "again.")
                .arg(kid.isEmpty() ? tr("none named") : kid,
                     m_options.ours.keysFetchedAt.toUTC().toString(Qt::ISODate)));
    const credentials::Result<PublicKey> key = importJwk(jwk);
    if (!key)
        return finishWith(
            Verdict::Outcome::CannotCheck, QStringLiteral("key"),
            tr("The cached key %1 cannot be read: %2").arg(kid, errorText(key.error())));
    then(key.value());
}

void CredentialVerifier::resolveKey(const QString &kid, const QString &issuerId, KeyCallback then) {
    if (kid.isEmpty())
        return finishWith(Verdict::Outcome::CannotCheck, QStringLiteral("key"),
                          tr("The JWT names no key (kid), so the issuer's key cannot be found."));
    if (kid.startsWith(QLatin1String("did:"))) {
        // A DID key belongs to the DID it is part of: that must be the issuer.
        const QString did = kid.section(QLatin1Char('#'), 0, 0);
        if (did != issuerId)
            return finishWith(Verdict::Outcome::NotValid, QStringLiteral("issuer"),
                              tr("It is signed with a key of %1, not of the issuer it names (%2).")
                                  .arg(did, issuerId));
        if (kid.startsWith(QLatin1String("did:key:"))) {
            const credentials::Result<PublicKey> key = PublicKey::fromDidKey(kid);
            if (!key)
                return finishWith(
                    Verdict::Outcome::NotValid, QStringLiteral("key"),
                    tr("The key %1 cannot be read: %2").arg(kid, errorText(key.error())));
            return then(key.value());
        }
        if (kid.startsWith(QLatin1String("did:web:")))
            return resolveDidWeb(kid, std::move(then));
        return finishWith(Verdict::Outcome::CannotCheck, QStringLiteral("key"),
                          tr("Its key is a %1 DID, which cannot be resolved here (did:key and "
                             "did:web can).")
                              .arg(kid.section(QLatin1Char(':'), 0, 1)));
    }
    const QUrl url(kid);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return finishWith(Verdict::Outcome::CannotCheck, QStringLiteral("key"),
                          tr("Its key (%1) cannot be resolved here: only https:// addresses, "
                             "did:key and did:web are.")
                              .arg(kid));
    if (originOf(kid) != originOf(issuerId))
        return finishWith(Verdict::Outcome::NotValid, QStringLiteral("issuer"),
                          tr("It is signed with a key of %1, not of the issuer it names (%2).")
                              .arg(originOf(kid), issuerId));
    fetch(
        url, kKeyAccept, VerificationFetcher::kDefaultMaxBytes,
        [this, kid, then](const VerificationFetcher::Answer &answer) {
            if (!answer.ok) {
                if (answer.httpStatus == 404 || answer.httpStatus == 410)
                    return finishWith(Verdict::Outcome::NotValid, QStringLiteral("key"),
                                      tr("The issuer does not publish the key %1 (HTTP %2).")
                                          .arg(kid)
                                          .arg(answer.httpStatus));
                return finishWith(Verdict::Outcome::CannotCheck, QStringLiteral("network"),
                                  tr("The issuer's key cannot be fetched: %1").arg(answer.error));
            }
            const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
            QJsonObject jwk = object;
            if (object.contains(u"keys")) {
                jwk = jwkIn(object, kid);
                if (jwk.isEmpty())
                    return finishWith(Verdict::Outcome::NotValid, QStringLiteral("key"),
                                      tr("The issuer's key set has no key %1.").arg(kid));
            } else if (jwk.contains(u"kid") && jwk.value(u"kid").toString() != kid) {
                return finishWith(
                    Verdict::Outcome::NotValid, QStringLiteral("key"),
                    tr("%1 answers with another key (%2).").arg(kid, jwk.value(u"kid").toString()));
            }
            const credentials::Result<PublicKey> key = importJwk(jwk);
            if (!key)
                return finishWith(
                    Verdict::Outcome::NotValid, QStringLiteral("key"),
                    tr("The issuer's key %1 cannot be read: %2").arg(kid, errorText(key.error())));
            then(key.value());
        });
}

void CredentialVerifier::resolveDidWeb(const QString &kid, KeyCallback then) {
    // did:web:host%3Aport:path:to -> https://host:port/path/to/did.json, or
    // https://host/.well-known/did.json without a path (W3C did:web method, §3.2).
    const QString did = kid.section(QLatin1Char('#'), 0, 0);
    const QStringList parts = did.mid(int(qstrlen("did:web:"))).split(QLatin1Char(':'));
    const QString host = QUrl::fromPercentEncoding(parts.constFirst().toUtf8());
    QString path = parts.size() > 1 ? QLatin1Char('/') + parts.mid(1).join(QLatin1Char('/')) +
                                          QStringLiteral("/did.json")
                                    : QStringLiteral("/.well-known/did.json");
    const QUrl url(QStringLiteral("https://") + host + path);
    if (host.isEmpty() || !url.isValid())
        return finishWith(Verdict::Outcome::NotValid, QStringLiteral("key"),
                          tr("%1 is not a well-formed did:web.").arg(did));
    fetch(url, kDidAccept, VerificationFetcher::kDefaultMaxBytes,
          [this, kid, did, then](const VerificationFetcher::Answer &answer) {
              if (!answer.ok)
                  return finishWith(
                      Verdict::Outcome::CannotCheck, QStringLiteral("network"),
                      tr("The issuer's DID document cannot be fetched: %1").arg(answer.error));
              const QJsonObject document = QJsonDocument::fromJson(answer.body).object();
              if (document.value(u"id").toString() != did)
                  return finishWith(
                      Verdict::Outcome::NotValid, QStringLiteral("key"),
                      tr("The DID document fetched for %1 is another one's.").arg(did));
              for (const QJsonValue &value : document.value(u"verificationMethod").toArray()) {
                  const QJsonObject method = value.toObject();
                  QString id = method.value(u"id").toString();
                  if (id.startsWith(QLatin1Char('#')))
                      id = did + id;
                  if (id != kid)
                      continue;
                  const credentials::Result<PublicKey> key =
                      importJwk(method.value(u"publicKeyJwk").toObject());
                  if (!key)
                      return finishWith(Verdict::Outcome::CannotCheck, QStringLiteral("key"),
                                        tr("The key %1 is not given as a JWK that can be read "
                                           "here: %2")
                                            .arg(kid, errorText(key.error())));
                  return then(key.value());
              }
              finishWith(Verdict::Outcome::NotValid, QStringLiteral("key"),
                         tr("The issuer's DID document has no key %1.").arg(kid));
          });
}

void CredentialVerifier::checkSignedCredential(const PublicKey &key) {
    emit progress(tr("Checking the signature…"));
    const credentials::Status signature = credentials::verifyJws(m_jws, key);
    if (!signature) {
        if (signature.error().code == CredentialError::Code::BadSignature)
            return finishWith(Verdict::Outcome::NotValid, QStringLiteral("signature"),
                              tr("The signature does not match: the credential was changed "
                                 "after it was signed, or it is forged."));
        return finishWith(Verdict::Outcome::NotValid, QStringLiteral("signature"),
                          errorText(signature.error()));
    }
    const QJsonObject claims = QJsonDocument::fromJson(m_jws.payload).object();
    const QDateTime from = firstInstant(m_credential, u"validFrom", claims, u"nbf");
    if (from.isValid() && from.addSecs(-kClockSkewSeconds) > now())
        return finishWith(Verdict::Outcome::NotValid, QStringLiteral("validity"),
                          tr("It is not valid before %1.").arg(from.toString(Qt::ISODate)));
    const QDateTime notBeforeClaim = instantOf(claims.value(u"nbf"));
    if (notBeforeClaim.isValid() && notBeforeClaim.addSecs(-kClockSkewSeconds) > now())
        return finishWith(
            Verdict::Outcome::NotValid, QStringLiteral("validity"),
            tr("It is not valid before %1.").arg(notBeforeClaim.toString(Qt::ISODate)));
    const QDateTime until = firstInstant(m_credential, u"validUntil", claims, u"exp");
    const QDateTime expClaim = instantOf(claims.value(u"exp"));
    m_expired = (until.isValid() && until < now()) || (expClaim.isValid() && expClaim < now());
    checkStatus();
}

void CredentialVerifier::checkStatus() {
    const QJsonValue statusValue = m_credential.value(u"credentialStatus");
    if (statusValue.isUndefined() || statusValue.isNull()) {
        m_verdict.notes.append(tr("It names no revocation status, so it cannot be revoked."));
        return conclude();
    }
    const QJsonObject entry =
        statusValue.isArray() ? statusValue.toArray().first().toObject() : statusValue.toObject();
    const QString type = entry.value(u"type").toString();
    if (type != QLatin1String("BitstringStatusListEntry"))
        return finishWith(
            Verdict::Outcome::CannotCheck, QStringLiteral("revocation"),
            tr("Its revocation status (of type \"%1\") cannot be checked here.").arg(type));
    const QString listUrl = entry.value(u"statusListCredential").toString();
    const QJsonValue indexValue = entry.value(u"statusListIndex");
    bool indexOk = false;
    const int index =
        indexValue.isString() ? indexValue.toString().toInt(&indexOk) : indexValue.toInt(-1);
    if (indexValue.isDouble())
        indexOk = index >= 0;
    if (!indexOk || index < 0 || listUrl.isEmpty())
        return finishWith(Verdict::Outcome::NotValid, QStringLiteral("revocation"),
                          tr("Its revocation status entry is malformed (no list or no index)."));
    const QString purpose = entry.value(u"statusPurpose").toString();
    if (m_verdict.issuedByOurServer) {
        const QString ourList =
            m_options.ours.origin() + QStringLiteral("/issuer/status/revocation");
        if (listUrl != ourList)
            return finishWith(Verdict::Outcome::NotValid, QStringLiteral("revocation"),
                              tr("Its revocation list (%1) is not its issuer's.").arg(listUrl));
        if (m_options.ours.statusList.isEmpty())
            return finishWith(Verdict::Outcome::CannotCheck, QStringLiteral("revocation"),
                              tr("The signature is good, but the issuer's revocation list has "
                                 "not been fetched yet: sync once online and check again."));
        return checkStatusList(m_options.ours.statusList, listUrl, index, purpose);
    }
    emit progress(tr("Fetching the revocation list…"));
    fetch(QUrl(listUrl), kStatusAccept, credentials::kMaxCompactJwsBytes,
          [this, listUrl, index, purpose](const VerificationFetcher::Answer &answer) {
              if (!answer.ok)
                  return finishWith(
                      Verdict::Outcome::CannotCheck, QStringLiteral("revocation"),
                      tr("The revocation list cannot be fetched: %1").arg(answer.error));
              checkStatusList(answer.body.trimmed(), listUrl, index, purpose);
          });
}

void CredentialVerifier::checkStatusList(const QByteArray &listJwt, const QString &listUrl,
                                         int index, const QString &purpose) {
    credentials::Result<credentials::ParsedJws> parsed = credentials::parseJws(listJwt);
    if (!parsed)
        return finishWith(Verdict::Outcome::CannotCheck, QStringLiteral("revocation"),
                          tr("The revocation list is not a signed VC-JWT that can be checked "
                             "here: %1")
                              .arg(errorText(parsed.error())));
    const credentials::ParsedJws list = std::move(parsed).value();
    const QJsonObject claims = QJsonDocument::fromJson(list.payload).object();
    const QJsonObject credential =
        claims.value(u"vc").isObject() ? claims.value(u"vc").toObject() : claims;
    if (!typesOf(credential).contains(QStringLiteral("BitstringStatusListCredential")))
        return finishWith(Verdict::Outcome::CannotCheck, QStringLiteral("revocation"),
                          tr("%1 is not a Bitstring Status List credential.").arg(listUrl));
    const QString listIssuer = idOf(credential.value(u"issuer"));
    if (listIssuer != m_issuerId)
        return finishWith(Verdict::Outcome::NotValid, QStringLiteral("revocation"),
                          tr("The revocation list is issued by %1, not by the credential's "
                             "issuer.")
                              .arg(listIssuer));
    const QString listId = credential.value(u"id").toString();
    if (!listId.isEmpty() && listId != listUrl)
        return finishWith(
            Verdict::Outcome::NotValid, QStringLiteral("revocation"),
            tr("The revocation list fetched from %1 says it is %2.").arg(listUrl, listId));
    auto readBits = [this, list, credential, index, purpose](const PublicKey &key) {
        const credentials::Status signature = credentials::verifyJws(list, key);
        if (!signature)
            return finishWith(Verdict::Outcome::NotValid, QStringLiteral("revocation"),
                              tr("The revocation list's signature does not match: %1")
                                  .arg(errorText(signature.error())));
        const QJsonObject subject = credential.value(u"credentialSubject").toObject();
        const QString listPurpose = subject.value(u"statusPurpose").toString();
        if (!purpose.isEmpty() && listPurpose != purpose)
            return finishWith(Verdict::Outcome::NotValid, QStringLiteral("revocation"),
                              tr("The status list is for %1, the credential asks about %2.")
                                  .arg(listPurpose, purpose));
        const credentials::Result<credentials::BitstringStatusList> bits =
            credentials::BitstringStatusList::decode(
                subject.value(u"encodedList").toString().toLatin1());
        if (!bits)
            return finishWith(
                Verdict::Outcome::CannotCheck, QStringLiteral("revocation"),
                tr("The revocation list cannot be read: %1").arg(errorText(bits.error())));
        const std::optional<bool> bit = bits.value().status(index);
        if (!bit)
            return finishWith(Verdict::Outcome::NotValid, QStringLiteral("revocation"),
                              tr("Its status index %1 lies outside the issuer's list.").arg(index));
        m_revoked = *bit;
        if (m_revoked && listPurpose == QLatin1String("suspension"))
            return finishWith(Verdict::Outcome::NotValid, QStringLiteral("suspension"),
                              tr("The issuer has suspended it."));
        conclude();
    };
    const QString kid = list.header.value(u"kid").toString();
    if (m_verdict.issuedByOurServer)
        return keyFromSnapshot(kid, readBits);
    resolveKey(kid, listIssuer, readBits);
}

void CredentialVerifier::judgeHosted(const QString &url, const QJsonObject &localCopy) {
    m_verdict.openBadgesVersion = 2;
    if (!localCopy.isEmpty()) {
        m_verdict.holder = localCopy.value(u"recipient").toObject().value(u"identity").toString();
        m_verdict.holderIsHashed =
            localCopy.value(u"recipient").toObject().value(u"hashed").toBool();
        m_verdict.issued = instantOf(localCopy.value(u"issuedOn"));
        m_verdict.expires = instantOf(localCopy.value(u"expires"));
    }
    if (m_options.offline)
        return finishWith(Verdict::Outcome::CannotCheck, QStringLiteral("network"),
                          tr("A hosted Open Badges 2.0 assertion is checked by fetching it from "
                             "its issuer (%1), and this check is offline.")
                              .arg(url));
    emit progress(tr("Fetching the assertion from its issuer…"));
    fetch(QUrl(url), kJsonAccept, VerificationFetcher::kDefaultMaxBytes,
          [this, url, localCopy](const VerificationFetcher::Answer &answer) {
              if (!answer.ok) {
                  if (answer.httpStatus == 404 || answer.httpStatus == 410)
                      return finishWith(Verdict::Outcome::NotValid, QStringLiteral("hosted"),
                                        tr("Its issuer does not host this assertion (HTTP %1): "
                                           "it was withdrawn, made private, or never issued.")
                                            .arg(answer.httpStatus));
                  return finishWith(Verdict::Outcome::CannotCheck, QStringLiteral("network"),
                                    tr("The assertion cannot be fetched: %1").arg(answer.error));
              }
              const QJsonObject hosted = QJsonDocument::fromJson(answer.body).object();
              if (hosted.isEmpty())
                  return finishWith(Verdict::Outcome::NotValid, QStringLiteral("hosted"),
                                    tr("%1 does not answer with an assertion.").arg(url));
              noteNoJsonLd(hosted);
              if (hosted.value(u"id").toString() != url)
                  return finishWith(Verdict::Outcome::NotValid, QStringLiteral("hosted"),
                                    tr("The assertion at %1 says it is another one (%2).")
                                        .arg(url, hosted.value(u"id").toString()));
              if (!localCopy.isEmpty()) {
                  for (const char16_t *key : {u"recipient", u"badge", u"issuedOn", u"expires"}) {
                      if (localCopy.value(QStringView(key)) != hosted.value(QStringView(key)))
                          return finishWith(
                              Verdict::Outcome::NotValid, QStringLiteral("hosted"),
                              tr("This copy differs from the one its issuer hosts (%1).")
                                  .arg(QStringView(key).toString()));
                  }
              }
              const QJsonObject recipient = hosted.value(u"recipient").toObject();
              m_verdict.holder = recipient.value(u"identity").toString();
              m_verdict.holderIsHashed = recipient.value(u"hashed").toBool();
              m_verdict.issued = instantOf(hosted.value(u"issuedOn"));
              m_verdict.expires = instantOf(hosted.value(u"expires"));
              if (hosted.value(u"revoked").toBool()) {
                  m_revoked = true;
                  m_verdict.revocationReason = hosted.value(u"revocationReason").toString();
              }
              m_expired = m_verdict.expires.isValid() && m_verdict.expires < now();
              judgeBadgeClass(url, hosted);
          });
}

void CredentialVerifier::judgeBadgeClass(const QString &assertionUrl,
                                         const QJsonObject &assertion) {
    const QJsonValue badge = assertion.value(u"badge");
    auto withIssuer = [this, assertionUrl](const QJsonObject &badgeClass) {
        m_verdict.achievement = badgeClass.value(u"name").toString();
        const QJsonValue issuer = badgeClass.value(u"issuer");
        const QString issuerUrl = idOf(issuer);
        m_verdict.issuerId = issuerUrl;
        if (originOf(issuerUrl) != originOf(assertionUrl))
            return finishWith(Verdict::Outcome::NotValid, QStringLiteral("issuer"),
                              tr("The assertion is hosted at %1, not by its issuer (%2).")
                                  .arg(originOf(assertionUrl), issuerUrl));
        if (issuer.isObject()) {
            m_verdict.issuerName = issuer.toObject().value(u"name").toString();
            return conclude();
        }
        emit progress(tr("Fetching the issuer…"));
        fetch(QUrl(issuerUrl), kJsonAccept, VerificationFetcher::kDefaultMaxBytes,
              [this, issuerUrl](const VerificationFetcher::Answer &answer) {
                  if (!answer.ok)
                      return finishWith(
                          Verdict::Outcome::CannotCheck, QStringLiteral("network"),
                          tr("The issuer's profile cannot be fetched: %1").arg(answer.error));
                  const QJsonObject profile = QJsonDocument::fromJson(answer.body).object();
                  if (profile.value(u"id").toString() != issuerUrl)
                      return finishWith(
                          Verdict::Outcome::NotValid, QStringLiteral("issuer"),
                          tr("The issuer's profile at %1 is another one's.").arg(issuerUrl));
                  m_verdict.issuerName = profile.value(u"name").toString();
                  conclude();
              });
    };
    if (badge.isObject())
        return withIssuer(badge.toObject());
    const QString badgeUrl = badge.toString();
    emit progress(tr("Fetching the badge class…"));
    fetch(QUrl(badgeUrl), kJsonAccept, VerificationFetcher::kDefaultMaxBytes,
          [this, badgeUrl, withIssuer](const VerificationFetcher::Answer &answer) {
              if (!answer.ok)
                  return finishWith(Verdict::Outcome::CannotCheck, QStringLiteral("network"),
                                    tr("The badge class cannot be fetched: %1").arg(answer.error));
              const QJsonObject badgeClass = QJsonDocument::fromJson(answer.body).object();
              if (badgeClass.value(u"id").toString() != badgeUrl)
                  return finishWith(Verdict::Outcome::NotValid, QStringLiteral("hosted"),
                                    tr("The badge class at %1 is another one's.").arg(badgeUrl));
              withIssuer(badgeClass);
          });
}

void CredentialVerifier::conclude() {
    if (m_revoked)
        return finishWith(Verdict::Outcome::Revoked, QStringLiteral("revocation"),
                          tr("Its issuer has revoked it."));
    if (m_expired)
        return finishWith(Verdict::Outcome::Expired, QStringLiteral("expiry"),
                          tr("It was genuine, but its validity ended %1.")
                              .arg(m_verdict.expires.toString(Qt::ISODate)));
    finishWith(Verdict::Outcome::Valid, QString(),
               m_verdict.checkedOffline
                   ? tr("The signature is the issuer's and it is not revoked (checked offline).")
                   : tr("Every check passed."));
}

} // namespace certtrack::verification
