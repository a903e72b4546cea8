#pragma once

#include "client/ApiJob.h"
#include "client/ServerEndpoint.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>

#include <optional>

namespace certtrack::client {

// The one QNetworkAccessManager of an account and the factory of its request jobs. It trusts
// the system's CAs plus the endpoint's CA file and never ignores a TLS error.
class ApiClient : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 20000;

    explicit ApiClient(const ServerEndpoint &endpoint, QObject *parent = nullptr);

    const ServerEndpoint &endpoint() const { return m_endpoint; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    // Jobs are children of this client and delete themselves after finished().
    TokenJob *passwordGrant(const QString &loginId, const QString &password);
    TokenJob *refreshGrant(const QString &refreshToken);
    RevokeJob *revoke(const QString &refreshToken);
    // path is relative to /api/v1/, e.g. "me/exams"; etag, when known, goes in If-None-Match.
    FetchJob *fetch(const QString &path, const QString &accessToken, const QByteArray &etag = {});
    // Any other authorized request (POST, PATCH, a GET of HTML...): the answer comes back as a
    // FetchJob's result (status 200 for every 2xx, the body and the ETag). An empty accessToken
    // sends no Authorization, for the public endpoints (account mapping).
    FetchJob *send(const QByteArray &method, const QString &path, const QString &accessToken,
                   const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});

    // application/x-www-form-urlencoded: space as '+', everything but unreserved characters
    // percent-encoded (so '+', '&' and '=' inside a password survive).
    static QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

private:
    QNetworkRequest makeRequest(const QString &path) const;
    QNetworkReply *postForm(const QString &path, const QList<QPair<QString, QString>> &fields);
    ApiError configurationError() const;
    QString serverName() const;
    void loadTls() const;
    // Why no request can be sent (an unreadable CA file, an invalid address); empty if none.
    const QString &caFileError() const;

    ServerEndpoint m_endpoint;
    QNetworkAccessManager m_network;
    // Filled by loadTls() before the first request (even an empty QSslConfiguration loads the
    // TLS backend).
    mutable std::optional<QSslConfiguration> m_tls;
    mutable QString m_caFileError;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace certtrack::client
