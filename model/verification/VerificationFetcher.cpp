#include "verification/VerificationFetcher.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

#include <memory>

namespace certtrack::verification {

namespace {} // namespace

VerificationFetcher::VerificationFetcher(const QString &caFile, QObject *parent)
    : QObject(parent)
    , m_tls(QSslConfiguration::defaultConfiguration()) {
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(caFile);
        if (extra.isEmpty())
            m_configurationError = tr("The CA file %1 holds no certificate.").arg(caFile);
        else
            m_tls.addCaCertificates(extra);
    }
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

void VerificationFetcher::get(const QUrl &url, const QByteArray &accept, qsizetype maxBytes,
                              Callback callback) {
    auto fail = [this, callback](const QString &message) {
        Answer answer;
        answer.error = message;
        // Asynchronous like every other answer, so a caller never re-enters itself.
        QTimer::singleShot(0, this, [callback, answer] { callback(answer); });
    };
    if (!m_configurationError.isEmpty())
        return fail(m_configurationError);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return fail(
            tr("%1 is not an https:// address, and only those are fetched.").arg(url.toString()));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setRawHeader("Accept", accept);
    request.setMaximumRedirectsAllowed(3);
    request.setTransferTimeout(m_timeoutMs);
    ++m_requestCount;
    QNetworkReply *reply = m_network.get(request);

    // One shared state per request: the body read so far, and whether the answer was given.
    struct State {
        QByteArray body;
        bool done = false;
    };
    auto state = std::make_shared<State>();
    const QString host = url.host();
    auto finish = [reply, state, callback](Answer answer) {
        if (state->done)
            return;
        state->done = true;
        reply->disconnect();
        reply->deleteLater();
        callback(answer);
    };
    auto tooLarge = [finish, host, maxBytes] {
        Answer answer;
        answer.error = tr("%1 sent more than %2 KiB, more than any credential material needs.")
                           .arg(host)
                           .arg(maxBytes / 1024);
        finish(answer);
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, maxBytes, tooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes)
            tooLarge();
    });
    connect(reply, &QNetworkReply::readyRead, this, [reply, state, maxBytes, tooLarge] {
        if (state->done)
            return;
        state->body += reply->readAll();
        if (state->body.size() > maxBytes)
            tooLarge();
    });
    connect(reply, &QNetworkReply::finished, this, [reply, state, finish, host, url] {
        if (state->done)
            return;
        state->body += reply->readAll();
        Answer answer;
        answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && answer.httpStatus / 100 == 2) {
            answer.ok = true;
            answer.body = state->body;
        } else if (answer.httpStatus != 0) {
            answer.error = tr("%1 answered HTTP %2 for %3.")
                               .arg(host)
                               .arg(answer.httpStatus)
                               .arg(url.toString());
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            answer.error =
                tr("The connection to %1 is not trusted (%2).").arg(host, reply->errorString());
        } else if (reply->error() == QNetworkReply::OperationCanceledError ||
                   reply->error() == QNetworkReply::TimeoutError) {
            answer.error = tr("%1 did not answer in time.").arg(host);
        } else {
            answer.error = tr("%1 cannot be reached (%2).").arg(host, reply->errorString());
        }
        finish(answer);
    });
}

} // namespace certtrack::verification
