#include "client/TranscriptService.h"

#include "client/AccountController.h"
#include "client/AuthorizedRequest.h"
#include "client/Session.h"
#include "domain/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
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
    , m_controller(controller) {}

QString TranscriptService::path(const QString &id, const QString &action) {
    QString result =
        QStringLiteral("me/transcripts/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    if (!action.isEmpty())
        result += QLatin1Char('/') + action;
    return result;
}

void TranscriptService::run(const QByteArray &method, const QString &requestPath,
                            const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers, Answer answer,
                            bool writes, QObject *context, Callback callback) {
    Session *session = m_controller ? m_controller->session() : nullptr;
    if (!session) {
        TranscriptReply reply;
        ApiError error;
        error.kind = ApiError::Kind::Unauthorized;
        error.message = tr("Sign in first.");
        reply.error = error;
        QTimer::singleShot(0, context, [callback, reply] { callback(reply); });
        return;
    }
    auto *request = new AuthorizedRequest(session, method, requestPath, body, headers);
    if (++m_running == 1)
        emit busyChanged(true);
    connect(request, &AuthorizedRequest::finished, this, [this, request, writes] {
        if (--m_running == 0)
            emit busyChanged(false);
        if (writes && !request->hasError() && m_controller)
            m_controller->refresh();
    });
    connect(request, &AuthorizedRequest::finished, context, [request, answer, callback] {
        TranscriptReply reply;
        if (request->hasError()) {
            reply.error = request->error();
            callback(reply);
            return;
        }
        const FetchedResource &result = request->result();
        reply.etag = result.etag;
        QString decodeError;
        switch (answer) {
        case Answer::Html:
            reply.html = QString::fromUtf8(result.body);
            break;
        case Answer::Transcript:
            if (auto t = domain::decodeDocument<domain::Transcript>(result.body, &decodeError))
                reply.transcript = *t;
            break;
        case Answer::Email:
            if (auto e = domain::decodeDocument<domain::TranscriptEmail>(result.body, &decodeError))
                reply.email = *e;
            break;
        }
        if (!decodeError.isEmpty()) {
            ApiError error;
            error.kind = ApiError::Kind::Decode;
            error.message = tr("The server's answer could not be read (%1).").arg(decodeError);
            reply.error = error;
        }
        callback(reply);
    });
}

namespace {

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QList<QPair<QByteArray, QByteArray>> kJson{{"Content-Type", "application/json"}};

} // namespace

void TranscriptService::create(const TranscriptDraft &draft, QObject *context, Callback callback) {
    run("POST", QStringLiteral("me/transcripts"), compact(draft.toJson()), kJson,
        Answer::Transcript, true, context, std::move(callback));
}

void TranscriptService::load(const QString &id, QObject *context, Callback callback) {
    run("GET", path(id), {}, {}, Answer::Transcript, false, context, std::move(callback));
}

void TranscriptService::update(const QString &id, const QByteArray &etag,
                               const TranscriptDraft &draft, QObject *context, Callback callback) {
    QJsonObject patch = draft.toJson();
    if (!patch.contains(QLatin1String("certificationIds")))
        patch.insert(QStringLiteral("certificationIds"), QJsonArray());
    run("PATCH", path(id), compact(patch),
        {{"Content-Type", "application/merge-patch+json"}, {"If-Match", etag}}, Answer::Transcript,
        true, context, std::move(callback));
}

void TranscriptService::deactivate(const QString &id, QObject *context, Callback callback) {
    run("POST", path(id, QStringLiteral("deactivate")), {}, {}, Answer::Transcript, true, context,
        std::move(callback));
}

void TranscriptService::preview(const QString &id, QObject *context, Callback callback) {
    run("GET", path(id, QStringLiteral("preview")), {}, {{"Accept", "text/html"}}, Answer::Html,
        false, context, std::move(callback));
}

void TranscriptService::emailPreview(const QString &id, QObject *context, Callback callback) {
    run("GET", path(id, QStringLiteral("email")), {}, {}, Answer::Email, false, context,
        std::move(callback));
}

void TranscriptService::share(const QString &id, const QString &to, QObject *context,
                              Callback callback) {
    run("POST", path(id, QStringLiteral("share")), compact(QJsonObject{{QStringLiteral("to"), to}}),
        kJson, Answer::Email, false, context, std::move(callback));
}

} // namespace certtrack::client
