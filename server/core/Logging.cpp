#include "server/core/Logging.h"

Q_LOGGING_CATEGORY(lcServer, "certtrack.server")
