#include "client/AuthorizedRequest.h"

#include "client/ApiClient.h"
#include "client/Session.h"

#include <QTimer>

namespace certtrack::client {

AuthorizedRequest::AuthorizedRequest(Session *session, const QByteArray &method,
                                     const QString &path, const QByteArray &body,
                                     const Headers &headers)
    : AuthorizedRequest(session,
                        [method, path, body, headers](ApiClient *api, const QString &accessToken) {
                            return api->send(method, path, accessToken, body, headers);
                        }) {}

AuthorizedRequest::AuthorizedRequest(Session *session, Sender sender)
    : QObject(session)
    , m_session(session)
    , m_sender(std::move(sender)) {
    // Started on the next turn so the caller connects to finished() first.
    QTimer::singleShot(0, this, &AuthorizedRequest::requestToken);
}

void AuthorizedRequest::requestToken() {
    if (m_finished)
        return;
    m_session->withAccessToken(this,
                               [this](const QString &token, const std::optional<ApiError> &error) {
                                   if (error)
                                       fail(*error);
                                   else
                                       send(token);
                               });
}

void AuthorizedRequest::send(const QString &accessToken) {
    FetchJob *job = m_sender(m_session->api(), accessToken);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job, accessToken] {
        m_job.clear();
        if (m_finished)
            return;
        if (!job->hasError()) {
            m_result = job->result();
            m_finished = true;
            emit finished();
            deleteLater();
            return;
        }
        if (job->error().kind == ApiError::Kind::Unauthorized && !m_retried) {
            m_retried = true;
            m_session->invalidateAccessToken(accessToken);
            requestToken();
            return;
        }
        fail(job->error());
    });
}

void AuthorizedRequest::fail(const ApiError &error) {
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
    deleteLater();
}

void AuthorizedRequest::cancel() {
    if (m_finished)
        return;
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = tr("The request was cancelled.");
    fail(error);
}

} // namespace certtrack::client
