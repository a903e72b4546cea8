#pragma once

#include "client/RememberedAccount.h"

#include <QList>
#include <QString>

namespace certtrack::client {

// The client's persistent settings, typed, over QSettings (organisation "CertTrack",
// application "certtrack"). Holds no secrets (tokens live in the keychain) and nothing personal
// it can do without: per remembered account the server, its CA file and the login id, which
// finds the keychain entry and the cache; not the person's name. The file is mode 0600.
class AppSettings {
public:
    static QString organizationName() { return QStringLiteral("CertTrack"); }
    static QString applicationName() { return QStringLiteral("certtrack"); }

    QList<RememberedAccount> rememberedAccounts() const;
    // Adds the account, or updates the one with the same server key and login id.
    void rememberAccount(const RememberedAccount &account);
    void forgetAccount(const ServerEndpoint &endpoint, const QString &loginId);

    // Kiosk mode for everybody on this machine, set once by an administrator in the system-wide
    // settings, which a person cannot override: key "kiosk" (true/false) in
    // /etc/xdg/CertTrack/certtrack.conf on Linux, HKEY_LOCAL_MACHINE\Software\CertTrack\certtrack
    // on Windows, /Library/Preferences/com.certtrack.certtrack.plist on macOS.
    static bool kioskForEveryone();
    // Minutes without input before a kiosk session ends (key "kioskIdleMinutes" in the same
    // place); 0 when not set.
    static int kioskIdleMinutes();
    // Qt's file choosers keep the folders last visited in the person's settings (group
    // "FileDialog" of QtProject.conf); kiosk mode removes them when a person leaves.
    static void forgetFileDialogHistory();
};

} // namespace certtrack::client
