// certtrack's command line: parseClientOptions on its own (no application object), and the built
// certtrack answering --help and --version with no display at all (no QT_QPA_PLATFORM, no
// DISPLAY, no WAYLAND_DISPLAY), refusing an unknown option (--screenshot-dir among them) with
// exit status 2.

#include "app/ClientOptions.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace certtrack;
using app::ClientOptionsParse;
using app::parseClientOptions;

namespace {

struct Run {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

// certtrack with arguments, in an environment without any display.
Run runClient(const QStringList &arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CERTTRACK_CLIENT_PATH), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

// The processes whose parent is `parent` (from /proc).
QList<qint64> childrenOf(qint64 parent) {
    QList<qint64> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (name) state ppid …": the name may hold spaces, so read after its ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
            children << pid;
    }
    return children;
}

// Running, that is: listed and not a zombie waiting for a parent to reap it.
bool running(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
}

ClientOptionsParse parse(const QStringList &arguments, const app::LaunchOptions &defaults = {}) {
    return parseClientOptions(QStringList{QStringLiteral("certtrack")} + arguments, defaults);
}

} // namespace

class TestClientCommandLine : public QObject {
    Q_OBJECT

private slots:
    void helpWithoutDisplay() {
        const Run run = runClient({QStringLiteral("--help")});
        QCOMPARE(run.status, QProcess::NormalExit);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Usage:")), qPrintable(run.out));
        for (const char *option :
             {"--demo", "--server", "--ca-file", "--kiosk", "--kiosk-idle-minutes", "--version"})
            QVERIFY2(run.out.contains(QString::fromLatin1(option)), option);
        QVERIFY(!run.err.contains(QStringLiteral("display")));
    }

    void versionWithoutDisplay() {
        const Run run = runClient({QStringLiteral("--version")});
        QCOMPARE(run.status, QProcess::NormalExit);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("certtrack " CERTTRACK_VERSION));
    }

    void unknownOptionRefused() {
        const Run run = runClient({QStringLiteral("--no-such-option")});
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("certtrack: Unknown option 'no-such-option'")),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    // Screenshots are made by tests/screenshots, outside the shipped program.
    void screenshotDirIsNoLongerAnOption() {
        const Run run = runClient({QStringLiteral("--screenshot-dir"), QStringLiteral("x")});
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("certtrack: Unknown option 'screenshot-dir'")),
                 qPrintable(run.err));
        QCOMPARE(parse({QStringLiteral("--screenshot-dir"), QStringLiteral("x")}).outcome,
                 ClientOptionsParse::Outcome::Error);
    }

    // Ended by SIGTERM (a session closing, `kill`), certtrack --demo quits as after Quit: its demo
    // server stops and the temporary folder holding the demo CA's key is removed.
    void demoEndedBySigtermLeavesNothingBehind() {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("TMPDIR"), tmp.path());
        QTemporaryDir runtime; // Qt's own runtime folder, apart from what is checked
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CERTTRACK_CLIENT_PATH), {QStringLiteral("--demo")});
        QVERIFY(process.waitForStarted());
        const qint64 client = process.processId();
        QList<qint64> servers;
        // Up once the demo server has made its certificate authority in its folder.
        QTRY_VERIFY_WITH_TIMEOUT(
            (servers = childrenOf(client), !servers.isEmpty()) &&
                !QDir(tmp.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(),
            30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QString &dir :
                     QDir(tmp.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                    if (QFile::exists(tmp.filePath(dir + QStringLiteral("/ca.pem"))))
                        return true;
                return false;
            }(),
            30000);
        ::kill(pid_t(client), SIGTERM);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        for (const qint64 server : std::as_const(servers))
            QTRY_VERIFY_WITH_TIMEOUT(!running(server), 10000);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void wrongValuesRefusedWithoutDisplay() {
        const Run run = runClient({QStringLiteral("--kiosk-idle-minutes"), QStringLiteral("0")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--kiosk-idle-minutes needs a whole number")),
                 qPrintable(run.err));
    }

    void parsesWhatTheGuiRunsWith() {
        const ClientOptionsParse parsed = parse(
            {QStringLiteral("--server"), QStringLiteral("https://host:8443"),
             QStringLiteral("--ca-file"), QStringLiteral("/tmp/ca.pem"), QStringLiteral("--kiosk"),
             QStringLiteral("--kiosk-idle-minutes"), QStringLiteral("3")});
        QCOMPARE(parsed.outcome, ClientOptionsParse::Outcome::Run);
        QCOMPARE(parsed.options.server, QUrl(QStringLiteral("https://host:8443")));
        QCOMPARE(parsed.options.caFile, QStringLiteral("/tmp/ca.pem"));
        QVERIFY(parsed.options.kiosk);
        QCOMPARE(parsed.options.kioskIdleMinutes, 3);
        QVERIFY(!parsed.options.demo);
    }

    void machineSettingsUnderTheCommandLine() {
        app::LaunchOptions defaults;
        defaults.kiosk = true;
        defaults.kioskIdleMinutes = 7;
        ClientOptionsParse parsed = parse({}, defaults);
        QCOMPARE(parsed.outcome, ClientOptionsParse::Outcome::Run);
        QVERIFY(parsed.options.kiosk);
        QCOMPARE(parsed.options.kioskIdleMinutes, 7);
        parsed = parse({QStringLiteral("--kiosk-idle-minutes"), QStringLiteral("2")}, defaults);
        QCOMPARE(parsed.options.kioskIdleMinutes, 2);
    }

    void qtOwnOptionsPassThrough() {
        const ClientOptionsParse parsed =
            parse({QStringLiteral("-platform"), QStringLiteral("offscreen"),
                   QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("--demo")});
        QCOMPARE(parsed.outcome, ClientOptionsParse::Outcome::Run);
        QVERIFY(parsed.options.demo);
    }

    void wrongUsageExplained_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("http") << QStringList{QStringLiteral("--server"),
                                             QStringLiteral("http://host")}
                              << QStringLiteral("--server needs an https:// address");
        QTest::newRow("demo and server")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--server"),
                           QStringLiteral("https://host")}
            << QStringLiteral("--demo runs its own server; leave out --server");
        QTest::newRow("idle not a number")
            << QStringList{QStringLiteral("--kiosk-idle-minutes"), QStringLiteral("soon")}
            << QStringLiteral("--kiosk-idle-minutes needs a whole number of minutes, at least 1");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--server")}
                                       << QStringLiteral("Missing value after '--server'.");
    }

    void wrongUsageExplained() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ClientOptionsParse parsed = parse(arguments);
        QCOMPARE(parsed.outcome, ClientOptionsParse::Outcome::Error);
        QCOMPARE(parsed.message, message);
    }
};

QTEST_GUILESS_MAIN(TestClientCommandLine)
#include "TestClientCommandLine.moc"
