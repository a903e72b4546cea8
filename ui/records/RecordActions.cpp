#include "ui/records/RecordActions.h"

#include "client/AccountController.h"
#include "client/AppSettings.h"
#include "domain/RecertificationPlan.h"
#include "itemmodels/SortFilterProxyModel.h"
#include "records/CsvWriter.h"
#include "records/RecordArchive.h"
#include "records/RenewalCalendar.h"
#include "records/TablePrinter.h"
#include "ui/FileDialog.h"
#include "ui/MessageBox.h"
#include "ui/TableSection.h"
#include "ui/records/ReminderSettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

namespace certtrack::ui {

std::optional<QString> RecordActions::s_nextPrintFile;

namespace {

// The columns as the view shows them: in their visual order, hidden ones left out.
QList<int> shownColumns(const QTreeView *view) {
    QList<int> columns;
    const QHeaderView *header = view->header();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QString safeFileStem(const QString &text) {
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)"));
    QString stem = text;
    stem.replace(unsafe, QStringLiteral(" "));
    return stem.simplified();
}

} // namespace

RecordActions::RecordActions(client::AccountController *controller, QTabWidget *tabs,
                             QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_tabs(tabs)
    , m_window(window)
    , m_exportCsv(new QAction(tr("Export Table as &CSV…"), this))
    , m_print(new QAction(tr("&Print Table…"), this))
    , m_exportCalendar(new QAction(tr("Export Renewal Plan as &iCalendar…"), this))
    , m_archive(new QAction(tr("&Archive Everything…"), this))
    , m_reminderSettings(new QAction(tr("&Reminder Settings…"), this)) {
    m_reminderSettings->setObjectName(QStringLiteral("reminderSettingsAction"));
    m_reminderSettings->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_reminderSettings->setShortcutContext(Qt::WindowShortcut);
    connect(m_reminderSettings, &QAction::triggered, this, &RecordActions::showReminderSettings);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportCsv->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_exportCsv->setToolTip(tr("Save the table in front as a CSV file, as shown"));
    m_print->setObjectName(QStringLiteral("printTableAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print the table in front, its headers on every page"));
    m_exportCalendar->setObjectName(QStringLiteral("exportCalendarAction"));
    m_exportCalendar->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_exportCalendar->setToolTip(
        tr("Save every renewal deadline, with reminders at your lead times, for your calendar"));
    m_archive->setObjectName(QStringLiteral("archiveAction"));
    m_archive->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_archive->setToolTip(tr("Save certificates, badges, transcripts, tables and the renewal "
                             "plan as one zip file"));
    // Shortcuts of the window's menu work wherever focus is in it.
    for (QAction *action : {m_exportCsv, m_print, m_exportCalendar, m_archive})
        action->setShortcutContext(Qt::WindowShortcut);

    connect(m_exportCsv, &QAction::triggered, this, [this] { exportCsv(currentTable()); });
    connect(m_print, &QAction::triggered, this, [this] { print(currentTable()); });
    connect(m_exportCalendar, &QAction::triggered, this, &RecordActions::exportCalendar);
    connect(m_archive, &QAction::triggered, this, &RecordActions::archiveEverything);
}

void RecordActions::setNextPrintFile(const QString &path) {
    s_nextPrintFile = path;
}

void RecordActions::populate(QMenu *menu) const {
    menu->addAction(m_exportCsv);
    menu->addAction(m_print);
    menu->addSeparator();
    menu->addAction(m_exportCalendar);
    menu->addAction(m_archive);
    menu->addSeparator();
    menu->addAction(m_reminderSettings);
}

void RecordActions::setRemindersAvailable(bool available) {
    m_reminderSettings->setVisible(available);
    m_reminderSettings->setEnabled(available);
}

void RecordActions::showReminderSettings() {
    auto *dialog = new ReminderSettingsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RecordActions::attachToTables() const {
    for (TableSection *section : m_tabs->findChildren<TableSection *>()) {
        QTreeView *view = section->view();
        if (view->contextMenuPolicy() != Qt::DefaultContextMenu)
            continue;
        view->addAction(m_exportCsv);
        view->addAction(m_print);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
}

TableSection *RecordActions::currentTable() const {
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (auto *section = qobject_cast<TableSection *>(w); section && section->isVisible())
            return section;
    }
    QWidget *page = m_tabs->currentWidget();
    if (!page)
        return nullptr;
    for (TableSection *section : page->findChildren<TableSection *>()) {
        if (section->isVisible())
            return section;
    }
    return nullptr;
}

QString RecordActions::suggestedPath(const QString &fileName) const {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(fileName);
}

bool RecordActions::exportCsv(TableSection *section) {
    if (!section) {
        MessageBox::information(m_window, tr("Export Table"),
                                tr("This tab has no table to export."));
        return false;
    }
    const QString title = section->titleLabel()->text();
    const QString path = FileDialog::getSaveFileName(
        m_window, tr("Export %1 as CSV").arg(title),
        suggestedPath(safeFileStem(title) + QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!records::CsvWriter::write(*section->proxy(), path, &error,
                                   shownColumns(section->view()))) {
        MessageBox::warning(m_window, tr("Export Table"), error);
        return false;
    }
    return true;
}

bool RecordActions::print(TableSection *section) {
    if (!section) {
        MessageBox::information(m_window, tr("Print Table"), tr("This tab has no table to print."));
        return false;
    }
    const QString title = section->titleLabel()->text();
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(title);
    const domain::Profile &profile = m_controller->data().profile;
    const QString subtitle =
        tr("%1 (%2), printed %3")
            .arg(profile.displayName(), profile.loginId,
                 QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    // Painted when the person has chosen where; the table is read then, as it is shown then.
    const auto paint = [this, section = QPointer<TableSection>(section), title,
                        subtitle](QPrinter *target) {
        if (!section)
            return false;
        records::TablePrinter table(*section->proxy(), title, shownColumns(section->view()));
        table.setSubtitle(subtitle);
        if (table.print(target))
            return true;
        MessageBox::warning(m_window, tr("Print Table"),
                            tr("The table could not be sent to %1.").arg(target->printerName()));
        return false;
    };
    if (s_nextPrintFile) {
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(*s_nextPrintFile);
        s_nextPrintFile.reset();
        return paint(printer.get());
    }
    auto *dialog = new QPrintDialog(printer.get(), m_window);
    dialog->setObjectName(QStringLiteral("tablePrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print %1").arg(title));
    connect(dialog, &QDialog::accepted, this, [printer, paint] { paint(printer.get()); });
    dialog->open();
    return true;
}

bool RecordActions::exportCalendar() {
    const domain::AccountData &data = m_controller->data();
    const domain::RecertificationPlan plan =
        domain::RecertificationPlan::evaluate(data.certifications, QDate::currentDate());
    const QString path = FileDialog::getSaveFileName(m_window, tr("Export Renewal Plan"),
                                                     suggestedPath(tr("Renewal plan.ics")),
                                                     tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(records::RenewalCalendar::toIcs(plan, client::AppSettings().reminderLeadDays(),
                                                   QDateTime::currentDateTimeUtc(),
                                                   m_controller->endpoint().baseUrl.host())) < 0 ||
        !file.commit()) {
        MessageBox::warning(m_window, tr("Export Renewal Plan"),
                            tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void RecordActions::archiveEverything() {
    const domain::AccountData data = m_controller->data();
    const QString fileName =
        tr("CertTrack record %1 %2.zip")
            .arg(safeFileStem(data.profile.loginId), QDate::currentDate().toString(Qt::ISODate));
    const QString path = FileDialog::getSaveFileName(
        m_window, tr("Archive Everything"), suggestedPath(fileName), tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    const QString target =
        records::RecordArchive::isZipTarget(path) ? path : path + QStringLiteral(".zip");
    const records::RecordArchive archive(data, m_controller->endpoint(),
                                         client::AppSettings().reminderLeadDays());
    struct Outcome {
        bool ok = false;
        QString error;
        int files = 0;
        QStringList skipped;
    };
    // Certificates are drawn and badges baked on a worker thread: the window stays responsive.
    m_archive->setEnabled(false);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, target] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_archive->setEnabled(true);
        QString message;
        if (outcome.ok) {
            message = tr("Saved %1 files in %2.").arg(outcome.files).arg(target);
            if (!outcome.skipped.isEmpty())
                message += QStringLiteral("\n\n") + outcome.skipped.join(QLatin1Char('\n'));
            MessageBox::information(m_window, tr("Archive Everything"), message);
        } else {
            message = outcome.error;
            MessageBox::warning(m_window, tr("Archive Everything"), message);
        }
        emit archiveFinished(outcome.ok, message);
    });
    watcher->setFuture(QtConcurrent::run([archive, target] {
        const records::RecordArchive::Contents contents = archive.build();
        Outcome outcome;
        QStringList written;
        outcome.ok =
            records::RecordArchive::write(contents.entries, target, &written, &outcome.error);
        outcome.files = int(contents.entries.size());
        outcome.skipped = contents.messages;
        return outcome;
    }));
}

} // namespace certtrack::ui
