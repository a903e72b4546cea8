#include "client/LogoService.h"

#include "client/AccountController.h"
#include "client/AuthorizedRequest.h"
#include "domain/Json.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUrl>

namespace certtrack::client {

LogoService::LogoService(AccountController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller) {}

void LogoService::acceptGuidelines(QObject *context, Callback callback) {
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("accepted"), true}})
                                .toJson(QJsonDocument::Compact);
    run("POST", QStringLiteral("me/logos/acceptance"), body, Answer::Logos, context,
        std::move(callback));
}

void LogoService::fetchArtwork(const QString &logoId, QObject *context, Callback callback) {
    run("GET",
        QStringLiteral("me/logos/") + QString::fromLatin1(QUrl::toPercentEncoding(logoId)) +
            QStringLiteral("/artwork"),
        {}, Answer::Svg, context, std::move(callback));
}

void LogoService::run(const QByteArray &method, const QString &path, const QByteArray &body,
                      Answer answer, QObject *context, Callback callback) {
    Session *session = m_controller ? m_controller->session() : nullptr;
    if (!session) {
        LogoReply reply;
        ApiError error;
        error.kind = ApiError::Kind::Unauthorized;
        error.message = tr("Sign in first.");
        reply.error = error;
        QTimer::singleShot(0, context, [callback, reply] { callback(reply); });
        return;
    }
    const AuthorizedRequest::Headers headers{
        answer == Answer::Logos
            ? qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))
            : qMakePair(QByteArray("Accept"), QByteArray("image/svg+xml"))};
    auto *request = new AuthorizedRequest(session, method, path, body, headers);
    if (++m_running == 1)
        emit busyChanged(true);
    connect(request, &AuthorizedRequest::finished, this, [this, request, answer] {
        if (--m_running == 0)
            emit busyChanged(false);
        if (answer == Answer::Logos && !request->hasError() && m_controller)
            m_controller->refresh();
    });
    connect(request, &AuthorizedRequest::finished, context, [request, answer, callback] {
        LogoReply reply;
        if (request->hasError()) {
            reply.error = request->error();
            callback(reply);
            return;
        }
        const QByteArray &received = request->result().body;
        QString decodeError;
        if (answer == Answer::Logos) {
            if (auto logos = domain::decodeDocument<domain::Logos>(received, &decodeError))
                reply.logos = *logos;
        } else if (!received.contains("<svg")) {
            decodeError = tr("not an SVG image");
        } else {
            reply.svg = received;
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

} // namespace certtrack::client
