#pragma once

#include "client/ApiError.h"
#include "client/ApiJob.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace certtrack::client {

class AccountController;
class Session;

// How one request of an account service ended: an error, or the server's answer.
struct ServiceOutcome {
    std::optional<ApiError> error;
    FetchedResource result; // valid without error
};

// What every account service (transcripts, personal info, logos, orders) does around one
// authorized request, in one place: answer "Sign in first." when there is no session, count the
// requests in flight (busyChanged), make the account controller revalidate after a successful
// write so every page follows, and hand the outcome to the caller in its context, never once
// that context is gone.
class ServiceRequests : public QObject {
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Done = std::function<void(const ServiceOutcome &)>;

    struct Call {
        QByteArray method = "GET";
        QString path;
        QByteArray body;
        Headers headers;
        bool writes = false; // a successful call changes the account: revalidate it
    };

    explicit ServiceRequests(AccountController *controller, QObject *parent = nullptr);
    // Without an account controller (tests of the requests themselves): nothing is refreshed.
    explicit ServiceRequests(Session *session, QObject *parent = nullptr);

    void send(const Call &call, QObject *context, Done done);
    bool isBusy() const { return m_running > 0; }

    // The error for an answer that could not be decoded (decodeError empty: none).
    static std::optional<ApiError> decodeFailure(const QString &decodeError);
    static QByteArray compact(const QJsonObject &object);
    static const Headers &jsonContent();

signals:
    void busyChanged(bool busy);

private:
    Session *session() const;

    QPointer<AccountController> m_controller;
    QPointer<Session> m_session;
    int m_running = 0;
};

} // namespace certtrack::client
