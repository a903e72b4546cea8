#include "client/ServiceRequests.h"

#include "client/AccountController.h"
#include "client/AuthorizedRequest.h"
#include "client/Session.h"

#include <QJsonDocument>
#include <QTimer>

namespace certtrack::client {

ServiceRequests::ServiceRequests(AccountController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller) {}

ServiceRequests::ServiceRequests(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session) {}

Session *ServiceRequests::session() const {
    if (m_controller)
        return m_controller->session();
    return m_session;
}

void ServiceRequests::send(const Call &call, QObject *context, Done done) {
    Session *current = session();
    if (!current) {
        ServiceOutcome outcome;
        ApiError error;
        error.kind = ApiError::Kind::Unauthorized;
        error.message = tr("Sign in first.");
        outcome.error = error;
        // Answer after the caller returns, as a request would.
        QTimer::singleShot(0, context, [done, outcome] { done(outcome); });
        return;
    }
    auto *request = new AuthorizedRequest(current, call.method, call.path, call.body, call.headers);
    if (++m_running == 1)
        emit busyChanged(true);
    connect(request, &AuthorizedRequest::finished, this, [this, request, writes = call.writes] {
        if (--m_running == 0)
            emit busyChanged(false);
        if (writes && !request->hasError() && m_controller)
            m_controller->refresh();
    });
    connect(request, &AuthorizedRequest::finished, context, [request, done] {
        ServiceOutcome outcome;
        if (request->hasError())
            outcome.error = request->error();
        else
            outcome.result = request->result();
        done(outcome);
    });
}

std::optional<ApiError> ServiceRequests::decodeFailure(const QString &decodeError) {
    if (decodeError.isEmpty())
        return std::nullopt;
    ApiError error;
    error.kind = ApiError::Kind::Decode;
    error.message = tr("The server's answer could not be read (%1).").arg(decodeError);
    return error;
}

QByteArray ServiceRequests::compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const ServiceRequests::Headers &ServiceRequests::jsonContent() {
    static const Headers headers{{"Content-Type", "application/json"}};
    return headers;
}

} // namespace certtrack::client
