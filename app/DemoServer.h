#pragma once

#include "client/ServerEndpoint.h"

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

namespace certtrack::app {

// A private certtrackd for --demo: demo seed, its own certificate authority and database in a
// temporary directory, an ephemeral port on 127.0.0.1. Reads the server's "listening on" line
// as it arrives and stops the server when destroyed.
class DemoServer : public QObject {
    Q_OBJECT
public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // $CERTTRACKD, else certtrackd next to this executable.
    static QString locateExecutable();
    void start(const QString &executable);
    // Asks the server to shut down; stopped() follows (at once when it is not running).
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

signals:
    void ready(const certtrack::client::ServerEndpoint &endpoint);
    void failed(const QString &message);
    void stopped();

private:
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);

    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
    bool m_ready = false;
    bool m_stopping = false;
};

} // namespace certtrack::app
