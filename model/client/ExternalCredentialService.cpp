#include "client/ExternalCredentialService.h"

#include "domain/Json.h"

#include <QUrl>

namespace certtrack::client {

namespace {

const QString kPath = QStringLiteral("me/external-credentials");

} // namespace

ExternalCredentialService::ExternalCredentialService(AccountController *controller, QObject *parent)
    : QObject(parent)
    , m_requests(new ServiceRequests(controller, this)) {
    connect(m_requests, &ServiceRequests::busyChanged, this,
            &ExternalCredentialService::busyChanged);
}

void ExternalCredentialService::keep(const QByteArray &credentialText, QObject *context,
                                     Callback callback) {
    const QByteArray body = ServiceRequests::compact(
        QJsonObject{{QStringLiteral("credential"), QString::fromUtf8(credentialText)}});
    m_requests->send({"POST", kPath, body, ServiceRequests::jsonContent(), true}, context,
                     [callback](const ServiceOutcome &outcome) {
                         Reply reply;
                         reply.error = outcome.error;
                         if (!reply.error) {
                             QString error;
                             const std::optional<domain::ExternalCredential> kept =
                                 domain::decodeDocument<domain::ExternalCredential>(
                                     outcome.result.body, &error);
                             if (kept)
                                 reply.credential = *kept;
                             else
                                 reply.error = ServiceRequests::decodeFailure(error);
                         }
                         callback(reply);
                     });
}

void ExternalCredentialService::remove(const QString &id, QObject *context, Callback callback) {
    const QString path =
        kPath + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
    m_requests->send({"DELETE", path, {}, {}, true}, context,
                     [callback](const ServiceOutcome &outcome) {
                         Reply reply;
                         reply.error = outcome.error;
                         callback(reply);
                     });
}

} // namespace certtrack::client
