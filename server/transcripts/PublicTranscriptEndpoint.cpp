#include "server/transcripts/PublicTranscriptEndpoint.h"

#include "domain/Json.h"
#include "server/core/Logging.h"
#include "server/http/PublicPage.h"
#include "server/transcripts/TranscriptId.h"
#include "server/transcripts/TranscriptPage.h"

#include <QJsonObject>

namespace certtrack::server {

using publicpage::guarded;
using publicpage::html;
using publicpage::wantsJson;

PublicTranscriptEndpoint::PublicTranscriptEndpoint(TranscriptStore &store, const Clock &clock,
                                                   RateEvents &rateEvents)
    : m_store(store)
    , m_clock(clock)
    , m_disclosure(store, clock)
    , m_misses(clock, rateEvents, QStringLiteral("transcript-misses"), kMaxMisses,
               kMissWindowSeconds) {}

HttpResponse PublicTranscriptEndpoint::notFound(const ApiRequest &request) const {
    if (wantsJson(request)) {
        return guarded(HttpResponse::problem(404, QStringLiteral("Not Found"),
                                             QStringLiteral("There is no transcript with this "
                                                            "id.")));
    }
    return guarded(html(TranscriptPage::notFound(), 404));
}

HttpResponse PublicTranscriptEndpoint::present(const ApiRequest &request,
                                               const TranscriptRecord &record) {
    const domain::Transcript &t = record.transcript;
    const bool json = wantsJson(request);
    switch (m_disclosure.state(t)) {
    case domain::Transcript::State::Deactivated: {
        if (json) {
            domain::Problem problem = domain::Problem::make(
                410, QStringLiteral("Gone"),
                record.deactivatedAt ? QStringLiteral("This transcript was deactivated on %1.")
                                           .arg(domain::formatInstant(*record.deactivatedAt))
                                     : QStringLiteral("This transcript was deactivated."));
            return guarded(HttpResponse::problem(problem));
        }
        return guarded(html(TranscriptPage::deactivated(t.id, record.deactivatedAt), 410));
    }
    case domain::Transcript::State::Expired:
        if (json) {
            return guarded(HttpResponse::problem(
                410, QStringLiteral("Gone"),
                QStringLiteral("This transcript expired: it was valid through %1.")
                    .arg(domain::formatDate(t.expires))));
        }
        return guarded(html(TranscriptPage::expired(t.id, t.expires), 410));
    case domain::Transcript::State::Active:
        break;
    }
    const domain::PublicTranscript content = m_disclosure.content(record);
    if (json)
        return guarded(HttpResponse::json(content.toJson()));
    return guarded(html(TranscriptPage::transcript(content), 200));
}

HttpResponse PublicTranscriptEndpoint::view(const ApiRequest &request) {
    const QString client = request.remoteAddress.toString();
    if (const qint64 wait = m_misses.retryAfter(client); wait > 0) {
        qCWarning(lcServer).noquote() << "transcript lookups throttled for" << client;
        HttpResponse response =
            wantsJson(request)
                ? HttpResponse::problem(429, QStringLiteral("Too Many Requests"),
                                        QStringLiteral("Too many unknown transcript ids from "
                                                       "this address. Try again in %1 seconds.")
                                            .arg(wait))
                : html(TranscriptPage::tooManyRequests(wait), 429);
        response.setHeader("Retry-After", QByteArray::number(wait));
        return guarded(response);
    }
    const QString id = request.pathParameter(QStringLiteral("id")).toUpper();
    std::optional<TranscriptRecord> record;
    if (TranscriptId::isWellFormed(id))
        record = m_store.transcript(id);
    if (!record) {
        m_misses.record(client);
        return notFound(request);
    }
    HttpResponse response = present(request, *record);
    if (response.status == 200)
        m_store.recordTranscriptView(record->transcript.id, m_clock.now());
    return response;
}

} // namespace certtrack::server
