#include "server/transcripts/TranscriptEndpoints.h"

#include "domain/Json.h"
#include "server/core/AccountLimits.h"
#include "server/core/Logging.h"
#include "server/core/Mailer.h"
#include "server/transcripts/PublicTranscriptEndpoint.h"
#include "server/transcripts/TranscriptId.h"
#include "server/transcripts/TranscriptPage.h"

#include "server/http/HttpProblem.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace certtrack::server {

namespace {

using FieldErrors = QList<domain::Problem::FieldError>;

bool isEmailAddress(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    return text.size() <= 254 && pattern.match(text).hasMatch();
}

// Characters refused in text a third party reads on the public page: explicit bidirectional
// embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) can make a name read as
// another, and invisible characters with no use in any script (U+200B, U+2060, U+FEFF) make
// look-alikes. Marks (U+200E, U+200F, U+061C) and the joiners (U+200C, U+200D), which Persian,
// Indic scripts and emoji need, are kept.
bool isRefusedOnPublicPages(char16_t c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200B ||
           c == 0x2060 || c == 0xFEFF;
}

// A single-line text field: trimmed, no control characters, at most maxLength characters; text
// shown on the public page also without the characters above.
std::optional<QString> textField(const QJsonValue &value, const QString &field, int maxLength,
                                 bool required, FieldErrors *errors, bool shownPublicly = false) {
    if (value.isNull() && !required)
        return QString();
    if (!value.isString()) {
        errors->append({field, QStringLiteral("Expected text.")});
        return std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (required && text.isEmpty()) {
        errors->append({field, QStringLiteral("This field is required.")});
        return std::nullopt;
    }
    if (text.size() > maxLength) {
        errors->append({field, QStringLiteral("At most %1 characters.").arg(maxLength)});
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control) {
            errors->append({field, QStringLiteral("Control characters are not allowed.")});
            return std::nullopt;
        }
        if (shownPublicly && isRefusedOnPublicPages(c.unicode())) {
            errors->append(
                {field, QStringLiteral("Text shown on the public page may not hold U+%1: "
                                       "direction overrides and invisible characters can make "
                                       "it read as something else.")
                            .arg(QString::number(c.unicode(), 16)
                                     .toUpper()
                                     .rightJustified(4, QLatin1Char('0')))});
            return std::nullopt;
        }
    }
    return text;
}

HttpResponse limitReached(const AccountLimits::Reached &reached) {
    HttpResponse response = HttpResponse::problem(
        domain::Problem::make(reached.status, reached.title, reached.detail, reached.type));
    if (reached.retryAfterSeconds > 0)
        response.setHeader("Retry-After", QByteArray::number(reached.retryAfterSeconds));
    return response;
}

} // namespace

TranscriptEndpoints::TranscriptEndpoints(TranscriptStore &store, const Clock &clock,
                                         RateEvents &rateEvents, Mailer *mailer,
                                         PublicTranscriptEndpoint &publicPage, QUrl publicBaseUrl)
    : m_store(store)
    , m_clock(clock)
    , m_mailer(mailer)
    , m_publicPage(publicPage)
    , m_publicBaseUrl(std::move(publicBaseUrl))
    , m_disclosure(store, clock)
    , m_shares(clock, rateEvents, QStringLiteral("transcript-shares"), kMaxSharesPerHour, 3600) {}

HttpResponse TranscriptEndpoints::notFound() {
    return HttpResponse::problem(404, QStringLiteral("Not Found"),
                                 QStringLiteral("You have no transcript with this id."));
}

std::optional<TranscriptRecord> TranscriptEndpoints::owned(qint64 candidateId,
                                                           const QString &transcriptId) {
    if (!TranscriptId::isWellFormed(transcriptId))
        return std::nullopt;
    std::optional<TranscriptRecord> record = m_store.transcript(transcriptId);
    if (!record || record->candidateId != candidateId)
        return std::nullopt;
    return record;
}

domain::Transcript TranscriptEndpoints::presented(domain::Transcript transcript) const {
    transcript.state = m_disclosure.state(transcript);
    QUrl url = m_publicBaseUrl;
    url.setPath(QStringLiteral("/transcripts/") + transcript.id);
    transcript.url = url.toString();
    return transcript;
}

QByteArray TranscriptEndpoints::body(const domain::Transcript &transcript) const {
    return HttpResponse::json(presented(transcript).toJson()).body;
}

void TranscriptEndpoints::apply(const QJsonObject &fields, qint64 candidateId, bool creating,
                                domain::Transcript *t, FieldErrors *errors) {
    static const QSet<QString> serverFields{QStringLiteral("id"), QStringLiteral("views"),
                                            QStringLiteral("lastViewed"), QStringLiteral("state"),
                                            QStringLiteral("url")};
    static const QSet<QString> known{
        QStringLiteral("displayName"),     QStringLiteral("description"),
        QStringLiteral("remarks"),         QStringLiteral("displayOptions"),
        QStringLiteral("expires"),         QStringLiteral("disclosure"),
        QStringLiteral("certificationIds")};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (serverFields.contains(it.key()))
            errors->append({it.key(), QStringLiteral("Set by the server; leave it out.")});
        else if (!known.contains(it.key()))
            errors->append({it.key(), QStringLiteral("Not a transcript field.")});
    }
    if (creating) {
        for (const char *required : {"displayName", "description", "expires", "disclosure"}) {
            if (!fields.contains(QLatin1String(required)))
                errors->append(
                    {QString::fromLatin1(required), QStringLiteral("This field is required.")});
        }
    }

    if (fields.contains(QLatin1String("displayName"))) {
        if (auto text =
                textField(fields.value(QLatin1String("displayName")), QStringLiteral("displayName"),
                          kMaxTextLength, true, errors, true))
            t->displayName = *text;
    }
    if (fields.contains(QLatin1String("description"))) {
        if (auto text =
                textField(fields.value(QLatin1String("description")), QStringLiteral("description"),
                          kMaxTextLength, true, errors, true))
            t->description = *text;
    }
    if (fields.contains(QLatin1String("remarks"))) {
        if (auto text = textField(fields.value(QLatin1String("remarks")), QStringLiteral("remarks"),
                                  kMaxRemarksLength, false, errors))
            t->remarks = *text;
    }
    if (fields.contains(QLatin1String("displayOptions"))) {
        const QJsonValue value = fields.value(QLatin1String("displayOptions"));
        if (!value.isObject()) {
            errors->append({QStringLiteral("displayOptions"),
                            QStringLiteral("Expected an object with name, address and email.")});
        } else {
            const QJsonObject options = value.toObject();
            for (auto it = options.begin(); it != options.end(); ++it) {
                const QString field = QStringLiteral("displayOptions.") + it.key();
                bool *target = it.key() == QLatin1String("name")      ? &t->showName
                               : it.key() == QLatin1String("address") ? &t->showAddress
                               : it.key() == QLatin1String("email")   ? &t->showEmail
                                                                      : nullptr;
                if (!target)
                    errors->append({field, QStringLiteral("Not a display option.")});
                else if (!it.value().isBool())
                    errors->append({field, QStringLiteral("Expected true or false.")});
                else
                    *target = it.value().toBool();
            }
        }
    }
    if (fields.contains(QLatin1String("expires"))) {
        const QJsonValue value = fields.value(QLatin1String("expires"));
        const QDate date = value.isString() ? domain::parseDate(value.toString()) : QDate();
        const QDate today = m_clock.today();
        if (!date.isValid()) {
            errors->append({QStringLiteral("expires"), QStringLiteral("Expected a date, "
                                                                      "YYYY-MM-DD.")});
        } else if (date < today && date != t->expires) {
            errors->append({QStringLiteral("expires"),
                            QStringLiteral("The date has passed; choose today or later.")});
        } else if (date > today.addYears(kMaxYearsAhead)) {
            errors->append({QStringLiteral("expires"),
                            QStringLiteral("At most %1 years ahead.").arg(kMaxYearsAhead)});
        } else {
            t->expires = date;
        }
    }
    if (fields.contains(QLatin1String("disclosure"))) {
        const auto disclosure = domain::transcriptDisclosureFromString(
            fields.value(QLatin1String("disclosure")).toString());
        if (!disclosure) {
            errors->append({QStringLiteral("disclosure"),
                            QStringLiteral("One of activeCertifications, allNewCertificates or "
                                           "selected.")});
        } else {
            t->disclosure = *disclosure;
        }
    }

    const QList<HeldCertification> held = m_store.certifications(candidateId);
    if (fields.contains(QLatin1String("certificationIds"))) {
        const QJsonValue value = fields.value(QLatin1String("certificationIds"));
        QStringList ids;
        bool valid = value.isArray() || value.isNull();
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                valid = false;
            else if (!ids.contains(item.toString()))
                ids.append(item.toString());
        }
        if (!valid) {
            errors->append({QStringLiteral("certificationIds"),
                            QStringLiteral("Expected a list of certification ids.")});
        } else {
            QSet<QString> mine;
            for (const HeldCertification &h : held)
                mine.insert(h.id);
            for (const QString &id : ids) {
                if (!mine.contains(id)) {
                    errors->append(
                        {QStringLiteral("certificationIds"),
                         QStringLiteral("%1 is not one of your certifications.").arg(id)});
                }
            }
            ids.sort();
            t->certificationIds = ids;
        }
    }
    switch (t->disclosure) {
    case domain::Transcript::Disclosure::ActiveCertifications:
        t->certificationIds.clear();
        break;
    case domain::Transcript::Disclosure::AllNewCertificates:
        // Without a choice, it starts from everything in force now.
        if (t->certificationIds.isEmpty()) {
            for (const HeldCertification &h : held) {
                if (m_disclosure.inForce(h))
                    t->certificationIds.append(h.id);
            }
            t->certificationIds.sort();
        }
        break;
    case domain::Transcript::Disclosure::Selected:
        if (t->certificationIds.isEmpty()) {
            errors->append({QStringLiteral("certificationIds"),
                            QStringLiteral("Choose at least one certification to show.")});
        }
        break;
    }
}

HttpResponse TranscriptEndpoints::list(qint64 candidateId) {
    domain::Page<domain::Transcript> page;
    for (const domain::Transcript &transcript : m_store.transcripts(candidateId))
        page.items.append(presented(transcript));
    return HttpResponse::json(page.toJson());
}

HttpResponse TranscriptEndpoints::create(const ApiRequest &request, qint64 candidateId) {
    const QJsonObject fields =
        requireJsonObject(request, {"application/json", "application/merge-patch+json"});
    TranscriptRecord record;
    record.candidateId = candidateId;
    record.createdAt = m_clock.now();
    domain::Transcript &t = record.transcript;
    t.showName = true;
    FieldErrors errors;
    apply(fields, candidateId, true, &t, &errors);
    if (!errors.isEmpty())
        return HttpResponse::validationFailed(errors);
    if (const auto reached = AccountLimits::check(
            QStringLiteral("transcripts"), m_store.transcriptCount(candidateId),
            AccountLimits::kMaxTranscripts, QStringLiteral("transcripts"),
            m_store.transcriptsCreatedSince(
                candidateId, record.createdAt->addSecs(-AccountLimits::kRateWindowSeconds)),
            *record.createdAt))
        return limitReached(*reached);
    for (const HeldCertification &held : m_store.certifications(candidateId))
        record.certificationsAtCreation.append(held.id);
    // 80 random bits make a collision all but impossible; checking costs one lookup.
    do {
        t.id = TranscriptId::generate();
    } while (m_store.transcript(t.id));
    m_store.insertTranscript(record);
    qCInfo(lcServer) << "transcript created for candidate" << candidateId;

    const QByteArray created = body(t);
    HttpResponse response;
    response.status = 201;
    response.body = created;
    response.setHeader("Content-Type", "application/json");
    response.setHeader("ETag", entityTag(created));
    response.setHeader("Location", "/api/v1/me/transcripts/" + t.id.toLatin1());
    return response;
}

HttpResponse TranscriptEndpoints::get(qint64 candidateId, const QString &transcriptId) {
    const std::optional<TranscriptRecord> record = owned(candidateId, transcriptId);
    if (!record)
        return notFound();
    HttpResponse response;
    response.body = body(record->transcript);
    response.setHeader("Content-Type", "application/json");
    return response;
}

HttpResponse TranscriptEndpoints::patch(const ApiRequest &request, qint64 candidateId,
                                        const QString &transcriptId) {
    const std::optional<TranscriptRecord> record = owned(candidateId, transcriptId);
    if (!record)
        return notFound();
    const QByteArray ifMatch = request.header("If-Match").trimmed();
    if (ifMatch.isEmpty()) {
        return HttpResponse::problem(428, QStringLiteral("Precondition Required"),
                                     QStringLiteral("Send If-Match with the transcript's ETag, "
                                                    "so an edit never overwrites another."));
    }
    const QByteArray current = entityTag(body(record->transcript));
    // If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches.
    bool matches = ifMatch == "*";
    for (const QByteArray &tag : ifMatch.split(','))
        matches = matches || tag.trimmed() == current;
    if (!matches) {
        HttpResponse response = HttpResponse::problem(
            412, QStringLiteral("Precondition Failed"),
            QStringLiteral("This transcript has changed since you loaded it. Load it again and "
                           "repeat your edit."));
        response.setHeader("ETag", current);
        return response;
    }
    if (record->transcript.state == domain::Transcript::State::Deactivated) {
        return HttpResponse::problem(409, QStringLiteral("Conflict"),
                                     QStringLiteral("A deactivated transcript cannot be edited; "
                                                    "create a new one."));
    }
    const QJsonObject fields =
        requireJsonObject(request, {"application/json", "application/merge-patch+json"});
    domain::Transcript t = record->transcript;
    FieldErrors errors;
    apply(fields, candidateId, false, &t, &errors);
    if (!errors.isEmpty())
        return HttpResponse::validationFailed(errors);
    m_store.updateTranscript(candidateId, t);
    const std::optional<TranscriptRecord> updated = owned(candidateId, transcriptId);
    const QByteArray written = body(updated->transcript);
    HttpResponse response;
    response.body = written;
    response.setHeader("Content-Type", "application/json");
    response.setHeader("ETag", entityTag(written));
    return response;
}

HttpResponse TranscriptEndpoints::deactivate(qint64 candidateId, const QString &transcriptId) {
    if (!owned(candidateId, transcriptId))
        return notFound();
    m_store.deactivateTranscript(candidateId, transcriptId, m_clock.now());
    const std::optional<TranscriptRecord> record = owned(candidateId, transcriptId);
    HttpResponse response;
    response.body = body(record->transcript);
    response.setHeader("Content-Type", "application/json");
    response.setHeader("ETag", entityTag(response.body));
    return response;
}

HttpResponse TranscriptEndpoints::preview(const ApiRequest &request, qint64 candidateId,
                                          const QString &transcriptId) {
    const std::optional<TranscriptRecord> record = owned(candidateId, transcriptId);
    if (!record)
        return notFound();
    return m_publicPage.present(request, *record);
}

domain::TranscriptEmail TranscriptEndpoints::message(const domain::Transcript &transcript) const {
    const domain::Transcript t = presented(transcript);
    domain::TranscriptEmail mail;
    mail.subject = QStringLiteral("CertTrack - Transcript for %1").arg(t.displayName);
    mail.body = QStringLiteral("This email was sent because we received a request to have "
                               "transcript information for %1 emailed to you.\n\n"
                               "Please click the following link to view transcript %2:\n"
                               "%3\n\n"
                               "This transcript currently expires on %4.\n")
                    .arg(t.displayName, t.id, t.url, TranscriptPage::longDate(t.expires));
    return mail;
}

HttpResponse TranscriptEndpoints::email(qint64 candidateId, const QString &transcriptId) {
    const std::optional<TranscriptRecord> record = owned(candidateId, transcriptId);
    if (!record)
        return notFound();
    return HttpResponse::json(message(record->transcript).toJson());
}

HttpResponse TranscriptEndpoints::share(const ApiRequest &request, qint64 candidateId,
                                        const QString &transcriptId) {
    const std::optional<TranscriptRecord> record = owned(candidateId, transcriptId);
    if (!record)
        return notFound();
    const QJsonObject fields =
        requireJsonObject(request, {"application/json", "application/merge-patch+json"});
    FieldErrors errors;
    const QJsonValue toValue = fields.value(QLatin1String("to"));
    const QString to = toValue.toString().trimmed();
    if (!toValue.isString() || to.isEmpty())
        errors.append({QStringLiteral("to"), QStringLiteral("Enter the recipient's email "
                                                            "address.")});
    else if (!isEmailAddress(to))
        errors.append({QStringLiteral("to"), QStringLiteral("This is not an email address.")});
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() != QLatin1String("to"))
            errors.append({it.key(), QStringLiteral("Not a field of a share request.")});
    }
    if (!errors.isEmpty())
        return HttpResponse::validationFailed(errors);
    if (m_disclosure.state(record->transcript) != domain::Transcript::State::Active) {
        return HttpResponse::problem(409, QStringLiteral("Conflict"),
                                     QStringLiteral("Only an active transcript can be shared: "
                                                    "this one has expired or was deactivated."));
    }
    const QString key = QString::number(candidateId);
    if (const qint64 wait = m_shares.retryAfter(key); wait > 0) {
        HttpResponse response = HttpResponse::problem(
            429, QStringLiteral("Too Many Requests"),
            QStringLiteral("You have shared transcripts by email %1 times in the last hour. Try "
                           "again in %2 minutes.")
                .arg(kMaxSharesPerHour)
                .arg((wait + 59) / 60));
        response.setHeader("Retry-After", QByteArray::number(wait));
        return response;
    }
    if (!m_mailer) {
        return HttpResponse::problem(503, QStringLiteral("Service Unavailable"),
                                     QStringLiteral("This server cannot send mail. Copy the link "
                                                    "and send it yourself."));
    }
    domain::TranscriptEmail mail = message(record->transcript);
    mail.to = to;
    QString error;
    if (!m_mailer->send(MailMessage{mail.to, mail.subject, mail.body}, &error)) {
        qCWarning(lcServer).noquote() << "transcript mail not sent:" << error;
        return HttpResponse::problem(503, QStringLiteral("Service Unavailable"),
                                     QStringLiteral("The email could not be sent. Try again "
                                                    "later."));
    }
    m_shares.record(key);
    return HttpResponse::json(mail.toJson());
}

void addRoutes(Router &router, TranscriptEndpoints *transcripts,
               PublicTranscriptEndpoint *publicPage, const CandidateGuard &guard) {
    TranscriptEndpoints *t = transcripts;
    PublicTranscriptEndpoint *page = publicPage;
    router.add({"GET", QStringLiteral("/api/v1/me/transcripts"),
                guard([t](const ApiRequest &, qint64 candidate) { return t->list(candidate); })});
    const auto id = [](const ApiRequest &request) {
        return request.pathParameter(QStringLiteral("id"));
    };
    router.add({"POST", QStringLiteral("/api/v1/me/transcripts"),
                guard([t](const ApiRequest &request, qint64 candidate) {
                    return t->create(request, candidate);
                })});
    router.add({"GET", QStringLiteral("/api/v1/me/transcripts/{id}"),
                guard([t, id](const ApiRequest &request, qint64 candidate) {
                    return t->get(candidate, id(request));
                })});
    router.add({"PATCH", QStringLiteral("/api/v1/me/transcripts/{id}"),
                guard([t, id](const ApiRequest &request, qint64 candidate) {
                    return t->patch(request, candidate, id(request));
                })});
    router.add({"POST", QStringLiteral("/api/v1/me/transcripts/{id}/deactivate"),
                guard([t, id](const ApiRequest &request, qint64 candidate) {
                    return t->deactivate(candidate, id(request));
                })});
    router.add({"GET", QStringLiteral("/api/v1/me/transcripts/{id}/preview"),
                guard([t, id](const ApiRequest &request, qint64 candidate) {
                    return t->preview(request, candidate, id(request));
                })});
    router.add({"GET", QStringLiteral("/api/v1/me/transcripts/{id}/email"),
                guard([t, id](const ApiRequest &request, qint64 candidate) {
                    return t->email(candidate, id(request));
                })});
    router.add({"POST", QStringLiteral("/api/v1/me/transcripts/{id}/share"),
                guard([t, id](const ApiRequest &request, qint64 candidate) {
                    return t->share(request, candidate, id(request));
                })});
    router.add({"GET", QStringLiteral("/transcripts/{id}"),
                [page](const ApiRequest &request) { return page->view(request); }});
}

} // namespace certtrack::server
