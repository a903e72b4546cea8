#pragma once

#include "domain/Problem.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace certtrack::client {

// Why a request failed, sorted by what the caller does about it.
struct ApiError {
    Q_GADGET

public:
    enum class Kind {
        Network,            // the server cannot be reached
        Tls,                // the connection is not trusted
        Timeout,            // no answer in time
        InvalidCredentials, // wrong login id or password, or a refresh token the server refused
        Unauthorized,       // 401: the access token is not (or no longer) accepted
        Throttled,          // 429: too many attempts; see retryAfterSeconds
        Server,             // any other HTTP error; message is the problem detail
        Decode,             // the answer could not be read
        Cancelled           // the caller cancelled
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Server;
    QString message;                                // fit to show a person
    int retryAfterSeconds = 0;                      // Throttled
    int httpStatus = 0;                             // 0: no HTTP answer
    QList<domain::Problem::FieldError> fieldErrors; // 422: what is wrong with which field

    // True for faults that go away by themselves: the right answer is "offline, retry later".
    bool isTransient() const;
};

// The kind's name, for logs ("Network", "Tls", ...).
const char *kindName(ApiError::Kind kind);

} // namespace certtrack::client

Q_DECLARE_METATYPE(certtrack::client::ApiError)
