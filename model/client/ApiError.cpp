#include "client/ApiError.h"

namespace certtrack::client {

bool ApiError::isTransient() const {
    switch (kind) {
    case Kind::Network:
    case Kind::Tls:
    case Kind::Timeout:
    case Kind::Throttled:
    case Kind::Server:
    case Kind::Decode:
        return true;
    case Kind::InvalidCredentials:
    case Kind::Unauthorized:
    case Kind::Cancelled:
        return false;
    }
    return false;
}

QString toString(ApiError::Kind kind) {
    switch (kind) {
    case ApiError::Kind::Network:
        return QStringLiteral("Network");
    case ApiError::Kind::Tls:
        return QStringLiteral("Tls");
    case ApiError::Kind::Timeout:
        return QStringLiteral("Timeout");
    case ApiError::Kind::InvalidCredentials:
        return QStringLiteral("InvalidCredentials");
    case ApiError::Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case ApiError::Kind::Throttled:
        return QStringLiteral("Throttled");
    case ApiError::Kind::Server:
        return QStringLiteral("Server");
    case ApiError::Kind::Decode:
        return QStringLiteral("Decode");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QString();
}

} // namespace certtrack::client
