#include "client/PersonalInfoService.h"

#include "domain/Json.h"

#include <QJsonObject>

namespace certtrack::client {

PersonalInfoService::PersonalInfoService(AccountController *controller, QObject *parent)
    : QObject(parent)
    , m_requests(new ServiceRequests(controller, this)) {}

void PersonalInfoService::run(const QByteArray &method, Resource resource, const QByteArray &etag,
                              const QByteArray &body, QObject *context, Callback callback) {
    ServiceRequests::Call call;
    call.method = method;
    call.path = resource == Resource::Settings ? QStringLiteral("me/settings")
                                               : QStringLiteral("me/attributes");
    call.body = body;
    call.writes = method != "GET";
    if (call.writes)
        call.headers = {{"Content-Type", "application/merge-patch+json"}, {"If-Match", etag}};
    m_requests->send(call, context, [resource, callback](const ServiceOutcome &outcome) {
        PersonalInfoReply reply;
        reply.error = outcome.error;
        if (!reply.error) {
            reply.etag = outcome.result.etag;
            QString decodeError;
            if (resource == Resource::Settings) {
                if (auto s =
                        domain::decodeDocument<domain::Settings>(outcome.result.body, &decodeError))
                    reply.settings = *s;
            } else if (auto a = domain::decodeDocument<domain::Attributes>(outcome.result.body,
                                                                           &decodeError)) {
                reply.attributes = *a;
            }
            reply.error = ServiceRequests::decodeFailure(decodeError);
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
    run("PATCH", Resource::Settings, etag, ServiceRequests::compact(patch), context,
        std::move(callback));
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
    run("PATCH", Resource::Attributes, etag, ServiceRequests::compact(patch), context,
        std::move(callback));
}

} // namespace certtrack::client
