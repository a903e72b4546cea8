#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

namespace certtrack::test {

struct HttpResult {
    int status = 0; // 0: no HTTP answer (see networkError)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// A blocking HTTPS client for tests only (the product never blocks): trusts exactly one CA file.
class TestHttp {
public:
    explicit TestHttp(const QString &caFile);

    HttpResult request(const QByteArray &verb, const QUrl &url,
                       const QList<QPair<QByteArray, QByteArray>> &headers = {},
                       const QByteArray &body = {}, int timeoutMs = 15000);
    HttpResult get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // One request over a raw TLS socket bound to `source` (a loopback address such as
    // 127.0.0.2), closed after the answer: how a test plays a client elsewhere on the network.
    HttpResult requestFrom(const QHostAddress &source, const QByteArray &verb, const QUrl &url,
                           const QList<QPair<QByteArray, QByteArray>> &headers = {},
                           const QByteArray &body = {});
    // POST application/x-www-form-urlencoded to the token endpoint; returns the access token.
    QString passwordToken(const QUrl &base, const QString &login, const QString &password,
                          QString *refreshToken = nullptr);

private:
    QNetworkAccessManager m_manager;
    QString m_caFile;
};

} // namespace certtrack::test
