#include "client/AuthorizedRequest.h"

#include "client/ApiClient.h"
#include "client/Session.h"

#include <QTimer>

namespace certtrack::client {

AuthorizedRequest::AuthorizedRequest(Session *session, const QByteArray &method,
                                     const QString &path, const QByteArray &body,
                                     const Headers &headers)
    : QObject(session)
    , m_session(session)
    , m_method(method)
    , m_path(path)
    , m_body(body)
    , m_headers(headers) {
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
    FetchJob *job = m_session->api()->send(m_method, m_path, accessToken, m_body, m_headers);
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
