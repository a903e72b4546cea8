#pragma once

#include "client/ApiError.h"
#include "client/ServiceRequests.h"
#include "domain/ExternalCredential.h"

#include <QObject>

#include <functional>
#include <optional>

namespace certtrack::client {

class AccountController;

// Keeping credentials from other issuers on the account: keep (POST the credential's text) and
// remove (DELETE by id), through the signed-in session. Each call answers once through its
// callback (never once context is gone); a success makes the account controller sync, so
// AccountData::externalCredentials follows.
class ExternalCredentialService : public QObject {
    Q_OBJECT
public:
    struct Reply {
        std::optional<ApiError> error;
        domain::ExternalCredential credential; // keep: the kept one
    };
    using Callback = std::function<void(const Reply &)>;

    explicit ExternalCredentialService(AccountController *controller, QObject *parent = nullptr);

    void keep(const QByteArray &credentialText, QObject *context, Callback callback);
    void remove(const QString &id, QObject *context, Callback callback);
    bool isBusy() const { return m_requests->isBusy(); }

signals:
    void busyChanged(bool busy);

private:
    ServiceRequests *m_requests;
};

} // namespace certtrack::client
