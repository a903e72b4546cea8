#pragma once

#include "ui/IdleWarningDialog.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace certtrack::app {

// Ends a kiosk session nobody is using: after the idle time without keyboard, mouse or touch
// input anywhere in the application, a warning counts down with a "Stay signed in" button, and
// when it runs out timedOut is emitted. An application event filter and timers; nothing waits.
class KioskIdleGuard : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIdleMinutes = 10;
    static constexpr int kWarningSeconds = 30;

    explicit KioskIdleGuard(std::chrono::milliseconds idle, QObject *parent = nullptr);
    ~KioskIdleGuard() override;

    // Shorter waits than minutes, for tests; applies at once when watching.
    void setTimeouts(std::chrono::milliseconds idle, std::chrono::milliseconds warning);

    // Watches while somebody is signed in; the warning opens over window.
    void start(QWidget *window);
    // Watches the sign-in form: when nobody has touched it for the idle time, timedOut at once
    // (there is no session to keep, only what somebody typed and walked away from).
    void startWithoutWarning();
    void stop();

    bool isWatching() const { return m_idle.isActive() || isWarning(); }
    bool isWarning() const { return m_countdown.isActive(); }
    ui::IdleWarningDialog *warningDialog() const { return m_dialog; }
    // Beyond the UI contract: how long until the warning, for tests.
    int idleRemainingMs() const { return m_idle.remainingTime(); }

signals:
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showWarning();
    void tick();
    void stay();
    void closeWarning();

    QTimer m_idle;
    QTimer m_countdown;
    QTimer m_tick;
    QDeadlineTimer m_deadline;
    std::chrono::milliseconds m_warning;
    QPointer<QWidget> m_window;
    QPointer<ui::IdleWarningDialog> m_dialog;
    bool m_warnFirst = true;
};

} // namespace certtrack::app
