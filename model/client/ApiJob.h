#pragma once

#include "client/ApiError.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <optional>

class QNetworkReply;

namespace certtrack::client {

// One HTTP exchange with the server, started by ApiClient. It ends exactly once with finished(),
// either with a typed result (see the subclasses) or with error(); then it deletes itself, so
// read it in the slot connected to finished().
class ApiJob : public QObject {
    Q_OBJECT
public:
    ~ApiJob() override;

    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.has_value(); }
    // Valid once finished() with hasError().
    ApiError error() const { return m_error.value_or(ApiError{}); }
    int httpStatus() const { return m_httpStatus; }
    QUrl url() const { return m_url; }

    // Aborts the exchange; finished() follows with ApiError::Kind::Cancelled.
    void cancel();

signals:
    void finished();

protected:
    ApiJob(QNetworkReply *reply, const QString &serverName, int timeoutMs, QObject *parent);
    // A job that fails before anything is sent (e.g. an unreadable CA file).
    ApiJob(const ApiError &error, QObject *parent);

    // A 2xx or 304 answer arrived whole; a returned error fails the job.
    virtual std::optional<ApiError> acceptAnswer(int status, const QByteArray &body,
                                                 QNetworkReply *reply) = 0;
    // Any other HTTP status; the default maps 401, 429 and problem+json bodies.
    virtual ApiError httpError(int status, const QByteArray &body, QNetworkReply *reply) const;

    static ApiError makeError(ApiError::Kind kind, const QString &message, int status = 0);
    static int retryAfterSeconds(QNetworkReply *reply);
    QString serverName() const { return m_serverName; }

private:
    void readBody();
    void checkDeclaredLength();
    void failTooLarge();
    void onReplyFinished();
    // Lets go of the reply without QNetworkReply::abort(); nothing more arrives from it.
    void dropReply();
    ApiError transportError() const;
    void complete(std::optional<ApiError> error);

    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    QString m_serverName;
    QUrl m_url;
    std::optional<ApiError> m_error;
    int m_httpStatus = 0;
    bool m_finished = false;
};

// What the token endpoint hands out (RFC 6749 section 5.1).
struct TokenGrant {
    QString accessToken;
    QString refreshToken;
    qint64 expiresInSeconds = 0;
};

// POST /auth/token with the password or the refresh_token grant.
class TokenJob : public ApiJob {
    Q_OBJECT
public:
    enum class Grant { Password, RefreshToken };

    TokenJob(QNetworkReply *reply, Grant grant, const QString &serverName, int timeoutMs,
             QObject *parent);
    TokenJob(const ApiError &error, Grant grant, QObject *parent);

    Grant grant() const { return m_grant; }
    // Valid once finished() without error.
    const TokenGrant &result() const { return m_result; }

    // Parses a token response body; exposed for tests of malformed answers.
    static std::optional<TokenGrant> parseGrant(const QByteArray &body, QString *error);

protected:
    std::optional<ApiError> acceptAnswer(int status, const QByteArray &body,
                                         QNetworkReply *reply) override;
    ApiError httpError(int status, const QByteArray &body, QNetworkReply *reply) const override;

private:
    Grant m_grant;
    TokenGrant m_result;
};

// The answer to a GET: a fresh body with its ETag, or "not modified" (304) for the ETag sent.
struct FetchedResource {
    int status = 0; // 200 or 304
    QByteArray body;
    QByteArray etag;

    bool notModified() const { return status == 304; }
};

// GET of one resource, revalidated with If-None-Match when an ETag is known.
class FetchJob : public ApiJob {
    Q_OBJECT
public:
    FetchJob(QNetworkReply *reply, const QByteArray &sentEtag, const QString &serverName,
             int timeoutMs, QObject *parent);
    FetchJob(const ApiError &error, QObject *parent);

    const FetchedResource &result() const { return m_result; }

protected:
    std::optional<ApiError> acceptAnswer(int status, const QByteArray &body,
                                         QNetworkReply *reply) override;

private:
    QByteArray m_sentEtag;
    FetchedResource m_result;
};

// POST /auth/revoke (RFC 7009): succeeds on any 2xx.
class RevokeJob : public ApiJob {
    Q_OBJECT
public:
    RevokeJob(QNetworkReply *reply, const QString &serverName, int timeoutMs, QObject *parent)
        : ApiJob(reply, serverName, timeoutMs, parent) {}
    RevokeJob(const ApiError &error, QObject *parent)
        : ApiJob(error, parent) {}

protected:
    std::optional<ApiError> acceptAnswer(int, const QByteArray &, QNetworkReply *) override {
        return std::nullopt;
    }
};

} // namespace certtrack::client
