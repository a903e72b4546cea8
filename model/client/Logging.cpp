#include "client/Logging.h"

namespace certtrack::client {

Q_LOGGING_CATEGORY(lcNet, "certtrack.net")
Q_LOGGING_CATEGORY(lcCache, "certtrack.cache")
Q_LOGGING_CATEGORY(lcSync, "certtrack.sync")
Q_LOGGING_CATEGORY(lcKeychain, "certtrack.keychain")

} // namespace certtrack::client
