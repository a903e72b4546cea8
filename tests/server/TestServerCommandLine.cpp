// certtrackd's command line: bad arguments exit 2 with a message, help and version, the one
// "listening" line, given or generated certificates, and a clean exit on SIGTERM.
#include "TestHttp.h"
#include "TestServer.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace certtrack::test;

class TestServerCommandLine : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void badArgumentsExitWithTwo_data();
    void badArgumentsExitWithTwo();
    void helpAndVersion();
    void selfSignedCaIsKeptAcrossRestarts();
    void givenCertificateAndKey();
    void sigtermExitsCleanly();
    void unusableCertificateFilesAreAnError();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run runToEnd(const QStringList &arguments);
    // Starts certtrackd and waits for its listening line; returns the URL or an empty one.
    static QUrl startAndWait(QProcess &process, const QStringList &arguments);

    QTemporaryDir m_dir;
};

void TestServerCommandLine::initTestCase() {
    QVERIFY(m_dir.isValid());
}

TestServerCommandLine::Run TestServerCommandLine::runToEnd(const QStringList &arguments) {
    QProcess process;
    process.start(TestServer::executable(), arguments);
    Run run;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QUrl TestServerCommandLine::startAndWait(QProcess &process, const QStringList &arguments) {
    process.start(TestServer::executable(), arguments);
    QByteArray out;
    while (process.waitForReadyRead(20000)) {
        out += process.readAllStandardOutput();
        if (out.endsWith('\n'))
            break;
    }
    static const QRegularExpression line(
        QStringLiteral("^certtrackd listening on (https://127\\.0\\.0\\.1:[1-9][0-9]*)\n$"));
    const auto match = line.match(QString::fromUtf8(out));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

void TestServerCommandLine::badArgumentsExitWithTwo_data() {
    const QString db = m_dir.filePath(QStringLiteral("bad.sqlite"));
    const QString tls = m_dir.filePath(QStringLiteral("tls-bad"));
    const QStringList ok{QStringLiteral("--database"), db, QStringLiteral("--self-signed"), tls};
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown option")
        << (ok + QStringList{QStringLiteral("--frobnicate")}) << QStringLiteral("--frobnicate");
    QTest::newRow("stray argument")
        << (ok + QStringList{QStringLiteral("serve")}) << QStringLiteral("serve");
    QTest::newRow("listen without port")
        << (ok + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1")})
        << QStringLiteral("--listen");
    QTest::newRow("port too large")
        << (ok + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")})
        << QStringLiteral("70000");
    QTest::newRow("host not an address")
        << (ok + QStringList{QStringLiteral("--listen"), QStringLiteral("example.com:8443")})
        << QStringLiteral("example.com");
    QTest::newRow("unknown seed") << (ok + QStringList{QStringLiteral("--seed"),
                                                       QStringLiteral("everything")})
                                  << QStringLiteral("everything");
    QTest::newRow("now not RFC 3339")
        << (ok + QStringList{QStringLiteral("--now"), QStringLiteral("yesterday")})
        << QStringLiteral("yesterday");
    QTest::newRow("now without offset")
        << (ok + QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-02T09:00:00")})
        << QStringLiteral("RFC 3339");
    QTest::newRow("now impossible date")
        << (ok + QStringList{QStringLiteral("--now"), QStringLiteral("2026-02-30T09:00:00Z")})
        << QStringLiteral("2026-02-30");
    for (const char *lifetime : {"9", "86401", "ten", "-30", "30s"}) {
        QTest::addRow("access token lifetime %s", lifetime)
            << (ok + QStringList{QStringLiteral("--access-token-lifetime"),
                                 QString::fromLatin1(lifetime)})
            << QStringLiteral("--access-token-lifetime");
    }
    QTest::newRow("option without value")
        << (ok + QStringList{QStringLiteral("--outbox")}) << QStringLiteral("--outbox");
    QTest::newRow("given twice") << (ok + QStringList{QStringLiteral("--database"), db})
                                 << QStringLiteral("twice");
    QTest::newRow("no TLS at all")
        << QStringList{QStringLiteral("--database"), db} << QStringLiteral("HTTPS");
    QTest::newRow("cert without key")
        << QStringList{QStringLiteral("--database"), db, QStringLiteral("--tls-cert"),
                       QStringLiteral("/x.pem")}
        << QStringLiteral("--tls-key");
    QTest::newRow("both kinds of TLS")
        << (ok + QStringList{QStringLiteral("--tls-cert"), QStringLiteral("/x.pem"),
                             QStringLiteral("--tls-key"), QStringLiteral("/y.pem")})
        << QStringLiteral("not both");
}

void TestServerCommandLine::badArgumentsExitWithTwo() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = runToEnd(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty()); // nothing that looks like "listening"
    QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    // Nothing was created on the way out.
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.sqlite"))));
}

void TestServerCommandLine::helpAndVersion() {
    const Run help = runToEnd({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--listen", "--database", "--seed", "--tls-cert", "--tls-key",
                               "--self-signed", "--outbox", "--now", "--access-token-lifetime"})
        QVERIFY2(help.out.contains(option), option);
    const Run version = runToEnd({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(QRegularExpression(QStringLiteral("^certtrackd \\d+\\.\\d+\\.\\d+\n$"))
                .match(QString::fromUtf8(version.out))
                .hasMatch());
}

void TestServerCommandLine::selfSignedCaIsKeptAcrossRestarts() {
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QFile ca(server.caFile());
    QVERIFY(ca.open(QIODevice::ReadOnly));
    const QByteArray firstCa = ca.readAll();
    ca.close();
    QVERIFY(firstCa.startsWith("-----BEGIN CERTIFICATE-----"));
    const QList<QSslCertificate> parsed = QSslCertificate::fromData(firstCa);
    QCOMPARE(parsed.size(), 1);
    QVERIFY(parsed.first().isSelfSigned());

    QVERIFY2(server.restart(TestServer::defaultNow().addSecs(60)), qPrintable(server.error()));
    QVERIFY(ca.open(QIODevice::ReadOnly));
    QCOMPARE(ca.readAll(), firstCa);
    // A client trusting the first CA file still talks to the restarted server.
    TestHttp http(server.caFile());
    QCOMPARE(http.get(server.apiUrl(QStringLiteral("me"))).status, 401);
    QVERIFY(QFile::exists(server.outboxDir()));
}

void TestServerCommandLine::givenCertificateAndKey() {
    // Reuse a generated pair as "given" files.
    TestServer generator;
    QVERIFY2(generator.start(), qPrintable(generator.error()));
    generator.stop();
    const QString tlsDir = generator.dataDir() + QStringLiteral("/tls");

    QProcess process;
    const QUrl url = startAndWait(
        process, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--database"), m_dir.filePath(QStringLiteral("given.sqlite")),
                  QStringLiteral("--tls-cert"), tlsDir + QStringLiteral("/server.pem"),
                  QStringLiteral("--tls-key"), tlsDir + QStringLiteral("/server-key.pem")});
    QVERIFY2(url.isValid(), process.readAllStandardError().constData());
    TestHttp http(tlsDir + QStringLiteral("/ca.pem"));
    QUrl health = url;
    health.setPath(QStringLiteral("/healthz"));
    QCOMPARE(http.get(health).status, 200);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void TestServerCommandLine::sigtermExitsCleanly() {
    QProcess process;
    const QUrl url = startAndWait(
        process, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--database"), m_dir.filePath(QStringLiteral("term.sqlite")),
                  QStringLiteral("--self-signed"), m_dir.filePath(QStringLiteral("tls-term")),
                  QStringLiteral("--seed"), QStringLiteral("demo")});
    QVERIFY2(url.isValid(), process.readAllStandardError().constData());
    QVERIFY(url.port() > 0);
    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // Exactly one line on stdout, ever.
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
}

void TestServerCommandLine::unusableCertificateFilesAreAnError() {
    const QString junk = m_dir.filePath(QStringLiteral("junk.pem"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate");
    file.close();
    const Run run =
        runToEnd({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--database"), m_dir.filePath(QStringLiteral("junk.sqlite")),
                  QStringLiteral("--tls-cert"), junk, QStringLiteral("--tls-key"), junk});
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("junk.pem"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestServerCommandLine)
#include "TestServerCommandLine.moc"
