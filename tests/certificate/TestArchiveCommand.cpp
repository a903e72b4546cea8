// `certtrack archive` as a whole process: a --remember sync against a real certtrackd writes the
// record as a zip, then again as a folder from the cache with the server stopped; every exit code
// of `certtrack certificate` it shares. What it writes is read back by Python's zipfile, Debian's
// python3-icalendar and pdftotext.
#include "CommandProcess.h"
#include "PdfTools.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace certtrack::test;

namespace {

const QString kPassword = QStringLiteral("certtrack-demo");

// Debian's python3 on script; its standard output parsed as JSON.
QJsonObject python(const QString &script, const QStringList &arguments, QString *error) {
    QProcess process;
    process.start(QStringLiteral(SYSTEM_PYTHON3),
                  QStringList{QStringLiteral("-c"), script} + arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

// Reads an archive (a zip or a folder) with Python alone: every name, the zip's CRCs, the
// calendar's events by python3-icalendar, each CSV's header row.
const QString kReadArchive = QStringLiteral(
    "import csv, io, icalendar, json, os, sys, zipfile\n"
    "target = sys.argv[1]\n"
    "if target.endswith('.zip'):\n"
    "    z = zipfile.ZipFile(target)\n"
    "    bad = z.testzip()\n"
    "    names = z.namelist()\n"
    "    read = z.read\n"
    "else:\n"
    "    bad = None\n"
    "    names = sorted(os.path.relpath(os.path.join(d, f), target)\n"
    "                   for d, _, fs in os.walk(target) for f in fs)\n"
    "    read = lambda n: open(os.path.join(target, n), 'rb').read()\n"
    "cal = icalendar.Calendar.from_ical(read('renewal-plan.ics'))\n"
    "events = [{'summary': str(e['SUMMARY']), 'start': e.decoded('DTSTART').isoformat(),\n"
    "           'alarms': len(list(e.walk('VALARM')))} for e in cal.walk('VEVENT')]\n"
    "headers = {n: next(csv.reader(io.StringIO(read(n).decode('utf-8'), newline='')))\n"
    "           for n in names if n.endswith('.csv')}\n"
    "pngs = [n for n in names if n.endswith('.png')]\n"
    "print(json.dumps({'bad': bad, 'names': names, 'events': events, 'headers': headers,\n"
    "    'index': read('index.html').decode('utf-8'),\n"
    "    'pngOk': all(read(n)[:8] == b'\\x89PNG\\r\\n\\x1a\\n' and b'openbadgecredential' in "
    "read(n)\n"
    "                 for n in pngs)}))\n");

QStringList names(const QJsonObject &archive) {
    QStringList list;
    for (const QJsonValue &name : archive.value(QStringLiteral("names")).toArray())
        list.append(name.toString());
    return list;
}

} // namespace

class TestArchiveCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rememberedSyncWritesAZip();
    void fromTheCacheWithTheServerStopped();
    void wrongPasswordFails();
    void noCachedData();
    void cannotWrite();
    void usageErrors();

private:
    CommandRun archive(const QStringList &arguments, const QByteArray &input = {}) {
        return runCertTrack(QStringList{QStringLiteral("archive")} + arguments, m_home, input);
    }
    QString out(const QString &name) const { return m_output.filePath(name); }
    void checkArchive(const QString &target);

    TestServer m_server;
    QTemporaryDir m_home;
    QTemporaryDir m_output;
    QString m_serverUrl;
};

void TestArchiveCommand::initTestCase() {
    QVERIFY(m_home.isValid() && m_output.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(SYSTEM_PYTHON3)),
             "python3 is missing: run packaging/install-deps.sh");
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_serverUrl = m_server.baseUrl().toString();
}

void TestArchiveCommand::checkArchive(const QString &target) {
    QString error;
    const QJsonObject read = python(kReadArchive, {target}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(read.value(QStringLiteral("bad")).isNull());
    const QStringList all = names(read);
    for (const QString &expected :
         {QStringLiteral("index.html"), QStringLiteral("renewal-plan.ics"),
          QStringLiteral("certificates/CCNA-V7L4P3MC.pdf"),
          QStringLiteral("certificates/CCENT-K9T2XW4R.pdf"), QStringLiteral("tables/exams.csv"),
          QStringLiteral("tables/certifications.csv"), QStringLiteral("tables/ce-activities.csv"),
          QStringLiteral("tables/recertification-plan.csv"),
          QStringLiteral("tables/certificates-and-kits.csv")})
        QVERIFY2(all.contains(expected),
                 qPrintable(expected + QStringLiteral(" not in\n") + all.join(QLatin1Char('\n'))));
    // The ineligible CCIE has no PDF; every badge the sync made a credential is baked.
    QVERIFY(all.filter(QStringLiteral("certificates/CCIE")).isEmpty());
    QVERIFY2(!all.filter(QRegularExpression(QStringLiteral("^badges/.*\\.png$"))).isEmpty(),
             qPrintable(all.join(QLatin1Char('\n'))));
    QVERIFY(read.value(QStringLiteral("pngOk")).toBool());
    QVERIFY(!all.filter(QRegularExpression(QStringLiteral("^transcripts/.*\\.html$"))).isEmpty());
    const QJsonArray exams = read.value(QStringLiteral("headers"))
                                 .toObject()
                                 .value(QStringLiteral("tables/exams.csv"))
                                 .toArray();
    QVERIFY2(exams.contains(QStringLiteral("Registration number")),
             QJsonDocument(exams).toJson().constData());
    const QJsonArray events = read.value(QStringLiteral("events")).toArray();
    QVERIFY(!events.isEmpty());
    for (const QJsonValue &event : events)
        QCOMPARE(event.toObject().value(QStringLiteral("alarms")).toInt(), 4);
    const QString index = read.value(QStringLiteral("index")).toString();
    QVERIFY(index.contains(QStringLiteral("certificates/CCNA-V7L4P3MC.pdf")));
    QVERIFY(index.contains(QStringLiteral("John Doe")));
}

void TestArchiveCommand::rememberedSyncWritesAZip() {
    const QString zip = out(QStringLiteral("record.zip"));
    const CommandRun run =
        archive({QStringLiteral("--login"), QStringLiteral("CSCO10000000"),
                 QStringLiteral("--server"), m_serverUrl, QStringLiteral("--ca-file"),
                 m_server.caFile(), QStringLiteral("--password-stdin"),
                 QStringLiteral("--remember"), QStringLiteral("--output"), zip},
                kPassword.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), zip);
    checkArchive(zip);
    // The certificate inside is the real PDF: unzip it and read it.
    bool ok = false;
    runTool(QStringLiteral("unzip"),
            {QStringLiteral("-q"), QStringLiteral("-o"), zip,
             QStringLiteral("certificates/CCNA-V7L4P3MC.pdf"), QStringLiteral("-d"),
             out(QStringLiteral("unzipped"))},
            &ok);
    QVERIFY(ok);
    QVERIFY(pdfText(out(QStringLiteral("unzipped/certificates/CCNA-V7L4P3MC.pdf")))
                .contains(QStringLiteral("V7L4P3MC")));
}

void TestArchiveCommand::fromTheCacheWithTheServerStopped() {
    m_server.stop();
    const QString folder = out(QStringLiteral("record"));
    const CommandRun run = archive({QStringLiteral("--login"), QStringLiteral("CSCO10000000"),
                                    QStringLiteral("--output"), folder});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("No PDF certificate for CCIE")), qPrintable(run.err));
    checkArchive(folder);
    QVERIFY(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() > 10);
}

void TestArchiveCommand::wrongPasswordFails() {
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const CommandRun run =
        archive({QStringLiteral("--login"), QStringLiteral("CSCO10000000"),
                 QStringLiteral("--server"), server.baseUrl().toString(),
                 QStringLiteral("--ca-file"), server.caFile(), QStringLiteral("--password-stdin"),
                 QStringLiteral("--output"), out(QStringLiteral("wrong.zip"))},
                "not-the-password\n");
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QStringLiteral("certtrack archive: sign-in to")),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out(QStringLiteral("wrong.zip"))));
}

void TestArchiveCommand::noCachedData() {
    const CommandRun run = archive({QStringLiteral("--login"), QStringLiteral("CSCO10000009"),
                                    QStringLiteral("--output"), out(QStringLiteral("x.zip"))});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("no local copy of CSCO10000009")),
             qPrintable(run.err));
}

void TestArchiveCommand::cannotWrite() {
    const CommandRun zip =
        archive({QStringLiteral("--login"), QStringLiteral("CSCO10000000"),
                 QStringLiteral("--output"), out(QStringLiteral("missing/record.zip"))});
    QCOMPARE(zip.exitCode, 6);
    QVERIFY2(zip.err.contains(QStringLiteral("does not exist")), qPrintable(zip.err));
    // A folder whose parent is a file cannot be made.
    QFile blocker(out(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const CommandRun folder =
        archive({QStringLiteral("--login"), QStringLiteral("CSCO10000000"),
                 QStringLiteral("--output"), out(QStringLiteral("blocker/record"))});
    QCOMPARE(folder.exitCode, 6);
    QVERIFY2(folder.err.contains(QStringLiteral("Cannot create the folder")),
             qPrintable(folder.err));
}

void TestArchiveCommand::usageErrors() {
    const CommandRun noLogin = archive({QStringLiteral("--output"), out(QStringLiteral("a.zip"))});
    QCOMPARE(noLogin.exitCode, 2);
    QVERIFY(noLogin.err.contains(QStringLiteral("--login is required")));
    const CommandRun noOutput = archive({QStringLiteral("--login"), QStringLiteral("X")});
    QCOMPARE(noOutput.exitCode, 2);
    QVERIFY(noOutput.err.contains(QStringLiteral("--output")));
    const CommandRun aFile = archive({QStringLiteral("--login"), QStringLiteral("X"),
                                      QStringLiteral("--output"), out(QStringLiteral("blocker"))});
    QCOMPARE(aFile.exitCode, 2);
    QVERIFY2(aFile.err.contains(QStringLiteral("is a file")), qPrintable(aFile.err));
    const CommandRun unknown = archive({QStringLiteral("--bogus")});
    QCOMPARE(unknown.exitCode, 2);
    const CommandRun stray = archive({QStringLiteral("--login"), QStringLiteral("X"),
                                      QStringLiteral("--output"), out({}), QStringLiteral("y")});
    QCOMPARE(stray.exitCode, 2);
    const CommandRun help = archive({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("Exit status: 0 written")));
}

QTEST_GUILESS_MAIN(TestArchiveCommand)
#include "TestArchiveCommand.moc"
