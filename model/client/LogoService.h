#pragma once

#include "client/ApiError.h"
#include "client/ServiceRequests.h"
#include "domain/Certification.h"

#include <QByteArray>
#include <QObject>

#include <functional>
#include <optional>

namespace certtrack::client {

class AccountController;

// The outcome of one logo request: an error, or what the call returns.
struct LogoReply {
    std::optional<ApiError> error;
    domain::Logos logos; // acceptGuidelines
    QByteArray svg;      // fetchArtwork
};

// Download Logos through the signed-in session. The server refuses artwork (403) until the
// candidate accepted the logo guidelines and agreement once; acceptGuidelines records that on
// the server (and makes the account controller revalidate, so every page and every other
// machine learns it). Every call answers once through its callback, never when context is gone.
class LogoService : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const LogoReply &)>;

    explicit LogoService(AccountController *controller, QObject *parent = nullptr);

    void acceptGuidelines(QObject *context, Callback callback);
    // The logo's artwork as SVG.
    void fetchArtwork(const QString &logoId, QObject *context, Callback callback);

    bool isBusy() const { return m_requests->isBusy(); }

signals:
    void busyChanged(bool busy);

private:
    enum class Answer { Logos, Svg };

    void run(const ServiceRequests::Call &call, Answer answer, QObject *context, Callback callback);

    ServiceRequests *m_requests;
};

} // namespace certtrack::client
