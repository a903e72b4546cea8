#pragma once

#include "client/ApiError.h"
#include "client/ServiceRequests.h"
#include "domain/Badge.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace certtrack::client {

class AccountController;

// The files a badge downloads as.
enum class BadgeFile {
    BakedPng,   // the image with the Open Badges 3.0 credential inside
    BakedSvg,   // the same as SVG
    Credential, // the 3.0 credential alone: a VC-JWT (.jwt)
    Assertion   // the 2.0 assertion alone: JSON-LD (.json)
};

// The outcome of one badge request: an error, or what the call returns.
struct BadgeReply {
    std::optional<ApiError> error;
    domain::Badge badge; // accept, setPublic
    QByteArray file;     // download
};

// The holder's badge writes and downloads, through the signed-in session. A write is a JSON merge
// patch sent with If-Match: the badge's ETag as last synced, so a change made elsewhere since then
// is refused (412, see isChangedElsewhere) rather than overwritten; the account controller then
// revalidates, as it does after every successful write. Every call answers once through its
// callback, never when context is gone.
class BadgeService : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const BadgeReply &)>;

    explicit BadgeService(AccountController *controller, QObject *parent = nullptr);

    // Accepting a waiting badge also makes it public (the server's rule).
    void accept(const QString &badgeId, QObject *context, Callback callback);
    void setPublic(const QString &badgeId, bool isPublic, QObject *context, Callback callback);
    // The file as the server makes it now; a revoked badge is not baked (the error says why).
    void download(const QString &badgeId, BadgeFile file, QObject *context, Callback callback);

    bool isBusy() const { return m_requests->isBusy(); }
    // The badge changed elsewhere since the last sync: reload, then ask again.
    static bool isChangedElsewhere(const ApiError &error) { return error.httpStatus == 412; }
    // The server could not be reached: the cached copy is what there is.
    static bool isUnreachable(const ApiError &error);

signals:
    void busyChanged(bool busy);

private:
    void patch(const QString &badgeId, const QJsonObject &change, QObject *context,
               Callback callback);

    QPointer<AccountController> m_controller;
    ServiceRequests *m_requests;
};

} // namespace certtrack::client
