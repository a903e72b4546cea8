// The records a person takes away, each read back by a tool that is not ours: CSV by Python's
// csv module, printed tables by pdftotext and pdfinfo, the renewal plan by python3-icalendar,
// the archive by Python's zipfile and unzip.
#include "DemoAccount.h"
#include "PdfTools.h"
#include "domain/RecertificationPlan.h"
#include "itemmodels/ExamsModel.h"
#include "itemmodels/TranscriptsModel.h"
#include "records/CsvWriter.h"
#include "records/RecordArchive.h"
#include "records/ReminderSchedule.h"
#include "records/RenewalCalendar.h"
#include "records/TablePrinter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace certtrack;
using namespace certtrack::test;

namespace {

// Runs Debian's python3 on script with arguments; its standard output parsed as JSON.
QJsonDocument python(const QString &script, const QStringList &arguments, QString *error) {
    QProcess process;
    process.start(QStringLiteral(SYSTEM_PYTHON3),
                  QStringList{QStringLiteral("-c"), script} + arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &parse);
    if (parse.error != QJsonParseError::NoError)
        *error = parse.errorString();
    return document;
}

bool writeFile(const QString &path, const QByteArray &data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QStringList row(const QJsonValue &value) {
    QStringList cells;
    for (const QJsonValue &cell : value.toArray())
        cells.append(cell.toString());
    return cells;
}

// A table with every field RFC 4180 must quote, a name in CJK and a child row.
QStandardItemModel *trickyModel(QObject *parent) {
    auto *model = new QStandardItemModel(0, 3, parent);
    model->setHorizontalHeaderLabels(
        {QStringLiteral("Name"), QStringLiteral("Note, with comma"), QStringLiteral("Date")});
    const auto add = [](QStandardItem *under, const QStringList &cells) {
        QList<QStandardItem *> items;
        for (const QString &cell : cells)
            items.append(new QStandardItem(cell));
        under->appendRow(items);
        return items.constFirst();
    };
    QStandardItem *root = model->invisibleRootItem();
    QStandardItem *first = add(root, {QStringLiteral("陈静"), QStringLiteral("says \"hello\""),
                                      QStringLiteral("2019-Dec-08")});
    add(first, {QStringLiteral("Import Source: Cisco, Inc."), QString(), QString()});
    add(root, {QStringLiteral("  padded  "), QStringLiteral("two\nlines"), QStringLiteral("")});
    add(root, {QStringLiteral("semi;colon"), QStringLiteral("cr\r\nlf"), QStringLiteral("=1+1")});
    return model;
}

domain::AccountData accountWithCopies() {
    domain::AccountData data = demoAccountData();
    data.certifications[1].summary.verificationCode = QStringLiteral("V7L4P3MC");
    domain::BadgeCredentialCopy copy;
    copy.credentialJwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";
    copy.assertionJson = "{}";
    data.badgeCopies.insert(QStringLiteral("b-ccna"), copy);
    return data;
}

const QDate kToday(2021, 6, 1);

} // namespace

class TestRecords : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(SYSTEM_PYTHON3)),
                 "python3 is missing: run packaging/install-deps.sh");
    }

    void csvFieldsAreQuotedOnlyWhenNeeded() {
        QCOMPARE(records::CsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(records::CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(records::CsvWriter::field(QStringLiteral("say \"x\"")),
                 QStringLiteral("\"say \"\"x\"\"\""));
        QCOMPARE(records::CsvWriter::field(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
        QStandardItemModel empty(0, 2);
        empty.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B")});
        QCOMPARE(records::CsvWriter::toCsv(empty), QByteArray("A,B\r\n"));
    }

    // Python's csv module reads back every field as the table shows it, headers first.
    void pythonReadsTheCsv() {
        QStandardItemModel *model = trickyModel(this);
        QString error;
        QVERIFY(records::CsvWriter::write(*model, path(QStringLiteral("tricky.csv")), &error));
        const QByteArray bytes = [&] {
            QFile file(path(QStringLiteral("tricky.csv")));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        const QJsonDocument read =
            python(QStringLiteral("import csv, json, sys\n"
                                  "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                  "    print(json.dumps(list(csv.reader(f, strict=True))))\n"),
                   {path(QStringLiteral("tricky.csv"))}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray rows = read.array();
        QCOMPARE(rows.size(), 5);
        QCOMPARE(row(rows.at(0)),
                 (QStringList{QStringLiteral("Name"), QStringLiteral("Note, with comma"),
                              QStringLiteral("Date")}));
        QCOMPARE(row(rows.at(1)),
                 (QStringList{QStringLiteral("陈静"), QStringLiteral("says \"hello\""),
                              QStringLiteral("2019-Dec-08")}));
        QCOMPARE(row(rows.at(2)).constFirst(), QStringLiteral("Import Source: Cisco, Inc."));
        QCOMPARE(row(rows.at(3)), (QStringList{QStringLiteral("  padded  "),
                                               QStringLiteral("two\nlines"), QString()}));
        // A formula comes back as text, behind the quote that keeps a spreadsheet from running it.
        QCOMPARE(row(rows.at(4)),
                 (QStringList{QStringLiteral("semi;colon"), QStringLiteral("cr\r\nlf"),
                              QStringLiteral("'=1+1")}));
    }

    // OWASP's CSV injection list: a field a spreadsheet would run gets a quote in front; numbers
    // and ordinary text stay as they are.
    void csvFormulasAreNeutralised_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("\"'=1+1\"");
        QTest::newRow("plus") << QStringLiteral("+SUM(A1)") << QStringLiteral("\"'+SUM(A1)\"");
        QTest::newRow("minus expression") << QStringLiteral("-2+3") << QStringLiteral("\"'-2+3\"");
        QTest::newRow("at") << QStringLiteral("@cmd") << QStringLiteral("\"'@cmd\"");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("quotes doubled")
            << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
            << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("lone minus") << QStringLiteral("-") << QStringLiteral("\"'-\"");
        QTest::newRow("negative number") << QStringLiteral("-5") << QStringLiteral("-5");
        QTest::newRow("signed decimal") << QStringLiteral("+12.50") << QStringLiteral("+12.50");
        QTest::newRow("decimal") << QStringLiteral("-.5") << QStringLiteral("-.5");
        QTest::newRow("equals later") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("space first") << QStringLiteral(" =1") << QStringLiteral(" =1");
    }

    void csvFormulasAreNeutralised() {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(records::CsvWriter::field(text), written);
    }

    // A transcript's description is typed by the candidate: exported from the real transcripts
    // table, a formula in it opens as text, and Python's csv module still reads every row.
    void transcriptDescriptionFormulaIsNeutralised() {
        domain::AccountData data = demoAccountData();
        QVERIFY(!data.transcripts.isEmpty());
        const QString formula = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
        data.transcripts.first().description = formula;
        domain::Transcript second = data.transcripts.first();
        second.id += QStringLiteral("2");
        second.description = QStringLiteral("-5");
        data.transcripts.append(second);
        itemmodels::TranscriptsModel transcripts;
        transcripts.setAccountData(data);
        const QString file = path(QStringLiteral("transcripts.csv"));
        QString error;
        QVERIFY(records::CsvWriter::write(transcripts, file, &error));
        const QJsonDocument read =
            python(QStringLiteral("import csv, json, sys\n"
                                  "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                  "    print(json.dumps(list(csv.DictReader(f, strict=True))))\n"),
                   {file}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray rows = read.array();
        QCOMPARE(rows.size(), transcripts.rowCount());
        const QString header =
            transcripts.headerData(itemmodels::TranscriptsModel::Description, Qt::Horizontal)
                .toString();
        QStringList descriptions;
        for (const QJsonValue &record : rows)
            descriptions.append(record.toObject().value(header).toString());
        QVERIFY2(descriptions.contains(QLatin1Char('\'') + formula),
                 qPrintable(descriptions.join(QLatin1Char('|'))));
        QVERIFY2(descriptions.contains(QStringLiteral("-5")),
                 qPrintable(descriptions.join(QLatin1Char('|'))));
        for (const QString &description : descriptions)
            QVERIFY2(!description.startsWith(QLatin1Char('=')), qPrintable(description));
    }

    // A real table of the client: the exams, with the headers the page shows.
    void pythonReadsTheExamsTable() {
        itemmodels::ExamsModel exams;
        exams.setAccountData(demoAccountData());
        QString error;
        QVERIFY(records::CsvWriter::write(exams, path(QStringLiteral("exams.csv")), &error));
        const QJsonDocument read =
            python(QStringLiteral("import csv, json, sys\n"
                                  "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                  "    print(json.dumps(list(csv.DictReader(f, strict=True))))\n"),
                   {path(QStringLiteral("exams.csv"))}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray rows = read.array();
        QCOMPARE(rows.size(), exams.rowCount());
        for (int r = 0; r < exams.rowCount(); ++r) {
            const QJsonObject record = rows.at(r).toObject();
            QCOMPARE(record.size(), exams.columnCount());
            for (int c = 0; c < exams.columnCount(); ++c) {
                const QString header = exams.headerData(c, Qt::Horizontal).toString();
                QCOMPARE(record.value(header).toString(), exams.index(r, c).data().toString());
            }
        }
    }

    void csvToAFolderThatIsNotThereFails() {
        QStandardItemModel model(0, 1);
        QString error;
        QVERIFY(!records::CsvWriter::write(model, path(QStringLiteral("missing/x.csv")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing/x.csv")), qPrintable(error));
    }

    // 300 rows run over several pages: every page has the title, the headers and its number,
    // every row is printed once, none split.
    void printedTableHasHeadersOnEveryPage() {
        QStandardItemModel model(0, 3);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("Exam Number"), QStringLiteral("Exam Title"), QStringLiteral("Score")});
        for (int r = 0; r < 300; ++r) {
            model.appendRow(
                {new QStandardItem(QStringLiteral("row-%1").arg(r, 3, 10, QLatin1Char('0'))),
                 new QStandardItem(r == 7 ? QStringLiteral("陈静 and a title long enough "
                                                           "to wrap inside its column "
                                                           "on the page, twice over at "
                                                           "least, to show wrapping")
                                          : QStringLiteral("Interconnecting Devices")),
                 new QStandardItem(QString::number(r % 1000))});
        }
        records::TablePrinter printer(model, QStringLiteral("Exams"));
        printer.setSubtitle(QStringLiteral("John Doe"));
        QString error;
        const QString pdf = path(QStringLiteral("exams.pdf"));
        QVERIFY2(printer.writePdf(pdf, &error), qPrintable(error));
        QVERIFY(printer.pageCount() > 2);
        bool ok = false;
        const QString info = runTool(QStringLiteral("pdfinfo"), {pdf}, &ok);
        QVERIFY(ok);
        QVERIFY2(info.contains(QRegularExpression(
                     QStringLiteral("Pages:\\s+%1\\n").arg(printer.pageCount()))),
                 qPrintable(info));
        QString all;
        for (int page = 1; page <= printer.pageCount(); ++page) {
            const QString text = normalisedPdfText(
                runTool(QStringLiteral("pdftotext"),
                        {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                         QString::number(page), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                         pdf, QStringLiteral("-")},
                        &ok));
            QVERIFY(ok);
            for (const QString &expected :
                 {QStringLiteral("Exams"), QStringLiteral("Exam Number"),
                  QStringLiteral("Exam Title"), QStringLiteral("Score"),
                  QStringLiteral("Page %1 of %2").arg(page).arg(printer.pageCount())})
                QVERIFY2(
                    text.contains(expected),
                    qPrintable(
                        QStringLiteral("page %1 lacks %2:\n%3").arg(page).arg(expected, text)));
            all += text;
        }
        for (int r = 0; r < 300; ++r)
            QCOMPARE(all.count(QStringLiteral("row-%1").arg(r, 3, 10, QLatin1Char('0'))), 1);
        QVERIFY(all.contains(QStringLiteral("陈静")));
    }

    // Debian's python3-icalendar reads one event per deadline with an alarm per lead time.
    void icalendarReadsThePlan() {
        domain::AccountData data = demoAccountData();
        data.certifications[1].summary.name = QStringLiteral("CCNA Routing; Switching, \\ more");
        const domain::RecertificationPlan plan =
            domain::RecertificationPlan::evaluate(data.certifications, kToday);
        QVERIFY(plan.entries.size() >= 2);
        const QByteArray ics = records::RenewalCalendar::toIcs(
            plan, {7, 180, 30, 90}, QDateTime(QDate(2021, 6, 1), QTime(9, 30), Qt::UTC),
            QStringLiteral("certs.example.org"));
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
        QVERIFY(writeFile(path(QStringLiteral("plan.ics")), ics));
        QString error;
        const QJsonDocument read = python(
            QStringLiteral("import icalendar, json, sys\n"
                           "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                           "out = []\n"
                           "for e in cal.walk('VEVENT'):\n"
                           "    out.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']),\n"
                           "        'description': str(e['DESCRIPTION']),\n"
                           "        'start': e.decoded('DTSTART').isoformat(),\n"
                           "        'end': e.decoded('DTEND').isoformat(),\n"
                           "        'alarms': [int(a.decoded('TRIGGER').total_seconds() // 86400)\n"
                           "                   for a in e.walk('VALARM')],\n"
                           "        'actions': [str(a['ACTION']) for a in e.walk('VALARM')]})\n"
                           "print(json.dumps({'version': str(cal['VERSION']), 'events': out}))\n"),
            {path(QStringLiteral("plan.ics"))}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject calendar = read.object();
        QCOMPARE(calendar.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
        const QJsonArray events = calendar.value(QStringLiteral("events")).toArray();
        int active = 0;
        for (const domain::RecertificationEntry &entry : plan.entries) {
            if (entry.state != domain::RecertificationEntry::State::Active)
                continue;
            const QJsonObject event = events.at(active++).toObject();
            QCOMPARE(event.value(QStringLiteral("start")).toString(),
                     entry.expires.toString(Qt::ISODate));
            QCOMPARE(event.value(QStringLiteral("end")).toString(),
                     entry.expires.addDays(1).toString(Qt::ISODate));
            QCOMPARE(event.value(QStringLiteral("uid")).toString(),
                     QStringLiteral("renewal-%1-%2@certs.example.org")
                         .arg(entry.certificationId,
                              entry.expires.toString(QStringLiteral("yyyyMMdd"))));
            QVERIFY(event.value(QStringLiteral("description"))
                        .toString()
                        .startsWith(entry.name + QStringLiteral(" expires on ")));
            QCOMPARE(event.value(QStringLiteral("alarms")).toArray(),
                     (QJsonArray{-180, -90, -30, -7}));
            QCOMPARE(event.value(QStringLiteral("actions")).toArray().first().toString(),
                     QStringLiteral("DISPLAY"));
        }
        QCOMPARE(events.size(), active);
        QCOMPARE(active, 2);
        // The escaped name comes back as it was, and the folded long description whole.
        bool sawName = false;
        for (const QJsonValue &event : events)
            sawName |= event.toObject()
                           .value(QStringLiteral("description"))
                           .toString()
                           .contains(QStringLiteral("CCNA Routing; Switching, \\ more"));
        QVERIFY(sawName);
    }

    // Of the lead times reached for a deadline the nearest shows; all of them are settled, and
    // what was shown never shows again.
    void remindersFallDueAtTheLeadTimes() {
        domain::RecertificationPlan plan;
        domain::RecertificationEntry near;
        near.certificationId = QStringLiteral("ccna");
        near.name = QStringLiteral("CCNA Routing and Switching (CCNA)");
        near.acronym = QStringLiteral("CCNA");
        near.expires = kToday.addDays(20);
        near.daysLeft = 20;
        domain::RecertificationEntry far = near;
        far.certificationId = QStringLiteral("ccnp");
        far.acronym = QStringLiteral("CCNP");
        far.expires = kToday.addDays(400);
        far.daysLeft = 400;
        domain::RecertificationEntry expired = near;
        expired.certificationId = QStringLiteral("ccie");
        expired.state = domain::RecertificationEntry::State::Expired;
        expired.expires = kToday.addDays(-3);
        expired.daysLeft = -3;
        plan.entries = {near, far, expired};
        const QList<int> leads{180, 90, 30, 7};

        const auto first = records::ReminderSchedule::due(plan, leads, {});
        QCOMPARE(first.toShow.size(), 1);
        QCOMPARE(first.toShow.constFirst().leadDays, 30);
        QCOMPARE(first.toShow.constFirst().summary, QStringLiteral("CCNA expires in 20 days"));
        QVERIFY(first.toShow.constFirst().body.startsWith(near.name));
        QStringList settled = first.settled;
        settled.sort();
        QCOMPARE(settled, (QStringList{QStringLiteral("ccna|2021-06-21|180"),
                                       QStringLiteral("ccna|2021-06-21|30"),
                                       QStringLiteral("ccna|2021-06-21|90")}));
        QSet<QString> shown(first.settled.cbegin(), first.settled.cend());
        QVERIFY(records::ReminderSchedule::due(plan, leads, shown).toShow.isEmpty());

        // Thirteen days on, the week-before reminder is due, once.
        plan.entries[0].daysLeft = 7;
        const auto week = records::ReminderSchedule::due(plan, leads, shown);
        QCOMPARE(week.toShow.size(), 1);
        QCOMPARE(week.toShow.constFirst().leadDays, 7);
        // The expiry day itself: nothing more than the 7-day reminder already shown.
        shown.insert(week.settled.constFirst());
        plan.entries[0].daysLeft = 0;
        QVERIFY(records::ReminderSchedule::due(plan, leads, shown).toShow.isEmpty());
        // With a lead of 0 chosen, the day itself reminds.
        const auto today = records::ReminderSchedule::due(plan, {0, 7}, shown);
        QCOMPARE(today.toShow.size(), 1);
        QCOMPARE(today.toShow.constFirst().summary, QStringLiteral("CCNA expires today"));

        // A renewal moves the deadline: its reminders start again.
        plan.entries[0].expires = kToday.addYears(3);
        plan.entries[0].daysLeft = 20;
        QCOMPARE(records::ReminderSchedule::due(plan, leads, shown).toShow.size(), 1);

        // Keys of deadlines gone by are dropped; today's are kept.
        const QSet<QString> kept{QStringLiteral("ccna|2021-05-31|7"),
                                 QStringLiteral("ccna|2021-06-01|7"), QStringLiteral("junk")};
        QStringList gone = records::ReminderSchedule::expiredKeys(kept, kToday);
        gone.sort();
        QCOMPARE(gone, (QStringList{QStringLiteral("ccna|2021-05-31|7"), QStringLiteral("junk")}));
    }

    void foldingNeverSplitsACharacter() {
        const QByteArray line =
            QStringLiteral("SUMMARY:%1").arg(QString(100, QChar(0x9648))).toUtf8();
        const QByteArray folded = records::RenewalCalendar::foldLine(line);
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded, line + "\r\n");
        for (const QByteArray &part : folded.split('\n')) {
            QVERIFY(part.size() <= 76);
            const QByteArray text = part.startsWith(' ') ? part.mid(1) : part;
            QVERIFY(QString::fromUtf8(text).toUtf8() == text); // whole characters only
        }
    }

    // The archive as a zip: Python's zipfile checks every CRC and lists what a person gets.
    void zipfileReadsTheArchive() {
        client::ServerEndpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("https://certs.example.org:8443"));
        const records::RecordArchive archive(accountWithCopies(), endpoint,
                                             records::RenewalCalendar::defaultLeadDays(), kToday);
        const records::RecordArchive::Contents contents = archive.build();
        const QString zip = path(QStringLiteral("record.zip"));
        QStringList written;
        QString error;
        QVERIFY2(records::RecordArchive::write(contents.entries, zip, &written, &error),
                 qPrintable(error));
        QCOMPARE(written, QStringList{zip});
        const QJsonDocument read = python(
            QStringLiteral("import json, sys, zipfile\n"
                           "z = zipfile.ZipFile(sys.argv[1])\n"
                           "print(json.dumps({'bad': z.testzip(), 'names': z.namelist(),\n"
                           "    'index': z.read('index.html').decode('utf-8'),\n"
                           "    'png': z.read([n for n in z.namelist() if n.endswith('.png')][0])"
                           "[:8].hex()}))\n"),
            {zip}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject result = read.object();
        QVERIFY(result.value(QStringLiteral("bad")).isNull());
        QStringList names;
        for (const QJsonValue &name : result.value(QStringLiteral("names")).toArray())
            names.append(name.toString());
        for (const QString &expected :
             {QStringLiteral("index.html"), QStringLiteral("renewal-plan.ics"),
              QStringLiteral("tables/exams.csv"), QStringLiteral("tables/certifications.csv"),
              QStringLiteral("tables/recertification-plan.csv"),
              QStringLiteral("tables/ce-activities.csv"), QStringLiteral("tables/transcripts.csv"),
              QStringLiteral("badges/Cisco Certified Network Associate badge.png"),
              QStringLiteral("transcripts/John Doe 15KDEQ4K1BV1133H.html")})
            QVERIFY2(names.contains(expected), qPrintable(names.join(QLatin1Char('\n'))));
        QVERIFY2(names.filter(QRegularExpression(QStringLiteral("^certificates/CCNA-.*\\.pdf$")))
                         .size() == 1,
                 qPrintable(names.join(QLatin1Char('\n'))));
        QCOMPARE(result.value(QStringLiteral("png")).toString(),
                 QStringLiteral("89504e470d0a1a0a"));
        const QString index = result.value(QStringLiteral("index")).toString();
        for (const QString &name : std::as_const(names)) {
            if (name != QLatin1String("index.html"))
                QVERIFY2(index.contains(QString::fromUtf8(QUrl::toPercentEncoding(name, "/"))),
                         qPrintable(name));
        }
        // unzip, another reader, agrees on the count.
        bool ok = false;
        const QString listing = runTool(QStringLiteral("unzip"), {QStringLiteral("-l"), zip}, &ok);
        QVERIFY(ok);
        QVERIFY2(listing.contains(QStringLiteral("%1 files").arg(names.size())),
                 qPrintable(listing));
    }

    void archiveToAFolder() {
        const records::RecordArchive archive(accountWithCopies(), {},
                                             records::RenewalCalendar::defaultLeadDays(), kToday);
        const records::RecordArchive::Contents contents = archive.build();
        QStringList written;
        QString error;
        QVERIFY2(records::RecordArchive::write(contents.entries, path(QStringLiteral("record")),
                                               &written, &error),
                 qPrintable(error));
        QCOMPARE(written.size(), contents.entries.size());
        for (const QString &file : written)
            QVERIFY2(QFileInfo(file).isFile(), qPrintable(file));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("record/index.html"))));
    }

    void archiveIntoAMissingFolderFailsWithoutAFile() {
        const records::RecordArchive archive(demoAccountData(), {}, {30}, kToday);
        QStringList written;
        QString error;
        QVERIFY(!records::RecordArchive::write(
            archive.build().entries, path(QStringLiteral("nowhere/record.zip")), &written, &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(written.isEmpty());
    }
};

QTEST_MAIN(TestRecords)
#include "TestRecords.moc"
