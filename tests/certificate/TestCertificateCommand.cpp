// `certtrack certificate` as a whole process: a --remember sync against a real certtrackd (inside
// a private keyring session), then PDFs from the cache with the server stopped, and every error
// exit. Each run gets HOME and the XDG folders of this test, so nothing of the person leaks in.
#include "CommandProcess.h"
#include "PdfTools.h"
#include "TestServer.h"
#include "client/AccountController.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace certtrack::test;

namespace {

using Run = CommandRun;

const QString kPassword = QStringLiteral("certtrack-demo");

} // namespace

class TestCertificateCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rememberedSyncKeepsTheCacheAndTheToken();
    void aSignInWithoutRememberLeavesNothing();
    void rememberWithoutAKeychainSaysSoAndGoesOn();
    void wrongPasswordFails();
    void exportsWithTheServerStopped();
    void allEligibleCertifications();
    void ineligibleAndUnknownCertifications();
    void severalServersNeedAChoice();
    void noCachedData();
    void usageErrors();
    void rememberIsRefusedOnAKioskMachine();
    void aRunningClientAndTheCommandShareAnAccount();

private:
    Run certificate(const QStringList &arguments, const QByteArray &input = {},
                    const QProcessEnvironment &environment = {}) {
        return runCertTrack(QStringList{QStringLiteral("certificate")} + arguments, m_home, input,
                            environment);
    }
    QStringList online(const TestServer &server, const QString &login) const {
        return {QStringLiteral("--login"),         login,
                QStringLiteral("--server"),        server.baseUrl().toString(),
                QStringLiteral("--ca-file"),       server.caFile(),
                QStringLiteral("--password-stdin")};
    }
    QString out(const QString &name) const { return m_output.filePath(name); }
    QStringList cacheFiles() const {
        return QDir(m_home.filePath(QStringLiteral("data/CertTrack/certtrack/accounts")))
            .entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    }

    TestServer m_server;
    TestServer m_secondServer;
    QTemporaryDir m_home;
    QTemporaryDir m_output;
    QString m_serverUrl;
};

void TestCertificateCommand::initTestCase() {
    QVERIFY(m_home.isValid() && m_output.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_serverUrl = m_server.baseUrl().toString();
}

void TestCertificateCommand::rememberedSyncKeepsTheCacheAndTheToken() {
    const Run run =
        certificate(online(m_server, QStringLiteral("CSCO10000000")) +
                        QStringList{QStringLiteral("--remember"), QStringLiteral("--certification"),
                                    QStringLiteral("CCNA"), QStringLiteral("--output"),
                                    out(QStringLiteral("online.pdf"))},
                    kPassword.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), out(QStringLiteral("online.pdf")));
    // Inside the test keyring the refresh token is kept: no complaint about a keychain.
    QVERIFY2(!run.err.contains(QStringLiteral("keychain")), qPrintable(run.err));
    QCOMPARE(cacheFiles().size(), 1);
    QVERIFY(pdfText(out(QStringLiteral("online.pdf"))).contains(QStringLiteral("V7L4P3MC")));
}

void TestCertificateCommand::aSignInWithoutRememberLeavesNothing() {
    const Run run =
        certificate(online(m_server, QStringLiteral("CSCO10000002")) +
                        QStringList{QStringLiteral("--certification"), QStringLiteral("ccna"),
                                    QStringLiteral("--output"), out(QStringLiteral("chen.pdf"))},
                    kPassword.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = pdfText(out(QStringLiteral("chen.pdf")));
    QVERIFY2(text.contains(QStringLiteral("陈静")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("T5N2B7VE")));
    QCOMPARE(cacheFiles().size(), 1); // still only CSCO10000000's
    // Not remembered: offline there is nothing for this login.
    const Run offline = certificate({QStringLiteral("--login"), QStringLiteral("CSCO10000002"),
                                     QStringLiteral("--certification"), QStringLiteral("CCNA"),
                                     QStringLiteral("--output"), out(QStringLiteral("x.pdf"))});
    QCOMPARE(offline.exitCode, 3);
}

void TestCertificateCommand::rememberWithoutAKeychainSaysSoAndGoesOn() {
    // A session bus that does not exist: QtKeychain cannot reach a Secret Service.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=%1").arg(m_home.filePath(QStringLiteral("no-bus"))));
    QVERIFY2(m_secondServer.start(), qPrintable(m_secondServer.error()));
    const Run run =
        certificate(online(m_secondServer, QStringLiteral("CSCO10000000")) +
                        QStringList{QStringLiteral("--remember"), QStringLiteral("--certification"),
                                    QStringLiteral("CCNA"), QStringLiteral("--output"),
                                    out(QStringLiteral("second.pdf"))},
                    kPassword.toUtf8() + '\n', env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("no keychain is available")), qPrintable(run.err));
    QCOMPARE(cacheFiles().size(), 2);
    m_secondServer.stop();
}

void TestCertificateCommand::wrongPasswordFails() {
    const Run run =
        certificate(online(m_server, QStringLiteral("CSCO10000000")) +
                        QStringList{QStringLiteral("--certification"), QStringLiteral("CCNA"),
                                    QStringLiteral("--output"), out(QStringLiteral("wrong.pdf"))},
                    "not-the-password\n");
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QStringLiteral("sign-in to")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out(QStringLiteral("wrong.pdf"))));
    const Run empty = certificate(
        online(m_server, QStringLiteral("CSCO10000000")) +
            QStringList{QStringLiteral("--all"), QStringLiteral("--output-dir"), out({})},
        QByteArray());
    QCOMPARE(empty.exitCode, 2);
    QVERIFY(empty.err.contains(QStringLiteral("no password")));
}

void TestCertificateCommand::exportsWithTheServerStopped() {
    m_server.stop();
    const Run run = certificate({QStringLiteral("--login"), QStringLiteral("CSCO10000000"),
                                 QStringLiteral("--server"), m_serverUrl,
                                 QStringLiteral("--certification"), QStringLiteral("CCNA"),
                                 QStringLiteral("--output"), out(QStringLiteral("offline.pdf"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString pdf = out(QStringLiteral("offline.pdf"));
    const QString text = pdfText(pdf);
    for (const QString &expected :
         {QStringLiteral("John Doe"), QStringLiteral("CCNA Routing and Switching"),
          QStringLiteral("V7L4P3MC")})
        QVERIFY2(text.contains(expected), qPrintable(text));
    bool ok = false;
    const QString prefix = out(QStringLiteral("offline"));
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
             QStringLiteral("-singlefile"), pdf, prefix},
            &ok);
    QVERIFY(ok);
    const QString scanned = runTool(QStringLiteral("zbarimg"),
                                    {QStringLiteral("--quiet"), QStringLiteral("--raw"),
                                     prefix + QStringLiteral(".png")},
                                    &ok)
                                .trimmed();
    QVERIFY(ok);
    QCOMPARE(scanned, m_serverUrl + QStringLiteral("/verify/V7L4P3MC"));
}

void TestCertificateCommand::allEligibleCertifications() {
    const QString dir = out(QStringLiteral("all"));
    const Run run = certificate({QStringLiteral("--login"), QStringLiteral("CSCO10000000"),
                                 QStringLiteral("--server"), m_serverUrl, QStringLiteral("--all"),
                                 QStringLiteral("--output-dir"), dir});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList files = QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    files.sort();
    QCOMPARE(files,
             (QStringList{QStringLiteral("CCENT-K9T2XW4R.pdf"), QStringLiteral("CCNA-V7L4P3MC.pdf"),
                          QStringLiteral("ENCOR-Q3M8ZN6D.pdf")}));
    QVERIFY2(run.err.contains(QStringLiteral("Skipped CCIE Routing and Switching (CCIE): Expired "
                                             "on 2010-Feb-21")),
             qPrintable(run.err));
    QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
}

void TestCertificateCommand::ineligibleAndUnknownCertifications() {
    const QStringList base{QStringLiteral("--login"),  QStringLiteral("CSCO10000000"),
                           QStringLiteral("--server"), m_serverUrl,
                           QStringLiteral("--output"), out(QStringLiteral("no.pdf"))};
    const Run expired =
        certificate(base + QStringList{QStringLiteral("--certification"), QStringLiteral("CCIE")});
    QCOMPARE(expired.exitCode, 4);
    QVERIFY2(expired.err.contains(QStringLiteral("Expired on 2010-Feb-21")),
             qPrintable(expired.err));
    const Run unknown =
        certificate(base + QStringList{QStringLiteral("--certification"), QStringLiteral("CCDE")});
    QCOMPARE(unknown.exitCode, 4);
    QVERIFY2(unknown.err.contains(QStringLiteral("holds no certification \"CCDE\"")),
             qPrintable(unknown.err));
    const Run unwritable = certificate(
        {QStringLiteral("--login"), QStringLiteral("CSCO10000000"), QStringLiteral("--server"),
         m_serverUrl, QStringLiteral("--certification"), QStringLiteral("crt-10000000-ccna"),
         QStringLiteral("--output"), QStringLiteral("/nonexistent-folder/ccna.pdf")});
    QCOMPARE(unwritable.exitCode, 6);
    QVERIFY(!QFileInfo::exists(out(QStringLiteral("no.pdf"))));
}

void TestCertificateCommand::severalServersNeedAChoice() {
    const Run run = certificate({QStringLiteral("--login"), QStringLiteral("CSCO10000000"),
                                 QStringLiteral("--certification"), QStringLiteral("CCNA"),
                                 QStringLiteral("--output"), out(QStringLiteral("which.pdf"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("several servers")), qPrintable(run.err));
    QVERIFY(run.err.contains(m_serverUrl));
}

void TestCertificateCommand::noCachedData() {
    const Run run = certificate({QStringLiteral("--login"), QStringLiteral("CSCO99999999"),
                                 QStringLiteral("--certification"), QStringLiteral("CCNA"),
                                 QStringLiteral("--output"), out(QStringLiteral("none.pdf"))});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("no local copy of CSCO99999999")),
             qPrintable(run.err));
    const Run otherServer = certificate(
        {QStringLiteral("--login"), QStringLiteral("CSCO10000000"), QStringLiteral("--server"),
         QStringLiteral("https://elsewhere.example:8443"), QStringLiteral("--certification"),
         QStringLiteral("CCNA"), QStringLiteral("--output"), out(QStringLiteral("none.pdf"))});
    QCOMPARE(otherServer.exitCode, 3);
}

void TestCertificateCommand::usageErrors() {
    const QString file = out(QStringLiteral("usage.pdf"));
    const QList<QStringList> cases{
        {QStringLiteral("--certification"), QStringLiteral("CCNA"), QStringLiteral("--output"),
         file},
        {QStringLiteral("--login"), QStringLiteral("CSCO10000000"), QStringLiteral("--all"),
         QStringLiteral("--certification"), QStringLiteral("CCNA"), QStringLiteral("--output"),
         file},
        {QStringLiteral("--login"), QStringLiteral("CSCO10000000"),
         QStringLiteral("--certification"), QStringLiteral("CCNA")},
        {QStringLiteral("--login"), QStringLiteral("CSCO10000000"), QStringLiteral("--all")},
        {QStringLiteral("--login"), QStringLiteral("CSCO10000000"), QStringLiteral("--all"),
         QStringLiteral("--output-dir"), out({}), QStringLiteral("--password-stdin")},
        {QStringLiteral("--login"), QStringLiteral("CSCO10000000"), QStringLiteral("--all"),
         QStringLiteral("--output-dir"), out({}), QStringLiteral("--remember")},
        {QStringLiteral("--login"), QStringLiteral("CSCO10000000"), QStringLiteral("--all"),
         QStringLiteral("--output-dir"), out({}), QStringLiteral("--server"),
         QStringLiteral("http://plain.example")},
        {QStringLiteral("--login"), QStringLiteral("CSCO10000000"), QStringLiteral("--frobnicate")},
    };
    for (const QStringList &arguments : cases) {
        const Run run = certificate(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) + run.err));
        QVERIFY(!run.err.isEmpty());
    }
    QVERIFY(!QFileInfo::exists(file));
    const Run help = certificate({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--password-stdin")));
}

void TestCertificateCommand::rememberIsRefusedOnAKioskMachine() {
    QTemporaryDir system;
    QVERIFY(system.isValid());
    QVERIFY(QDir(system.path()).mkpath(QStringLiteral("CertTrack")));
    QFile conf(system.filePath(QStringLiteral("CertTrack/certtrack.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[General]\nkiosk=true\n");
    conf.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_DIRS"), system.path());
    const QStringList cachesBefore = cacheFiles();
    const Run run =
        certificate(online(m_server, QStringLiteral("CSCO10000001")) +
                        QStringList{QStringLiteral("--all"), QStringLiteral("--output-dir"),
                                    out({}), QStringLiteral("--remember")},
                    QByteArrayLiteral("certtrack-demo\n"), environment);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("kiosk")), qPrintable(run.err));
    QCOMPARE(cacheFiles(), cachesBefore);
}

void TestCertificateCommand::aRunningClientAndTheCommandShareAnAccount() {
    // The client holds one token family; the command signs in with one of its own and revokes it
    // when done. Neither may look like a replayed refresh token to the server: after both
    // commands the client must still refresh its expired access token and stay signed in.
    using certtrack::client::AccountController;
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    AccountController controller(AccountController::Options{false});
    QSignalSpy synced(&controller, &AccountController::syncFinished);
    QSignalSpy signedOut(&controller, &AccountController::signedOut);
    controller.signIn({server.baseUrl(), server.caFile()}, QStringLiteral("CSCO10000001"),
                      kPassword, false);
    QVERIFY(synced.wait(20000));
    QVERIFY(synced.last().first().toBool());

    for (const QString &folder : {QStringLiteral("shared-1"), QStringLiteral("shared-2")}) {
        const Run run = certificate(
            online(server, QStringLiteral("CSCO10000001")) +
                QStringList{QStringLiteral("--all"), QStringLiteral("--output-dir"), out(folder)},
            kPassword.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QDir(out(folder)).entryList({QStringLiteral("*.pdf")}).isEmpty());
    }

    QVERIFY2(server.restart(TestServer::defaultNow().addSecs(20 * 60)), qPrintable(server.error()));
    controller.refresh();
    QVERIFY(synced.wait(20000));
    QVERIFY2(synced.last().first().toBool(), qPrintable(controller.offlineReason()));
    QVERIFY(signedOut.isEmpty());
    QVERIFY(controller.isSignedIn());
    QCOMPARE(controller.data().profile.loginId, QStringLiteral("CSCO10000001"));
}

QTEST_GUILESS_MAIN(TestCertificateCommand)
#include "TestCertificateCommand.moc"
