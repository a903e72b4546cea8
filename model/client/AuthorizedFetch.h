#pragma once

#include "client/ApiError.h"
#include "client/ApiJob.h"

#include <QObject>
#include <QPointer>

namespace certtrack::client {

class Session;

// A GET of one resource on behalf of a Session: it waits for an access token, sends the
// request and, after a 401, has the session refresh once and retries once. Ends with finished()
// and then deletes itself.
class AuthorizedFetch : public QObject {
    Q_OBJECT
public:
    AuthorizedFetch(Session *session, const QString &path, const QByteArray &etag);

    QString path() const { return m_path; }
    QByteArray sentEtag() const { return m_etag; }
    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.has_value(); }
    ApiError error() const { return m_error.value_or(ApiError{}); }
    const FetchedResource &result() const { return m_result; }

    void cancel();

signals:
    void finished();

private:
    void requestToken();
    void send(const QString &accessToken);
    void fail(const ApiError &error);

    Session *m_session;
    QString m_path;
    QByteArray m_etag;
    QPointer<FetchJob> m_job;
    FetchedResource m_result;
    std::optional<ApiError> m_error;
    bool m_retried = false;
    bool m_finished = false;
};

} // namespace certtrack::client
