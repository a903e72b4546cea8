#include "KioskIdleGuard.h"

#include <QApplication>
#include <QEvent>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKiosk, "certtrack.kiosk", QtWarningMsg)

namespace certtrack::app {

namespace {

bool isInput(QEvent::Type type) {
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        return true;
    default:
        return false;
    }
}

} // namespace

KioskIdleGuard::KioskIdleGuard(std::chrono::milliseconds idle, QObject *parent)
    : QObject(parent)
    , m_warning(std::chrono::seconds(kWarningSeconds)) {
    m_idle.setSingleShot(true);
    // Long coarse timers are rounded to whole seconds, so a restart within the same second would
    // not move the deadline; precise, every input visibly starts the wait afresh.
    m_idle.setTimerType(Qt::PreciseTimer);
    m_idle.setInterval(idle);
    m_countdown.setSingleShot(true);
    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_idle, &QTimer::timeout, this, &KioskIdleGuard::showWarning);
    connect(&m_tick, &QTimer::timeout, this, &KioskIdleGuard::tick);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        qCInfo(lcKiosk) << "nobody answered the idle warning: ending the session";
        m_tick.stop();
        closeWarning();
        emit timedOut();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

KioskIdleGuard::~KioskIdleGuard() {
    closeWarning();
}

void KioskIdleGuard::setTimeouts(std::chrono::milliseconds idle,
                                 std::chrono::milliseconds warning) {
    m_idle.setInterval(idle);
    m_warning = warning;
    if (m_idle.isActive())
        m_idle.start();
}

void KioskIdleGuard::start(QWidget *window) {
    m_window = window;
    m_warnFirst = true;
    closeWarning();
    m_countdown.stop();
    m_tick.stop();
    m_idle.start();
}

void KioskIdleGuard::startWithoutWarning() {
    stop();
    m_warnFirst = false;
    m_idle.start();
}

void KioskIdleGuard::stop() {
    m_idle.stop();
    m_countdown.stop();
    m_tick.stop();
    closeWarning();
    m_window.clear();
}

bool KioskIdleGuard::eventFilter(QObject *watched, QEvent *event) {
    // While the warning counts down only its button keeps the session: a passer-by brushing the
    // mouse must not keep somebody else's account open.
    if (m_idle.isActive() && isInput(event->type()))
        m_idle.start();
    return QObject::eventFilter(watched, event);
}

void KioskIdleGuard::showWarning() {
    if (!m_warnFirst) {
        qCInfo(lcKiosk) << "the sign-in form was left untouched: clearing it";
        emit timedOut();
        return;
    }
    qCInfo(lcKiosk) << "no input for" << m_idle.interval() << "ms: warning";
    if (!m_dialog) {
        // Over a box the person left open (a question, a file chooser), which would otherwise
        // block the button.
        QWidget *over = QApplication::activeModalWidget();
        m_dialog = new ui::IdleWarningDialog(over ? over : m_window.data());
        connect(m_dialog, &ui::IdleWarningDialog::stayRequested, this, &KioskIdleGuard::stay);
    }
    m_deadline.setRemainingTime(m_warning);
    m_countdown.start(m_warning);
    m_tick.start();
    tick();
    m_dialog->open();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void KioskIdleGuard::tick() {
    if (!m_dialog)
        return;
    const qint64 remainingMs = m_deadline.remainingTime();
    m_dialog->setRemainingSeconds(int((remainingMs + 999) / 1000));
}

void KioskIdleGuard::stay() {
    m_countdown.stop();
    m_tick.stop();
    closeWarning();
    m_idle.start();
}

void KioskIdleGuard::closeWarning() {
    if (!m_dialog)
        return;
    // Not closed but deleted: it may be shown again over another person's window.
    m_dialog->disconnect(this);
    m_dialog->hide();
    m_dialog->deleteLater();
    m_dialog.clear();
}

} // namespace certtrack::app
