#pragma once

#include "domain/Transcript.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>

#include <optional>

namespace certtrack::server {

// The public transcript pages as plain HTML: inline CSS, no script, every text escaped.
class TranscriptPage {
public:
    static QByteArray transcript(const domain::PublicTranscript &content);
    // 410: the link worked once but the transcript has expired (valid through `expires`).
    static QByteArray expired(const QString &id, const QDate &expires);
    // 410: its owner deactivated it (at an unknown time for transcripts imported as deactivated).
    static QByteArray deactivated(const QString &id, const std::optional<QDateTime> &since);
    static QByteArray notFound();
    static QByteArray tooManyRequests(qint64 retryAfterSeconds);

    // "Tuesday, December 10, 2019", the same in every server locale.
    static QString longDate(const QDate &date);
    // "2019-Dec-08", as the portal's tables write dates.
    static QString tableDate(const QDate &date);
};

} // namespace certtrack::server
