#include "DemoServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

Q_LOGGING_CATEGORY(lcDemo, "certtrack.demo", QtWarningMsg)

namespace certtrack::app {

DemoServer::DemoServer(QObject *parent)
    : QObject(parent) {
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoServer::onOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray text = m_process.readAllStandardError();
        qCDebug(lcDemo).noquote() << QString::fromLocal8Bit(text).trimmed();
        m_output += text;
    });
    connect(&m_process, &QProcess::finished, this, &DemoServer::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &DemoServer::onError);
}

DemoServer::~DemoServer() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    // Going away with the application: give the server its orderly shutdown (it checkpoints its
    // database) before the folder it writes to is removed; kill it only if it hangs.
    m_process.disconnect(this);
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

QString DemoServer::locateExecutable() {
    const QString fromEnvironment = qEnvironmentVariable("CERTTRACKD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("certtrackd"));
}

void DemoServer::start(const QString &executable) {
    if (!m_dir.isValid()) {
        emit failed(tr("No temporary folder for the demo server: %1").arg(m_dir.errorString()));
        return;
    }
    if (!QFileInfo(executable).isExecutable()) {
        emit failed(tr("The demo server %1 was not found. Build it, or point CERTTRACKD at it.")
                        .arg(QDir::toNativeSeparators(executable)));
        return;
    }
    const QStringList arguments{
        QStringLiteral("--listen"),      QStringLiteral("127.0.0.1:0"),
        QStringLiteral("--self-signed"), m_dir.path(),
        QStringLiteral("--database"),    m_dir.filePath(QStringLiteral("demo.sqlite")),
        QStringLiteral("--seed"),        QStringLiteral("demo"),
        QStringLiteral("--outbox"),      m_dir.filePath(QStringLiteral("outbox"))};
    qCInfo(lcDemo) << "starting" << executable << arguments;
#ifdef Q_OS_LINUX
    // Killed outright (SIGKILL, a crash), certtrack cannot stop its server: the kernel does.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start(executable, arguments);
}

void DemoServer::stop() {
    if (m_process.state() == QProcess::NotRunning) {
        emit stopped();
        return;
    }
    m_stopping = true;
    m_process.terminate();
}

void DemoServer::onOutput() {
    m_output += m_process.readAllStandardOutput();
    if (m_ready)
        return;
    static const QRegularExpression listening(
        QStringLiteral("certtrackd listening on (https://\\S+)"));
    const QRegularExpressionMatch match = listening.match(QString::fromLocal8Bit(m_output));
    if (!match.hasMatch())
        return;
    m_ready = true;
    client::ServerEndpoint endpoint;
    endpoint.baseUrl = QUrl(match.captured(1));
    endpoint.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    qCInfo(lcDemo) << "demo server at" << endpoint.baseUrl;
    emit ready(endpoint);
}

void DemoServer::onFinished(int exitCode, QProcess::ExitStatus status) {
    if (m_stopping) {
        emit stopped();
        return;
    }
    const QString output = QString::fromLocal8Bit(m_output).trimmed();
    emit failed(status == QProcess::CrashExit
                    ? tr("The demo server crashed.\n%1").arg(output)
                    : tr("The demo server stopped (exit code %1).\n%2").arg(exitCode).arg(output));
}

void DemoServer::onError(QProcess::ProcessError error) {
    if (error == QProcess::FailedToStart)
        emit failed(tr("The demo server could not be started: %1").arg(m_process.errorString()));
}

} // namespace certtrack::app
