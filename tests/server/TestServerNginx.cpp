// packaging/nginx/certtrackd.conf as it ships, in front of certtrackd: nginx terminates TLS and
// passes requests on over TLS, certtrackd (started with --trusted-proxy) counts its per-address
// limits against the client nginx names, not against nginx, and a client's own X-Forwarded-For is
// not believed. On PostgreSQL two processes stand behind nginx: requests reach both, and when one
// stops the other serves on.
#include "ServerTestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <unistd.h>

using namespace certtrack::test;

namespace {

// VerificationEndpoint::kMaxLookups: look-ups a minute from one address.
constexpr int kMaxLookups = 30;

quint16 freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// `text` with `from` replaced by `to`; false when `from` is not in it (the shipped file changed
// shape, and this test would no longer run it as it ships).
bool replaceIn(QString &text, const QString &from, const QString &to) {
    if (!text.contains(from))
        return false;
    text.replace(from, to);
    return true;
}

} // namespace

class TestServerNginx : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void answersComeThroughNginx();
    void limitsCountTheClientBehindNginx();
    void aClientsOwnForwardedForIsNotBelieved();
    void requestsReachEveryProcessAndSurviveOneStopping();

private:
    bool startNginx(QString *error);
    QUrl viaNginx(const QString &path) const {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    int lookUpFrom(const QString &address, const QByteArray &forwardedFor = {});

    TestServer m_a;
    TestServer m_b;
    QTemporaryDir m_dir;
    QProcess m_nginx;
    quint16 m_port = 0;
    std::unique_ptr<TestHttp> m_http;
};

void TestServerNginx::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_port = freePort();
    QVERIFY(m_port != 0);
    const QStringList behindNginx{QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"),
                                  QStringLiteral("--public-url"),
                                  QStringLiteral("https://localhost:%1").arg(m_port)};
    QVERIFY2(m_a.start(TestServer::defaultNow(), QStringLiteral("demo"), behindNginx),
             qPrintable(m_a.error()));
    if (TestServer::usesPostgresServer())
        QVERIFY2(m_b.startBeside(m_a, TestServer::defaultNow(), behindNginx),
                 qPrintable(m_b.error()));
    m_http = std::make_unique<TestHttp>(m_a.caFile());
    QString error;
    QVERIFY2(startNginx(&error), qPrintable(error));
}

void TestServerNginx::cleanupTestCase() {
    if (m_nginx.state() == QProcess::Running) {
        m_nginx.terminate();
        m_nginx.waitForFinished(10000);
    }
}

bool TestServerNginx::startNginx(QString *error) {
    const QString nginx = QStandardPaths::findExecutable(
        QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (nginx.isEmpty()) {
        *error =
            QStringLiteral("nginx is missing (packaging/install-deps.sh installs nginx-light)");
        return false;
    }
    QFile shipped(QStringLiteral(CERTTRACK_SOURCE_DIR "/packaging/nginx/certtrackd.conf"));
    if (!shipped.open(QIODevice::ReadOnly)) {
        *error = shipped.errorString();
        return false;
    }
    QString site = QString::fromUtf8(shipped.readAll());
    const QString tls = QFileInfo(m_a.caFile()).absolutePath();
    QString upstreams = QStringLiteral("    server 127.0.0.1:%1 max_fails=2 fail_timeout=5s;\n")
                            .arg(m_a.baseUrl().port());
    if (m_b.isRunning())
        upstreams += QStringLiteral("    server 127.0.0.1:%1 max_fails=2 fail_timeout=5s;\n")
                         .arg(m_b.baseUrl().port());
    const QList<QPair<QString, QString>> replacements{
        {QStringLiteral("    server 127.0.0.1:8443 max_fails=2 fail_timeout=5s;\n"
                        "    server 127.0.0.1:8444 max_fails=2 fail_timeout=5s;\n"),
         upstreams},
        {QStringLiteral("listen 443 ssl;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(m_port)},
        {QStringLiteral("    listen [::]:443 ssl;\n"), QString()},
        {QStringLiteral("/etc/ssl/certtrack/fullchain.pem"), tls + QStringLiteral("/server.pem")},
        {QStringLiteral("/etc/ssl/certtrack/privkey.pem"), tls + QStringLiteral("/server-key.pem")},
        {QStringLiteral("/etc/certtrackd/tls/ca.pem"), tls + QStringLiteral("/ca.pem")},
    };
    for (const auto &[from, to] : replacements) {
        if (!replaceIn(site, from, to)) {
            *error = QStringLiteral("packaging/nginx/certtrackd.conf no longer holds \"%1\"")
                         .arg(from.trimmed());
            return false;
        }
    }
    const QDir dir(m_dir.path());
    QFile siteFile(dir.filePath(QStringLiteral("certtrackd.conf")));
    QFile mainFile(dir.filePath(QStringLiteral("nginx.conf")));
    const QString temp = dir.filePath(QStringLiteral("temp"));
    // What the distribution's nginx.conf gives a site: a pid file, temporary folders, events. A
    // master run as root would hand its workers to an unprivileged user who cannot read the test
    // certificates in a private folder.
    const QString main =
        QStringLiteral(
            "%1worker_processes 1;\npid %2/nginx.pid;\nevents { worker_connections 256; }\n"
            "http {\n  access_log off;\n  client_body_temp_path %3;\n"
            "  proxy_temp_path %3;\n  fastcgi_temp_path %3;\n  uwsgi_temp_path %3;\n"
            "  scgi_temp_path %3;\n  include %4;\n}\n")
            .arg(::geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), m_dir.path(), temp,
                 siteFile.fileName());
    if (!QDir().mkpath(temp) || !siteFile.open(QIODevice::WriteOnly) ||
        siteFile.write(site.toUtf8()) < 0 || !mainFile.open(QIODevice::WriteOnly) ||
        mainFile.write(main.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write the nginx configuration");
        return false;
    }
    siteFile.close();
    mainFile.close();
    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.start(nginx, {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-e"),
                          QStringLiteral("stderr"), QStringLiteral("-c"), mainFile.fileName(),
                          QStringLiteral("-g"), QStringLiteral("daemon off;")});
    if (!m_nginx.waitForStarted(10000)) {
        *error = m_nginx.errorString();
        return false;
    }
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(100))
            return true;
        if (m_nginx.state() != QProcess::Running)
            break;
        QTest::qWait(100);
    }
    *error = QStringLiteral("nginx did not listen: ") + QString::fromUtf8(m_nginx.readAll());
    return false;
}

int TestServerNginx::lookUpFrom(const QString &address, const QByteArray &forwardedFor) {
    QList<QPair<QByteArray, QByteArray>> headers{{"Accept", "application/json"}};
    if (!forwardedFor.isEmpty())
        headers.append(qMakePair(QByteArray("X-Forwarded-For"), QByteArray(forwardedFor)));
    const HttpResult result = m_http->requestFrom(
        QHostAddress(address), "GET", viaNginx(QStringLiteral("/verify/ZZZZ9999")), headers);
    if (result.status == 0)
        qWarning() << result.networkError;
    return result.status;
}

// A signed-in read through nginx: certtrackd's answer, with its headers.
void TestServerNginx::answersComeThroughNginx() {
    const QString token = m_http->passwordToken(viaNginx(QString()), kDemoLogin, kDemoPassword);
    QVERIFY(!token.isEmpty());
    const HttpResult me = m_http->get(viaNginx(QStringLiteral("/api/v1/me")), bearer(token));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().object().value(QLatin1String("loginId")).toString(), kDemoLogin);
    QCOMPARE(me.header("X-Content-Type-Options"), QByteArray("nosniff"));
}

// Every request reaches certtrackd from nginx's address; the limit counts the client nginx names.
void TestServerNginx::limitsCountTheClientBehindNginx() {
    for (int i = 0; i < kMaxLookups; ++i)
        QCOMPARE(lookUpFrom(QStringLiteral("127.0.0.2")), 404);
    QCOMPARE(lookUpFrom(QStringLiteral("127.0.0.2")), 429);
    // Another client behind the same nginx is not held back.
    QCOMPARE(lookUpFrom(QStringLiteral("127.0.0.3")), 404);
}

// A client naming another address in its own X-Forwarded-For neither escapes its limit nor
// spends someone else's: nginx appends the address it saw, and that is what counts.
void TestServerNginx::aClientsOwnForwardedForIsNotBelieved() {
    QCOMPARE(lookUpFrom(QStringLiteral("127.0.0.2"), "127.0.0.9"), 429);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(lookUpFrom(QStringLiteral("127.0.0.4"), "127.0.0.2"), 404);
}

// nginx spreads requests over both processes, and when one stops the other serves on.
void TestServerNginx::requestsReachEveryProcessAndSurviveOneStopping() {
    if (!m_b.isRunning())
        QSKIP("two processes need PostgreSQL: run under tests/tools/with-postgres.sh");
    for (int i = 0; i < 10; ++i)
        QCOMPARE(m_http->get(viaNginx(QStringLiteral("/healthz"))).status, 200);
    m_b.stop();
    for (int i = 0; i < 10; ++i)
        QCOMPARE(m_http->get(viaNginx(QStringLiteral("/healthz"))).status, 200);
    QVERIFY2(m_b.serverOutput().contains(QLatin1String("GET /healthz 200")),
             "nginx sent nothing to the second process");
    m_a.stop();
    QVERIFY2(m_a.serverOutput().contains(QLatin1String("GET /healthz 200")),
             "nginx sent nothing to the first process");
}

QTEST_GUILESS_MAIN(TestServerNginx)
#include "TestServerNginx.moc"
