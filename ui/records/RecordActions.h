#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QMenu;
class QTabWidget;
class QWidget;

namespace certtrack::client {
class AccountController;
}

namespace certtrack::ui {

class TableSection;

// The Records menu of the main window: the table in front (the one with focus, else the first
// one shown on the current tab) to CSV or to a printer, the renewal plan to an iCalendar file,
// and the whole record to a zip. The table actions are also each table's context menu. Works
// from the data the window shows, so offline too; the archive is made on a worker thread.
class RecordActions : public QObject {
    Q_OBJECT
public:
    RecordActions(client::AccountController *controller, QTabWidget *tabs, QWidget *window);

    // Adds the actions to menu (the window's "&Records").
    void populate(QMenu *menu) const;
    // Gives every table under the tabs the table actions as its context menu.
    void attachToTables() const;

    TableSection *currentTable() const;
    bool exportCsv(TableSection *section);
    bool print(TableSection *section);
    bool exportCalendar();
    void archiveEverything();
    void showReminderSettings();
    // Kiosk mode: no reminders, so no settings for them either.
    void setRemindersAvailable(bool available);

    // Tests: the next print goes to this PDF file instead of a print dialog (once).
    static void setNextPrintFile(const QString &path);

signals:
    // Each action's end, for the person (a message) and for tests.
    void archiveFinished(bool ok, const QString &message);

private:
    QString suggestedPath(const QString &fileName) const;

    client::AccountController *m_controller;
    QTabWidget *m_tabs;
    QWidget *m_window;
    QAction *m_exportCsv;
    QAction *m_print;
    QAction *m_exportCalendar;
    QAction *m_archive;
    QAction *m_reminderSettings;

    static std::optional<QString> s_nextPrintFile;
};

} // namespace certtrack::ui
