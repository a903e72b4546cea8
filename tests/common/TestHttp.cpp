#include "TestHttp.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

namespace certtrack::test {

namespace {

// With CERTTRACK_RESPONSE_LOG set to a folder, every answer a test receives is appended there
// (one JSON line each, a file per test program, started afresh by each run of it) so that
// tests/e2e/openapi-responses.mjs can validate them against server/openapi.yaml.
void logResponse(const QByteArray &verb, const QUrl &url, const HttpResult &result) {
    static const QString folder = qEnvironmentVariable("CERTTRACK_RESPONSE_LOG");
    if (folder.isEmpty() || result.status == 0)
        return;
    static QFile file;
    if (!file.isOpen()) {
        QDir().mkpath(folder);
        file.setFileName(folder + QLatin1Char('/') +
                         QFileInfo(QCoreApplication::applicationFilePath()).baseName() +
                         QLatin1String(".jsonl"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the response log %s", qPrintable(file.fileName()));
    }
    const QByteArray contentType = result.header("Content-Type");
    QJsonObject line{{QStringLiteral("test"), QString::fromUtf8(QTest::currentTestFunction())},
                     {QStringLiteral("method"), QString::fromLatin1(verb)},
                     {QStringLiteral("path"), url.path(QUrl::FullyEncoded)},
                     {QStringLiteral("status"), result.status},
                     {QStringLiteral("contentType"), QString::fromLatin1(contentType)}};
    // Bodies are kept when they are text (JSON, HTML, problems); images only by their size.
    if (contentType.contains("json") || contentType.startsWith("text/"))
        line.insert(QStringLiteral("body"), QString::fromUtf8(result.body));
    else
        line.insert(QStringLiteral("bodySize"), result.body.size());
    file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    file.flush();
}

} // namespace

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
    logResponse(verb, url, result);
    return result;
}

HttpResult TestHttp::get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers) {
    return request("GET", url, headers);
}

HttpResult TestHttp::requestFrom(const QHostAddress &source, const QByteArray &verb,
                                 const QUrl &url,
                                 const QList<QPair<QByteArray, QByteArray>> &headers,
                                 const QByteArray &body) {
    HttpResult result;
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_caFile));
    socket.setSslConfiguration(tls);
    if (!socket.bind(source)) {
        result.networkError = socket.errorString();
        return result;
    }
    // The test certificates name localhost (and 127.0.0.1).
    socket.connectToHostEncrypted(url.host(), quint16(url.port(443)), QStringLiteral("localhost"));
    if (!socket.waitForEncrypted(10000)) {
        result.networkError = socket.errorString();
        return result;
    }
    QByteArray head = verb + ' ' + url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        head += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    head += " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (!body.isEmpty() || verb == "POST" || verb == "PUT")
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    socket.write(head + "\r\n" + body);
    // Read until the head and as many body bytes as it announces have come (or the close).
    QByteArray answer;
    qsizetype end = -1;
    qsizetype length = -1;
    while (socket.waitForReadyRead(10000)) {
        answer += socket.readAll();
        if (end < 0 && (end = answer.indexOf("\r\n\r\n")) >= 0) {
            for (const QByteArray &line : answer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (end >= 0 && length >= 0 && answer.size() >= end + 4 + length)
            break;
    }
    const QList<QByteArray> lines = answer.left(end).split('\n');
    if (end < 0 || lines.isEmpty()) {
        result.networkError = QStringLiteral("no HTTP answer");
        return result;
    }
    result.status = lines.first().split(' ').value(1).toInt();
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            result.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    result.body = answer.mid(end + 4, length);
    logResponse(verb, url, result);
    return result;
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
