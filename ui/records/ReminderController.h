#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QSystemTrayIcon;
class QTimer;

namespace certtrack::client {
class AccountController;
}

namespace certtrack::records {
class DesktopNotifier;
}

namespace certtrack::ui {

// Reminds the person of the deadlines of the account shown (records::ReminderSchedule at the
// lead times of client::AppSettings): whenever its data arrives (the cache at start, so what fell
// due while CertTrack was closed shows then; each sync) and once an hour for a new day. As a
// desktop notification, or through a tray icon where no notification service answers. What was
// shown is remembered per remembered account (AppSettings); an account not remembered keeps it
// in memory only. Never in kiosk mode: setKiosk(true) turns it off for good.
class ReminderController : public QObject {
    Q_OBJECT
public:
    ReminderController(client::AccountController *controller, records::DesktopNotifier *notifier,
                       QObject *parent = nullptr);
    ~ReminderController() override;

    void setKiosk(bool kiosk);
    // Looks for what falls due now and shows it.
    void check();

signals:
    // A reminder went out: through the desktop service, or (desktop false) the tray fallback.
    void reminded(const QString &summary, const QString &body, bool desktop);

private:
    void onNotifyFailed(const QString &summary, const QString &body);
    bool isRemembered() const;

    client::AccountController *m_controller;
    records::DesktopNotifier *m_notifier;
    QTimer *m_daily;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_account; // the account m_shown belongs to
    QSet<QString> m_shown;
    bool m_kiosk = false;
};

} // namespace certtrack::ui
