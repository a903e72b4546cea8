#pragma once

#include "client/ServerEndpoint.h"

#include <QMetaType>
#include <QString>

namespace certtrack::client {

// An account the person asked to be remembered: its refresh token is in the keychain and its
// cache on disk. Listed in AppSettings so the next start can open it without a password.
struct RememberedAccount {
    ServerEndpoint endpoint;
    QString loginId;
    // The person's name while signed in; never written to the settings file (it is in the
    // account's cache).
    QString displayName;
};

} // namespace certtrack::client

Q_DECLARE_METATYPE(certtrack::client::RememberedAccount)
