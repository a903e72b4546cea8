#include "client/LogoService.h"

#include "domain/Json.h"

#include <QUrl>

namespace certtrack::client {

LogoService::LogoService(AccountController *controller, QObject *parent)
    : QObject(parent)
    , m_requests(new ServiceRequests(controller, this)) {
    connect(m_requests, &ServiceRequests::busyChanged, this, &LogoService::busyChanged);
}

void LogoService::acceptGuidelines(QObject *context, Callback callback) {
    // Accepting changes what every page shows: the account revalidates.
    run({"POST", QStringLiteral("me/logos/acceptance"),
         ServiceRequests::compact(QJsonObject{{QStringLiteral("accepted"), true}}),
         ServiceRequests::jsonContent(), true},
        Answer::Logos, context, std::move(callback));
}

void LogoService::fetchArtwork(const QString &logoId, QObject *context, Callback callback) {
    run({"GET",
         QStringLiteral("me/logos/") + QString::fromLatin1(QUrl::toPercentEncoding(logoId)) +
             QStringLiteral("/artwork"),
         {},
         {{"Accept", "image/svg+xml"}},
         false},
        Answer::Svg, context, std::move(callback));
}

void LogoService::run(const ServiceRequests::Call &call, Answer answer, QObject *context,
                      Callback callback) {
    m_requests->send(call, context, [answer, callback](const ServiceOutcome &outcome) {
        LogoReply reply;
        reply.error = outcome.error;
        if (!reply.error) {
            const QByteArray &received = outcome.result.body;
            QString decodeError;
            if (answer == Answer::Logos) {
                if (auto logos = domain::decodeDocument<domain::Logos>(received, &decodeError))
                    reply.logos = *logos;
            } else if (!received.contains("<svg")) {
                decodeError = tr("not an SVG image");
            } else {
                reply.svg = received;
            }
            reply.error = ServiceRequests::decodeFailure(decodeError);
        }
        callback(reply);
    });
}

} // namespace certtrack::client
