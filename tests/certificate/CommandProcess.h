#pragma once

// certtrack's headless commands (`certificate`, `verify`) run as whole processes by the tests:
// HOME and the XDG folders are the test's own, and no display or platform is set, since the
// commands must not need one.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace certtrack::test {

struct CommandRun {
    int exitCode = -1; // -1: did not start or finish, -2: crashed
    QString out;
    QString err;
};

inline CommandRun runCertTrack(const QStringList &arguments, const QTemporaryDir &home,
                               const QByteArray &input = {},
                               const QProcessEnvironment &environment = {}) {
    QProcess process;
    QProcessEnvironment env =
        environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment;
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CERTTRACK_PATH), arguments);
    CommandRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

} // namespace certtrack::test
