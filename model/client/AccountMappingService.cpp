#include "client/AccountMappingService.h"

#include "client/ApiClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace certtrack::client {

AccountMappingService::AccountMappingService(const ServerEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_api(new ApiClient(endpoint, this)) {}

void AccountMappingService::mapByEmail(const QString &email, QObject *context, Callback callback) {
    post(QStringLiteral("account-mapping/by-email"),
         QJsonObject{{QStringLiteral("email"), email.trimmed()}}, context, std::move(callback));
}

void AccountMappingService::mapByScoreReport(const QString &lastName,
                                             const QString &registrationNumber,
                                             const QString &newEmail, QObject *context,
                                             Callback callback) {
    post(QStringLiteral("account-mapping/by-score-report"),
         QJsonObject{{QStringLiteral("lastName"), lastName.trimmed()},
                     {QStringLiteral("registrationNumber"), registrationNumber.trimmed()},
                     {QStringLiteral("newEmail"), newEmail.trimmed()}},
         context, std::move(callback));
}

void AccountMappingService::forgotPassword(const QString &loginOrEmail, QObject *context,
                                           Callback callback) {
    post(QStringLiteral("account-mapping/forgot-password"),
         QJsonObject{{QStringLiteral("loginOrEmail"), loginOrEmail.trimmed()}}, context,
         std::move(callback));
}

void AccountMappingService::post(const QString &path, const QJsonObject &body, QObject *context,
                                 Callback callback) {
    FetchJob *job =
        m_api->send("POST", path, QString(), QJsonDocument(body).toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json"}});
    if (++m_running == 1)
        emit busyChanged(true);
    connect(job, &ApiJob::finished, this,
            [this, job, guard = QPointer<QObject>(context), callback = std::move(callback)] {
                if (--m_running == 0)
                    emit busyChanged(false);
                if (!guard)
                    return;
                callback(job->hasError() ? std::optional<ApiError>(job->error()) : std::nullopt);
            });
}

} // namespace certtrack::client
