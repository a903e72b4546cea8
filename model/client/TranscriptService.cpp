#include "client/TranscriptService.h"

#include "domain/Json.h"

#include <QJsonArray>
#include <QUrl>

namespace certtrack::client {

TranscriptDraft TranscriptDraft::from(const domain::Transcript &t) {
    TranscriptDraft d;
    d.displayName = t.displayName;
    d.description = t.description;
    d.remarks = t.remarks;
    d.showName = t.showName;
    d.showAddress = t.showAddress;
    d.showEmail = t.showEmail;
    d.expires = t.expires;
    d.disclosure = t.disclosure;
    d.certificationIds = t.certificationIds;
    return d;
}

QJsonObject TranscriptDraft::toJson() const {
    QJsonObject object{
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("description"), description},
        {QStringLiteral("remarks"), remarks},
        {QStringLiteral("displayOptions"), QJsonObject{{QStringLiteral("name"), showName},
                                                       {QStringLiteral("address"), showAddress},
                                                       {QStringLiteral("email"), showEmail}}},
        {QStringLiteral("expires"), domain::formatDate(expires)},
        {QStringLiteral("disclosure"), domain::toString(disclosure)}};
    if (disclosure != domain::Transcript::Disclosure::ActiveCertifications)
        object.insert(QStringLiteral("certificationIds"),
                      QJsonArray::fromStringList(certificationIds));
    return object;
}

TranscriptService::TranscriptService(AccountController *controller, QObject *parent)
    : QObject(parent)
    , m_requests(new ServiceRequests(controller, this)) {
    connect(m_requests, &ServiceRequests::busyChanged, this, &TranscriptService::busyChanged);
}

QString TranscriptService::path(const QString &id, const QString &action) {
    QString result =
        QStringLiteral("me/transcripts/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    if (!action.isEmpty())
        result += QLatin1Char('/') + action;
    return result;
}

void TranscriptService::run(const ServiceRequests::Call &call, Answer answer, QObject *context,
                            Callback callback) {
    m_requests->send(call, context, [answer, callback](const ServiceOutcome &outcome) {
        TranscriptReply reply;
        reply.error = outcome.error;
        if (!reply.error) {
            const FetchedResource &result = outcome.result;
            reply.etag = result.etag;
            QString decodeError;
            switch (answer) {
            case Answer::Page:
                if (auto page =
                        domain::decodeDocument<domain::PublicTranscript>(result.body, &decodeError))
                    reply.page = *page;
                break;
            case Answer::Transcript:
                if (auto t = domain::decodeDocument<domain::Transcript>(result.body, &decodeError))
                    reply.transcript = *t;
                break;
            case Answer::Email:
                if (auto e =
                        domain::decodeDocument<domain::TranscriptEmail>(result.body, &decodeError))
                    reply.email = *e;
                break;
            }
            reply.error = ServiceRequests::decodeFailure(decodeError);
        }
        callback(reply);
    });
}

void TranscriptService::create(const TranscriptDraft &draft, QObject *context, Callback callback) {
    run({"POST", QStringLiteral("me/transcripts"), ServiceRequests::compact(draft.toJson()),
         ServiceRequests::jsonContent(), true},
        Answer::Transcript, context, std::move(callback));
}

void TranscriptService::load(const QString &id, QObject *context, Callback callback) {
    run({"GET", path(id), {}, {}, false}, Answer::Transcript, context, std::move(callback));
}

void TranscriptService::update(const QString &id, const QByteArray &etag,
                               const TranscriptDraft &draft, QObject *context, Callback callback) {
    QJsonObject patch = draft.toJson();
    if (!patch.contains(QLatin1String("certificationIds")))
        patch.insert(QStringLiteral("certificationIds"), QJsonArray());
    run({"PATCH",
         path(id),
         ServiceRequests::compact(patch),
         {{"Content-Type", "application/merge-patch+json"}, {"If-Match", etag}},
         true},
        Answer::Transcript, context, std::move(callback));
}

void TranscriptService::deactivate(const QString &id, QObject *context, Callback callback) {
    run({"POST", path(id, QStringLiteral("deactivate")), {}, {}, true}, Answer::Transcript, context,
        std::move(callback));
}

void TranscriptService::preview(const QString &id, QObject *context, Callback callback) {
    run({"GET", path(id, QStringLiteral("preview")), {}, {{"Accept", "application/json"}}, false},
        Answer::Page, context, std::move(callback));
}

void TranscriptService::emailPreview(const QString &id, QObject *context, Callback callback) {
    run({"GET", path(id, QStringLiteral("email")), {}, {}, false}, Answer::Email, context,
        std::move(callback));
}

void TranscriptService::share(const QString &id, const QString &to, QObject *context,
                              Callback callback) {
    run({"POST", path(id, QStringLiteral("share")),
         ServiceRequests::compact(QJsonObject{{QStringLiteral("to"), to}}),
         ServiceRequests::jsonContent(), false},
        Answer::Email, context, std::move(callback));
}

} // namespace certtrack::client
