#include "client/ApiClient.h"

#include "client/Logging.h"

#include <QNetworkReply>
#include <QSslCertificate>

namespace certtrack::client {

ApiClient::ApiClient(const ServerEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint) {}

// Loading the TLS backend and reading the CA file wait for the first request: a remembered
// account's window shows its cached data first.
void ApiClient::loadTls() const {
    if (m_tls)
        return;
    m_tls = QSslConfiguration::defaultConfiguration();
    if (!m_endpoint.caFile.isEmpty()) {
        const QList<QSslCertificate> extra =
            QSslCertificate::fromPath(m_endpoint.caFile, QSsl::Pem);
        if (extra.isEmpty()) {
            m_caFileError =
                tr("The CA file %1 could not be read as PEM certificates.").arg(m_endpoint.caFile);
            qCWarning(lcNet) << "unusable CA file" << m_endpoint.caFile;
        } else {
            // A server with its own CA is trusted through that CA alone: the system's roots
            // have no say over it, and not loading them keeps ~100 ms of parsing off start-up.
            m_tls->setCaCertificates(extra);
        }
    }
    if (!m_endpoint.isValid())
        m_caFileError = tr("The server address %1 is not a valid https:// URL.")
                            .arg(m_endpoint.baseUrl.toDisplayString());
}

const QString &ApiClient::caFileError() const {
    loadTls();
    return m_caFileError;
}

QString ApiClient::serverName() const {
    return m_endpoint.baseUrl.host() + QLatin1Char(':') +
           QString::number(m_endpoint.baseUrl.port(443));
}

ApiError ApiClient::configurationError() const {
    ApiError error;
    error.kind = m_endpoint.isValid() ? ApiError::Kind::Tls : ApiError::Kind::Network;
    error.message = caFileError();
    return error;
}

QByteArray ApiClient::formEncode(const QList<QPair<QString, QString>> &fields) {
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += name.toUtf8().toPercentEncoding().replace("%20", "+");
        out += '=';
        out += value.toUtf8().toPercentEncoding().replace("%20", "+");
    }
    return out;
}

QNetworkRequest ApiClient::makeRequest(const QString &path) const {
    QNetworkRequest request(m_endpoint.apiBase().resolved(QUrl(path)));
    loadTls();
    request.setSslConfiguration(*m_tls);
    request.setRawHeader("Accept", "application/json");
    // Sign-in answers and redirects are never followed: the API does not redirect.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}

QNetworkReply *ApiClient::postForm(const QString &path,
                                   const QList<QPair<QString, QString>> &fields) {
    QNetworkRequest request = makeRequest(path);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    return m_network.post(request, formEncode(fields));
}

TokenJob *ApiClient::passwordGrant(const QString &loginId, const QString &password) {
    if (!caFileError().isEmpty())
        return new TokenJob(configurationError(), TokenJob::Grant::Password, this);
    QNetworkReply *reply = postForm(QStringLiteral("auth/token"),
                                    {{QStringLiteral("grant_type"), QStringLiteral("password")},
                                     {QStringLiteral("username"), loginId},
                                     {QStringLiteral("password"), password}});
    return new TokenJob(reply, TokenJob::Grant::Password, serverName(), m_timeoutMs, this);
}

TokenJob *ApiClient::refreshGrant(const QString &refreshToken) {
    if (!caFileError().isEmpty())
        return new TokenJob(configurationError(), TokenJob::Grant::RefreshToken, this);
    QNetworkReply *reply =
        postForm(QStringLiteral("auth/token"),
                 {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                  {QStringLiteral("refresh_token"), refreshToken}});
    return new TokenJob(reply, TokenJob::Grant::RefreshToken, serverName(), m_timeoutMs, this);
}

RevokeJob *ApiClient::revoke(const QString &refreshToken) {
    if (!caFileError().isEmpty())
        return new RevokeJob(configurationError(), this);
    QNetworkReply *reply =
        postForm(QStringLiteral("auth/revoke"),
                 {{QStringLiteral("token"), refreshToken},
                  {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")}});
    return new RevokeJob(reply, serverName(), m_timeoutMs, this);
}

FetchJob *ApiClient::fetch(const QString &path, const QString &accessToken,
                           const QByteArray &etag) {
    if (!caFileError().isEmpty())
        return new FetchJob(configurationError(), this);
    QNetworkRequest request = makeRequest(path);
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag);
    return new FetchJob(m_network.get(request), etag, serverName(), m_timeoutMs, this);
}

FetchJob *ApiClient::send(const QByteArray &method, const QString &path, const QString &accessToken,
                          const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers) {
    if (!caFileError().isEmpty())
        return new FetchJob(configurationError(), this);
    QNetworkRequest request = makeRequest(path);
    if (!accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return new FetchJob(m_network.sendCustomRequest(request, method, body), {}, serverName(),
                        m_timeoutMs, this);
}

} // namespace certtrack::client
