#include "server/badges/BadgeEndpoints.h"

#include "credentials/BadgeBaking.h"
#include "credentials/BadgeRaster.h"
#include "domain/Json.h"
#include "server/badges/BadgePage.h"
#include "server/badges/IssuerKeys.h"
#include "server/core/Database.h"
#include "server/http/HttpProblem.h"
#include "server/http/PublicPage.h"

#include <QJsonDocument>

namespace certtrack::server {

namespace {

using FieldErrors = QList<domain::Problem::FieldError>;

HttpResponse notFound() {
    return HttpResponse::problem(404, QStringLiteral("Not Found"),
                                 QStringLiteral("There is no such badge."));
}

HttpResponse withType(HttpResponse response, const QByteArray &type) {
    response.setHeader("Content-Type", type);
    return response;
}

HttpResponse bytes(const QByteArray &body, const QByteArray &type) {
    HttpResponse response;
    response.body = body;
    response.setHeader("Content-Type", type);
    return response;
}

HttpResponse jsonLd(const QJsonObject &object) {
    HttpResponse response = withType(HttpResponse::json(object), "application/ld+json");
    // Public and the same for everyone, but current: a revocation must show at once.
    response.setHeader("Cache-Control", "public, no-cache");
    response.setHeader("Access-Control-Allow-Origin", "*");
    return response;
}

bool wantsLinkedData(const ApiRequest &request) {
    const QByteArray accept = request.header("Accept").toLower();
    return accept.contains("application/ld+json") || publicpage::wantsJson(request);
}

} // namespace

BadgeEndpoints::BadgeEndpoints(BadgeStore &store, BadgeCredentials &credentials, const Clock &clock)
    : m_store(store)
    , m_credentials(credentials)
    , m_clock(clock) {}

BadgeRecord BadgeEndpoints::owned(qint64 candidateId, const QString &badgeId) {
    std::optional<BadgeRecord> record = m_store.badge(badgeId);
    if (!record || record->candidateId != candidateId)
        throw HttpProblem(notFound());
    return m_credentials.issued(*record);
}

HttpResponse BadgeEndpoints::badgeResponse(const BadgeRecord &record) const {
    return HttpResponse::json(m_credentials.presented(record).toJson());
}

HttpResponse BadgeEndpoints::list(qint64 candidateId) {
    domain::Page<domain::Badge> page;
    for (const BadgeRecord &record : m_store.badges(candidateId))
        page.items.append(m_credentials.presented(m_credentials.issued(record)));
    return HttpResponse::json(page.toJson());
}

HttpResponse BadgeEndpoints::get(qint64 candidateId, const QString &badgeId) {
    return badgeResponse(owned(candidateId, badgeId));
}

HttpResponse BadgeEndpoints::patch(const ApiRequest &request, qint64 candidateId,
                                   const QString &badgeId) {
    const BadgeRecord record = owned(candidateId, badgeId);
    const QByteArray current = entityTag(badgeResponse(record).body);
    const QByteArray ifMatch = request.header("If-Match").trimmed();
    if (ifMatch.isEmpty()) {
        throw HttpProblem(428, QStringLiteral("Precondition Required"),
                          QStringLiteral("Send If-Match with the badge's ETag, so a change made "
                                         "elsewhere is not overwritten."));
    }
    if (ifMatch != "*" && !ifNoneMatchMatches(ifMatch, current)) {
        HttpResponse stale = HttpResponse::problem(
            412, QStringLiteral("Precondition Failed"),
            QStringLiteral("This badge changed elsewhere since you loaded it. Reload it, then "
                           "make your change again."));
        stale.setHeader("ETag", current);
        return stale;
    }
    const QJsonObject patch =
        requireJsonObject(request, {"application/merge-patch+json", "application/json"});
    FieldErrors errors;
    std::optional<bool> accepted;
    std::optional<bool> isPublic;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.key() == QLatin1String("accepted") && it.value().isBool())
            accepted = it.value().toBool();
        else if (it.key() == QLatin1String("public") && it.value().isBool())
            isPublic = it.value().toBool();
        else if (it.key() == QLatin1String("accepted") || it.key() == QLatin1String("public"))
            errors.append({it.key(), QStringLiteral("Expected true or false.")});
        else
            errors.append({it.key(), QStringLiteral("This field cannot be changed here.")});
    }
    const bool wasAccepted = record.acceptedAt.has_value();
    if (accepted == false && wasAccepted) {
        errors.append({QStringLiteral("accepted"),
                       QStringLiteral("A badge once accepted stays accepted: make it private "
                                      "instead.")});
    }
    const bool willBeAccepted = wasAccepted || accepted == true;
    // Accepting makes a badge public unless the same patch says otherwise.
    const bool newPublic =
        isPublic.value_or(accepted == true && !wasAccepted ? true : record.isPublic);
    if (newPublic && !willBeAccepted) {
        errors.append({QStringLiteral("public"),
                       QStringLiteral("Accept the badge before making it public.")});
    }
    if (!errors.isEmpty())
        return HttpResponse::validationFailed(errors);
    m_store.setVisibility(badgeId,
                          willBeAccepted ? std::optional<QDateTime>(m_clock.now()) : std::nullopt,
                          newPublic);
    HttpResponse response = badgeResponse(owned(candidateId, badgeId));
    response.setHeader("ETag", entityTag(response.body));
    return response;
}

HttpResponse BadgeEndpoints::credential(qint64 candidateId, const QString &badgeId) {
    const BadgeRecord record = owned(candidateId, badgeId);
    return bytes(record.issuance->credentialJwt, "application/vc+jwt");
}

HttpResponse BadgeEndpoints::assertion(qint64 candidateId, const QString &badgeId) {
    // The holder's own copy, private or not yet accepted too: the public one answers 404 then.
    return withType(HttpResponse::json(m_credentials.assertion(owned(candidateId, badgeId))),
                    "application/ld+json");
}

QByteArray BadgeEndpoints::achievementPng(const BadgeAchievement &achievement) {
    if (!achievement.imagePng.isEmpty())
        return achievement.imagePng;
    const QByteArray png = credentials::BadgeRaster::png(achievement.imageSvg.toUtf8());
    if (png.isEmpty())
        throw StorageError("the artwork of " + achievement.id.toStdString() + " does not render");
    m_store.setAchievementPng(achievement.id, png);
    return png;
}

HttpResponse BadgeEndpoints::baked(const ApiRequest &request, qint64 candidateId,
                                   const QString &badgeId, bool svg) {
    const BadgeRecord record = owned(candidateId, badgeId);
    const QString version = request.query.queryItemValue(QStringLiteral("version"));
    if (!version.isEmpty() && version != QLatin1String("2") && version != QLatin1String("3")) {
        return HttpResponse::problem(400, QStringLiteral("Bad Request"),
                                     QStringLiteral("version is 2 (Open Badges 2.0) or 3 (Open "
                                                    "Badges 3.0, the default)."));
    }
    if (record.revokedAt) {
        return HttpResponse::problem(
            410, QStringLiteral("Gone"),
            QStringLiteral("This badge was revoked on %1%2: a revoked badge is not baked. Its "
                           "assertion and its credential's status say it was revoked.")
                .arg(domain::formatDate(record.revokedAt->toUTC().date()),
                     record.revocationReason.isEmpty()
                         ? QString()
                         : QStringLiteral(" (%1)").arg(record.revocationReason)));
    }
    const std::optional<BadgeAchievement> achievement = m_store.achievement(record.achievementId);
    if (!achievement)
        throw StorageError("badge " + badgeId.toStdString() + " names no achievement");
    const bool v2 = version == QLatin1String("2");
    const QByteArray assertion =
        QJsonDocument(m_credentials.assertion(record)).toJson(QJsonDocument::Compact);
    credentials::Result<QByteArray> baked = QByteArray();
    if (svg) {
        credentials::BakedCredential carried;
        carried.version =
            v2 ? credentials::OpenBadgesVersion::V2 : credentials::OpenBadgesVersion::V3;
        if (v2) {
            carried.text = assertion;
            carried.verify = m_credentials.assertionUrl(record);
        } else {
            carried.verify = QString::fromLatin1(record.issuance->credentialJwt);
        }
        baked = credentials::bakeSvg(achievement->imageSvg.toUtf8(), carried);
    } else {
        baked = credentials::bakePng(achievementPng(*achievement),
                                     v2 ? credentials::OpenBadgesVersion::V2
                                        : credentials::OpenBadgesVersion::V3,
                                     v2 ? assertion : record.issuance->credentialJwt);
    }
    if (!baked)
        throw StorageError("baking badge " + badgeId.toStdString() +
                           " failed: " + baked.error().message.toStdString());
    HttpResponse response = bytes(baked.value(), svg ? "image/svg+xml" : "image/png");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + badgeId.toLatin1() +
                                                  (v2 ? "-ob2" : "-ob3") +
                                                  (svg ? ".svg\"" : ".png\""));
    return response;
}

HttpResponse BadgeEndpoints::publicBadge(const ApiRequest &request, const QString &badgeId) {
    std::optional<BadgeRecord> found = m_store.badge(badgeId);
    // Not accepted, or private: nothing of the person, not even that the badge exists.
    if (!found || !found->acceptedAt || !found->isPublic) {
        if (wantsLinkedData(request))
            return notFound();
        return publicpage::guarded(publicpage::html(
            QByteArrayLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                              "<title>No such badge</title></head><body><h1>No such badge</h1>"
                              "<p>There is no public badge at this address. Its holder may have "
                              "made it private.</p></body></html>\n"),
            404));
    }
    const BadgeRecord record = m_credentials.issued(*found);
    if (wantsLinkedData(request))
        return jsonLd(m_credentials.assertion(record));
    const std::optional<BadgeAchievement> achievement = m_store.achievement(record.achievementId);
    if (!achievement)
        throw StorageError("badge " + badgeId.toStdString() + " names no achievement");
    const domain::Profile holder = m_store.holder(record.candidateId);
    return publicpage::guarded(publicpage::html(
        BadgePage::badge(m_credentials.presented(record), *achievement,
                         holder.firstName + QLatin1Char(' ') + holder.lastName,
                         m_store.issuerProfile(), m_clock.now(), record.revocationReason),
        200));
}

HttpResponse BadgeEndpoints::issuer(const ApiRequest &request) {
    if (wantsLinkedData(request))
        return jsonLd(m_credentials.issuerProfile());
    return publicpage::guarded(
        publicpage::html(BadgePage::issuer(m_store.issuerProfile(),
                                           m_credentials.origin() + QStringLiteral("/issuer/keys")),
                         200));
}

HttpResponse BadgeEndpoints::issuerImage() {
    HttpResponse response = bytes(m_store.issuerProfile().imageSvg.toUtf8(), "image/svg+xml");
    response.setHeader("Cache-Control", "public, max-age=3600");
    return response;
}

HttpResponse BadgeEndpoints::keys() {
    HttpResponse response =
        withType(HttpResponse::json(IssuerKeys::jwks(m_store, m_credentials.origin())),
                 "application/jwk-set+json");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setHeader("Access-Control-Allow-Origin", "*");
    return response;
}

HttpResponse BadgeEndpoints::key(const QString &thumbprint) {
    const std::optional<QJsonObject> jwk =
        IssuerKeys::jwk(m_store, m_credentials.origin(), thumbprint);
    if (!jwk) {
        return HttpResponse::problem(404, QStringLiteral("Not Found"),
                                     QStringLiteral("The issuer has no key with this id."));
    }
    HttpResponse response = withType(HttpResponse::json(*jwk), "application/jwk+json");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setHeader("Access-Control-Allow-Origin", "*");
    return response;
}

HttpResponse BadgeEndpoints::achievement(const QString &achievementId) {
    const std::optional<BadgeAchievement> found = m_store.achievement(achievementId);
    if (!found) {
        return HttpResponse::problem(404, QStringLiteral("Not Found"),
                                     QStringLiteral("The issuer has no achievement with this id."));
    }
    return jsonLd(m_credentials.badgeClass(*found));
}

HttpResponse BadgeEndpoints::achievementImage(const QString &achievementId) {
    const std::optional<BadgeAchievement> found = m_store.achievement(achievementId);
    if (!found) {
        return HttpResponse::problem(404, QStringLiteral("Not Found"),
                                     QStringLiteral("The issuer has no achievement with this id."));
    }
    HttpResponse response = bytes(found->imageSvg.toUtf8(), "image/svg+xml");
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    return response;
}

HttpResponse BadgeEndpoints::statusList() {
    HttpResponse response = bytes(m_credentials.statusListCredential(), "application/vc+jwt");
    // A verifier may keep it a few minutes; a revocation shows within that time.
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setHeader("Access-Control-Allow-Origin", "*");
    return response;
}

void addRoutes(Router &router, BadgeEndpoints *badges, const CandidateGuard &guard) {
    const auto id = [](const ApiRequest &request) {
        return request.pathParameter(QStringLiteral("id"));
    };
    router.add({"GET", QStringLiteral("/api/v1/me/badges"),
                guard([badges](const ApiRequest &, qint64 candidate) {
                    return badges->list(candidate);
                })});
    router.add({"GET", QStringLiteral("/api/v1/me/badges/{id}"),
                guard([badges, id](const ApiRequest &request, qint64 candidate) {
                    return badges->get(candidate, id(request));
                })});
    router.add({"PATCH", QStringLiteral("/api/v1/me/badges/{id}"),
                guard([badges, id](const ApiRequest &request, qint64 candidate) {
                    return badges->patch(request, candidate, id(request));
                })});
    router.add({"GET", QStringLiteral("/api/v1/me/badges/{id}/credential"),
                guard([badges, id](const ApiRequest &request, qint64 candidate) {
                    return badges->credential(candidate, id(request));
                })});
    router.add({"GET", QStringLiteral("/api/v1/me/badges/{id}/assertion"),
                guard([badges, id](const ApiRequest &request, qint64 candidate) {
                    return badges->assertion(candidate, id(request));
                })});
    router.add({"GET", QStringLiteral("/api/v1/me/badges/{id}/baked.png"),
                guard([badges, id](const ApiRequest &request, qint64 candidate) {
                    return badges->baked(request, candidate, id(request), false);
                })});
    router.add({"GET", QStringLiteral("/api/v1/me/badges/{id}/baked.svg"),
                guard([badges, id](const ApiRequest &request, qint64 candidate) {
                    return badges->baked(request, candidate, id(request), true);
                })});
    router.add({"GET", QStringLiteral("/badges/{id}"), [badges, id](const ApiRequest &request) {
                    return badges->publicBadge(request, id(request));
                }});
    router.add({"GET", QStringLiteral("/issuer"),
                [badges](const ApiRequest &request) { return badges->issuer(request); }});
    router.add({"GET", QStringLiteral("/issuer/image"),
                [badges](const ApiRequest &) { return badges->issuerImage(); }});
    router.add({"GET", QStringLiteral("/issuer/keys"),
                [badges](const ApiRequest &) { return badges->keys(); }});
    router.add({"GET", QStringLiteral("/issuer/keys/{id}"),
                [badges, id](const ApiRequest &request) { return badges->key(id(request)); }});
    router.add(
        {"GET", QStringLiteral("/issuer/achievements/{id}"),
         [badges, id](const ApiRequest &request) { return badges->achievement(id(request)); }});
    router.add({"GET", QStringLiteral("/issuer/achievements/{id}/image"),
                [badges, id](const ApiRequest &request) {
                    return badges->achievementImage(id(request));
                }});
    router.add({"GET", QStringLiteral("/issuer/status/revocation"),
                [badges](const ApiRequest &) { return badges->statusList(); }});
}

} // namespace certtrack::server
