#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>

namespace certtrack::verification {

// The HTTPS GETs a verification needs (another issuer's key, a status list, a hosted assertion):
// one QNetworkAccessManager, asynchronous, every request with a timeout and a size cap. Only
// https:// URLs are fetched; TLS trusts the system's CAs plus an optional CA file and no error is
// ever ignored. Redirects are followed only to https, at most three. A request still running
// when the fetcher is destroyed is dropped and its callback never runs.
class VerificationFetcher : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 15000;
    static constexpr qsizetype kDefaultMaxBytes = 1024 * 1024;

    struct Answer {
        bool ok = false; // a 2xx answer arrived whole, within the cap
        int httpStatus = 0;
        QByteArray body;
        QString error; // plain words when !ok
    };
    using Callback = std::function<void(const Answer &)>;

    // caFile: a further CA to trust (PEM), as for a server with its own CA; empty for none.
    explicit VerificationFetcher(const QString &caFile = {}, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Whether the CA file could be read; a fetch fails with this error otherwise.
    QString configurationError() const { return m_configurationError; }

    void get(const QUrl &url, const QByteArray &accept, qsizetype maxBytes, Callback callback);

    // How many requests were sent: a check done offline sends none.
    int requestCount() const { return m_requestCount; }

private:
    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
    QString m_configurationError;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_requestCount = 0;
};

} // namespace certtrack::verification
