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

    // Days before a deadline (an expiry, the last day to renew) that reminders fall due, and the
    // alarms of the exported renewal plan: key "reminders/leadDays". Distinct, positive, at most
    // ten years, largest first; defaultLeadDays() when not set or unreadable.
    QList<int> reminderLeadDays() const;
    void setReminderLeadDays(const QList<int> &days);
    static QList<int> defaultLeadDays() { return {180, 90, 30, 7}; }
    // Leads as given cleaned to the rule above (empty stays empty).
    static QList<int> normalisedLeadDays(const QList<int> &days);
    // Whether reminders show at all (key "reminders/enabled", default true).
    bool remindersEnabled() const;
    void setRemindersEnabled(bool enabled);

    // The language the application speaks (key "ui/language"): a code such as "en" or "de" of
    // a translation built into the client, or "" (the default) for the system's language.
    // Read once at start: ui::Translations installs it.
    QString language() const;
    void setLanguage(const QString &language);

    // The look (key "ui/appearance"): "light", "dark", or "" (the default) for the desktop's
    // own palette. Applied at once when changed.
    QString appearance() const;
    void setAppearance(const QString &appearance);

    // The reminders already shown for a remembered account (records::ReminderSchedule keys),
    // under a hash of its server key and login id; forgetAccount removes them with the account.
    QStringList shownReminders(const ServerEndpoint &endpoint, const QString &loginId) const;
    void setShownReminders(const ServerEndpoint &endpoint, const QString &loginId,
                           const QStringList &keys);
};

} // namespace certtrack::client
