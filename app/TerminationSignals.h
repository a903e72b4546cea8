#pragma once

#include <QObject>

class QSocketNotifier;

namespace certtrack::app {

// Turns SIGTERM, SIGINT and SIGHUP into an orderly quit on Unix: the signal handler only writes
// a byte to a socket pair, and received() is emitted from the event loop. So a client ended by
// its session or by `kill` runs its destructors like a person's Quit (the --demo server is
// stopped and its temporary folder, which holds a CA key, removed). One instance per process;
// elsewhere it does nothing.
class TerminationSignals : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

signals:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace certtrack::app
