#pragma once

#include "client/ApiError.h"
#include "client/ServiceRequests.h"
#include "domain/Candidate.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace certtrack::client {

class AccountController;

// The outcome of one Personal Info request: an error, or the resource with its ETag.
struct PersonalInfoReply {
    std::optional<ApiError> error;
    domain::Settings settings;     // loadSettings, saveSettings
    domain::Attributes attributes; // loadAttributes, saveAttributes
    QByteArray etag;               // for the next save's If-Match
};

// Reads and writes Personal Info through the signed-in session. A save is a JSON merge patch
// carrying If-Match with the ETag of the version the person edited: a change made elsewhere in
// the meantime is a 412 error (ApiError::httpStatus), never silently overwritten. Every call
// answers once through its callback (never when context is gone); a successful save makes the
// account controller revalidate so every page shows it.
class PersonalInfoService : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const PersonalInfoReply &)>;

    explicit PersonalInfoService(AccountController *controller, QObject *parent = nullptr);

    void loadSettings(QObject *context, Callback callback);
    void saveSettings(const QByteArray &etag, const QHash<QString, bool> &answers, QObject *context,
                      Callback callback);
    void loadAttributes(QObject *context, Callback callback);
    void saveAttributes(const QByteArray &etag, const QHash<QString, QString> &values,
                        QObject *context, Callback callback);

private:
    enum class Resource { Settings, Attributes };

    void run(const QByteArray &method, Resource resource, const QByteArray &etag,
             const QByteArray &body, QObject *context, Callback callback);

    ServiceRequests *m_requests;
};

} // namespace certtrack::client
