#include "client/Logging.h"

namespace certtrack::client {

// Quiet by default: a person running certtrack from a terminal sees warnings only;
// QT_LOGGING_RULES="certtrack.*.info=true" shows every request and cache step.

Q_LOGGING_CATEGORY(lcNet, "certtrack.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCache, "certtrack.cache", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "certtrack.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "certtrack.keychain", QtWarningMsg)

} // namespace certtrack::client
