// The Records menu against a real certtrackd: the table in front to CSV (read back by Python's
// csv module, sorted and columns as shown) and printed to PDF (pdftotext finds the headers on
// every page), the renewal plan to iCalendar (python3-icalendar) and Archive Everything to a zip
// (Python's zipfile); every action has a unique mnemonic and a shortcut that works.
#include "PdfTools.h"
#include "TestServer.h"

#include "client/AccountController.h"
#include "domain/RecertificationPlan.h"
#include "itemmodels/SortFilterProxyModel.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/TableSection.h"
#include "ui/Theme.h"
#include "ui/records/RecordActions.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace certtrack;

namespace {

QJsonValue python(const QString &script, const QStringList &arguments, QString *error) {
    QProcess process;
    process.start(QStringLiteral(SYSTEM_PYTHON3),
                  QStringList{QStringLiteral("-c"), script} + arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QChar mnemonic(const QString &text) {
    const qsizetype at = text.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
}

} // namespace

class TestRecordsUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void menuHasUniqueMnemonicsAndShortcuts();
    void tableToCsvAsShown();
    void tableToPrinter();
    void planToICalendar();
    void archiveEverything();

private:
    ui::TableSection *showExams();
    QString out(const QString &name) const { return m_dir.filePath(name); }

    test::TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<client::AccountController> m_john;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestRecordsUi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    ui::Theme::apply(*qApp);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    client::AccountController::Options options;
    options.useKeychain = false;
    m_john = std::make_unique<client::AccountController>(options);
    m_john->signIn(client::ServerEndpoint{m_server.baseUrl(), m_server.caFile()},
                   QStringLiteral("CSCO10000000"), QStringLiteral("certtrack-demo"), false);
    QVERIFY(QTest::qWaitFor(
        [this] { return m_john->isSignedIn() && m_john->lastSynced().isValid(); }, 20000));
    m_window = std::make_unique<ui::MainWindow>(m_john.get());
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRecordsUi::cleanupTestCase() {
    m_window.reset();
    m_john.reset();
}

ui::TableSection *TestRecordsUi::showExams() {
    m_window->tabs()->setCurrentIndex(ui::MainWindow::TestingHistoryTab);
    auto *exams = m_window->findChild<ui::TableSection *>(QStringLiteral("exams"));
    if (!exams)
        return nullptr;
    if (!QTest::qWaitFor([exams] { return exams->isVisible(); }, 5000))
        return nullptr;
    exams->view()->setFocus();
    return QTest::qWaitFor([exams] { return exams->view()->hasFocus(); }, 5000) ? exams : nullptr;
}

void TestRecordsUi::menuHasUniqueMnemonicsAndShortcuts() {
    QSet<QChar> bar;
    for (QAction *menu : m_window->menuBar()->actions()) {
        const QChar key = mnemonic(menu->text());
        QVERIFY2(!key.isNull() && !bar.contains(key), qPrintable(menu->text()));
        bar.insert(key);
    }
    // The tabs' mnemonics share the window with the menu bar's.
    for (int tab = 0; tab < m_window->tabs()->count(); ++tab) {
        const QChar key = mnemonic(m_window->tabs()->tabText(tab));
        QVERIFY2(!key.isNull() && !bar.contains(key), qPrintable(m_window->tabs()->tabText(tab)));
        bar.insert(key);
    }
    auto *records = m_window->findChild<QMenu *>(QStringLiteral("recordsMenu"));
    QVERIFY(records);
    QSet<QChar> keys;
    QSet<QKeySequence> shortcuts;
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions()) {
            if (!action->shortcut().isEmpty()) {
                QVERIFY2(!shortcuts.contains(action->shortcut()), qPrintable(action->text()));
                shortcuts.insert(action->shortcut());
            }
        }
    }
    int count = 0;
    for (QAction *action : records->actions()) {
        if (action->isSeparator())
            continue;
        ++count;
        const QChar key = mnemonic(action->text());
        QVERIFY2(!key.isNull() && !keys.contains(key), qPrintable(action->text()));
        keys.insert(key);
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
    }
    QCOMPARE(count, 5);
}

// Sorted by the score, descending, as the person left it: the CSV keeps that order and the
// headers as shown.
void TestRecordsUi::tableToCsvAsShown() {
    ui::TableSection *exams = showExams();
    QVERIFY(exams);
    QAbstractItemModel *shown = exams->view()->model();
    QVERIFY(shown->rowCount() >= 5);
    exams->view()->sortByColumn(shown->columnCount() - 1, Qt::DescendingOrder);
    const QString csv = out(QStringLiteral("exams.csv"));
    ui::FileDialog::setNextFileName(csv);
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(QFileInfo::exists(csv));
    QString error;
    const QJsonArray rows =
        python(QStringLiteral("import csv, json, sys\n"
                              "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                              "    print(json.dumps(list(csv.reader(f, strict=True))))\n"),
               {csv}, &error)
            .toArray();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), shown->rowCount() + 1);
    for (int c = 0; c < shown->columnCount(); ++c)
        QCOMPARE(rows.at(0).toArray().at(c).toString(),
                 shown->headerData(c, Qt::Horizontal).toString());
    for (int r = 0; r < shown->rowCount(); ++r)
        for (int c = 0; c < shown->columnCount(); ++c)
            QCOMPARE(rows.at(r + 1).toArray().at(c).toString(),
                     shown->index(r, c).data().toString());
    exams->view()->sortByColumn(-1, Qt::AscendingOrder);
}

void TestRecordsUi::tableToPrinter() {
    ui::TableSection *exams = showExams();
    QVERIFY(exams);
    const QString pdf = out(QStringLiteral("exams.pdf"));
    ui::RecordActions::setNextPrintFile(pdf);
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(QFileInfo(pdf).size() > 0);
    const QString text = test::pdfText(pdf);
    QAbstractItemModel *shown = exams->view()->model();
    for (int c = 0; c < shown->columnCount(); ++c)
        QVERIFY2(text.contains(shown->headerData(c, Qt::Horizontal).toString()), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
    QVERIFY(text.contains(QStringLiteral("CSCO10000000")));
    for (int r = 0; r < shown->rowCount(); ++r)
        QVERIFY2(text.contains(shown->index(r, 0).data().toString()), qPrintable(text));
}

void TestRecordsUi::planToICalendar() {
    const QString ics = out(QStringLiteral("plan.ics"));
    ui::FileDialog::setNextFileName(ics);
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(QFileInfo::exists(ics));
    QString error;
    const QJsonArray events =
        python(
            QStringLiteral("import icalendar, json, sys\n"
                           "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                           "print(json.dumps([[e.decoded('DTSTART').isoformat(),\n"
                           "    sorted(int(a.decoded('TRIGGER').days) for a in e.walk('VALARM'))]\n"
                           "    for e in cal.walk('VEVENT')]))\n"),
            {ics}, &error)
            .toArray();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const domain::RecertificationPlan plan =
        domain::RecertificationPlan::evaluate(m_john->data().certifications, QDate::currentDate());
    QJsonArray expected;
    for (const domain::RecertificationEntry &entry : plan.entries) {
        if (entry.state == domain::RecertificationEntry::State::Active)
            expected.append(
                QJsonArray{entry.expires.toString(Qt::ISODate), QJsonArray{-180, -90, -30, -7}});
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(events, expected);
}

void TestRecordsUi::archiveEverything() {
    const QString zip = out(QStringLiteral("record.zip"));
    ui::FileDialog::setNextFileName(zip);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QSignalSpy finished(m_window->recordActions(), &ui::RecordActions::archiveFinished);
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.constFirst().at(0).toBool(),
             qPrintable(finished.constFirst().at(1).toString()));
    QString error;
    const QJsonObject read =
        python(QStringLiteral("import json, sys, zipfile\n"
                              "z = zipfile.ZipFile(sys.argv[1])\n"
                              "print(json.dumps({'bad': z.testzip(), 'names': z.namelist()}))\n"),
               {zip}, &error)
            .toObject();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(read.value(QStringLiteral("bad")).isNull());
    const QJsonArray names = read.value(QStringLiteral("names")).toArray();
    QVERIFY(names.contains(QStringLiteral("index.html")));
    QVERIFY(names.contains(QStringLiteral("certificates/CCNA-V7L4P3MC.pdf")));
    QVERIFY(names.contains(QStringLiteral("renewal-plan.ics")));
    QVERIFY(ui::MessageBox::lastText().contains(zip));
}

QTEST_MAIN(TestRecordsUi)
#include "TestRecordsUi.moc"
