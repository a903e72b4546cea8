#pragma once

#include "client/ApiError.h"
#include "client/ServerEndpoint.h"

#include <QObject>

#include <functional>
#include <optional>

namespace certtrack::client {

class ApiClient;

// First-time sign-in (account mapping) and forgotten passwords: the public requests that make a
// server mail a set-password link. No session is needed; each call answers once through its
// callback (never when context is gone), with no error when the link was sent.
class AccountMappingService : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const std::optional<ApiError> &)>;

    explicit AccountMappingService(const ServerEndpoint &endpoint, QObject *parent = nullptr);

    void mapByEmail(const QString &email, QObject *context, Callback callback);
    void mapByScoreReport(const QString &lastName, const QString &registrationNumber,
                          const QString &newEmail, QObject *context, Callback callback);
    // Answers success whether or not the server knows the account (it does not say).
    void forgotPassword(const QString &loginOrEmail, QObject *context, Callback callback);

    bool isBusy() const { return m_running > 0; }

signals:
    void busyChanged(bool busy);

private:
    void post(const QString &path, const QJsonObject &body, QObject *context, Callback callback);

    ApiClient *m_api;
    int m_running = 0;
};

} // namespace certtrack::client
