#include "TestHttp.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

namespace certtrack::test {

QByteArray HttpResult::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestHttp::TestHttp(const QString &caFile)
    : m_caFile(caFile) {}

HttpResult TestHttp::request(const QByteArray &verb, const QUrl &url,
                             const QList<QPair<QByteArray, QByteArray>> &headers,
                             const QByteArray &body, int timeoutMs) {
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_caFile));
    request.setSslConfiguration(tls);
    for (const auto &[key, value] : headers)
        request.setRawHeader(key, value);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpResult TestHttp::get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers) {
    return request("GET", url, headers);
}

QString TestHttp::passwordToken(const QUrl &base, const QString &login, const QString &password,
                                QString *refreshToken) {
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v1/auth/token"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), login);
    form.addQueryItem(QStringLiteral("password"), password);
    const HttpResult result =
        request("POST", url, {{"Content-Type", "application/x-www-form-urlencoded"}},
                form.toString(QUrl::FullyEncoded).toUtf8());
    const QJsonObject json = result.json().object();
    if (refreshToken)
        *refreshToken = json.value(QLatin1String("refresh_token")).toString();
    return json.value(QLatin1String("access_token")).toString();
}

} // namespace certtrack::test
