#include "client/PersonalInfoService.h"

#include "client/AccountController.h"
#include "client/AuthorizedRequest.h"
#include "domain/Json.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace certtrack::client {

PersonalInfoService::PersonalInfoService(AccountController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller) {}

void PersonalInfoService::run(const QByteArray &method, Resource resource, const QByteArray &etag,
                              const QByteArray &body, QObject *context, Callback callback) {
    Session *session = m_controller ? m_controller->session() : nullptr;
    if (!session) {
        PersonalInfoReply reply;
        ApiError error;
        error.kind = ApiError::Kind::Unauthorized;
        error.message = tr("Sign in first.");
        reply.error = error;
        QTimer::singleShot(0, context, [callback, reply] { callback(reply); });
        return;
    }
    const QString path = resource == Resource::Settings ? QStringLiteral("me/settings")
                                                        : QStringLiteral("me/attributes");
    AuthorizedRequest::Headers headers;
    if (method != "GET")
        headers = {{"Content-Type", "application/merge-patch+json"}, {"If-Match", etag}};
    auto *request = new AuthorizedRequest(session, method, path, body, headers);
    const bool writes = method != "GET";
    connect(request, &AuthorizedRequest::finished, this, [this, request, writes] {
        if (writes && !request->hasError() && m_controller)
            m_controller->refresh();
    });
    connect(request, &AuthorizedRequest::finished, context, [request, resource, callback] {
        PersonalInfoReply reply;
        if (request->hasError()) {
            reply.error = request->error();
            callback(reply);
            return;
        }
        reply.etag = request->result().etag;
        QString decodeError;
        if (resource == Resource::Settings) {
            if (auto s =
                    domain::decodeDocument<domain::Settings>(request->result().body, &decodeError))
                reply.settings = *s;
        } else if (auto a = domain::decodeDocument<domain::Attributes>(request->result().body,
                                                                       &decodeError)) {
            reply.attributes = *a;
        }
        if (!decodeError.isEmpty()) {
            ApiError error;
            error.kind = ApiError::Kind::Decode;
            error.message = tr("The server's answer could not be read (%1).").arg(decodeError);
            reply.error = error;
        }
        callback(reply);
    });
}

void PersonalInfoService::loadSettings(QObject *context, Callback callback) {
    run("GET", Resource::Settings, {}, {}, context, std::move(callback));
}

void PersonalInfoService::saveSettings(const QByteArray &etag, const QHash<QString, bool> &answers,
                                       QObject *context, Callback callback) {
    QJsonObject patch;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        patch.insert(it.key(), it.value());
    run("PATCH", Resource::Settings, etag, QJsonDocument(patch).toJson(QJsonDocument::Compact),
        context, std::move(callback));
}

void PersonalInfoService::loadAttributes(QObject *context, Callback callback) {
    run("GET", Resource::Attributes, {}, {}, context, std::move(callback));
}

void PersonalInfoService::saveAttributes(const QByteArray &etag,
                                         const QHash<QString, QString> &values, QObject *context,
                                         Callback callback) {
    QJsonObject patch;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        patch.insert(it.key(), it.value());
    run("PATCH", Resource::Attributes, etag, QJsonDocument(patch).toJson(QJsonDocument::Compact),
        context, std::move(callback));
}

} // namespace certtrack::client
