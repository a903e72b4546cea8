#include "server/Logging.h"

Q_LOGGING_CATEGORY(lcServer, "certtrack.server")
