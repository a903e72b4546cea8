#include "client/ApiError.h"

#include <QMetaEnum>

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

const char *kindName(ApiError::Kind kind) {
    return QMetaEnum::fromType<ApiError::Kind>().valueToKey(static_cast<int>(kind));
}

} // namespace certtrack::client
