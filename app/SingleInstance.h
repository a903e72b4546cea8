#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QLocalServer;
class QLocalSocket;

namespace certtrack::app {

// One running client per person per machine. start() first asks a running instance, over a
// local socket named after the person, to come forward; when one answers the caller exits.
// Otherwise this process becomes that instance: it listens under the same name and reports
// every later start as activationRequested. Everything is asynchronous; an instance that does
// not answer within kAnswerTimeoutMs counts as none.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    static constexpr int kAnswerTimeoutMs = 1500;

    // "certtrack-" and a hash of the user name and home directory: another person, or the same
    // person with another HOME (as the tests use), gets another name.
    static QString serverNameForCurrentUser();

    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    void start();
    bool isListening() const;
    QString serverName() const { return m_serverName; }

signals:
    // A running instance answered and is coming forward: this process has nothing to do.
    void forwardedToRunningInstance();
    // No instance answered: this process is the one (listening when it could).
    void becamePrimary();
    // Another start asked this instance to come forward.
    void activationRequested();

private:
    void onProbeConnected();
    void onProbeReadyRead();
    void giveUpProbe();
    void listen();
    void onNewConnection();

    QString m_serverName;
    QPointer<QLocalSocket> m_probe;
    QLocalServer *m_server = nullptr;
    QTimer m_answerTimeout;
    bool m_decided = false;
};

} // namespace certtrack::app
