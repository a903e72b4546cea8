#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcInstance, "certtrack.instance")

namespace certtrack::app {

namespace {

constexpr char kActivate[] = "activate\n";
constexpr char kAnswer[] = "ok\n";

QString userName() {
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

} // namespace

QString SingleInstance::serverNameForCurrentUser() {
    const QByteArray identity = (userName() + QLatin1Char('\n') + QDir::homePath()).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("certtrack-") + QString::fromLatin1(hash.left(24));
}

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName) {
    m_answerTimeout.setSingleShot(true);
    m_answerTimeout.setInterval(kAnswerTimeoutMs);
    connect(&m_answerTimeout, &QTimer::timeout, this, &SingleInstance::giveUpProbe);
}

SingleInstance::~SingleInstance() {
    if (m_server)
        m_server->close(); // removes the socket file, so the next start does not find it stale
}

bool SingleInstance::isListening() const {
    return m_server && m_server->isListening();
}

void SingleInstance::start() {
    m_probe = new QLocalSocket(this);
    connect(m_probe, &QLocalSocket::connected, this, &SingleInstance::onProbeConnected);
    connect(m_probe, &QLocalSocket::readyRead, this, &SingleInstance::onProbeReadyRead);
    // Queued: connectToServer reports a missing server at once, and start() itself must not
    // decide before its caller is back in the event loop.
    connect(
        m_probe, &QLocalSocket::errorOccurred, this,
        [this](QLocalSocket::LocalSocketError error) {
            qCDebug(lcInstance) << "no running instance:" << error;
            giveUpProbe();
        },
        Qt::QueuedConnection);
    m_answerTimeout.start();
    m_probe->connectToServer(m_serverName);
}

void SingleInstance::onProbeConnected() {
    m_probe->write(kActivate);
}

void SingleInstance::onProbeReadyRead() {
    if (m_decided || !m_probe->canReadLine())
        return;
    if (m_probe->readLine() != kAnswer) {
        giveUpProbe();
        return;
    }
    m_decided = true;
    m_answerTimeout.stop();
    m_probe->disconnectFromServer();
    qCInfo(lcInstance) << "the running instance comes forward instead";
    emit forwardedToRunningInstance();
}

void SingleInstance::giveUpProbe() {
    if (m_decided)
        return;
    m_decided = true;
    m_answerTimeout.stop();
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->abort();
        m_probe->deleteLater();
    }
    listen();
    emit becamePrimary();
}

void SingleInstance::listen() {
    m_server = new QLocalServer(this);
    // Only this person may ask this instance to come forward.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    // Nobody answered, so a socket left under this name is stale (a crashed instance).
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName))
        qCWarning(lcInstance) << "cannot listen for later starts:" << m_server->errorString();
}

void SingleInstance::onNewConnection() {
    while (QLocalSocket *connection = m_server->nextPendingConnection()) {
        connect(connection, &QLocalSocket::disconnected, connection, &QObject::deleteLater);
        connect(connection, &QLocalSocket::readyRead, this, [this, connection] {
            if (!connection->canReadLine())
                return;
            if (connection->readLine() == kActivate) {
                connection->write(kAnswer);
                emit activationRequested();
            }
            connection->disconnectFromServer();
        });
    }
}

} // namespace certtrack::app
