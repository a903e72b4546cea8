#pragma once

#include "domain/CertificateVerification.h"

#include <QByteArray>

namespace certtrack::server {

// The public certificate verification pages as plain HTML: inline CSS, no script, every text
// escaped. The verdict (valid, expired, revoked, not yet active) leads the page in words and
// colour, so a glance at a phone that scanned the QR code is enough.
class VerificationPage {
public:
    static QByteArray verification(const domain::CertificateVerification &verification);
    static QByteArray notFound(const QString &code);
    // The holder answered "No" to the consent question: the page says so, and nothing else.
    static QByteArray notConsented(const QString &code);
    static QByteArray tooManyRequests(qint64 retryAfterSeconds);
};

} // namespace certtrack::server
