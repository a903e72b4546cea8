#include "client/AccountResources.h"

#include "domain/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

namespace certtrack::client::AccountResources {

using namespace certtrack::domain;

namespace {

const QString kProfile = QStringLiteral("me");
const QString kSettings = QStringLiteral("me/settings");
const QString kAttributes = QStringLiteral("me/attributes");
const QString kIdentifiers = QStringLiteral("me/identifiers");
const QString kExams = QStringLiteral("me/exams");
const QString kAgreements = QStringLiteral("me/agreements");
const QString kCeActivities = QStringLiteral("me/ce-activities");
const QString kTransactions = QStringLiteral("me/transactions");
const QString kCertifications = QStringLiteral("me/certifications");
const QString kCertificationDetails = QStringLiteral("me/certification-details");
const QString kLogos = QStringLiteral("me/logos");
const QString kFulfillment = QStringLiteral("me/fulfillment");
const QString kTranscripts = QStringLiteral("me/transcripts");
const QString kBadges = QStringLiteral("me/badges");
const QString kCatalogue = QStringLiteral("me/fulfillment/catalogue");
const QString kOrders = QStringLiteral("me/orders");
const QString kExternalCredentials = QStringLiteral("me/external-credentials");
const QString kProgrammePath = QStringLiteral("programme");
const QString kIssuerKeys = QStringLiteral("/issuer/keys");
const QString kIssuerStatusList = QStringLiteral("/issuer/status/revocation");
const QString kSyncManifest = QStringLiteral("me/sync");

// A server that pages endlessly is broken; stop rather than loop.
constexpr int kMaxPages = 1000;

QString basePath(const QString &path) {
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    return query < 0 ? path : path.left(query);
}

QString nextPagePath(const QString &path, const QString &cursor) {
    return basePath(path) + QStringLiteral("?cursor=") +
           QString::fromLatin1(QUrl::toPercentEncoding(cursor));
}

bool isCollection(const QString &base) {
    return base == kExams || base == kAgreements || base == kCeActivities ||
           base == kTransactions || base == kCertifications || base == kCertificationDetails ||
           base == kFulfillment || base == kTranscripts || base == kBadges || base == kOrders ||
           base == kExternalCredentials;
}

template <typename T>
std::optional<T> decodeOne(const QHash<QString, QByteArray> &bodies, const QString &path,
                           QString *error) {
    const auto it = bodies.constFind(path);
    if (it == bodies.constEnd()) {
        *error = path + QStringLiteral(": missing");
        return std::nullopt;
    }
    QString message;
    std::optional<T> value = decodeDocument<T>(*it, &message);
    if (!value)
        *error = path + QStringLiteral(": ") + message;
    return value;
}

// All pages of a collection, following nextCursor.
template <typename T>
std::optional<QList<T>> decodeAll(const QHash<QString, QByteArray> &bodies, const QString &base,
                                  QString *error) {
    QList<T> items;
    QString path = base;
    for (int page = 0; page < kMaxPages; ++page) {
        const std::optional<Page<T>> decoded = decodeOne<Page<T>>(bodies, path, error);
        if (!decoded)
            return std::nullopt;
        items += decoded->items;
        if (decoded->nextCursor.isEmpty())
            return items;
        path = nextPagePath(base, decoded->nextCursor);
    }
    *error = base + QStringLiteral(": too many pages");
    return std::nullopt;
}

template <typename T> bool assign(T &target, std::optional<T> value) {
    if (!value)
        return false;
    target = std::move(*value);
    return true;
}

} // namespace

QStringList topLevelPaths() {
    return {kProfile,
            kSettings,
            kAttributes,
            kIdentifiers,
            kExams,
            kAgreements,
            kCeActivities,
            kTransactions,
            kCertificationDetails,
            kLogos,
            kFulfillment,
            kTranscripts,
            kBadges,
            kCatalogue,
            kOrders,
            kExternalCredentials,
            kIssuerKeys,
            kIssuerStatusList,
            kProgrammePath};
}

QString syncManifestPath() {
    return kSyncManifest;
}

QString issuerKeysPath() {
    return kIssuerKeys;
}

QString issuerStatusListPath() {
    return kIssuerStatusList;
}

bool isOptional(const QString &path) {
    // A badge's own copies only serve offline downloads: a server that refuses them (an older
    // one, or one fault) leaves the badge without them rather than failing the whole sync.
    // The programme's wording only dresses two pages; a server without it leaves them plain.
    return path == kIssuerKeys || path == kIssuerStatusList || path == kExternalCredentials ||
           path == kProgrammePath || path.startsWith(kBadges + QLatin1Char('/'));
}

QString certificationPath(const QString &certificationId) {
    return kCertifications + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(certificationId));
}

QString badgePath(const QString &badgeId) {
    return kBadges + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(badgeId));
}

QString badgeCredentialPath(const QString &badgeId) {
    return badgePath(badgeId) + QStringLiteral("/credential");
}

QString badgeAssertionPath(const QString &badgeId) {
    return badgePath(badgeId) + QStringLiteral("/assertion");
}

QByteArray forStorage(const QString &path, const QByteArray &body) {
    if (basePath(path) != kOrders)
        return body;
    QJsonObject page = QJsonDocument::fromJson(body).object();
    QJsonArray orders = page.value(QLatin1String("items")).toArray();
    bool changed = false;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        QJsonObject order = orders.at(i).toObject();
        if (order.value(QLatin1String("checkoutUrl")).isString()) {
            order.insert(QStringLiteral("checkoutUrl"), QJsonValue::Null);
            orders.replace(i, order);
            changed = true;
        }
    }
    if (!changed)
        return body;
    page.insert(QStringLiteral("items"), orders);
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

bool followUps(const QString &path, const QByteArray &body, QStringList *paths, QString *error) {
    const QString base = basePath(path);
    if (!isCollection(base))
        return true;
    QString message;
    const std::optional<QJsonObject> object = parseObject(body, &message);
    if (!object) {
        *error = path + QStringLiteral(": ") + message;
        return false;
    }
    JsonReader reader(*object, QString(), &message);
    const QString cursor = reader.optionalString("nextCursor");
    if (base == kBadges) {
        const QList<QString> ids =
            reader.list<QString>("items", [](JsonReader &item) { return item.string("id"); });
        for (const QString &id : ids)
            *paths << badgePath(id) << badgeCredentialPath(id) << badgeAssertionPath(id);
    }
    if (!reader.ok()) {
        *error = path + QStringLiteral(": ") + message;
        return false;
    }
    if (!cursor.isEmpty())
        paths->append(nextPagePath(base, cursor));
    return true;
}

std::optional<AccountData> decode(const QHash<QString, QByteArray> &bodies, QString *error) {
    AccountData data;
    QString message;
    const bool ok =
        assign(data.profile, decodeOne<Profile>(bodies, kProfile, &message)) &&
        assign(data.settings, decodeOne<Settings>(bodies, kSettings, &message)) &&
        assign(data.attributes, decodeOne<Attributes>(bodies, kAttributes, &message)) &&
        assign(data.identifiers, decodeOne<Identifiers>(bodies, kIdentifiers, &message)) &&
        assign(data.exams, decodeAll<Exam>(bodies, kExams, &message)) &&
        assign(data.agreements, decodeAll<Agreement>(bodies, kAgreements, &message)) &&
        assign(data.ceActivities, decodeAll<CeActivity>(bodies, kCeActivities, &message)) &&
        assign(data.transactions, decodeAll<Transaction>(bodies, kTransactions, &message)) &&
        assign(data.logos, decodeOne<Logos>(bodies, kLogos, &message)) &&
        assign(data.fulfillment, decodeAll<FulfillmentItem>(bodies, kFulfillment, &message)) &&
        assign(data.transcripts, decodeAll<Transcript>(bodies, kTranscripts, &message)) &&
        assign(data.badges, decodeAll<Badge>(bodies, kBadges, &message));
    if (!ok) {
        *error = message;
        return std::nullopt;
    }
    // A cache written before badges were kept for offline baking lacks these.
    for (const Badge &badge : std::as_const(data.badges)) {
        const QByteArray jwt = bodies.value(badgeCredentialPath(badge.id));
        const QByteArray assertion = bodies.value(badgeAssertionPath(badge.id));
        if (jwt.isEmpty() || assertion.isEmpty())
            continue;
        if (!parseObject(assertion, &message)) {
            *error = badgeAssertionPath(badge.id) + QStringLiteral(": ") + message;
            return std::nullopt;
        }
        data.badgeCopies.insert(badge.id, BadgeCredentialCopy{jwt, assertion});
    }
    // A cache written before orders existed lacks these two; the next sync brings them.
    const bool ordersOk =
        (!bodies.contains(kCatalogue) ||
         assign(data.catalogue, decodeOne<FulfillmentCatalogue>(bodies, kCatalogue, &message))) &&
        (!bodies.contains(kOrders) ||
         assign(data.orders, decodeAll<Order>(bodies, kOrders, &message)));
    // Likewise for credentials from other issuers; a server without them has none.
    const bool externalOk =
        !bodies.contains(kExternalCredentials) ||
        assign(data.externalCredentials,
               decodeAll<ExternalCredential>(bodies, kExternalCredentials, &message));
    // Likewise for the programme's wording.
    const bool programmeOk =
        !bodies.contains(kProgrammePath) ||
        assign(data.programme, decodeOne<Programme>(bodies, kProgrammePath, &message));
    if (!ordersOk || !externalOk || !programmeOk) {
        *error = message;
        return std::nullopt;
    }
    if (bodies.contains(kCertificationDetails)) {
        if (!assign(data.certifications,
                    decodeAll<CertificationDetail>(bodies, kCertificationDetails, &message))) {
            *error = message;
            return std::nullopt;
        }
        return data;
    }
    // A cache written before details came in one collection: the summaries, then each detail.
    const std::optional<QList<Certification>> certifications =
        decodeAll<Certification>(bodies, kCertifications, &message);
    if (!certifications) {
        *error = message;
        return std::nullopt;
    }
    for (const Certification &summary : *certifications) {
        const QString path = certificationPath(summary.id);
        std::optional<CertificationDetail> detail =
            decodeOne<CertificationDetail>(bodies, path, &message);
        if (!detail) {
            *error = message;
            return std::nullopt;
        }
        if (detail->summary.id != summary.id) {
            *error = path + QStringLiteral(": id: expected %1").arg(summary.id);
            return std::nullopt;
        }
        data.certifications.append(std::move(*detail));
    }
    return data;
}

} // namespace certtrack::client::AccountResources
