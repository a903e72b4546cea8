#pragma once

#include "server/http/HttpMessage.h"
#include "server/http/RateLimiter.h"
#include "server/http/Router.h"
#include "server/transcripts/TranscriptDisclosure.h"

#include <QUrl>

namespace certtrack::server {

class Mailer;
class PublicTranscriptEndpoint;

// The owner's side of transcripts, under /api/v1/me/transcripts: create, read one with its ETag,
// edit by JSON merge patch with If-Match, deactivate, preview without counting a view, and share
// by email. A transcript id of another candidate is 404, as if it did not exist.
class TranscriptEndpoints {
public:
    static constexpr int kMaxSharesPerHour = 10;
    static constexpr int kMaxTextLength = 100;
    static constexpr int kMaxRemarksLength = 500;
    static constexpr int kMaxYearsAhead = 5;

    TranscriptEndpoints(TranscriptStore &store, const Clock &clock, RateEvents &rateEvents,
                        Mailer *mailer, PublicTranscriptEndpoint &publicPage, QUrl publicBaseUrl);

    // The candidate's transcripts, each with its state as of today and its public URL.
    HttpResponse list(qint64 candidateId);
    HttpResponse create(const ApiRequest &request, qint64 candidateId);
    HttpResponse get(qint64 candidateId, const QString &transcriptId);
    HttpResponse patch(const ApiRequest &request, qint64 candidateId, const QString &transcriptId);
    HttpResponse deactivate(qint64 candidateId, const QString &transcriptId);
    HttpResponse preview(const ApiRequest &request, qint64 candidateId,
                         const QString &transcriptId);
    HttpResponse email(qint64 candidateId, const QString &transcriptId);
    HttpResponse share(const ApiRequest &request, qint64 candidateId, const QString &transcriptId);

    // The message as the guide words it, with our product's name.
    domain::TranscriptEmail message(const domain::Transcript &transcript) const;

private:
    std::optional<TranscriptRecord> owned(qint64 candidateId, const QString &transcriptId);
    domain::Transcript presented(domain::Transcript transcript) const;
    QByteArray body(const domain::Transcript &transcript) const;
    // Applies the fields of a create or merge-patch body; field errors go into errors.
    void apply(const QJsonObject &fields, qint64 candidateId, bool creating,
               domain::Transcript *transcript, QList<domain::Problem::FieldError> *errors);
    static HttpResponse notFound();

    TranscriptStore &m_store;
    const Clock &m_clock;
    Mailer *m_mailer;
    PublicTranscriptEndpoint &m_publicPage;
    QUrl m_publicBaseUrl;
    TranscriptDisclosure m_disclosure;
    RateLimiter m_shares;
};

// The transcript routes: /api/v1/me/transcripts/... behind the guard, /transcripts/{id} public.
void addRoutes(Router &router, TranscriptEndpoints *transcripts,
               PublicTranscriptEndpoint *publicPage, const CandidateGuard &guard);

} // namespace certtrack::server
