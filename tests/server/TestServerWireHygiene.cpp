// What certtrackd says about a body's type and what every answer says about itself, against a real
// certtrackd over TLS: JSON only in UTF-8, one Content-Type or none, nosniff and HSTS on every
// answer, and nothing a client put in a path repeated back in a JSON or problem body.
#include "ServerTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace certtrack::test;

namespace {

const QString kSourceDir = QStringLiteral(CERTTRACK_SOURCE_DIR);

const QByteArray kTranscript = "{\"displayName\":\"John Doe\",\"expires\":\"2027-06-30\","
                               "\"disclosure\":\"activeCertifications\","
                               "\"description\":\"For Acme Networks\"}";

// Values a path parameter or segment might carry to get itself echoed into a page.
const QByteArray kHostileSegment = "<img src=x onerror=alert(1)>";
const QByteArray kHostileScript = "<script>alert(1)</script>";

struct RawAnswer {
    int status = 0;
    QByteArray head;
    QByteArray body;

    QList<QByteArray> headers(const QByteArray &name) const {
        QList<QByteArray> values;
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                values.append(line.mid(colon + 1).trimmed());
        }
        return values;
    }
};

// One request written by hand on its own TLS connection (QNetworkAccessManager folds repeated
// fields into one), read until the server closes it.
RawAnswer rawExchange(const TestServer &server, const QByteArray &request) {
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(server.caFile()));
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(server.baseUrl().port()),
                                  QStringLiteral("localhost"));
    RawAnswer answer;
    if (!socket.waitForEncrypted(10000))
        return answer;
    socket.write(request);
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 10000) {
        socket.waitForReadyRead(200);
        received += socket.readAll();
    }
    received += socket.readAll();
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0)
        return answer;
    answer.head = received.left(end);
    answer.body = received.mid(end + 4);
    const QList<QByteArray> statusLine = answer.head.split('\n').first().split(' ');
    answer.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : -1;
    return answer;
}

// Every operation of server/openapi.yaml as "METHOD /path/{param}".
QList<QPair<QByteArray, QString>> documentedOperations() {
    QFile file(kSourceDir + QStringLiteral("/server/openapi.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression pathLine(QStringLiteral("^  (/[^:\\s]*):\\s*$"));
    static const QRegularExpression methodLine(
        QStringLiteral("^    (get|put|post|delete|patch):\\s*$"));
    QList<QPair<QByteArray, QString>> operations;
    bool inPaths = false;
    QString currentPath;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char(' ')) && !line.trimmed().isEmpty()) {
            inPaths = line.startsWith(QLatin1String("paths:"));
            continue;
        }
        if (!inPaths)
            continue;
        if (const auto m = pathLine.match(line); m.hasMatch())
            currentPath = m.captured(1);
        else if (const auto m2 = methodLine.match(line); m2.hasMatch() && !currentPath.isEmpty())
            operations.append({m2.captured(1).toUpper().toLatin1(), currentPath});
    }
    return operations;
}

} // namespace

class TestServerWireHygiene : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonInAnotherCharsetIsRefused_data();
    void jsonInAnotherCharsetIsRefused();
    void jsonInUtf8IsAccepted_data();
    void jsonInUtf8IsAccepted();
    void twoContentTypesAreRefused_data();
    void twoContentTypesAreRefused();
    void everyAnswerForbidsSniffingAndAsksForHttps();
    void pathInputIsNotEchoed();

private:
    int transcriptCount();
    QUrl url(const QString &path) const;

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QString m_token;
};

void TestServerWireHygiene::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http = std::make_unique<TestHttp>(m_server.caFile());
    m_token = m_http->passwordToken(m_server.baseUrl(), kDemoLogin, kDemoPassword);
    QVERIFY(!m_token.isEmpty());
}

QUrl TestServerWireHygiene::url(const QString &path) const {
    QUrl result = m_server.baseUrl();
    result.setPath(path);
    return result;
}

int TestServerWireHygiene::transcriptCount() {
    return int(
        items(getObject(*m_http, m_server, QStringLiteral("me/transcripts"), m_token)).size());
}

void TestServerWireHygiene::jsonInAnotherCharsetIsRefused_data() {
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("utf-16 label on ASCII")
        << QByteArray("application/json; charset=utf-16") << kTranscript;
    QTest::newRow("UTF-16LE bytes")
        << QByteArray("application/json; charset=UTF-16LE")
        << QByteArray(reinterpret_cast<const char *>(QString::fromUtf8(kTranscript).utf16()),
                      kTranscript.size() * 2);
    QTest::newRow("quoted") << QByteArray("application/json; charset=\"utf-16\"") << kTranscript;
    QTest::newRow("no space, latin-1")
        << QByteArray("application/json;charset=ISO-8859-1") << kTranscript;
    QTest::newRow("utf8 without the dash")
        << QByteArray("application/json; charset=utf8") << kTranscript;
    QTest::newRow("second charset parameter")
        << QByteArray("application/json; charset=utf-8; charset=utf-16") << kTranscript;
}

void TestServerWireHygiene::jsonInAnotherCharsetIsRefused() {
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    const int before = transcriptCount();
    const HttpResult refused =
        m_http->request("POST", m_server.apiUrl(QStringLiteral("me/transcripts")),
                        {{"Content-Type", contentType}, bearer(m_token).first()}, body);
    QCOMPARE(refused.status, 415);
    QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
    const QString detail = refused.json().object().value(QLatin1String("detail")).toString();
    QVERIFY2(detail.contains(QLatin1String("application/json")), qPrintable(detail));
    QVERIFY2(detail.contains(QLatin1String("UTF-8")), qPrintable(detail));
    QCOMPARE(transcriptCount(), before);
}

void TestServerWireHygiene::jsonInUtf8IsAccepted_data() {
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("no charset") << QByteArray("application/json");
    QTest::newRow("utf-8") << QByteArray("application/json; charset=utf-8");
    QTest::newRow("UTF-8 quoted, no space") << QByteArray("application/json;charset=\"UTF-8\"");
    QTest::newRow("upper-case type") << QByteArray("Application/JSON; Charset=Utf-8");
}

void TestServerWireHygiene::jsonInUtf8IsAccepted() {
    QFETCH(QByteArray, contentType);
    const HttpResult created =
        m_http->request("POST", m_server.apiUrl(QStringLiteral("me/transcripts")),
                        {{"Content-Type", contentType}, bearer(m_token).first()}, kTranscript);
    QVERIFY2(created.status == 201, created.body.constData());
}

void TestServerWireHygiene::twoContentTypesAreRefused_data() {
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::newRow("different") << QByteArray("application/json") << QByteArray("text/plain");
    QTest::newRow("equal") << QByteArray("application/json") << QByteArray("application/json");
    QTest::newRow("charsets differ") << QByteArray("application/json; charset=utf-8")
                                     << QByteArray("application/json; charset=utf-16");
}

void TestServerWireHygiene::twoContentTypesAreRefused() {
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    const int before = transcriptCount();
    const RawAnswer answer =
        rawExchange(m_server, "POST /api/v1/me/transcripts HTTP/1.1\r\nHost: localhost\r\n"
                              "Authorization: Bearer " +
                                  m_token.toLatin1() + "\r\nContent-Type: " + first +
                                  "\r\nContent-Type: " + second +
                                  "\r\nContent-Length: " + QByteArray::number(kTranscript.size()) +
                                  "\r\nConnection: close\r\n\r\n" + kTranscript);
    QVERIFY2(answer.status == 400, answer.head.constData());
    QCOMPARE(answer.headers("Content-Type"), QList<QByteArray>{"application/problem+json"});
    QVERIFY2(answer.body.contains("Content-Type"), answer.body.constData());
    QCOMPARE(transcriptCount(), before);
}

void TestServerWireHygiene::everyAnswerForbidsSniffingAndAsksForHttps() {
    const QList<QPair<QByteArray, QByteArray>> json = {{"Accept", "application/json"}};
    QList<std::tuple<QString, QByteArray, HttpResult>> answers;
    const auto add = [&](const QString &what, const QByteArray &type, const HttpResult &result) {
        answers.append({what, type, result});
    };
    add(QStringLiteral("JSON"), "application/json", m_http->get(url(QStringLiteral("/healthz"))));
    add(QStringLiteral("JSON behind a token"), "application/json",
        m_http->get(m_server.apiUrl(QStringLiteral("me/certifications")), bearer(m_token)));
    add(QStringLiteral("problem, no route"), "application/problem+json",
        m_http->get(url(QStringLiteral("/no/such/thing"))));
    add(QStringLiteral("problem, no token"), "application/problem+json",
        m_http->get(m_server.apiUrl(QStringLiteral("me/certifications"))));
    add(QStringLiteral("problem, wrong method"), "application/problem+json",
        m_http->request("DELETE", url(QStringLiteral("/healthz"))));
    add(QStringLiteral("HTML page"), "text/html",
        m_http->get(url(QStringLiteral("/verify/ABCDEFGH")), {{"Accept", "text/html"}}));
    add(QStringLiteral("public JSON"), "application/problem+json",
        m_http->get(url(QStringLiteral("/verify/ABCDEFGH")), json));
    add(QStringLiteral("SVG"), "image/svg+xml", m_http->get(url(QStringLiteral("/issuer/image"))));
    add(QStringLiteral("JSON-LD"), "application/",
        m_http->get(url(QStringLiteral("/issuer")), json));

    const QJsonArray badges =
        items(getObject(*m_http, m_server, QStringLiteral("me/badges"), m_token));
    QVERIFY(!badges.isEmpty());
    const QString badge = badges.first().toObject().value(QLatin1String("id")).toString();
    add(QStringLiteral("PNG"), "image/png",
        m_http->get(m_server.apiUrl(QStringLiteral("me/badges/%1/baked.png").arg(badge)),
                    bearer(m_token)));

    const HttpResult health = m_http->get(url(QStringLiteral("/healthz")));
    add(QStringLiteral("not modified"), QByteArray(),
        m_http->get(url(QStringLiteral("/healthz")), {{"If-None-Match", health.header("ETag")}}));

    for (const auto &[what, type, result] : answers) {
        QVERIFY2(result.status != 0, qPrintable(what + QLatin1String(": ") + result.networkError));
        QVERIFY2(result.header("Content-Type").startsWith(type),
                 qPrintable(what + QLatin1String(": ") +
                            QString::fromLatin1(result.header("Content-Type"))));
        QVERIFY2(result.header("X-Content-Type-Options") == "nosniff",
                 qPrintable(what + QLatin1String(" lacks nosniff")));
        QVERIFY2(result.header("Strict-Transport-Security") == "max-age=31536000",
                 qPrintable(what + QLatin1String(" lacks HSTS")));
    }
    QCOMPARE(std::get<2>(answers.last()).status, 304);

    // A refusal made by the transport itself, before any route, carries both too, once each.
    const RawAnswer refused = rawExchange(m_server, "GET /healthz HTTP/1.1\r\nHost: localhost\r\n"
                                                    "Transfer-Encoding: gzip\r\n\r\n");
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.headers("X-Content-Type-Options"), QList<QByteArray>{"nosniff"});
    QCOMPARE(refused.headers("Strict-Transport-Security"), QList<QByteArray>{"max-age=31536000"});
    // A public page that set nosniff itself still sends it once.
    const RawAnswer page =
        rawExchange(m_server, "GET /verify/ABCDEFGH HTTP/1.1\r\nHost: localhost\r\n"
                              "Accept: text/html\r\nConnection: close\r\n\r\n");
    QCOMPARE(page.status, 404);
    QCOMPARE(page.headers("X-Content-Type-Options"), QList<QByteArray>{"nosniff"});
}

void TestServerWireHygiene::pathInputIsNotEchoed() {
    // Every documented operation with each parameter hostile, as JSON and as a page where the
    // route has one; plus paths no route matches and methods a path does not take.
    const QByteArray segment = QUrl::toPercentEncoding(QString::fromLatin1(kHostileSegment));
    QList<QPair<QByteArray, QByteArray>> requests; // method, encoded path
    static const QRegularExpression parameter(QStringLiteral("\\{[^}]+\\}"));
    const QList<QPair<QByteArray, QString>> operations = documentedOperations();
    QVERIFY(operations.size() > 30);
    for (const auto &[method, path] : operations) {
        if (!path.contains(QLatin1Char('{')))
            continue;
        QString encoded = path;
        encoded.replace(parameter, QString::fromLatin1(segment));
        requests.append({method, encoded.toLatin1()});
    }
    QVERIFY(requests.size() > 20);
    // A browser keeps the slash of "</script>", so this reaches no route.
    const auto add = [&requests](const QByteArray &method, const QByteArray &path) {
        requests.append(qMakePair(method, path));
    };
    add("GET", "/verify/%3Cscript%3Ealert(1)%3C/script%3E");
    add("GET", "/api/v1/me/" + segment);
    add("GET", "/" + segment);
    add("DELETE", "/verify/" + segment);
    add("POST", "/transcripts/" + segment);

    int checked = 0;
    for (const auto &[method, path] : requests) {
        for (const QByteArray &accept : {QByteArray("application/json"), QByteArray("text/html")}) {
            QList<QPair<QByteArray, QByteArray>> headers = {{"Accept", accept}};
            if (path.startsWith("/api/v1/me/"))
                headers.append(bearer(m_token).first());
            QByteArray body;
            if (method != "GET" && method != "DELETE") {
                headers.append(
                    qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
                body = "{}";
            }
            const HttpResult result = m_http->request(
                method,
                QUrl::fromEncoded(
                    "https://127.0.0.1:" + QByteArray::number(m_server.baseUrl().port()) + path),
                headers, body);
            const QString what = QString::fromLatin1(method + ' ' + path + " as " + accept);
            QVERIFY2(result.status >= 400, qPrintable(what));
            const QByteArray type = result.header("Content-Type");
            // The raw markup never comes back, whatever the type.
            QVERIFY2(!result.body.contains(kHostileSegment), qPrintable(what));
            QVERIFY2(!result.body.contains(kHostileScript), qPrintable(what));
            // A JSON or problem body does not repeat the input at all, escaped or not.
            if (type.contains("json")) {
                QVERIFY2(!result.body.contains("alert(1)"),
                         qPrintable(what + QLatin1String(": ") + QString::fromUtf8(result.body)));
                QVERIFY2(!result.body.contains("onerror"), qPrintable(what));
            }
            ++checked;
        }
    }
    qInfo() << checked << "answers checked";
}

QTEST_GUILESS_MAIN(TestServerWireHygiene)
#include "TestServerWireHygiene.moc"
