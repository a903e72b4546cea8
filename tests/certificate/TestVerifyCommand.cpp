// `certtrack verify` as a whole process against a real certtrackd: a remembered account's cache
// checks the server's own credentials offline (with the server stopped), another issuer's path
// fetches over TLS, and every exit code: 0 valid, 1 not valid, 2 wrong usage, 3 cannot check.
#include "CommandProcess.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace certtrack::test;

namespace {

using Run = CommandRun;

const QString kPassword = QStringLiteral("certtrack-demo");
const QString kJohn = QStringLiteral("CSCO10000000");

} // namespace

class TestVerifyCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrors();
    void onlineWithoutAnAccount();
    void offlineWithoutAnAccountCannotCheck();
    void rememberedAccountChecksOffline();
    void withTheServerStopped();
    void revokedAfterTheNextSync();

private:
    Run command(const QString &name, const QStringList &arguments, const QByteArray &input = {}) {
        return runCertTrack(QStringList{name} + arguments, m_home, input);
    }
    Run verify(const QStringList &arguments) {
        return command(QStringLiteral("verify"), arguments);
    }
    // Signs in, syncs and remembers John, as a training centre's script would.
    void rememberJohn(const QString &certification = QStringLiteral("CCNA")) {
        const Run run =
            command(QStringLiteral("certificate"),
                    {QStringLiteral("--login"), kJohn, QStringLiteral("--server"),
                     m_server.baseUrl().toString(), QStringLiteral("--ca-file"), m_server.caFile(),
                     QStringLiteral("--password-stdin"), QStringLiteral("--remember"),
                     QStringLiteral("--certification"), certification, QStringLiteral("--output"),
                     file(QStringLiteral("sync.pdf"))},
                    kPassword.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    QString file(const QString &name) const { return m_files.filePath(name); }
    void save(const QString &name, const QByteArray &bytes) {
        QFile out(file(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }
    QByteArray download(const QString &path) {
        TestHttp http(m_server.caFile());
        const QString token = http.passwordToken(m_server.baseUrl(), kJohn, kPassword);
        const HttpResult result =
            http.get(m_server.apiUrl(path), {{"Authorization", "Bearer " + token.toUtf8()}});
        if (result.status != 200)
            qFatal("cannot download %s: %d", qPrintable(path), result.status);
        return result.body;
    }
    QStringList offlineJohn(const QString &name) const {
        return {file(name), QStringLiteral("--login"), kJohn, QStringLiteral("--offline")};
    }

    TestServer m_server;
    QTemporaryDir m_home;
    QTemporaryDir m_files;
};

void TestVerifyCommand::initTestCase() {
    QVERIFY(m_home.isValid() && m_files.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    const QByteArray ccna = download(QStringLiteral("me/badges/bdg-10000000-ccna/credential"));
    save(QStringLiteral("ccna.jwt"), ccna);
    save(QStringLiteral("ccna.png"),
         download(QStringLiteral("me/badges/bdg-10000000-ccna/baked.png")));
    save(QStringLiteral("ccie.jwt"),
         download(QStringLiteral("me/badges/bdg-10000000-ccie/credential")));
    // One character of the signed payload changed.
    QByteArray tampered = ccna;
    const qsizetype dot = tampered.indexOf('.');
    tampered[dot + 10] = tampered[dot + 10] == 'A' ? 'B' : 'A';
    save(QStringLiteral("tampered.jwt"), tampered);
    save(QStringLiteral("garbage.txt"), "not a credential at all");
}

void TestVerifyCommand::usageErrors() {
    QCOMPARE(verify({}).exitCode, 2);
    QCOMPARE(verify({file(QStringLiteral("missing.png"))}).exitCode, 2);
    QCOMPARE(verify({file(QStringLiteral("ccna.jwt")), file(QStringLiteral("ccie.jwt"))}).exitCode,
             2);
    QCOMPARE(verify({file(QStringLiteral("ccna.jwt")), QStringLiteral("--server"),
                     QStringLiteral("http://plain.example")})
                 .exitCode,
             2);
    QCOMPARE(
        verify({file(QStringLiteral("ccna.jwt")), QStringLiteral("--no-such-option")}).exitCode, 2);
    const Run help = verify({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("Exit status")));
}

void TestVerifyCommand::onlineWithoutAnAccount() {
    // No account: the server is just an issuer on the network, its kid fetched over TLS.
    Run run =
        verify({file(QStringLiteral("ccna.jwt")), QStringLiteral("--ca-file"), m_server.caFile()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.startsWith(QStringLiteral("Valid")));
    QVERIFY(run.out.contains(QStringLiteral("hashed")));
    run = verify(
        {file(QStringLiteral("tampered.jwt")), QStringLiteral("--ca-file"), m_server.caFile()});
    QCOMPARE(run.exitCode, 1);
    // Without the CA, the issuer's TLS is not trusted and nothing is concluded.
    run = verify({file(QStringLiteral("ccna.jwt"))});
    QVERIFY2(run.exitCode == 3, qPrintable(run.out));
}

void TestVerifyCommand::offlineWithoutAnAccountCannotCheck() {
    const Run run = verify({file(QStringLiteral("ccna.jwt")), QStringLiteral("--offline")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.startsWith(QStringLiteral("Cannot be checked")));
    // A login that is not remembered here has no cached keys.
    QCOMPARE(verify(offlineJohn(QStringLiteral("ccna.jwt"))).exitCode, 3);
}

void TestVerifyCommand::rememberedAccountChecksOffline() {
    rememberJohn();
    Run run = verify(offlineJohn(QStringLiteral("ccna.jwt")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QStringLiteral("offline")));
    run = verify(offlineJohn(QStringLiteral("ccna.png")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    run = verify(offlineJohn(QStringLiteral("ccie.jwt")));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(QStringLiteral("Expired")), qPrintable(run.out));
    run = verify(offlineJohn(QStringLiteral("tampered.jwt")));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(QStringLiteral("Not valid")), qPrintable(run.out));
    run = verify(offlineJohn(QStringLiteral("garbage.txt")));
    QCOMPARE(run.exitCode, 1);
}

void TestVerifyCommand::withTheServerStopped() {
    // Nothing of ours goes to the network: with the server gone, the same verdicts.
    m_server.stop();
    Run run = verify(offlineJohn(QStringLiteral("ccna.jwt")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    // Not even without --offline: ours is checked against the cache.
    run = verify({file(QStringLiteral("ccna.jwt")), QStringLiteral("--login"), kJohn});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
}

void TestVerifyCommand::revokedAfterTheNextSync() {
    QProcess admin;
    admin.start(TestServer::executable(),
                {QStringLiteral("admin"), QStringLiteral("--database"), m_server.databasePath(),
                 QStringLiteral("certification"), QStringLiteral("revoke"), kJohn,
                 QStringLiteral("crt-10000000-ccna")});
    QVERIFY(admin.waitForFinished(30000));
    QVERIFY2(admin.exitCode() == 0, admin.readAllStandardError().constData());
    // Until the next sync the cached list does not know.
    QCOMPARE(verify(offlineJohn(QStringLiteral("ccna.jwt"))).exitCode, 0);
    QVERIFY2(m_server.restart(TestServer::defaultNow()), qPrintable(m_server.error()));
    rememberJohn(QStringLiteral("CCENT")); // CCNA has no certificate any more
    const Run run = verify(offlineJohn(QStringLiteral("ccna.jwt")));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(QStringLiteral("Revoked")), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestVerifyCommand)
#include "TestVerifyCommand.moc"
