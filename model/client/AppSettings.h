#pragma once

#include "client/RememberedAccount.h"

#include <QList>
#include <QString>

namespace certtrack::client {

// The client's persistent settings, typed, over QSettings (organisation "CertTrack",
// application "certtrack"). Holds no secrets: tokens live in the keychain.
class AppSettings {
public:
    static QString organizationName() { return QStringLiteral("CertTrack"); }
    static QString applicationName() { return QStringLiteral("certtrack"); }

    QList<RememberedAccount> rememberedAccounts() const;
    // Adds the account, or updates the one with the same server key and login id.
    void rememberAccount(const RememberedAccount &account);
    void forgetAccount(const ServerEndpoint &endpoint, const QString &loginId);
};

} // namespace certtrack::client
