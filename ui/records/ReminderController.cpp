#include "ui/records/ReminderController.h"

#include "client/AccountController.h"
#include "client/AppSettings.h"
#include "domain/RecertificationPlan.h"
#include "records/DesktopNotifier.h"
#include "records/ReminderSchedule.h"
#include "ui/Icons.h"

#include <QLoggingCategory>
#include <QSystemTrayIcon>
#include <QTimer>

namespace certtrack::ui {

namespace {
Q_LOGGING_CATEGORY(lcReminders, "certtrack.reminders")
}

ReminderController::ReminderController(client::AccountController *controller,
                                       records::DesktopNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_notifier(notifier)
    , m_daily(new QTimer(this)) {
    connect(m_controller, &client::AccountController::dataChanged, this,
            &ReminderController::check);
    connect(m_notifier, &records::DesktopNotifier::delivered, this,
            [this](uint, const QString &summary, const QString &body) {
                emit reminded(summary, body, true);
            });
    connect(m_notifier, &records::DesktopNotifier::failed, this,
            [this](const QString &summary, const QString &body, const QString &error) {
                qCInfo(lcReminders) << "no desktop notification service:" << error;
                onNotifyFailed(summary, body);
            });
    m_daily->setInterval(60 * 60 * 1000);
    connect(m_daily, &QTimer::timeout, this, &ReminderController::check);
    m_daily->start();
}

ReminderController::~ReminderController() = default;

void ReminderController::setKiosk(bool kiosk) {
    m_kiosk = kiosk;
    if (kiosk)
        m_daily->stop();
}

bool ReminderController::isRemembered() const {
    const client::ServerEndpoint endpoint = m_controller->endpoint();
    for (const client::RememberedAccount &account : client::AppSettings().rememberedAccounts()) {
        if (account.endpoint.key() == endpoint.key() && account.loginId == m_controller->loginId())
            return true;
    }
    return false;
}

void ReminderController::check() {
    const client::AppSettings settings;
    if (m_kiosk || !settings.remindersEnabled() || m_controller->loginId().isEmpty() ||
        !m_controller->data().lastSynced.isValid())
        return;
    const client::ServerEndpoint endpoint = m_controller->endpoint();
    const QString account = endpoint.key() + QLatin1Char('\n') + m_controller->loginId();
    const bool remembered = isRemembered();
    if (account != m_account) {
        m_account = account;
        m_shown.clear();
        if (remembered) {
            const QStringList stored = settings.shownReminders(endpoint, m_controller->loginId());
            m_shown = QSet<QString>(stored.cbegin(), stored.cend());
        }
    }
    const QDate today = QDate::currentDate();
    const domain::RecertificationPlan plan =
        domain::RecertificationPlan::evaluate(m_controller->data().certifications, today);
    const records::ReminderSchedule::Due due =
        records::ReminderSchedule::due(plan, settings.reminderLeadDays(), m_shown);
    const QStringList expired = records::ReminderSchedule::expiredKeys(m_shown, today);
    if (due.settled.isEmpty() && expired.isEmpty())
        return;
    for (const QString &key : due.settled)
        m_shown.insert(key);
    for (const QString &key : expired)
        m_shown.remove(key);
    if (remembered)
        client::AppSettings().setShownReminders(endpoint, m_controller->loginId(),
                                                QStringList(m_shown.cbegin(), m_shown.cend()));
    for (const records::Reminder &reminder : due.toShow)
        m_notifier->notify(reminder.summary, reminder.body);
}

void ReminderController::onNotifyFailed(const QString &summary, const QString &body) {
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(Icons::application(), this);
        m_tray->setToolTip(tr("CertTrack"));
        m_tray->show();
    }
    if (m_tray)
        m_tray->showMessage(summary, body, QSystemTrayIcon::Information);
    emit reminded(summary, body, false);
}

} // namespace certtrack::ui
