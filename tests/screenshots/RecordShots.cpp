#include "ScreenshotTaker.h"
#include "Script.h"
#include "client/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/records/ReminderController.h"
#include "ui/records/ReminderSettingsDialog.h"

#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>

namespace certtrack::screenshots {

void ScreenshotTaker::addRecords() {
    // The menu pops up below its title in the menu bar, as a click shows it; the picture is the
    // window with the menu drawn where it stands.
    m_script->add(
        QStringLiteral("open the Records menu"),
        [this] {
            m_window->tabs()->setCurrentIndex(ui::MainWindow::TestingHistoryTab);
            auto *menu = m_window->findChild<QMenu *>(QStringLiteral("recordsMenu"));
            if (!menu)
                return failMissing("recordsMenu");
            const QRect title = m_window->menuBar()->actionGeometry(menu->menuAction());
            menu->popup(m_window->menuBar()->mapToGlobal(title.bottomLeft()));
        },
        [this] {
            auto *menu = m_window->findChild<QMenu *>(QStringLiteral("recordsMenu"));
            return menu && menu->isVisible();
        });
    m_script->add(QStringLiteral("save records-menu"), [this] {
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("recordsMenu"));
        QPixmap picture = m_window->grab();
        {
            QPainter painter(&picture);
            painter.drawPixmap(m_window->mapFromGlobal(menu->mapToGlobal(QPoint(0, 0))),
                               menu->grab());
        }
        m_ok = save(picture, QStringLiteral("records-menu")) && m_ok;
        menu->hide();
    });
    dialogShot(QStringLiteral("reminder-settings"), [this] {
        client::AppSettings().setRemindersEnabled(true);
        return new ui::ReminderSettingsDialog(m_window);
    });
    // Where a notification service runs (packaging/screenshots.sh starts dunst on the Xvfb
    // display), the reminder is a desktop notification and the picture is the whole screen;
    // without one it falls back to the status bar, and the picture is the window.
    auto *waited = new QElapsedTimer;
    m_script->add(
        QStringLiteral("let a reminder fall due"),
        [this, waited] {
            m_window->tabs()->setCurrentIndex(ui::MainWindow::HomeTab);
            // The demo's John Doe holds nothing within 180 days of expiry: a lead of three years
            // reaches his nearest deadline.
            client::AppSettings().setReminderLeadDays({1095, 180, 90, 30, 7});
            waited->start();
            m_window->reminders()->check();
        },
        [this, waited] {
            // The notification service draws its window in its own time.
            return !m_window->statusBar()->currentMessage().isEmpty() || waited->elapsed() > 2500;
        });
    m_script->add(QStringLiteral("save reminder-notification"), [this, waited] {
        delete waited;
        const bool onDesktop = m_window->statusBar()->currentMessage().isEmpty();
        // The desktop as tall as the window: the window and the notifications at the top right.
        const QPixmap picture = onDesktop ? m_window->screen()->grabWindow(
                                                0, 0, 0, -1, m_window->frameGeometry().bottom() + 1)
                                          : m_window->grab();
        m_ok = save(picture, QStringLiteral("reminder-notification")) && m_ok;
    });
    m_script->add(QStringLiteral("restore the lead times"), [] {
        client::AppSettings().setReminderLeadDays(client::AppSettings::defaultLeadDays());
    });
}

} // namespace certtrack::screenshots
