// certtrackd's transport against hostile and careless clients, over raw TLS sockets to a real
// server: oversized bodies and headers are refused from the headers, slow and idle connections
// are closed, ambiguous framing is refused and closed, Connection: close and HTTP/1.0 close, TLS
// offers only what it should, and SIGHUP swaps the certificate without dropping a connection.
#include "TestServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

#include <csignal>
#include <memory>

using namespace certtrack::test;

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;

struct Answer {
    int status = 0; // 0: the connection closed or nothing came in time
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray &name) const {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// One TLS connection that the test writes bytes to by hand.
class RawConnection {
public:
    bool open(quint16 port, const QString &caFile) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(caFile));
        m_socket.setSslConfiguration(tls);
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port,
                                        QStringLiteral("localhost"));
        return m_socket.waitForEncrypted(10000);
    }

    void send(const QByteArray &bytes) {
        m_socket.write(bytes);
        m_socket.flush();
    }

    // Writes and waits until the bytes left, so a large body never piles up in this process;
    // keeps what the server answers meanwhile, as a client that watches for an early answer does.
    bool sendAll(const QByteArray &bytes) {
        send(bytes);
        while (m_socket.bytesToWrite() > 0) {
            const bool written = m_socket.waitForBytesWritten(5000);
            m_pending += m_socket.readAll();
            if (!written)
                return false;
        }
        m_pending += m_socket.readAll();
        return isOpen();
    }

    // Reads one response (headers and a Content-Length body).
    Answer read(int timeoutMs = 10000) {
        QElapsedTimer timer;
        timer.start();
        Answer answer;
        for (;;) {
            m_pending += m_socket.readAll();
            const qsizetype end = m_pending.indexOf("\r\n\r\n");
            if (end >= 0) {
                answer.head = m_pending.left(end);
                const qint64 length = answer.header("Content-Length").toLongLong();
                if (m_pending.size() >= end + 4 + length) {
                    answer.body = m_pending.mid(end + 4, length);
                    m_pending.remove(0, end + 4 + length);
                    const QList<QByteArray> statusLine = answer.head.split('\n').first().split(' ');
                    answer.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : -1;
                    return answer;
                }
            }
            const qint64 left = timeoutMs - timer.elapsed();
            if (left <= 0 || (!isOpen() && m_socket.bytesAvailable() == 0))
                return answer;
            if (!m_socket.waitForReadyRead(int(left)) && m_socket.bytesAvailable() == 0 &&
                !isOpen())
                return answer;
        }
    }

    // Whether the server closes the connection within `ms` (reading whatever comes until then).
    bool closesWithin(int ms) {
        QElapsedTimer timer;
        timer.start();
        while (isOpen() && timer.elapsed() < ms) {
            m_socket.waitForReadyRead(int(ms - timer.elapsed()));
            m_pending += m_socket.readAll();
        }
        return !isOpen();
    }

    // Reads until `marker` has come, or `ms` passed; whether it came.
    bool readUntil(const QByteArray &marker, int ms) {
        QElapsedTimer timer;
        timer.start();
        while (!m_pending.contains(marker) && timer.elapsed() < ms) {
            m_socket.waitForReadyRead(int(ms - timer.elapsed()));
            m_pending += m_socket.readAll();
        }
        return m_pending.contains(marker);
    }

    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QByteArray pending() const { return m_pending; }
    QSslSocket &socket() { return m_socket; }

private:
    QSslSocket m_socket;
    QByteArray m_pending;
};

qint64 statusKilobytes(qint64 pid, const QByteArray &field) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

const QByteArray kHealth = "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n";

} // namespace

class TestServerTransport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void oversizedBodyIsRefusedBeforeItIsSent();
    void oversizedBodiesSentAnywayDoNotFillMemory();
    void oversizedHeadersAreRefused_data();
    void oversizedHeadersAreRefused();
    void slowHeadersAreCutOff();
    void idleConnectionsAreClosed();
    void ambiguousFramingIsRefusedAndClosed_data();
    void ambiguousFramingIsRefusedAndClosed();
    void connectionCloseAndHttp10Close_data();
    void connectionCloseAndHttp10Close();
    void keepAliveServesSeveralRequests();
    void headAnswersCarryNoBody();
    void tlsOffersOnlyModernSuites_data();
    void tlsOffersOnlyModernSuites();
    void sighupReloadsTheCertificateWithoutDroppingConnections();

private:
    quint16 port() const { return quint16(m_server.baseUrl().port()); }
    void verifyStillServing();

    TestServer m_server;
};

void TestServerTransport::initTestCase() {
    // Under AddressSanitizer freed memory waits in a quarantine (256 MB by default) before it is
    // reused, which would count against the memory bound below; a smaller one keeps the bound
    // about what the server holds. The server inherits this environment.
    if (qEnvironmentVariableIsSet("ASAN_OPTIONS"))
        qputenv("ASAN_OPTIONS", qgetenv("ASAN_OPTIONS") + ":quarantine_size_mb=32");
    // Short timeouts so the tests of them take seconds.
    QVERIFY2(m_server.start(TestServer::defaultNow(), QStringLiteral("demo"),
                            {QStringLiteral("--workers"), QStringLiteral("2"),
                             QStringLiteral("--header-timeout"), QStringLiteral("2"),
                             QStringLiteral("--idle-timeout"), QStringLiteral("3")}),
             qPrintable(m_server.error()));
}

void TestServerTransport::verifyStillServing() {
    RawConnection connection;
    QVERIFY(connection.open(port(), m_server.caFile()));
    connection.send(kHealth);
    QCOMPARE(connection.read().status, 200);
}

void TestServerTransport::oversizedBodyIsRefusedBeforeItIsSent() {
    // The client announces 200 MB and waits: the answer has to come from the headers alone.
    RawConnection connection;
    QVERIFY(connection.open(port(), m_server.caFile()));
    connection.send("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
                    "Content-Type: application/x-www-form-urlencoded\r\n"
                    "Content-Length: 209715200\r\n\r\n");
    const Answer answer = connection.read();
    QCOMPARE(answer.status, 413);
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(answer.header("Connection").toLower(), QByteArray("close"));
    // The server waits up to 5 s for a body it would drop, then closes; it never reads one.
    QVERIFY(connection.closesWithin(15000));
    verifyStillServing();
}

void TestServerTransport::oversizedBodiesSentAnywayDoNotFillMemory() {
    const qint64 pid = m_server.processId();
    QVERIFY(pid > 0);
    const QByteArray megabyte(kMegabyte, 'x');
    // What the server holds before: a sanitizer build starts far higher (shadow memory), so the
    // bound is on growth, which is the same in every build.
    const qint64 startKb = statusKilobytes(pid, "VmHWM");
    QVERIFY(startKb > 0);
    // 200 MB pushed without waiting, once with a Content-Length and once chunked (no length to
    // refuse up front: the limit has to cut the stream).
    for (const bool chunked : {false, true}) {
        RawConnection connection;
        QVERIFY(connection.open(port(), m_server.caFile()));
        connection.send(QByteArray("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
                                   "Content-Type: application/x-www-form-urlencoded\r\n") +
                        (chunked ? QByteArray("Transfer-Encoding: chunked\r\n\r\n")
                                 : QByteArray("Content-Length: 209715200\r\n\r\n")));
        const QByteArray piece =
            chunked ? QByteArray::number(kMegabyte, 16) + "\r\n" + megabyte + "\r\n" : megabyte;
        int sent = 0;
        while (sent < 200 && connection.pending().isEmpty() && connection.sendAll(piece))
            ++sent;
        // A client that keeps pushing may see its connection reset before it reads the 413;
        // what it must never see is another answer.
        const Answer answer = connection.read(3000);
        QVERIFY2(answer.status == 413 || (answer.status == 0 && !connection.isOpen()),
                 qPrintable(QStringLiteral("chunked %1, %2 MB sent, got \"%3\"")
                                .arg(chunked)
                                .arg(sent)
                                .arg(QString::fromLatin1(answer.head.left(60)))));
        const qint64 peakKb = statusKilobytes(pid, "VmHWM");
        QVERIFY(peakKb > 0);
        QVERIFY2(peakKb - startKb < 64 * 1024,
                 qPrintable(QStringLiteral("peak %1 kB, from %2 kB").arg(peakKb).arg(startKb)));
    }
    const qint64 residentKb = statusKilobytes(pid, "VmRSS");
    QVERIFY2(residentKb > 0 && residentKb - startKb < 64 * 1024,
             qPrintable(QStringLiteral("resident %1 kB, from %2 kB").arg(residentKb).arg(startKb)));
    verifyStillServing();
}

void TestServerTransport::oversizedHeadersAreRefused_data() {
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");
    QTest::newRow("one header of 1 MB")
        << QByteArray("X-Big: " + QByteArray(kMegabyte, 'a') + "\r\n") << 431;
    QByteArray many;
    for (int i = 0; i < 10000; ++i)
        many += "X-H" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("10000 headers") << many << 431;
    QByteArray overCount;
    for (int i = 0; i < 101; ++i)
        overCount += "X-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("101 small headers") << overCount << 431;
    QByteArray underCount;
    for (int i = 0; i < 40; ++i)
        underCount += "X-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("40 small headers are fine") << underCount << 200;
}

void TestServerTransport::oversizedHeadersAreRefused() {
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    RawConnection connection;
    QVERIFY(connection.open(port(), m_server.caFile()));
    connection.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n");
    const Answer answer = connection.read();
    QCOMPARE(answer.status, status);
    if (status != 200)
        QVERIFY(connection.closesWithin(5000));
    verifyStillServing();
}

void TestServerTransport::slowHeadersAreCutOff() {
    // Twenty clients trickle a header line every half second and never finish (a slowloris).
    // The header timeout is 2 s here; each is closed well before the 10 s they would go on for.
    std::vector<std::unique_ptr<RawConnection>> connections;
    for (int i = 0; i < 20; ++i) {
        connections.push_back(std::make_unique<RawConnection>());
        QVERIFY(connections.back()->open(port(), m_server.caFile()));
        connections.back()->send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n");
    }
    QElapsedTimer timer;
    timer.start();
    int line = 0;
    int open = int(connections.size());
    while (open > 0 && timer.elapsed() < 10000) {
        QTest::qWait(500);
        open = 0;
        for (auto &connection : connections) {
            if (!connection->isOpen())
                continue;
            ++open;
            connection->send("X-Slow-" + QByteArray::number(line) + ": 1\r\n");
        }
        ++line;
    }
    QCOMPARE(open, 0);
    for (auto &connection : connections) {
        // A close, or a 408 before it; never an answer to the request.
        const QByteArray got = connection->pending() + connection->socket().readAll();
        QVERIFY2(got.isEmpty() || got.startsWith("HTTP/1.1 408"), got.left(80).constData());
    }
    verifyStillServing();
}

void TestServerTransport::idleConnectionsAreClosed() {
    // Idle timeout 3 s: a kept-alive connection that sends nothing more is closed; so is one that
    // finishes the handshake and never sends a request.
    RawConnection used;
    QVERIFY(used.open(port(), m_server.caFile()));
    used.send(kHealth);
    QCOMPARE(used.read().status, 200);
    RawConnection silent;
    QVERIFY(silent.open(port(), m_server.caFile()));
    QVERIFY(used.isOpen());
    QVERIFY(used.closesWithin(10000));
    QVERIFY(silent.closesWithin(10000));
}

void TestServerTransport::ambiguousFramingIsRefusedAndClosed_data() {
    QTest::addColumn<QByteArray>("request");
    // Each carries a second request after the first body as one reading or another would see
    // it; it must never be answered.
    const QByteArray smuggled = "0\r\n\r\nGET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n";
    QTest::newRow("Content-Length then chunked")
        << QByteArray("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
                      "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n" +
                      smuggled);
    QTest::newRow("chunked then Content-Length")
        << QByteArray("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
                      "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n" +
                      smuggled);
    QTest::newRow("two different Content-Lengths")
        << QByteArray("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
                      "Content-Length: 5\r\nContent-Length: 48\r\n\r\n" +
                      smuggled);
    QTest::newRow("Transfer-Encoding not ending in chunked")
        << QByteArray("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
                      "Transfer-Encoding: gzip\r\n\r\n" +
                      smuggled);
}

void TestServerTransport::ambiguousFramingIsRefusedAndClosed() {
    QFETCH(QByteArray, request);
    RawConnection connection;
    QVERIFY(connection.open(port(), m_server.caFile()));
    connection.send(request);
    const Answer answer = connection.read();
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.header("Connection").toLower(), QByteArray("close"));
    QVERIFY(connection.closesWithin(5000));
    QVERIFY2(!connection.pending().contains("HTTP/1."), connection.pending().constData());
    verifyStillServing();
}

void TestServerTransport::connectionCloseAndHttp10Close_data() {
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("version");
    QTest::newRow("Connection: close")
        << QByteArray("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        << QByteArray("HTTP/1.1");
    QTest::newRow("HTTP/1.0") << QByteArray("GET /healthz HTTP/1.0\r\n\r\n")
                              << QByteArray("HTTP/1.0");
}

void TestServerTransport::connectionCloseAndHttp10Close() {
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, version);
    RawConnection connection;
    QVERIFY(connection.open(port(), m_server.caFile()));
    // A second request right behind the first: with the connection ending, it goes unanswered.
    connection.send(request + kHealth);
    const Answer answer = connection.read();
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.head.startsWith(version));
    // The idle timeout is 3 s; a close within 2 s comes from the request, not from idling.
    QVERIFY(connection.closesWithin(2000));
    QVERIFY2(!connection.pending().contains("HTTP/1."), connection.pending().constData());
}

void TestServerTransport::keepAliveServesSeveralRequests() {
    RawConnection connection;
    QVERIFY(connection.open(port(), m_server.caFile()));
    connection.send(kHealth + kHealth);
    QCOMPARE(connection.read().status, 200);
    QCOMPARE(connection.read().status, 200);
    connection.send("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    const Answer answer = connection.read();
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("Connection").toLower(), QByteArray("keep-alive"));
    QVERIFY(connection.isOpen());
}

void TestServerTransport::headAnswersCarryNoBody() {
    // The 405 to HEAD says how long its body would be and sends none: the next answer follows it
    // directly on the same connection.
    RawConnection connection;
    QVERIFY(connection.open(port(), m_server.caFile()));
    connection.send("HEAD /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n" + kHealth);
    QVERIFY(connection.readUntil("{\"status\":\"ok\",\"storage\":\"ok\"}", 10000));
    const QByteArray both = connection.pending();
    QVERIFY2(both.startsWith("HTTP/1.1 405 "), both.constData());
    QCOMPARE(both.count("HTTP/1.1 "), 2);
    const qsizetype second = both.indexOf("HTTP/1.1 200 ");
    QVERIFY2(second > 0, both.constData());
    QVERIFY(both.left(second).endsWith("\r\n\r\n"));
    QVERIFY(both.endsWith("{\"status\":\"ok\",\"storage\":\"ok\"}"));
}

void TestServerTransport::tlsOffersOnlyModernSuites_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("accepted");
    const QString anyLevel = QStringLiteral(":@SECLEVEL=0");
    QTest::newRow("1.2 ECDHE-ECDSA-AES128-GCM-SHA256")
        << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                       QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")}
        << true;
    QTest::newRow("1.2 ECDHE-ECDSA-AES256-GCM-SHA384")
        << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                       QStringLiteral("ECDHE-ECDSA-AES256-GCM-SHA384")}
        << true;
    QTest::newRow("1.2 ECDHE-ECDSA-CHACHA20-POLY1305")
        << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                       QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305")}
        << true;
    QTest::newRow("1.3") << QStringList{QStringLiteral("-tls1_3")} << true;
    QTest::newRow("1.2 CBC with SHA-1")
        << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                       QStringLiteral("ECDHE-ECDSA-AES128-SHA") + anyLevel}
        << false;
    QTest::newRow("1.2 CBC with SHA-256")
        << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                       QStringLiteral("ECDHE-ECDSA-AES128-SHA256") + anyLevel}
        << false;
    QTest::newRow("1.2 every CBC suite")
        << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                       QStringLiteral("ALL:!AESGCM:!CHACHA20:!AESCCM:!ARIAGCM") + anyLevel}
        << false;
    QTest::newRow("1.2 PSK") << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                            QStringLiteral("PSK") + anyLevel,
                                            QStringLiteral("-psk"),
                                            QStringLiteral("00112233445566778899aabbccddeeff")}
                             << false;
    QTest::newRow("1.2 static RSA key exchange")
        << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                       QStringLiteral("kRSA") + anyLevel}
        << false;
    QTest::newRow("1.1") << QStringList{QStringLiteral("-tls1_1"), QStringLiteral("-cipher"),
                                        QStringLiteral("ALL") + anyLevel}
                         << false;
}

void TestServerTransport::tlsOffersOnlyModernSuites() {
    QFETCH(QStringList, arguments);
    QFETCH(bool, accepted);
    QProcess client;
    client.start(QStringLiteral("openssl"),
                 QStringList{QStringLiteral("s_client"), QStringLiteral("-connect"),
                             QStringLiteral("127.0.0.1:%1").arg(port()),
                             QStringLiteral("-servername"), QStringLiteral("localhost")} +
                     arguments);
    QVERIFY(client.waitForStarted(5000));
    client.closeWriteChannel();
    QVERIFY(client.waitForFinished(15000));
    const QByteArray output = client.readAllStandardOutput() + client.readAllStandardError();
    const bool handshook = client.exitCode() == 0 && output.contains("Cipher is ") &&
                           !output.contains("Cipher is (NONE)");
    QVERIFY2(handshook == accepted, output.constData());
}

void TestServerTransport::sighupReloadsTheCertificateWithoutDroppingConnections() {
    TestServer server;
    QVERIFY2(server.start(TestServer::defaultNow(), QString()), qPrintable(server.error()));
    const quint16 serverPort = quint16(server.baseUrl().port());
    RawConnection before;
    QVERIFY(before.open(serverPort, server.caFile()));
    before.send(kHealth);
    QCOMPARE(before.read().status, 200);
    const QSslCertificate oldLeaf = before.socket().peerCertificate();
    QVERIFY(!oldLeaf.isNull());

    // Renewal as --self-signed does it: without a leaf, the same CA signs a new one.
    QVERIFY(QFile::remove(server.dataDir() + QStringLiteral("/tls/server.pem")));
    QVERIFY(QFile::remove(server.dataDir() + QStringLiteral("/tls/server-key.pem")));
    QCOMPARE(::kill(pid_t(server.processId()), SIGHUP), 0);

    QSslCertificate newLeaf;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        RawConnection after;
        QVERIFY(after.open(serverPort, server.caFile()));
        after.send(kHealth);
        QCOMPARE(after.read().status, 200);
        if (after.socket().peerCertificate() != oldLeaf) {
            newLeaf = after.socket().peerCertificate();
            break;
        }
        QTest::qWait(100);
    }
    QVERIFY2(!newLeaf.isNull(), "new handshakes still get the old certificate");
    QVERIFY(QFile::exists(server.dataDir() + QStringLiteral("/tls/server.pem")));
    QCOMPARE(
        QSslCertificate::fromPath(server.dataDir() + QStringLiteral("/tls/server.pem")).value(0),
        newLeaf);

    // The connection opened before the reload goes on, on its own certificate.
    QVERIFY(before.isOpen());
    before.send(kHealth);
    QCOMPARE(before.read().status, 200);
    QCOMPARE(before.socket().peerCertificate(), oldLeaf);
}

QTEST_GUILESS_MAIN(TestServerTransport)
#include "TestServerTransport.moc"
