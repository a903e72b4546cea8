#include "Script.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcScript, "certtrack.screenshots.script")

namespace certtrack::screenshots {

namespace {

constexpr int kPollMs = 100;
constexpr int kSettleMs = 300;
constexpr int kGiveUpMs = 20000;

} // namespace

Script::Script(QObject *parent)
    : QObject(parent) {}

void Script::add(const QString &what, Action action, Condition until) {
    m_steps.push_back(Step{what, std::move(action), std::move(until)});
}

void Script::start() {
    QTimer::singleShot(0, this, &Script::runNext);
}

void Script::fail(const QString &why) {
    if (m_finished)
        return;
    qCWarning(lcScript).noquote() << why;
    m_failed = true;
    m_finished = true;
    m_steps.clear();
    emit finished(false);
}

void Script::runNext() {
    if (m_finished)
        return;
    if (m_steps.empty()) {
        m_finished = true;
        emit finished(true);
        return;
    }
    const Step step = std::move(m_steps.front());
    m_steps.pop_front();
    qCDebug(lcScript).noquote() << step.what;
    if (step.action)
        step.action();
    if (m_finished)
        return;
    if (!step.until || step.until()) {
        if (!m_finished)
            settleThenRunNext();
        return;
    }
    waitFor(step);
}

void Script::waitFor(const Step &step) {
    auto *timer = new QTimer(this);
    const QDeadlineTimer deadline(kGiveUpMs);
    connect(timer, &QTimer::timeout, this, [this, timer, deadline, step] {
        if (!m_finished && !step.until()) {
            if (!deadline.hasExpired())
                return;
            fail(QStringLiteral("gave up waiting: %1").arg(step.what));
        }
        timer->stop();
        timer->deleteLater();
        if (!m_finished)
            settleThenRunNext();
    });
    timer->start(kPollMs);
}

void Script::settleThenRunNext() {
    QTimer::singleShot(kSettleMs, this, &Script::runNext);
}

} // namespace certtrack::screenshots
