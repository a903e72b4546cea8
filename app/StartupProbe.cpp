#include "StartupProbe.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>
#include <QWidget>

#include <cstdio>

#include <sys/resource.h>

namespace certtrack::app {

void StartupProbe::installIfRequested() {
    const QByteArray value = qgetenv("CERTTRACK_REPORT_FIRST_PAINT");
    if (value.isEmpty())
        return;
    auto *probe = new StartupProbe(value.toInt());
    probe->setParent(qApp);
    qApp->installEventFilter(probe);
}

StartupProbe::StartupProbe(int quitAfterMs)
    : m_quitAfterMs(quitAfterMs) {}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event) {
    if (m_reported || event->type() != QEvent::Paint || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (!qobject_cast<QMainWindow *>(widget->window()))
        return false;
    m_reported = true;
    // Report once the paint has been delivered and flushed, i.e. on the next turn of the loop.
    QTimer::singleShot(0, this, [this] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        const auto ms = [](const timeval &t) {
            return static_cast<long long>(t.tv_sec) * 1000 + t.tv_usec / 1000;
        };
        std::printf("first-paint %lld %lld\n",
                    static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                    ms(usage.ru_utime) + ms(usage.ru_stime));
        std::fflush(stdout);
        qApp->removeEventFilter(this);
        if (m_quitAfterMs > 0)
            QTimer::singleShot(m_quitAfterMs, qApp, [] { QApplication::exit(0); });
    });
    return false;
}

} // namespace certtrack::app
