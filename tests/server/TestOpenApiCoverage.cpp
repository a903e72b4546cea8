// server/openapi.yaml and the server agree: every route the server registers is described with
// its method, every described operation exists, and every described path is exercised by a test
// in tests/server.
#include "server/app/ApiRoutes.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace certtrack::server;

namespace {

const QString kSourceDir = QStringLiteral(CERTTRACK_SOURCE_DIR);

QString readText(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// "GET /api/v1/me" for every operation under the top-level "paths:" key.
QSet<QString> documentedOperations(const QString &yaml) {
    static const QRegularExpression pathLine(QStringLiteral("^  (/[^:\\s]*):\\s*$"));
    static const QRegularExpression methodLine(
        QStringLiteral("^    (get|put|post|delete|patch|head|options):\\s*$"));
    QSet<QString> operations;
    bool inPaths = false;
    QString currentPath;
    for (const QString &line : yaml.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char(' ')) && !line.trimmed().isEmpty()) {
            inPaths = line.startsWith(QLatin1String("paths:"));
            continue;
        }
        if (!inPaths)
            continue;
        if (const auto m = pathLine.match(line); m.hasMatch()) {
            currentPath = m.captured(1);
        } else if (const auto m2 = methodLine.match(line);
                   m2.hasMatch() && !currentPath.isEmpty()) {
            operations.insert(m2.captured(1).toUpper() + QLatin1Char(' ') + currentPath);
        }
    }
    return operations;
}

// What a test must contain to exercise a path: the path relative to /api/v1/ as a string
// literal ("me/exams"), or up to its first parameter for templated paths ("me/certifications/").
QString testNeedle(const QString &path) {
    QString relative = path;
    if (relative.startsWith(QLatin1String("/api/v1/")))
        relative = relative.mid(8);
    const qsizetype brace = relative.indexOf(QLatin1Char('{'));
    if (brace >= 0)
        return QLatin1Char('"') + relative.left(brace);
    return QLatin1Char('"') + relative + QLatin1Char('"');
}

} // namespace

class TestOpenApiCoverage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void documentIsOpenApi31();
    void everyRouteIsDocumented();
    void everyDocumentedOperationExists();
    void everyDocumentedPathIsTested();

private:
    QString m_yaml;
    QSet<QString> m_documented;
    QSet<QString> m_registered;
};

void TestOpenApiCoverage::initTestCase() {
    m_yaml = readText(kSourceDir + QStringLiteral("/server/openapi.yaml"));
    QVERIFY2(!m_yaml.isEmpty(), "server/openapi.yaml is missing or empty");
    m_documented = documentedOperations(m_yaml);
    const Router router = apiRouter(ApiServices{});
    for (const Route &route : router.routes())
        m_registered.insert(QString::fromLatin1(route.method) + QLatin1Char(' ') +
                            route.pathTemplate);
    QVERIFY(m_registered.size() >= 17);
}

void TestOpenApiCoverage::documentIsOpenApi31() {
    QVERIFY(m_yaml.startsWith(QLatin1String("openapi: 3.1.")));
    QVERIFY(m_yaml.contains(QLatin1String("\ncomponents:")));
    QVERIFY(m_yaml.contains(QLatin1String("application/problem+json")));
}

void TestOpenApiCoverage::everyRouteIsDocumented() {
    QStringList missing;
    for (const QString &operation : m_registered) {
        if (!m_documented.contains(operation))
            missing.append(operation);
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in openapi.yaml: ") +
                                           missing.join(QStringLiteral(", "))));
}

void TestOpenApiCoverage::everyDocumentedOperationExists() {
    QStringList extra;
    for (const QString &operation : m_documented) {
        if (!m_registered.contains(operation))
            extra.append(operation);
    }
    extra.sort();
    QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("documented but not served: ") +
                                         extra.join(QStringLiteral(", "))));
}

void TestOpenApiCoverage::everyDocumentedPathIsTested() {
    QString tests;
    const QDir dir(kSourceDir + QStringLiteral("/tests/server"));
    for (const QString &name : dir.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")})) {
        if (name != QLatin1String("TestOpenApiCoverage.cpp"))
            tests += readText(dir.filePath(name));
    }
    QVERIFY(!tests.isEmpty());
    QStringList untested;
    for (const QString &operation : m_documented) {
        const QString path = operation.section(QLatin1Char(' '), 1);
        if (!tests.contains(testNeedle(path)))
            untested.append(path);
    }
    untested.removeDuplicates();
    untested.sort();
    QVERIFY2(untested.isEmpty(), qPrintable(QStringLiteral("no test in tests/server uses ") +
                                            untested.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestOpenApiCoverage)
#include "TestOpenApiCoverage.moc"
