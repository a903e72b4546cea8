#pragma once

#include "client/ApiError.h"
#include "client/ServiceRequests.h"
#include "domain/Transcript.h"

#include <QObject>

#include <functional>

namespace certtrack::client {

class AccountController;

// What the transcript form sends: every field a person edits.
struct TranscriptDraft {
    QString displayName;
    QString description;
    QString remarks;
    bool showName = true;
    bool showAddress = false;
    bool showEmail = false;
    QDate expires;
    domain::Transcript::Disclosure disclosure =
        domain::Transcript::Disclosure::ActiveCertifications;
    QStringList certificationIds;

    static TranscriptDraft from(const domain::Transcript &transcript);
    QJsonObject toJson() const;
};

// The outcome of one transcript request: an error, or what the call returns.
struct TranscriptReply {
    std::optional<ApiError> error;
    domain::Transcript transcript; // create, load, update, deactivate
    QByteArray etag;               // load, update: for the next update's If-Match
    domain::PublicTranscript page; // preview: what the public page shows now
    domain::TranscriptEmail email; // emailPreview, share
};

// The transcript writes and owner-only reads, through the signed-in session. Every call answers
// once through its callback (never when context is gone); a successful write makes the account
// controller revalidate, so the list shows it. busyChanged tells whether anything is running.
class TranscriptService : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const TranscriptReply &)>;

    explicit TranscriptService(AccountController *controller, QObject *parent = nullptr);

    void create(const TranscriptDraft &draft, QObject *context, Callback callback);
    void load(const QString &id, QObject *context, Callback callback);
    // A merge patch of every field, accepted only while the transcript still has etag.
    void update(const QString &id, const QByteArray &etag, const TranscriptDraft &draft,
                QObject *context, Callback callback);
    void deactivate(const QString &id, QObject *context, Callback callback);
    // What the public page shows now (its JSON form), without counting a view.
    void preview(const QString &id, QObject *context, Callback callback);
    // The email the server would send, to show before sending.
    void emailPreview(const QString &id, QObject *context, Callback callback);
    void share(const QString &id, const QString &to, QObject *context, Callback callback);

    bool isBusy() const { return m_requests->isBusy(); }

signals:
    void busyChanged(bool busy);

private:
    enum class Answer { Transcript, Page, Email };

    void run(const ServiceRequests::Call &call, Answer answer, QObject *context, Callback callback);
    static QString path(const QString &id, const QString &action = {});

    ServiceRequests *m_requests;
};

} // namespace certtrack::client
