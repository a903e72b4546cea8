#pragma once

#include <QObject>

namespace certtrack::app {

// Benchmark aid, off unless CERTTRACK_REPORT_FIRST_PAINT is set: prints
// "first-paint <ms since the Unix epoch> <CPU ms of the process so far>" on stdout when the
// main window first paints, so bench/startup.sh can measure start-to-first-paint from outside
// the process, and the work done for it on a machine busy with other things. When the variable
// holds a number N > 0 the application quits N milliseconds later.
class StartupProbe : public QObject {
    Q_OBJECT
public:
    static void installIfRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(int quitAfterMs);

    int m_quitAfterMs = 0;
    bool m_reported = false;
};

} // namespace certtrack::app
