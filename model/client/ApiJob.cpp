#include "client/ApiJob.h"

#include "client/Logging.h"
#include "domain/Json.h"
#include "domain/Problem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>
#include <QTimeZone>

namespace certtrack::client {

using domain::kMaxJsonBytes;

ApiJob::ApiJob(QNetworkReply *reply, const QString &serverName, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_serverName(serverName)
    , m_url(reply->url()) {
    reply->setParent(this);
    connect(reply, &QNetworkReply::readyRead, this, &ApiJob::readBody);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiJob::checkDeclaredLength);
    // The errors are kept to explain the failure; they are never ignored.
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);

    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        dropReply();
        complete(makeError(ApiError::Kind::Timeout,
                           tr("The server at %1 did not answer in time.").arg(m_serverName)));
    });
    m_timeout.start(timeoutMs);
}

ApiJob::ApiJob(const ApiError &error, QObject *parent)
    : QObject(parent) {
    // Finish on the next turn of the event loop, so the caller can connect to finished() first.
    QTimer::singleShot(0, this, [this, error] { complete(error); });
}

ApiJob::~ApiJob() {
    // The reply is a child and goes with the job; deleting it stops its request (see dropReply).
    if (m_reply)
        m_reply->disconnect(this);
}

void ApiJob::dropReply() {
    // Deleting a reply stops its request. QNetworkReply::abort() is not used: in Qt 6.4, when a
    // transport error is already queued for the reply (every pending request of a server that
    // just went away), the abort's own error makes Qt warn "QNetworkReplyImplPrivate::error:
    // Internal problem, this method must only be called once" as the queued error arrives.
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->disconnect(this);
    reply->setParent(nullptr);
    reply->deleteLater(); // not at once: this may run inside one of the reply's signals
}

void ApiJob::cancel() {
    if (m_finished)
        return;
    dropReply();
    complete(makeError(ApiError::Kind::Cancelled, tr("The request was cancelled.")));
}

ApiError ApiJob::makeError(ApiError::Kind kind, const QString &message, int status) {
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = status;
    return error;
}

void ApiJob::readBody() {
    if (!m_reply)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > kMaxJsonBytes)
        failTooLarge();
}

void ApiJob::checkDeclaredLength() {
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > kMaxJsonBytes)
        failTooLarge();
}

void ApiJob::failTooLarge() {
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_body.clear();
    dropReply();
    complete(makeError(ApiError::Kind::Decode,
                       tr("The server's answer is too large (over %n MB).", nullptr,
                          int(kMaxJsonBytes / (1024 * 1024))),
                       m_httpStatus));
}

int ApiJob::retryAfterSeconds(QNetworkReply *reply) {
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    bool isNumber = false;
    const int seconds = value.toInt(&isNumber);
    if (isNumber)
        return qMax(0, seconds);
    // RFC 9110 also allows an HTTP-date.
    const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(value),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (at.isValid()) {
        QDateTime utc = at;
        utc.setTimeZone(QTimeZone::utc());
        return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(utc)));
    }
    return 0;
}

ApiError ApiJob::httpError(int status, const QByteArray &body, QNetworkReply *reply) const {
    if (status == 401)
        return makeError(ApiError::Kind::Unauthorized,
                         tr("The server no longer accepts this sign-in."), status);
    if (status == 429) {
        ApiError error = makeError(ApiError::Kind::Throttled, QString(), status);
        error.retryAfterSeconds = retryAfterSeconds(reply);
        error.message = tr("Too many attempts. Try again in %n seconds.", nullptr,
                           qMax(1, error.retryAfterSeconds));
        return error;
    }
    const domain::Problem problem = domain::Problem::fromBody(status, body);
    QString message = problem.detail.isEmpty() ? problem.title : problem.detail;
    if (message.isEmpty() || message == QStringLiteral("HTTP %1").arg(status))
        message = tr("The server answered with an error (HTTP %1).").arg(status);
    ApiError error = makeError(ApiError::Kind::Server, message, status);
    error.fieldErrors = problem.errors;
    return error;
}

ApiError ApiJob::transportError() const {
    const QNetworkReply::NetworkError code = m_reply->error();
    if (code == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        const QString reason =
            m_sslErrors.isEmpty() ? m_reply->errorString() : m_sslErrors.constFirst().errorString();
        return makeError(ApiError::Kind::Tls,
                         tr("The server's certificate is not trusted (%1). If %2 uses its own "
                            "certificate authority, give its CA file.")
                             .arg(reason, m_serverName));
    }
    if (code == QNetworkReply::TimeoutError)
        return makeError(ApiError::Kind::Timeout,
                         tr("The server at %1 did not answer in time.").arg(m_serverName));
    return makeError(
        ApiError::Kind::Network,
        tr("Cannot reach the server at %1 (%2).").arg(m_serverName, m_reply->errorString()));
}

void ApiJob::onReplyFinished() {
    if (!m_reply || m_finished)
        return;
    m_timeout.stop();
    m_body += m_reply->readAll();
    if (m_body.size() > kMaxJsonBytes)
        return failTooLarge();
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_httpStatus == 0)
        return complete(transportError());

    const bool accepted = (m_httpStatus >= 200 && m_httpStatus < 300) || m_httpStatus == 304;
    // A status line followed by a broken transfer (the server died mid-body) is not an answer.
    const QNetworkReply::NetworkError code = m_reply->error();
    const bool transferBroken = code != QNetworkReply::NoError &&
                                code < QNetworkReply::ContentAccessDenied; // not an HTTP status
    if (transferBroken)
        return complete(makeError(
            ApiError::Kind::Network,
            tr("The connection to %1 broke off (%2).").arg(m_serverName, m_reply->errorString()),
            m_httpStatus));
    if (!accepted)
        return complete(httpError(m_httpStatus, m_body, m_reply));
    complete(acceptAnswer(m_httpStatus, m_body, m_reply));
}

void ApiJob::complete(std::optional<ApiError> error) {
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_error = std::move(error);
    if (m_error)
        qCDebug(lcNet) << m_url.path() << "failed:" << kindName(m_error->kind) << m_error->message;
    else
        qCDebug(lcNet) << m_url.path() << "answered" << m_httpStatus;
    emit finished();
    deleteLater();
}

TokenJob::TokenJob(QNetworkReply *reply, Grant grant, const QString &serverName, int timeoutMs,
                   QObject *parent)
    : ApiJob(reply, serverName, timeoutMs, parent)
    , m_grant(grant) {}

TokenJob::TokenJob(const ApiError &error, Grant grant, QObject *parent)
    : ApiJob(error, parent)
    , m_grant(grant) {}

std::optional<TokenGrant> TokenJob::parseGrant(const QByteArray &body, QString *error) {
    const std::optional<QJsonObject> object = domain::parseObject(body, error);
    if (!object)
        return std::nullopt;
    QString message;
    domain::JsonReader reader(*object, QString(), &message);
    TokenGrant grant;
    grant.accessToken = reader.string("access_token");
    const QString tokenType = reader.string("token_type");
    grant.expiresInSeconds = reader.integer("expires_in");
    grant.refreshToken = reader.string("refresh_token");
    if (reader.ok() && tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        reader.fail(QStringLiteral("token_type"), QStringLiteral("expected Bearer"));
    if (reader.ok() && grant.accessToken.isEmpty())
        reader.fail(QStringLiteral("access_token"), QStringLiteral("empty"));
    if (reader.ok() && grant.expiresInSeconds <= 0)
        reader.fail(QStringLiteral("expires_in"), QStringLiteral("expected a positive number"));
    if (!reader.ok()) {
        *error = message;
        return std::nullopt;
    }
    return grant;
}

std::optional<ApiError> TokenJob::acceptAnswer(int status, const QByteArray &body,
                                               QNetworkReply *) {
    QString message;
    const std::optional<TokenGrant> grant = parseGrant(body, &message);
    if (!grant)
        return makeError(ApiError::Kind::Decode,
                         tr("The server's sign-in answer could not be read (%1).").arg(message),
                         status);
    m_result = *grant;
    return std::nullopt;
}

ApiError TokenJob::httpError(int status, const QByteArray &body, QNetworkReply *reply) const {
    if (status == 400 || status == 401) {
        QString ignored;
        const std::optional<QJsonObject> object = domain::parseObject(body, &ignored);
        const QString code = object ? object->value(QLatin1String("error")).toString() : QString();
        if (code == QLatin1String("invalid_grant")) {
            return makeError(ApiError::Kind::InvalidCredentials,
                             m_grant == Grant::Password
                                 ? tr("The login ID or password is incorrect.")
                                 : tr("Your sign-in has expired. Please sign in again."),
                             status);
        }
        if (object && status == 400) {
            const QString description =
                object->value(QLatin1String("error_description")).toString();
            return makeError(ApiError::Kind::Server,
                             description.isEmpty()
                                 ? tr("The server refused the sign-in request (%1).").arg(code)
                                 : description,
                             status);
        }
    }
    return ApiJob::httpError(status, body, reply);
}

FetchJob::FetchJob(QNetworkReply *reply, const QByteArray &sentEtag, const QString &serverName,
                   int timeoutMs, QObject *parent)
    : ApiJob(reply, serverName, timeoutMs, parent)
    , m_sentEtag(sentEtag) {}

FetchJob::FetchJob(const ApiError &error, QObject *parent)
    : ApiJob(error, parent) {}

std::optional<ApiError> FetchJob::acceptAnswer(int status, const QByteArray &body,
                                               QNetworkReply *reply) {
    m_result.status = status;
    const QByteArray etag = reply->rawHeader("ETag");
    if (status == 304) {
        if (m_sentEtag.isEmpty())
            return makeError(ApiError::Kind::Decode,
                             tr("The server said \"not modified\" to a first request."), status);
        m_result.etag = etag.isEmpty() ? m_sentEtag : etag;
        return std::nullopt;
    }
    m_result.status = 200;
    m_result.body = body;
    m_result.etag = etag;
    return std::nullopt;
}

} // namespace certtrack::client
