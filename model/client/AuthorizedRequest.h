#pragma once

#include "client/ApiError.h"
#include "client/ApiJob.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace certtrack::client {

class ApiClient;
class Session;

// One authorized request of any method on behalf of a Session: it waits for an access token,
// sends, and after a 401 has the session refresh once and sends once more; a 401 means the server
// did nothing, so the repeat cannot act twice. Ends with finished() and then deletes itself.
class AuthorizedRequest : public QObject {
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    AuthorizedRequest(Session *session, const QByteArray &method, const QString &path,
                      const QByteArray &body = {}, const Headers &headers = {});

    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.has_value(); }
    ApiError error() const { return m_error.value_or(ApiError{}); }
    // Valid once finished() without error: status 200 for any 2xx, the body and the ETag.
    const FetchedResource &result() const { return m_result; }

    void cancel();

signals:
    void finished();

protected:
    // How to send once a token is at hand: the one thing that differs between a plain request
    // and a revalidating fetch.
    using Sender = std::function<FetchJob *(ApiClient *api, const QString &accessToken)>;
    AuthorizedRequest(Session *session, Sender sender);

private:
    void requestToken();
    void send(const QString &accessToken);
    void fail(const ApiError &error);

    Session *m_session;
    Sender m_sender;
    QPointer<FetchJob> m_job;
    FetchedResource m_result;
    std::optional<ApiError> m_error;
    bool m_retried = false;
    bool m_finished = false;
};

} // namespace certtrack::client
