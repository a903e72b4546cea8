// The anchor of bench/startup.sh: a Qt program that only shows an empty QMainWindow, the size of
// certtrack's, and reports its first paint as certtrack's StartupProbe does ("first-paint <ms
// since the Unix epoch> <CPU ms>" on stdout, once the paint has been delivered), then quits. What
// certtrack needs beyond this to show a remembered account is the figure to keep small.
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

#include <sys/resource.h>

namespace {

class FirstPaint : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (m_reported || event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        m_reported = true;
        QTimer::singleShot(0, this, [] {
            rusage usage{};
            getrusage(RUSAGE_SELF, &usage);
            const auto ms = [](const timeval &t) {
                return static_cast<long long>(t.tv_sec) * 1000 + t.tv_usec / 1000;
            };
            std::printf("first-paint %lld %lld\n",
                        static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                        ms(usage.ru_utime) + ms(usage.ru_stime));
            std::fflush(stdout);
            QApplication::exit(0);
        });
        return false;
    }

private:
    bool m_reported = false;
};

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    FirstPaint probe;
    app.installEventFilter(&probe);
    QMainWindow window;
    window.resize(1200, 760);
    window.show();
    return app.exec();
}
