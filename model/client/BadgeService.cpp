#include "client/BadgeService.h"

#include "client/AccountController.h"
#include "client/AccountResources.h"
#include "domain/Json.h"

namespace certtrack::client {

BadgeService::BadgeService(AccountController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_requests(new ServiceRequests(controller, this)) {
    connect(m_requests, &ServiceRequests::busyChanged, this, &BadgeService::busyChanged);
}

bool BadgeService::isUnreachable(const ApiError &error) {
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
}

void BadgeService::accept(const QString &badgeId, QObject *context, Callback callback) {
    patch(badgeId, QJsonObject{{QStringLiteral("accepted"), true}}, context, std::move(callback));
}

void BadgeService::setPublic(const QString &badgeId, bool isPublic, QObject *context,
                             Callback callback) {
    patch(badgeId, QJsonObject{{QStringLiteral("public"), isPublic}}, context, std::move(callback));
}

void BadgeService::patch(const QString &badgeId, const QJsonObject &change, QObject *context,
                         Callback callback) {
    const QString path = AccountResources::badgePath(badgeId);
    QByteArray etag = m_controller ? m_controller->resourceEtag(path) : QByteArray();
    // Only a cache from before badges were synced one by one lacks the tag: the server then
    // decides on the badge as it is, which is what the person sees after this sync anyway.
    if (etag.isEmpty())
        etag = "*";
    m_requests->send({"PATCH",
                      path,
                      ServiceRequests::compact(change),
                      {{"Content-Type", "application/merge-patch+json"}, {"If-Match", etag}},
                      true},
                     context, [callback](const ServiceOutcome &outcome) {
                         BadgeReply reply;
                         reply.error = outcome.error;
                         if (!reply.error) {
                             QString decodeError;
                             if (auto badge = domain::decodeDocument<domain::Badge>(
                                     outcome.result.body, &decodeError))
                                 reply.badge = *badge;
                             reply.error = ServiceRequests::decodeFailure(decodeError);
                         }
                         callback(reply);
                     });
}

void BadgeService::download(const QString &badgeId, BadgeFile file, QObject *context,
                            Callback callback) {
    QString path;
    QByteArray accept;
    switch (file) {
    case BadgeFile::BakedPng:
        path = AccountResources::badgePath(badgeId) + QStringLiteral("/baked.png?version=3");
        accept = "image/png";
        break;
    case BadgeFile::BakedSvg:
        path = AccountResources::badgePath(badgeId) + QStringLiteral("/baked.svg?version=3");
        accept = "image/svg+xml";
        break;
    case BadgeFile::Credential:
        path = AccountResources::badgeCredentialPath(badgeId);
        accept = "application/vc+jwt";
        break;
    case BadgeFile::Assertion:
        path = AccountResources::badgeAssertionPath(badgeId);
        accept = "application/ld+json";
        break;
    }
    m_requests->send({"GET", path, {}, {{"Accept", accept}}, false}, context,
                     [callback](const ServiceOutcome &outcome) {
                         BadgeReply reply;
                         reply.error = outcome.error;
                         if (!reply.error)
                             reply.file = outcome.result.body;
                         callback(reply);
                     });
}

} // namespace certtrack::client
